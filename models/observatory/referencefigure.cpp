#include "referencefigure.h"

QString ReferenceFigure::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::France: return QStringLiteral("france");
    case Kind::Region: return QStringLiteral("region");
    case Kind::Department: return QStringLiteral("department");
    case Kind::Territory: return QStringLiteral("territory");
    case Kind::Epci: return QStringLiteral("epci");
    case Kind::Commune: return QStringLiteral("commune");
    }
    return {};
}

std::optional<ReferenceFigure::Kind> ReferenceFigure::kindFromCode(const QString &code)
{
    for (Kind k : {Kind::France, Kind::Region, Kind::Department, Kind::Territory, Kind::Epci, Kind::Commune}) {
        if (kindCode(k) == code)
            return k;
    }
    return std::nullopt;
}
