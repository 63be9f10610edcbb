#include "csvactorreader.h"

#include "actorvalidator.h"
#include "essfamily.h"
#include "importfield.h"
#include "importvalue.h"
#include "legalstatus.h"
#include "textkey.h"
#include "clock.h"

#include <QRegularExpression>

CsvActorReader::CsvActorReader(const ImportContext *context)
    : m_context(context)
{
}

bool CsvActorReader::read(TabularFile &file, const ImportMapping &mapping, QList<ImportRecord> *records,
                          QList<RejectedRow> *rejected, const std::function<bool()> &keepGoing)
{
    if (mapping.column(QStringLiteral("name")) < 0) {
        m_error = tr("No column of “%1” gives the name of the structure: choose which column holds the name.").arg(file.fileName());
        return false;
    }
    const int expected = int(file.header().size());
    bool cancelled = false;
    const bool ok = file.forEachRow([&](int line, const QStringList &cells) {
        if (keepGoing && !keepGoing()) {
            cancelled = true;
            return false;
        }
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            return true;
        if (cells.size() != expected) {
            *rejected << RejectedRow{file.fileName(), line,
                                     tr("The line has %1 cells where the header has %2: a separator or a quote is probably missing or extra.")
                                         .arg(cells.size())
                                         .arg(expected)};
            return true;
        }
        ImportRecord record;
        QString reason;
        if (!readRow(cells, mapping, &record, &reason)) {
            *rejected << RejectedRow{file.fileName(), line, reason};
            return true;
        }
        record.file = file.fileName();
        record.line = line;
        *records << record;
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
    Actor &a = record->actor;
    auto cell = [&](const char *code) {
        const int c = mapping.column(QString::fromLatin1(code));
        return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
    };
    auto provided = [&](const char *code) {
        const bool has = !cell(code).isEmpty();
        if (has)
            record->provided.insert(QString::fromLatin1(code));
        return has;
    };
    auto bad = [&](const char *code, const QString &why) {
        *reason = tr("Column “%1”: %2").arg(mapping.header().value(mapping.column(QString::fromLatin1(code))), why);
        return false;
    };

    for (const char *code : {"name", "acronym", "legal_category", "legal_status", "naf", "address", "phone", "email",
                             "website", "description", "iae_agreement", "notes"})
        provided(code);
    a.name = cell("name").simplified();
    a.acronym = cell("acronym");
    a.naf = cell("naf").toUpper();
    a.address = cell("address").simplified();
    if (provided("address2")) {
        a.address = (a.address + QLatin1Char(' ') + cell("address2").simplified()).trimmed();
        record->provided.insert(QStringLiteral("address"));
    }
    a.phone = cell("phone");
    a.email = cell("email");
    a.website = cell("website");
    a.description = cell("description");
    a.iaeAgreement = cell("iae_agreement").toUpper();
    a.notes = cell("notes");

    if (provided("siren"))
        a.siren = ActorValidator::digitsOnly(cell("siren"));
    if (provided("siret"))
        a.siret = ActorValidator::digitsOnly(cell("siret"));
    if (a.siren.isEmpty() && a.siret.size() == 14) {
        a.siren = a.siret.left(9);
        record->provided.insert(QStringLiteral("siren"));
    }
    if (provided("rna"))
        a.rna = cell("rna").toUpper().remove(QLatin1Char(' '));

    // Family: a status shortcut, then the legal category, then the family column.
    a.legalStatus = cell("legal_status");
    const LegalStatus status = LegalStatus::find(a.legalStatus);
    QString family = status.family;
    a.legalCategory = cell("legal_category");
    if (a.legalCategory.isEmpty() && !status.legalCategory.isEmpty()) {
        a.legalCategory = status.legalCategory;
        record->provided.insert(QStringLiteral("legal_category"));
    }
    if (!a.legalCategory.isEmpty()) {
        static const QRegularExpression code4(QStringLiteral("^\\d{4}$"));
        if (!code4.match(a.legalCategory).hasMatch())
            return bad("legal_category", tr("“%1” is not an INSEE legal category (four digits, as 9220).").arg(a.legalCategory));
        if (family.isEmpty())
            family = m_context->categoryFamilies.value(a.legalCategory);
    }
    if (provided("family")) {
        const QString code = EssFamily::codeForLabel(cell("family"));
        if (code.isEmpty())
            return bad("family", tr("“%1” is not an ESS family; write association, coopérative, mutuelle, fondation or société commerciale de l'ESS.").arg(cell("family")));
        family = code;
    }
    if (!family.isEmpty()) {
        a.family = family;
        record->provided.insert(QStringLiteral("family"));
    }

    if (provided("sector")) {
        const qint64 id = m_context->sectorIds.value(TextKey::normalizedName(cell("sector")));
        if (id == 0)
            return bad("sector", tr("the sector “%1” does not exist in the directory; create it first or correct the name.").arg(cell("sector")));
        a.sectorId = id;
    }

    const bool hasCommune = provided("commune");
    const bool hasInsee = provided("commune_insee");
    const bool hasPostcode = provided("postcode");
    a.postcode = cell("postcode");
    if (a.postcode.size() == 4 && a.postcode.at(0).isDigit())
        a.postcode.prepend(QLatin1Char('0')); // a spreadsheet ate the leading zero
    if (hasCommune || hasInsee || hasPostcode) {
        m_context->resolveCommune(a, cell("commune_insee"), cell("commune"), a.postcode);
        if (!a.communeName.isEmpty())
            record->provided.insert(QStringLiteral("commune"));
    }

    if (provided("creation_year")) {
        const QString t = cell("creation_year");
        static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
        if (year.match(t).hasMatch()) {
            a.creationYear = t.toInt();
        } else {
            const auto d = ImportValue::date(t);
            if (!d)
                return bad("creation_year", tr("“%1” is neither a year nor a date (31/12/2012 or 2012-12-31).").arg(t));
            a.creationYear = d->isValid() ? d->year() : 0;
        }
    }
    if (provided("charter_signed_on")) {
        const auto d = ImportValue::date(cell("charter_signed_on"));
        if (!d)
            return bad("charter_signed_on", tr("“%1” is not a date (31/12/2012 or 2012-12-31).").arg(cell("charter_signed_on")));
        a.charterSignedOn = *d;
    }
    struct Flag { const char *code; bool *target; };
    for (const Flag &f : {Flag{"employer", &a.employer}, Flag{"accepts_interns", &a.acceptsInterns},
                          Flag{"esus_agreement", &a.esusAgreement}, Flag{"publication_consent", &a.publicationConsent},
                          Flag{"archived", &a.archived}}) {
        if (!provided(f.code))
            continue;
        const auto v = ImportValue::boolean(cell(f.code));
        if (!v)
            return bad(f.code, tr("“%1” is not yes or no (oui/non).").arg(cell(f.code)));
        *f.target = *v;
    }
    auto tags = [](const QString &text) {
        QStringList list;
        for (const QString &t : text.split(QRegularExpression(QStringLiteral("[,;|]")), Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty())
                list << t.trimmed();
        }
        return list;
    };
    if (provided("competencies"))
        a.competencies = tags(cell("competencies"));
    if (provided("networks"))
        a.networks = tags(cell("networks"));

    // Yearly figures: one year per row.
    YearFigures f;
    bool anyFigure = false;
    auto integer = [&](const char *code, std::optional<int> *target) {
        if (!provided(code))
            return true;
        const auto v = ImportValue::decimal(cell(code));
        if (!v || *v != std::floor(*v) || std::abs(*v) > 1e9)
            return bad(code, tr("“%1” is not a whole number.").arg(cell(code)));
        *target = int(*v);
        anyFigure = true;
        return true;
    };
    if (!integer("headcount", &f.headcount) || !integer("volunteers", &f.volunteers) || !integer("members", &f.members))
        return false;
    if (provided("fte")) {
        const auto v = ImportValue::decimal(cell("fte"));
        if (!v)
            return bad("fte", tr("“%1” is not a number.").arg(cell("fte")));
        f.fte = *v;
        anyFigure = true;
    }
    if (provided("budget")) {
        const auto v = ImportValue::cents(cell("budget"));
        if (!v)
            return bad("budget", tr("“%1” is not an amount in euros.").arg(cell("budget")));
        f.budgetCents = *v;
        anyFigure = true;
    }
    if (anyFigure) {
        if (provided("figures_year")) {
            const auto y = ImportValue::decimal(cell("figures_year"));
            if (!y)
                return bad("figures_year", tr("“%1” is not a year.").arg(cell("figures_year")));
            f.year = int(*y);
        } else {
            f.year = Clock::today().year() - 1;
        }
        a.figures << f;
        record->provided.insert(QStringLiteral("figures"));
    }

    if (provided("contact_first_name") | provided("contact_last_name")) {
        Contact c;
        c.firstName = cell("contact_first_name");
        c.lastName = cell("contact_last_name");
        c.role = cell("contact_role");
        c.email = cell("contact_email");
        c.phone = cell("contact_phone");
        a.contacts << c;
        record->provided.insert(QStringLiteral("contacts"));
    }

    const QList<ValidationIssue> issues = ActorValidator::validate(a, m_context->postcodesOf(a.communeInsee));
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const ValidationIssue &issue : issues)
            messages << issue.message;
        *reason = messages.join(QLatin1Char(' '));
        return false;
    }
    return true;
}
