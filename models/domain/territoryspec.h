#pragma once

#include "outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// One piece of a council's territory as the user chose it: a whole EPCI
/// (by SIREN), a whole département (by code) or a single commune (by INSEE
/// code). The territory is the union of its pieces, so it follows the
/// national list when an EPCI gains or loses communes.
struct TerritorySpec
{
    Q_DECLARE_TR_FUNCTIONS(TerritorySpec)

public:
    enum class Kind { Epci, Department, Commune };

    Kind kind = Kind::Commune;
    QString code;

    /// "epci", "dep" or "commune": the word of the command line and of the database.
    QString kindKey() const;
    /// "epci:200039857"
    QString toString() const;
    /// Parses "epci:SIREN", "dep:CODE" or "commune:INSEE"; nothing, with a
    /// sentence, for anything else.
    static Outcome<TerritorySpec> parse(const QString &text);
    static bool kindFromKey(const QString &key, Kind *kind);
    /// Splits "a,b c" on commas and blanks, then parses each piece (each once).
    static Outcome<QList<TerritorySpec>> parseList(const QStringList &texts);

    bool operator==(const TerritorySpec &o) const { return kind == o.kind && code == o.code; }
    bool operator!=(const TerritorySpec &o) const { return !(*this == o); }
};
