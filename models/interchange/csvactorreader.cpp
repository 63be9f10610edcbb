#include "csvactorreader.h"

#include "importfield.h"
#include "importvalue.h"
#include "models/domain/actorvalidator.h"
#include "models/domain/clock.h"
#include "models/domain/essfamily.h"
#include "models/domain/legalstatus.h"
#include "models/domain/textkey.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace {

// The fields a row is read into, in the order of codes below: a row looks
// its cells up by number, not by a code string per cell and row.
enum Field {
    Name, Acronym, Family, LegalCategory, LegalStatus_, Siren, Siret, Rna, Naf, Sector, Address, Address2, Postcode,
    Commune, CommuneInsee, Phone, Email, Website, Description, CreationYear, Employer, AcceptsInterns,
    CharterSignedOn, IaeAgreement, EsusAgreement, PublicationConsent, Competencies, Networks, Notes, FiguresYear,
    Headcount, Fte, Volunteers, Members, Budget, Archived, ContactFirstName, ContactLastName, ContactRole,
    ContactEmail, ContactPhone, FiguresPseudo, ContactsPseudo, FieldCount
};
const char *const codes[FieldCount] = {
    "name", "acronym", "family", "legal_category", "legal_status", "siren", "siret", "rna", "naf", "sector", "address",
    "address2", "postcode", "commune", "commune_insee", "phone", "email", "website", "description", "creation_year",
    "employer", "accepts_interns", "charter_signed_on", "iae_agreement", "esus_agreement", "publication_consent",
    "competencies", "networks", "notes", "figures_year", "headcount", "fte", "volunteers", "members", "budget",
    "archived", "contact_first_name", "contact_last_name", "contact_role", "contact_email", "contact_phone", "figures", "contacts",
};

/// One row being read: its cells by field, and what it says about itself.
class RowReader
{
public:
    RowReader(const QStringList &cells, const ImportMapping &mapping, const int *columns, const ImportContext *context,
              ImportRecord *record)
        : m_cells(cells)
        , m_mapping(mapping)
        , m_context(context)
        , m_record(record)
        , m_column(columns)
        , a(record->actor)
    {
    }

    static std::vector<int> columnsOf(const ImportMapping &mapping)
    {
        std::vector<int> columns(FieldCount, -1);
        for (int c = 0; c < mapping.columnCount(); ++c) {
            const QString field = mapping.field(c);
            for (int f = 0; f < FieldCount && !field.isEmpty(); ++f) {
                if (field == QLatin1String(codes[f])) {
                    columns[f] = c;
                    break;
                }
            }
        }
        return columns;
    }

    /// The fields given, as bits: a set of strings per row costs more than the row.
    quint64 providedBits() const { return m_bits; }
    void mark(Field f) { m_bits |= quint64(1) << f; }
    void unmark(Field f) { m_bits &= ~(quint64(1) << f); }

    QString cell(Field f) const
    {
        const int c = m_column[f];
        return c >= 0 && c < m_cells.size() ? m_cells.at(c).trimmed() : QString();
    }
    bool provided(Field f)
    {
        const int c = m_column[f];
        const bool has = c >= 0 && c < m_cells.size() && !m_cells.at(c).trimmed().isEmpty();
        if (has)
            mark(f);
        return has;
    }
    /// The field stays empty; what the file said goes to the notes.
    void keep(Field f, const QString &why)
    {
        const QString column = m_mapping.header().value(m_column[f]);
        // The notes name the field shortly ("Secteur d'origine : Bâtiment").
        const QString label = f == Sector ? CsvActorReader::tr("Sector") : ImportField::label(QString::fromLatin1(codes[f]));
        m_record->keepOriginal(CsvActorReader::tr("%1 (original value): %2").arg(label, cell(f)),
                               CsvActorReader::tr("Column “%1”: %2 The field was left empty; the file's text is kept in the actor's notes.").arg(column, why));
    }
    void unknown(Field f) { m_record->unknown << qMakePair(QString::fromLatin1(codes[f]), cell(f)); }

    void readTexts();
    void readNumbers();
    void readFamily();
    void readSector();
    void readPlace();
    void readDatesAndFlags();
    void readFigures();
    void readContact();

private:
    std::optional<int> integer(Field f);

    const QStringList &m_cells;
    const ImportMapping &m_mapping;
    const ImportContext *m_context;
    ImportRecord *m_record;
    const int *m_column;
    quint64 m_bits = 0;

public:
    Actor &a;
};

void RowReader::readTexts()
{
    for (Field f : {Name, Acronym, LegalCategory, LegalStatus_, Naf, Address, Phone, Email, Website, Description, IaeAgreement, Notes})
        provided(f);
    a.name = cell(Name).simplified();
    a.acronym = cell(Acronym);
    a.naf = cell(Naf).toUpper();
    a.address = cell(Address).simplified();
    if (provided(Address2)) {
        a.address = (a.address + QLatin1Char(' ') + cell(Address2).simplified()).trimmed();
        mark(Address);
    }
    a.phone = cell(Phone);
    a.email = cell(Email);
    a.website = cell(Website);
    a.description = cell(Description);
    a.iaeAgreement = cell(IaeAgreement).toUpper();
    a.notes = cell(Notes);
    const auto tags = [](const QString &text) {
        QStringList list;
        static const QRegularExpression separators(QStringLiteral("[,;|]"));
        for (const QString &t : text.split(separators, Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty())
                list << t.trimmed();
        }
        return list;
    };
    if (provided(Competencies))
        a.competencies = tags(cell(Competencies));
    if (provided(Networks))
        a.networks = tags(cell(Networks));
}

void RowReader::readNumbers()
{
    // A number in scientific notation is kept as written: the check then
    // says what the spreadsheet did to it.
    const auto number = [](const QString &text) {
        return ActorValidator::isScientificNotation(text) ? text.trimmed() : ActorValidator::digitsOnly(text);
    };
    if (provided(Siren))
        a.siren = number(cell(Siren));
    if (provided(Siret))
        a.siret = number(cell(Siret));
    if (a.siren.isEmpty() && a.siret.size() == 14) {
        a.siren = ActorValidator::sirenOf(a.siren, a.siret);
        mark(Siren);
    }
    if (provided(Rna))
        a.rna = cell(Rna).toUpper().remove(QLatin1Char(' '));
}

void RowReader::readFamily()
{
    // Family: a status shortcut, then the legal category, then the family column.
    a.legalStatus = cell(LegalStatus_);
    const LegalStatus status = LegalStatus::find(a.legalStatus);
    QString family = status.family;
    a.legalCategory = cell(LegalCategory);
    if (!a.legalCategory.isEmpty()) {
        static const QRegularExpression code4(QStringLiteral("^\\d{4}$"));
        const auto choice = m_mapping.valueChoice(QStringLiteral("legal_category"), a.legalCategory);
        if (choice && choice->kind == ImportMapping::ValueChoice::Kind::Existing) {
            a.legalCategory = choice->value;
        } else if (!code4.match(a.legalCategory).hasMatch()) {
            unknown(LegalCategory);
            keep(LegalCategory, CsvActorReader::tr("“%1” is not an INSEE legal category (four digits, as 9220).").arg(a.legalCategory));
            a.legalCategory.clear();
            unmark(LegalCategory);
        }
        if (family.isEmpty())
            family = m_context->categoryFamilies.value(a.legalCategory);
    }
    if (a.legalCategory.isEmpty() && !status.legalCategory.isEmpty()) {
        a.legalCategory = status.legalCategory;
        mark(LegalCategory);
    }
    if (provided(Family)) {
        QString code = EssFamily::codeForLabel(cell(Family));
        const auto choice = m_mapping.valueChoice(QStringLiteral("family"), cell(Family));
        if (code.isEmpty() && choice && choice->kind == ImportMapping::ValueChoice::Kind::Existing)
            code = choice->value;
        if (code.isEmpty()) {
            unknown(Family);
            keep(Family, CsvActorReader::tr("“%1” is not an ESS family (association, coopérative, mutuelle, fondation or société commerciale de l'ESS).").arg(cell(Family)));
        } else {
            family = code;
        }
    }
    if (!family.isEmpty()) {
        a.family = family;
        mark(Family);
    }
}

void RowReader::readSector()
{
    if (!provided(Sector))
        return;
    const QString text = cell(Sector);
    qint64 id = m_context->sectorIds.value(TextKey::normalizedName(text));
    if (id == 0) {
        const auto choice = m_mapping.valueChoice(QStringLiteral("sector"), text);
        if (choice && choice->kind == ImportMapping::ValueChoice::Kind::Existing)
            id = m_context->sectorIds.value(TextKey::normalizedName(choice->value));
        if (choice && choice->kind == ImportMapping::ValueChoice::Kind::CreateNew) {
            m_record->newSector = text;
            return;
        }
    }
    if (id == 0) {
        unknown(Sector);
        keep(Sector, CsvActorReader::tr("the sector “%1” does not exist in the directory.").arg(text));
        unmark(Sector);
        return;
    }
    a.sectorId = id;
}

void RowReader::readPlace()
{
    const bool hasCommune = provided(Commune);
    const bool hasInsee = provided(CommuneInsee);
    const bool hasPostcode = provided(Postcode);
    a.postcode = cell(Postcode);
    if (a.postcode.size() == 4 && a.postcode.at(0).isDigit())
        a.postcode.prepend(QLatin1Char('0')); // a spreadsheet ate the leading zero
    const auto postcodeChoice = m_mapping.valueChoice(QStringLiteral("postcode"), a.postcode);
    if (hasPostcode && postcodeChoice)
        a.postcode = postcodeChoice->kind == ImportMapping::ValueChoice::Kind::Existing ? postcodeChoice->value : QString();
    if (!(hasCommune || hasInsee || hasPostcode))
        return;
    QString communeText = cell(Commune);
    QString insee = cell(CommuneInsee);
    const auto communeChoice = m_mapping.valueChoice(QStringLiteral("commune"), communeText);
    if (hasCommune && communeChoice) {
        if (communeChoice->kind == ImportMapping::ValueChoice::Kind::Existing)
            insee = communeChoice->value;
        else
            communeText.clear();
    }
    m_context->resolveCommune(a, insee, communeText, a.postcode);
    if (!a.communeName.isEmpty())
        mark(Commune);
    // A commune outside the reference table is kept by name (Lille for a
    // council of the Sambre): it is a value to map, not an error.
    if (hasCommune && a.communeInsee.isEmpty() && !a.communeName.isEmpty())
        unknown(Commune);
    const QStringList postcodes = m_context->postcodesOf(a.communeInsee);
    const bool wrongPostcode = !a.postcode.isEmpty()
        && (!ActorValidator::isValidPostcode(a.postcode) || (!postcodes.isEmpty() && !postcodes.contains(a.postcode)));
    if (wrongPostcode) {
        unknown(Postcode);
        keep(Postcode, postcodes.isEmpty() || !ActorValidator::isValidPostcode(a.postcode)
                           ? CsvActorReader::tr("“%1” is not a French postcode (five digits, as 59600).").arg(cell(Postcode))
                           : CsvActorReader::tr("the postcode %1 does not belong to %2 (%3).").arg(a.postcode, a.communeName, postcodes.join(QLatin1String(", "))));
        a.postcode.clear();
    }
}

void RowReader::readDatesAndFlags()
{
    if (provided(CreationYear)) {
        const QString t = cell(CreationYear);
        static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
        const auto d = year.match(t).hasMatch() ? std::optional<QDate>(QDate(t.toInt(), 1, 1)) : ImportValue::date(t);
        const int nextYear = Clock::today().year() + 1;
        if (!d || (d->isValid() && (d->year() < 1800 || d->year() > nextYear))) {
            keep(CreationYear, CsvActorReader::tr("“%1” is neither a plausible year nor a date (31/12/2012 or 2012-12-31).").arg(t));
            unmark(CreationYear);
        } else {
            a.creationYear = d->isValid() ? d->year() : 0;
        }
    }
    if (provided(CharterSignedOn)) {
        const auto d = ImportValue::date(cell(CharterSignedOn));
        if (!d) {
            keep(CharterSignedOn, CsvActorReader::tr("“%1” is not a date (31/12/2012 or 2012-12-31).").arg(cell(CharterSignedOn)));
            unmark(CharterSignedOn);
        } else {
            a.charterSignedOn = *d;
        }
    }
    struct Flag { Field field; bool *target; };
    for (const Flag &f : {Flag{Employer, &a.employer}, Flag{AcceptsInterns, &a.acceptsInterns},
                          Flag{EsusAgreement, &a.esusAgreement}, Flag{PublicationConsent, &a.publicationConsent},
                          Flag{Archived, &a.archived}}) {
        if (!provided(f.field))
            continue;
        const auto v = ImportValue::boolean(cell(f.field));
        if (!v) {
            keep(f.field, CsvActorReader::tr("“%1” is not yes or no (oui/non).").arg(cell(f.field)));
            unmark(f.field);
        } else {
            *f.target = *v;
        }
    }
}

std::optional<int> RowReader::integer(Field f)
{
    if (!provided(f))
        return std::nullopt;
    const auto v = ImportValue::decimal(cell(f));
    if (!v || *v != std::floor(*v) || std::abs(*v) > 1e9) {
        keep(f, CsvActorReader::tr("“%1” is not a whole number.").arg(cell(f)));
        return std::nullopt;
    }
    if (*v < 0) {
        keep(f, CsvActorReader::tr("“%1” cannot be negative.").arg(cell(f)));
        return std::nullopt;
    }
    return int(*v);
}

void RowReader::readFigures()
{
    // Yearly figures: one year per row.
    YearFigures y;
    y.headcount = integer(Headcount);
    y.volunteers = integer(Volunteers);
    y.members = integer(Members);
    if (provided(Fte)) {
        const auto v = ImportValue::decimal(cell(Fte));
        if (!v || *v < 0)
            keep(Fte, CsvActorReader::tr("“%1” is not a number.").arg(cell(Fte)));
        else
            y.fte = *v;
    }
    if (provided(Budget)) {
        const auto v = ImportValue::cents(cell(Budget));
        if (!v || *v < 0)
            keep(Budget, CsvActorReader::tr("“%1” is not an amount in euros.").arg(cell(Budget)));
        else
            y.budgetCents = *v;
    }
    if (!(y.headcount || y.volunteers || y.members || y.fte || y.budgetCents))
        return;
    y.year = Clock::today().year() - 1;
    if (provided(FiguresYear)) {
        const auto v = ImportValue::decimal(cell(FiguresYear));
        const int nextYear = Clock::today().year() + 1;
        if (!v || *v < 1900 || *v > nextYear)
            keep(FiguresYear, CsvActorReader::tr("“%1” is not a plausible year: the figures are counted for %2.").arg(cell(FiguresYear)).arg(y.year));
        else
            y.year = int(*v);
    }
    a.figures << y;
    mark(FiguresPseudo);
    // Declared jobs make an employer, whatever the employer column says.
    if (y.headcount && *y.headcount > 0) {
        a.employer = true;
        mark(Employer);
    }
}

void RowReader::readContact()
{
    if (!(provided(ContactFirstName) | provided(ContactLastName)))
        return;
    Contact c;
    c.firstName = cell(ContactFirstName);
    c.lastName = cell(ContactLastName);
    c.role = cell(ContactRole);
    c.email = cell(ContactEmail);
    c.phone = cell(ContactPhone);
    if (!c.email.isEmpty() && !ActorValidator::isValidEmail(c.email)) {
        keep(ContactEmail, CsvActorReader::tr("the e-mail address “%1” is not valid.").arg(c.email));
        c.email.clear();
    }
    a.contacts << c;
    mark(ContactsPseudo);
}

} // namespace

CsvActorReader::CsvActorReader(const ImportContext *context)
    : m_context(context)
{
}

void CsvActorReader::countUnknown(const ImportRecord &record)
{
    for (const auto &u : record.unknown) {
        const QString key = u.first + QLatin1Char('|') + TextKey::fold(u.second);
        const auto it = m_unknownIndex.constFind(key);
        if (it == m_unknownIndex.constEnd()) {
            m_unknownIndex.insert(key, int(m_unknown.size()));
            m_unknown << UnknownValue{u.first, u.second, 1};
        } else {
            ++m_unknown[*it].rows;
        }
    }
}

bool CsvActorReader::read(TabularFile &file, const ImportMapping &mapping, QList<ImportRecord> *records,
                          QList<RejectedRow> *rejected, const std::function<bool()> &keepGoing)
{
    if (mapping.column(QStringLiteral("name")) < 0) {
        m_error = tr("No column of “%1” gives the name of the structure: choose which column holds the name.").arg(file.fileName());
        return false;
    }
    const int expected = int(file.header().size());
    const QString fileName = file.fileName();
    bool cancelled = false;
    int row = 0;
    // Room for every row at once: growing a list of 100,000 records keeps
    // the old and the new array side by side, half again the memory.
    records->reserve(records->size() + file.rowCountBound());
    const bool ok = file.forEachRow([&](int line, const QStringList &cells) {
        if (keepGoing && (++row % 256) == 0 && !keepGoing()) {
            cancelled = true;
            return false;
        }
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            return true;
        if (cells.size() != expected) {
            *rejected << RejectedRow{fileName, line,
                                     tr("The line has %n cell(s) where the header has %1: a separator or a quote is probably missing or extra.", nullptr, int(cells.size()))
                                         .arg(expected)};
            return true;
        }
        ImportRecord record;
        QString reason;
        if (!readRow(cells, mapping, &record, &reason)) {
            *rejected << RejectedRow{fileName, line, reason};
            return true;
        }
        record.file = fileName;
        record.line = line;
        countUnknown(record);
        records->append(std::move(record));
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

bool CsvActorReader::readRow(const QStringList &cells, const ImportMapping &mapping, ImportRecord *record, QString *reason) const
{
    if (m_cachedFields != mapping.fields() || m_cachedColumns.empty()) {
        m_cachedFields = mapping.fields();
        m_cachedColumns = RowReader::columnsOf(mapping);
    }
    RowReader row(cells, mapping, m_cachedColumns.data(), m_context, record);
    row.readTexts();
    row.readNumbers();
    row.readFamily();
    row.readSector();
    row.readPlace();
    row.readDatesAndFlags();
    row.readFigures();
    row.readContact();
    // Rows of one file mostly give the same fields: they share one set.
    const quint64 bits = row.providedBits();
    auto it = m_providedSets.find(bits);
    if (it == m_providedSets.end()) {
        QSet<QString> set;
        for (int f = 0; f < FieldCount; ++f) {
            if (bits & (quint64(1) << f))
                set.insert(QString::fromLatin1(codes[f]));
        }
        it = m_providedSets.insert(bits, set);
    }
    if (record->provided.isEmpty())
        record->provided = *it;
    else
        record->provided.unite(*it);
    // What would corrupt the directory rejects the row; the rest is settled
    // by ActorImporter::settle() as warnings.
    const Actor &a = record->actor;
    QStringList blocking;
    const bool numbersOk = (a.siren.isEmpty() || ActorValidator::isValidSiren(a.siren))
        && (a.siret.isEmpty() || (ActorValidator::isValidSiret(a.siret) && (a.siren.isEmpty() || a.siret.startsWith(a.siren))))
        && (a.rna.isEmpty() || ActorValidator::isValidRna(a.rna));
    if (a.name.isEmpty() || !numbersOk) {
        for (const ValidationIssue &issue : ActorValidator::validate(a, {})) {
            if (ActorValidator::isBlocking(issue))
                blocking << issue.message;
        }
    }
    if (!blocking.isEmpty()) {
        *reason = blocking.join(QLatin1Char(' '));
        return false;
    }
    return true;
}
