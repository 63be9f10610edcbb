#include "actorvalidator.h"
#include "clock.h"

#include <QRegularExpression>

QString ActorValidator::digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

bool ActorValidator::luhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (int i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool ActorValidator::isValidSiren(const QString &siren)
{
    static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}$"));
    return nineDigits.match(siren).hasMatch() && luhn(siren);
}

bool ActorValidator::isValidSiret(const QString &siret)
{
    static const QRegularExpression fourteenDigits(QStringLiteral("^[0-9]{14}$"));
    if (!fourteenDigits.match(siret).hasMatch())
        return false;
    // La Poste's establishments share SIREN 356000000 and follow a
    // different rule: the sum of the digits is a multiple of 5.
    if (siret.startsWith(QLatin1String("356000000"))) {
        if (siret == QLatin1String("35600000000048"))
            return true;
        int sum = 0;
        for (const QChar c : siret)
            sum += c.digitValue();
        return sum % 5 == 0;
    }
    return luhn(siret);
}

bool ActorValidator::isValidRna(const QString &rna)
{
    static const QRegularExpression pattern(QStringLiteral("^W[0-9A-Z]{9}$"));
    return pattern.match(rna).hasMatch();
}

bool ActorValidator::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

bool ActorValidator::isScientificNotation(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\d+([.,]\\d+)?\\s*[eE]\\+?\\d+\\s*$"));
    return pattern.match(text).hasMatch();
}

bool ActorValidator::isValidPostcode(const QString &postcode)
{
    static const QRegularExpression pattern(QStringLiteral("^(0[1-9]|[1-9][0-9])[0-9]{3}$"));
    return pattern.match(postcode).hasMatch();
}

bool ActorValidator::isBlocking(const ValidationIssue &issue)
{
    return issue.field == QLatin1String("name") || issue.field == QLatin1String("siren") || issue.field == QLatin1String("siret")
        || issue.field == QLatin1String("rna");
}

QList<ValidationIssue> ActorValidator::validate(const Actor &actor, const QStringList &communePostcodes)
{
    QList<ValidationIssue> issues;
    if (actor.name.trimmed().isEmpty())
        issues << ValidationIssue{QStringLiteral("name"), tr("The name is required.")};
    bool scientific = false;
    for (const auto &[field, value] : {std::pair{QStringLiteral("siren"), actor.siren}, std::pair{QStringLiteral("siret"), actor.siret}}) {
        if (isScientificNotation(value)) {
            scientific = true;
            issues << ValidationIssue{field, tr("The number “%1” was turned by the spreadsheet into a number in scientific notation, which "
                                                "keeps only its first digits. In the spreadsheet, format the column as text, type the "
                                                "numbers again (or take them from the original file), then save the file again.")
                                                 .arg(value.trimmed())};
        }
    }
    // A number the spreadsheet rounded says so, and nothing more about it.
    if (!scientific && !actor.siren.isEmpty() && !isValidSiren(actor.siren)) {
        issues << ValidationIssue{QStringLiteral("siren"),
                                  tr("The SIREN “%1” is not valid: it has 9 digits and the last one is a check digit that does not match. Look for a typing mistake.")
                                      .arg(actor.siren)};
    }
    if (scientific) {
        // told above
    } else if (!actor.siret.isEmpty() && !isValidSiret(actor.siret)) {
        issues << ValidationIssue{QStringLiteral("siret"),
                                  tr("The SIRET “%1” is not valid: it has 14 digits and the last one is a check digit that does not match. Look for a typing mistake.")
                                      .arg(actor.siret)};
    } else if (!actor.siret.isEmpty() && !actor.siren.isEmpty() && !actor.siret.startsWith(actor.siren)) {
        issues << ValidationIssue{QStringLiteral("siret"),
                                  tr("The SIRET “%1” does not begin with the SIREN “%2”: the first nine digits of a SIRET are the SIREN.")
                                      .arg(actor.siret, actor.siren)};
    }
    if (!actor.rna.isEmpty() && !isValidRna(actor.rna)) {
        issues << ValidationIssue{QStringLiteral("rna"),
                                  tr("The RNA number “%1” is not valid: it is a W followed by nine digits or letters, as in W595001234.")
                                      .arg(actor.rna)};
    }
    if (!actor.email.isEmpty() && !isValidEmail(actor.email)) {
        issues << ValidationIssue{QStringLiteral("email"),
                                  tr("The e-mail address “%1” is not valid: it should look like name@example.fr.").arg(actor.email)};
    }
    if (!actor.postcode.isEmpty() && !isValidPostcode(actor.postcode)) {
        issues << ValidationIssue{QStringLiteral("postcode"),
                                  tr("The postcode “%1” is not a French postcode: it has five digits, as in 59600.").arg(actor.postcode)};
    } else if (!actor.postcode.isEmpty() && !communePostcodes.isEmpty() && !communePostcodes.contains(actor.postcode)) {
        issues << ValidationIssue{QStringLiteral("postcode"),
                                  tr("The postcode %1 does not belong to %2, whose postcode is %3. Correct the postcode or the commune.")
                                      .arg(actor.postcode, actor.communeName, communePostcodes.join(QLatin1String(", ")))};
    }
    // Asked of the clock only when there is a year to check: reading the
    // local time consults the zone file, once per actor of a 100,000-row import.
    const int nextYear = actor.creationYear != 0 || !actor.figures.isEmpty() ? Clock::today().year() + 1 : 0;
    if (actor.creationYear != 0 && (actor.creationYear < 1800 || actor.creationYear > nextYear)) {
        issues << ValidationIssue{QStringLiteral("creationYear"),
                                  tr("The creation year %1 is not plausible: give a year between 1800 and %2.").arg(actor.creationYear).arg(nextYear)};
    }
    QList<int> years;
    for (const YearFigures &f : actor.figures) {
        if (f.year < 1900 || f.year > nextYear) {
            issues << ValidationIssue{QStringLiteral("figures"),
                                      tr("The year %1 of the yearly figures is not plausible: give a year between 1900 and %2.").arg(f.year).arg(nextYear)};
        }
        if (years.contains(f.year)) {
            issues << ValidationIssue{QStringLiteral("figures"),
                                      tr("The year %1 appears twice in the yearly figures: keep one line per year.").arg(f.year)};
        }
        years << f.year;
        const bool negative = (f.headcount && *f.headcount < 0) || (f.fte && *f.fte < 0)
            || (f.volunteers && *f.volunteers < 0) || (f.members && *f.members < 0)
            || (f.budgetCents && *f.budgetCents < 0);
        if (negative) {
            issues << ValidationIssue{QStringLiteral("figures"),
                                      tr("The figures of %1 cannot be negative: correct or clear them.").arg(f.year)};
        }
    }
    for (const Contact &c : actor.contacts) {
        if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty()) {
            issues << ValidationIssue{QStringLiteral("contacts"), tr("Every contact needs a name: fill it in or remove the line.")};
        }
        if (!c.email.isEmpty() && !isValidEmail(c.email)) {
            issues << ValidationIssue{QStringLiteral("contacts"),
                                      tr("The e-mail address “%1” of %2 is not valid: it should look like name@example.fr.")
                                          .arg(c.email, c.displayName())};
        }
    }
    return issues;
}

QString ActorValidator::sirenOf(const QString &siren, const QString &siret)
{
    return siren.isEmpty() && siret.size() == 14 ? siret.left(9) : siren;
}
