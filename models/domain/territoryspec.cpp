#include "territoryspec.h"

#include <QRegularExpression>

QString TerritorySpec::kindKey() const
{
    switch (kind) {
    case Kind::Epci: return QStringLiteral("epci");
    case Kind::Department: return QStringLiteral("dep");
    case Kind::Commune: break;
    }
    return QStringLiteral("commune");
}

QString TerritorySpec::toString() const
{
    return kindKey() + QLatin1Char(':') + code;
}

bool TerritorySpec::kindFromKey(const QString &key, Kind *kind)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("epci"))
        *kind = Kind::Epci;
    else if (k == QLatin1String("dep"))
        *kind = Kind::Department;
    else if (k == QLatin1String("commune"))
        *kind = Kind::Commune;
    else
        return false;
    return true;
}

Outcome<TerritorySpec> TerritorySpec::parse(const QString &text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    TerritorySpec s;
    if (colon <= 0 || !kindFromKey(text.left(colon), &s.kind) || text.mid(colon + 1).trimmed().isEmpty()) {
        return Outcome<TerritorySpec>::failure(
            tr("“%1” is not a piece of territory: write epci:SIREN, dep:CODE or commune:INSEE (for example epci:200039857).").arg(text));
    }
    s.code = text.mid(colon + 1).trimmed().toUpper();
    return s;
}

Outcome<QList<TerritorySpec>> TerritorySpec::parseList(const QStringList &texts)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<TerritorySpec> specs;
    for (const QString &text : texts) {
        for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
            const Outcome<TerritorySpec> spec = parse(piece);
            if (!spec)
                return Outcome<QList<TerritorySpec>>::failure(spec.errorString());
            if (!specs.contains(*spec))
                specs.append(*spec);
        }
    }
    return specs;
}
