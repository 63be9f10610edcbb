#include "rnareader.h"

#include "importvalue.h"
#include "models/domain/actorvalidator.h"
#include "tabularfile.h"

#include <QHash>
#include <QSet>

namespace {
QString at(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}
} // namespace

RnaReader::RnaReader(const ImportContext *context)
    : m_context(context)
{
}

bool RnaReader::isRnaHeader(const QStringList &header)
{
    return header.contains(QStringLiteral("id")) && header.contains(QStringLiteral("titre"))
        && header.contains(QStringLiteral("date_creat"));
}

struct RnaReader::Layout
{
    explicit Layout(const QStringList &header)
    {
        for (int i = 0; i < header.size(); ++i)
            index.insert(header.at(i), i);
        waldec = index.contains(QStringLiteral("adrs_libvoie"));
    }
    int operator()(const char *name) const
    {
        // A row asks for some thirty columns by name: each name is looked
        // up once per file, then found by the address of its literal.
        const auto known = byLiteral.constFind(name);
        if (known != byLiteral.constEnd())
            return known.value();
        const int column = index.value(QString::fromLatin1(name), -1);
        byLiteral.insert(name, column);
        return column;
    }

    QHash<QString, int> index;
    mutable QHash<const char *, int> byLiteral;
    bool waldec = false;
};

bool RnaReader::read(const QStringList &paths, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
                     const std::function<bool()> &keepGoing)
{
    m_outside = 0;
    for (const QString &path : paths) {
        if (!readFile(path, records, rejected, keepGoing))
            return false;
    }
    return true;
}

bool RnaReader::readFile(const QString &path, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
                         const std::function<bool()> &keepGoing)
{
    TabularFile file;
    if (!file.load(path, m_fileOptions)) {
        m_error = file.errorString();
        return false;
    }
    m_fileWarnings << file.warnings();
    if (!isRnaHeader(file.header())) {
        m_error = tr("“%1” is not an RNA file (rna_waldec or rna_import): its columns are not those of the register.").arg(file.fileName());
        return false;
    }
    const Layout c(file.header());
    const int expected = int(file.header().size());
    bool cancelled = false;
    const bool ok = file.forEachRow([&](int line, const QStringList &row) {
        if (keepGoing && !keepGoing()) {
            cancelled = true;
            return false;
        }
        if (row.size() != expected) {
            *rejected << RejectedRow{file.fileName(), line,
                                     tr("The line has %n cell(s) where the header has %1: a separator or a quote is probably missing or extra.", nullptr, int(row.size()))
                                         .arg(expected)};
            return true;
        }
        readRow(c, row, file.fileName(), line, records, rejected);
        return true;
    });
    if (cancelled) {
        m_error = tr("The import was cancelled.");
        return false;
    }
    if (!ok) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

void RnaReader::readRow(const Layout &c, const QStringList &row, const QString &fileName, int line, QList<ImportRecord> *records,
                        QList<RejectedRow> *rejected)
{
    const QString rna = rnaNumber(c, row);
    if (rna.isEmpty()) {
        *rejected << RejectedRow{fileName, line, tr("No RNA number (W followed by nine characters) on this line: “%1”.").arg(at(row, c("id")))};
        return;
    }
    const QString insee = at(row, c("adrs_codeinsee"));
    if (!m_keepOutside && !m_context->isTerritoryCommune(insee)) {
        ++m_outside;
        return;
    }
    ImportRecord record;
    record.file = fileName;
    record.line = line;
    Actor &a = record.actor;
    // The short title stands in for a missing title; an association
    // with neither cannot be told apart in the directory.
    a.name = at(row, c("titre")).simplified();
    if (a.name.isEmpty())
        a.name = at(row, c("titre_court")).simplified();
    if (a.name.isEmpty()) {
        *rejected << RejectedRow{fileName, line, tr("The association %1 has no title on this line.").arg(rna)};
        return;
    }
    a.rna = rna;
    readActor(c, row, insee, &a);
    const RegisterEntry entry = registerEntry(c, row, a);
    if (entry.closed)
        a.archived = true;
    record.provided = providedFields(entry.closed, a.creationYear != 0);
    record.entry = entry;
    records->append(std::move(record));
}

QSet<QString> RnaReader::providedFields(bool closed, bool dated)
{
    // Every association gives the same fields: the rows share four sets
    // rather than fill one each.
    static const QList<QSet<QString>> sets = [] {
        QSet<QString> codes;
        for (const char *code : {"name", "rna", "family", "legal_category", "legal_status", "description", "siret", "siren",
                                 "address", "commune", "phone", "website", "email"})
            codes.insert(QString::fromLatin1(code));
        QSet<QString> withYear = codes;
        withYear.insert(QStringLiteral("creation_year"));
        QSet<QString> closedSet = codes;
        closedSet.insert(QStringLiteral("archived"));
        QSet<QString> both = withYear;
        both.insert(QStringLiteral("archived"));
        return QList<QSet<QString>>{codes, withYear, closedSet, both};
    }();
    return sets.at((closed ? 2 : 0) + (dated ? 1 : 0));
}

QString RnaReader::rnaNumber(const Layout &c, const QStringList &row)
{
    // The waldec number is in "id"; the older layout keeps it in
    // "observation" or "id_ex".
    for (const char *column : {"id", "observation", "id_ex"}) {
        const QString v = at(row, c(column)).toUpper();
        if (ActorValidator::isValidRna(v))
            return v;
    }
    return QString();
}

void RnaReader::readActor(const Layout &c, const QStringList &row, const QString &insee, Actor *a) const
{
    a->family = QStringLiteral("association");
    a->legalCategory = at(row, c("rup_mi")).isEmpty() ? QStringLiteral("9220") : QStringLiteral("9230");
    a->legalStatus = at(row, c("rup_mi")).isEmpty() ? QStringLiteral("Association loi 1901")
                                                    : QStringLiteral("Association reconnue d'utilité publique");
    a->description = at(row, c("objet")).simplified();
    const QString siret = ActorValidator::digitsOnly(at(row, c("siret")));
    if (ActorValidator::isValidSiret(siret)) {
        a->siret = siret;
        a->siren = ActorValidator::sirenOf({}, siret);
    }
    a->address = address(c, row);
    a->postcode = at(row, c("adrs_codepostal"));
    const QString communeName = c.waldec ? at(row, c("adrs_libcommune")) : at(row, c("libcom"));
    m_context->resolveCommune(*a, insee, communeName, a->postcode);
    a->phone = at(row, c("telephone"));
    a->website = at(row, c("siteweb"));
    a->email = at(row, c("email"));
    const auto created = ImportValue::date(at(row, c("date_creat")));
    if (created && created->isValid())
        a->creationYear = created->year();
}

QString RnaReader::address(const Layout &c, const QStringList &row)
{
    // rna_waldec writes "_" for an empty part, and between the two halves
    // of adrs_distrib (post-office box, then locality: "B.P. 1328_",
    // "_Ouangani"), never as part of an address.
    QStringList parts;
    const char *const waldecParts[] = {"adrs_complement", "adrs_numvoie", "adrs_repetition", "adrs_typevoie", "adrs_libvoie", "adrs_distrib"};
    const char *const importParts[] = {"adr1", "adr2", "adr3"};
    if (c.waldec) {
        for (const char *p : waldecParts) {
            for (const QString &piece : at(row, c(p)).split(QLatin1Char('_'), Qt::SkipEmptyParts)) {
                if (!piece.trimmed().isEmpty())
                    parts << piece.trimmed();
            }
        }
    } else {
        for (const char *p : importParts) {
            if (!at(row, c(p)).isEmpty())
                parts << at(row, c(p));
        }
    }
    return parts.join(QLatin1Char(' ')).simplified();
}

RegisterEntry RnaReader::registerEntry(const Layout &c, const QStringList &row, const Actor &a)
{
    const auto created = ImportValue::date(at(row, c("date_creat")));
    const auto dissolved = ImportValue::date(at(row, c("date_disso")));
    const QString position = at(row, c("position"));
    RegisterEntry entry;
    entry.kind = QStringLiteral("rna");
    entry.key = a.rna;
    entry.name = a.name;
    entry.legalCategory = a.legalCategory;
    entry.family = a.family;
    entry.familyReason = tr("RNA: association");
    entry.address = a.address;
    entry.postcode = a.postcode;
    entry.communeInsee = a.communeInsee;
    entry.communeName = a.communeName;
    entry.createdOn = created && created->isValid() ? created->toString(Qt::ISODate) : QString();
    entry.closed = (dissolved && dissolved->isValid()) || position == QLatin1String("D") || position == QLatin1String("S");
    entry.closedOn = dissolved && dissolved->isValid() ? dissolved->toString(Qt::ISODate) : QString();
    return entry;
}
