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

bool TerritorySpec::parse(const QString &text, TerritorySpec *spec, QString *error)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    TerritorySpec s;
    if (colon <= 0 || !kindFromKey(text.left(colon), &s.kind) || text.mid(colon + 1).trimmed().isEmpty()) {
        *error = tr("“%1” is not a piece of territory: write epci:SIREN, dep:CODE or commune:INSEE (for example epci:200039857).")
                     .arg(text);
        return false;
    }
    s.code = text.mid(colon + 1).trimmed().toUpper();
    *spec = s;
    return true;
}

bool TerritorySpec::parseList(const QStringList &texts, QList<TerritorySpec> *specs, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &text : texts) {
        for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
            TerritorySpec spec;
            if (!parse(piece, &spec, error))
                return false;
            if (!specs->contains(spec))
                specs->append(spec);
        }
    }
    return true;
}
