#include "sirenereader.h"

#include "essclassifier.h"
#include "importvalue.h"
#include "models/domain/actorvalidator.h"
#include "tabularfile.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace {

class Columns
{
public:
    explicit Columns(const QStringList &header)
    {
        for (int i = 0; i < header.size(); ++i)
            m_index.insert(header.at(i).trimmed(), i);
    }
    int operator()(const char *name) const { return m_index.value(QString::fromLatin1(name), -1); }
    bool has(const char *name) const { return m_index.contains(QString::fromLatin1(name)); }

private:
    QHash<QString, int> m_index;
};

/// A head office flag as INSEE writes it (true), or French Excel saving
/// the file again (VRAI).
bool isYes(QStringView cell)
{
    const QStringView v = cell.trimmed();
    static const char *const yes[] = {"true", "vrai", "o", "oui", "1"};
    return std::any_of(std::begin(yes), std::end(yes), [&](const char *y) { return v.compare(QLatin1String(y), Qt::CaseInsensitive) == 0; });
}

QString at(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

} // namespace

SireneReader::SireneReader(const ImportContext *context)
    : m_context(context)
{
}

bool SireneReader::isUnitHeader(const QStringList &header)
{
    const Columns c(header);
    return c.has("siren") && c.has("categorieJuridiqueUniteLegale");
}

bool SireneReader::isEstablishmentHeader(const QStringList &header)
{
    const Columns c(header);
    return c.has("siret") && c.has("etablissementSiege");
}

struct SireneReader::UnitColumns
{
    explicit UnitColumns(const QStringList &header)
    {
        const Columns c(header);
        siren = c("siren");
        denomination = c("denominationUniteLegale");
        usual = c("denominationUsuelle1UniteLegale");
        lastName = c("nomUniteLegale");
        usedName = c("nomUsageUniteLegale");
        firstName = c("prenomUsuelUniteLegale");
        acronym = c("sigleUniteLegale");
        category = c("categorieJuridiqueUniteLegale");
        naf = c("activitePrincipaleUniteLegale");
        flag = c("economieSocialeSolidaireUniteLegale");
        band = c("trancheEffectifsUniteLegale");
        bandYear = c("anneeEffectifsUniteLegale");
        state = c("etatAdministratifUniteLegale");
        created = c("dateCreationUniteLegale");
        since = c("dateDebut");
        employer = c("caractereEmployeurUniteLegale");
        association = c("identifiantAssociationUniteLegale");
    }

    int siren, denomination, usual, lastName, usedName, firstName, acronym, category, naf, flag, band, bandYear, state,
        created, since, employer, association;
};

bool SireneReader::read(const QStringList &paths, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
                        const std::function<bool()> &keepGoing)
{
    m_counts = {};
    m_aside.clear();
    TabularFile units;
    TabularFile establishments;
    if (!loadFiles(paths, &units, &establishments))
        return false;
    QHash<QString, HeadOffice> heads;
    if (!readHeadOffices(establishments, &heads, keepGoing))
        return false;
    return readUnits(units, heads, records, rejected, keepGoing);
}

bool SireneReader::loadFiles(const QStringList &paths, TabularFile *units, TabularFile *establishments)
{
    bool haveUnits = false;
    bool haveEstablishments = false;
    m_combined = false;
    for (const QString &path : paths) {
        TabularFile file;
        if (!file.load(path, m_fileOptions)) {
            m_error = file.errorString();
            return false;
        }
        m_fileWarnings << file.warnings();
        // INSEE's extraction of establishments with the variables of their
        // unit (sirene.fr, the API's /siret as CSV): one file is both, each
        // unit read from its head office's row.
        if (paths.size() == 1 && isUnitHeader(file.header()) && isEstablishmentHeader(file.header())) {
            *units = file;
            *establishments = std::move(file);
            m_combined = true;
            return true;
        }
        if (isUnitHeader(file.header()) && !haveUnits) {
            *units = std::move(file);
            haveUnits = true;
        } else if (isEstablishmentHeader(file.header()) && !haveEstablishments) {
            *establishments = std::move(file);
            haveEstablishments = true;
        } else {
            m_error = tr("“%1” is neither a SIRENE StockUniteLegale nor a StockEtablissement file (its columns are not those of SIRENE), or it is given twice.")
                          .arg(file.fileName());
            return false;
        }
    }
    if (!haveUnits || !haveEstablishments) {
        m_error = tr("A SIRENE import needs the two files together: StockUniteLegale (the units) and StockEtablissement (where their head offices are).");
        return false;
    }
    return true;
}

bool SireneReader::readHeadOffices(TabularFile &establishments, QHash<QString, HeadOffice> *heads,
                                   const std::function<bool()> &keepGoing)
{
    const Columns c(establishments.header());
    const int siren = c("siren"), siret = c("siret"), head = c("etablissementSiege"), commune = c("codeCommuneEtablissement"),
              postcode = c("codePostalEtablissement"), complement = c("complementAdresseEtablissement"),
              number = c("numeroVoieEtablissement"), repeat = c("indiceRepetitionEtablissement"),
              type = c("typeVoieEtablissement"), street = c("libelleVoieEtablissement"),
              state = c("etatAdministratifEtablissement");
    bool cancelled = false;
    QStringList row;
    const bool ok = establishments.forEachRowView([&](int, const QList<QStringView> &views) {
        if (keepGoing && !keepGoing()) {
            cancelled = true;
            return false;
        }
        if (!isYes(views.value(head)))
            return true;
        const QString insee = views.value(commune).trimmed().toString();
        if (!m_context->isTerritoryCommune(insee))
            return true;
        row.clear();
        for (const QStringView v : views)
            row << v.toString();
        HeadOffice h;
        h.siret = at(row, siret);
        QStringList parts;
        for (int col : {complement, number, repeat, type, street}) {
            const QString p = at(row, col);
            if (!p.isEmpty())
                parts << p;
        }
        h.address = parts.join(QLatin1Char(' ')).simplified();
        h.postcode = at(row, postcode);
        h.communeInsee = insee;
        h.closed = at(row, state) == QLatin1String("F");
        heads->insert(at(row, siren), h);
        return true;
    });
    if (cancelled) {
        m_error = tr("The import was cancelled.");
        return false;
    }
    if (!ok) {
        m_error = establishments.errorString();
        return false;
    }
    return true;
}

bool SireneReader::readUnits(TabularFile &units, const QHash<QString, HeadOffice> &heads, QList<ImportRecord> *records,
                             QList<RejectedRow> *rejected, const std::function<bool()> &keepGoing)
{
    const UnitColumns c(units.header());
    const int headColumn = m_combined ? Columns(units.header())("etablissementSiege") : -1;
    bool cancelled = false;
    QStringList row;
    const bool ok = units.forEachRowView([&](int line, const QList<QStringView> &views) {
        if (keepGoing && (m_counts.units % 1000) == 0 && !keepGoing()) {
            cancelled = true;
            return false;
        }
        // One file of establishments: a unit is its head office's row.
        if (m_combined && !isYes(views.value(headColumn)))
            return true;
        ++m_counts.units;
        const QString key = views.value(c.siren).trimmed().toString();
        const auto head = heads.constFind(key);
        if (head == heads.constEnd()) {
            ++m_counts.outsideTerritory;
            return true;
        }
        row.clear();
        for (const QStringView v : views)
            row << v.toString();
        if (!ActorValidator::isValidSiren(key)) {
            *rejected << RejectedRow{units.fileName(), line, tr("The SIREN “%1” is not valid (check digit).").arg(key)};
            return true;
        }
        readUnit(c, row, key, *head, units.fileName(), line, records, rejected);
        return true;
    });
    if (cancelled) {
        m_error = tr("The import was cancelled.");
        return false;
    }
    if (!ok) {
        m_error = units.errorString();
        return false;
    }
    return true;
}

void SireneReader::readUnit(const UnitColumns &c, const QStringList &row, const QString &key, const HeadOffice &head,
                            const QString &fileName, int line, QList<ImportRecord> *records, QList<RejectedRow> *rejected)
{
    RegisterEntry entry;
    entry.kind = QStringLiteral("sirene");
    entry.key = key;
    entry.legalCategory = at(row, c.category);
    entry.essFlag = at(row, c.flag).toUpper();
    const EssClassifier::Result family = EssClassifier::classify(*m_context, key, entry.legalCategory, entry.essFlag);
    entry.family = family.family;
    entry.familyReason = family.reason;
    if (!family.isEss()) {
        ++m_counts.outsideEss;
        entry.name = at(row, c.denomination).isEmpty() ? at(row, c.usual) : at(row, c.denomination);
        m_aside << entry;
        return;
    }
    ImportRecord record;
    record.file = fileName;
    record.line = line;
    record.actor.name = unitName(c, row);
    if (record.actor.name.isEmpty()) {
        *rejected << RejectedRow{fileName, line, tr("The unit %1 has no name in the file.").arg(key)};
        return;
    }
    readActor(c, row, head, family, &record.actor);
    readRegisterEntry(c, row, head, &record, &entry);
    readEmployment(c, row, entry, &record);
    for (const char *code : {"name", "acronym", "family", "legal_category", "siren", "siret", "naf", "address", "commune"}) {
        record.provided.insert(QString::fromLatin1(code));
    }
    if (!record.actor.rna.isEmpty())
        record.provided.insert(QStringLiteral("rna"));
    if (record.actor.creationYear)
        record.provided.insert(QStringLiteral("creation_year"));
    record.provided.remove(QStringLiteral("siret"));
    if (!record.actor.siret.isEmpty())
        record.provided.insert(QStringLiteral("siret"));
    record.entry = entry;
    *records << record;
}

QString SireneReader::unitName(const UnitColumns &c, const QStringList &row)
{
    // The legal name, else the usual one, else a person's (sole traders).
    QString name = at(row, c.denomination);
    if (name.isEmpty())
        name = at(row, c.usual);
    if (name.isEmpty())
        name = QStringLiteral("%1 %2").arg(at(row, c.firstName), at(row, c.usedName).isEmpty() ? at(row, c.lastName) : at(row, c.usedName)).simplified();
    return name;
}

void SireneReader::readActor(const UnitColumns &c, const QStringList &row, const HeadOffice &head,
                             const EssClassifier::Result &family, Actor *a) const
{
    a->acronym = at(row, c.acronym);
    a->family = family.family;
    a->legalCategory = at(row, c.category);
    a->siren = at(row, c.siren);
    a->siret = ActorValidator::isValidSiret(head.siret) ? head.siret : QString();
    const QString rna = at(row, c.association);
    if (ActorValidator::isValidRna(rna))
        a->rna = rna;
    a->naf = at(row, c.naf);
    a->address = head.address;
    a->postcode = head.postcode;
    m_context->resolveCommune(*a, head.communeInsee, QString(), a->postcode);
    const auto createdOn = ImportValue::date(at(row, c.created));
    if (createdOn && createdOn->isValid())
        a->creationYear = createdOn->year();
}

void SireneReader::readRegisterEntry(const UnitColumns &c, const QStringList &row, const HeadOffice &head, ImportRecord *record,
                                     RegisterEntry *entry)
{
    Actor &a = record->actor;
    entry->name = a.name;
    entry->headcountBand = at(row, c.band);
    // A spreadsheet that saved the file again read the band as a number
    // and dropped its leading zero ("3" for band 03).
    if (entry->headcountBand.size() == 1 && entry->headcountBand.at(0).isDigit())
        entry->headcountBand.prepend(QLatin1Char('0'));
    entry->bandYear = at(row, c.bandYear).toInt();
    entry->address = a.address;
    entry->postcode = a.postcode;
    entry->communeInsee = a.communeInsee;
    entry->communeName = a.communeName;
    const auto createdOn = ImportValue::date(at(row, c.created));
    entry->createdOn = createdOn && createdOn->isValid() ? createdOn->toString(Qt::ISODate) : QString();
    // A unit closed, or whose head office is, comes in archived.
    const QString unitState = at(row, c.state);
    entry->closed = unitState == QLatin1String("C") || unitState == QLatin1String("F") || head.closed;
    if (entry->closed) {
        const auto closedOn = ImportValue::date(at(row, c.since));
        entry->closedOn = closedOn && closedOn->isValid() ? closedOn->toString(Qt::ISODate) : QString();
        a.archived = true;
        record->provided.insert(QStringLiteral("archived"));
    }
}

void SireneReader::readEmployment(const UnitColumns &c, const QStringList &row, const RegisterEntry &entry,
                                  ImportRecord *record) const
{
    // The employer flag when given, else the headcount band says it. The
    // band itself goes on the actor (ActorImporter) as an estimate, never as
    // a declared headcount: the observatory keeps the two apart.
    Actor &a = record->actor;
    const QString employerFlag = at(row, c.employer).toUpper();
    if (employerFlag == QLatin1String("O") || employerFlag == QLatin1String("N")) {
        a.employer = employerFlag == QLatin1String("O");
        record->provided.insert(QStringLiteral("employer"));
    } else if (m_context->bands.contains(entry.headcountBand)) {
        a.employer = entry.headcountBand != QLatin1String("NN");
        record->provided.insert(QStringLiteral("employer"));
    }
}
