#pragma once

#include "commune.h"
#include "territoryspec.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

/// The official geography of France built into Essaim (resources/data/
/// geography.bin, made by scripts/build_geography.py): every current commune,
/// the municipal arrondissements of Paris, Lyon and Marseille, the EPCIs with
/// their members, the départements and régions, and the former communes of
/// the communes nouvelles. Loaded once, on first use, with its indexes built
/// at load so that every look-up answers in well under 5 ms. Read only, so it
/// can be shared by every thread once loaded.
class NationalGeography
{
public:
    struct Place
    {
        QString insee;
        QString name;
        QString department;
        QString region;
        QString epciSiren;
        QStringList postcodes;
        int population = 0;
        QString siren;
        double latitude = 0;
        double longitude = 0;
        /// For a municipal arrondissement (75101…), the code of its commune; empty otherwise.
        QString parent;
        bool isArrondissement() const { return !parent.isEmpty(); }
    };
    struct Epci
    {
        QString siren;
        QString name;
        QString nature; ///< CA, CC, CU or METRO
        QList<int> members; ///< indexes of communes()
    };
    struct Department
    {
        QString code;
        QString name;
        QString region;
    };
    struct FormerCommune
    {
        QString code;
        QString name; ///< empty when the list gives its code only
        QString currentInsee;
    };

    /// The shared instance, loaded on first call.
    static const NationalGeography &instance();

    bool isValid() const { return !m_places.empty(); }
    QString errorString() const { return m_error; }

    /// Every current commune and municipal arrondissement, by INSEE code.
    const std::vector<Place> &places() const { return m_places; }
    int currentCommuneCount() const { return m_currentCount; }

    /// The commune or arrondissement with this INSEE code, nullptr if none.
    const Place *place(const QString &insee) const;
    /// The current commune for a code: itself, the commune nouvelle that
    /// replaced a former commune, the commune of an arrondissement.
    const Place *currentCommune(const QString &code) const;
    /// The former commune with this code, nullptr when the code is current or unknown.
    const FormerCommune *formerCommune(const QString &code) const;

    /// Current communes and arrondissements whose name (or former name) starts
    /// with @p text, accents, case and punctuation ignored; at most @p limit, by name.
    QList<const Place *> placesByNamePrefix(const QString &text, int limit = 50) const;
    /// Former communes whose name starts with @p text.
    QList<const FormerCommune *> formerByNamePrefix(const QString &text, int limit = 50) const;
    /// Current communes serving this postcode.
    QList<const Place *> placesByPostcode(const QString &postcode) const;
    QList<const Place *> communesOfDepartment(const QString &code) const;

    const Epci *epci(const QString &siren) const;
    /// EPCIs whose name contains @p text ("grasse" finds "CA du Pays de Grasse").
    QList<const Epci *> epcisByName(const QString &text, int limit = 50) const;
    /// The EPCI of the commune, nullptr for a commune outside any (islands).
    const Epci *epciOfCommune(const QString &insee) const;
    const Department *department(const QString &code) const;
    QList<const Department *> departmentsByName(const QString &text) const;
    QString regionName(const QString &code) const;

    /// The current communes (indexes of places()) of a territory, ordered by
    /// INSEE code. Unknown pieces are listed in @p unknown and skipped.
    std::vector<int> resolve(const QList<TerritorySpec> &specs, QStringList *unknown) const;
    /// The current commune of @p code as the reference table's record, marked
    /// inside or outside the territory @p territory (INSEE codes); empty if unknown.
    Commune communeRecord(const QString &code, const QSet<QString> &territory) const;
    /// The display name of a piece of territory ("CA du Pays de Grasse"), empty if unknown.
    QString specName(const TerritorySpec &spec) const;

    /// Loads from another file (tests); the shared instance uses the resource.
    explicit NationalGeography(const QString &path);

private:
    bool load(const QString &path);
    void buildIndexes();

    std::vector<Place> m_places;
    int m_currentCount = 0;
    std::vector<Epci> m_epcis;
    std::vector<Department> m_departments;
    std::vector<FormerCommune> m_former;
    QHash<QString, QString> m_regions;
    QHash<QString, int> m_placeByInsee;
    QHash<QString, int> m_formerByCode;
    QHash<QString, int> m_epciBySiren;
    QHash<QString, int> m_epciOfPlace;
    QHash<QString, int> m_departmentByCode;
    QHash<QString, QList<int>> m_placesByPostcode;
    QHash<QString, QList<int>> m_placesByDepartment;
    std::vector<std::pair<QString, int>> m_placeNames;
    std::vector<std::pair<QString, int>> m_formerNames;
    std::vector<QString> m_epciKeys; ///< folded names, by index of m_epcis
    QString m_error;
};
