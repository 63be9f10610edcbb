#pragma once

#include "observatoryfilter.h"
#include "observatorystats.h"
#include "referencefigure.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class ReferenceFigureStore;

/// Computes the observatory's figures from the directory (actors and their
/// yearly figures), the reference figures and the social utility grids.
/// The Observatoire tab and the "stats" command both call compute(): one
/// code path for the numbers on screen and the numbers in a script.
///
/// Rules (README, "Observatoire"): an actor counts in a year from its
/// creation year on; an archived actor counts in the years before the year
/// it was archived, and in any year it declared figures for. Declared
/// headcounts make the jobs; an actor that declared none for the year and
/// has a SIRENE band adds the band's midpoint to the separate estimate.
/// Actors outside the reference communes are outside every territory.
/// Actors of the family "outside the ESS" (partners) count only when that
/// family is chosen.
///
/// A compact table of a few integers per actor and one array of figures per
/// year (read with SQLite's own API when the driver is SQLite, with Qt Sql
/// otherwise) are read once and kept, so that changing a filter or a year costs a
/// pass over memory, not a query over 100,000 rows; invalidate() or
/// refreshActor() keep them in step with the stores.
class ObservatoryEngine
{
    Q_DECLARE_TR_FUNCTIONS(ObservatoryEngine)

public:
    explicit ObservatoryEngine(const QString &connectionName);
    ~ObservatoryEngine();

    /// All figures of the tab for @p filter (year 0: the latest year with figures).
    ObservatoryStats compute(const ObservatoryFilter &filter, int evolutionYears = 10);
    /// Only the yearly series, oldest first, for the ten years up to filter.year.
    QList<ObservatoryFigures> evolution(const ObservatoryFilter &filter, int years = 10);

    /// The oldest year of the evolution up to @p filter's year whose figures
    /// are not read yet, 0 when all are: the tab shows its first view at
    /// once and reads these one at a time afterwards.
    int unreadEvolutionYear(const ObservatoryFilter &filter, int years = 10);
    /// What a screen shows first: compute() with the evolution limited to
    /// the years already read (only the chosen year on a first opening);
    /// @p evolutionPending says whether unreadEvolutionYear() has more.
    ObservatoryStats computeFirstView(const ObservatoryFilter &filter, bool *evolutionPending);
    /// Reads the figures of @p year now (kept for later computations).
    void readYear(int year);

    /// Most recent year with declared figures, 0 when none.
    int latestYear();
    /// Years with declared figures, ascending.
    QList<int> years();
    /// Social utility grids exist for these years, ascending.
    QList<int> scoredYears();

    /// Label of a territory ("CC du Pays de Mormal", "Avesnes-sur-Helpe"...).
    QString territoryLabel(const ObservatoryFilter &filter);
    /// Reads a territory code of the command line: "all" or empty (the whole
    /// territory), a 9-digit EPCI SIREN, an INSEE commune code, or "list:NAME"
    /// / "list:ID". False when nothing matches.
    bool parseTerritory(const QString &code, ObservatoryFilter *filter);

    void invalidate();
    /// One actor changed (saved, archived, its band or its grid).
    void refreshActor(qint64 id);

    QString errorString() const { return m_error; }

private:
    struct ActorRow;
    struct YearData;
    struct Selection;
    /// The figures of one year by family, sector, EPCI and size band, and
    /// the jobs the comparisons need.
    struct Breakdown;

    bool ensureLoaded();
    bool loadActors(qint64 onlyId);
    void storeActor(qint64 id, const ActorRow &row);
    const YearData *yearData(int year);
    bool loadYear(int year, YearData &data, qint64 onlyId);
    Selection select(const ObservatoryFilter &filter);
    bool counts(const ActorRow &row, int year, const YearData *data, std::size_t slot) const;
    static bool isEmployer(const ActorRow &row, qint32 headcount);
    /// The actors of @p ids with the most jobs declared for the year, most first.
    std::vector<qint32> biggestEmployers(std::vector<qint32> ids, const YearData *data, std::size_t count) const;
    void addWarnings(ObservatoryStats &stats, const Selection &selection, const YearData *data) const;
    void accumulate(ObservatoryFigures &f, const ActorRow &row, const YearData *data, std::size_t slot, bool keepIds) const;
    ObservatoryFigures yearFigures(const Selection &selection, int year);
    SocialUtilityProfile socialProfile(const Selection &selection, int year);

    Breakdown breakdown(const Selection &selection, int year, const YearData *data, ObservatoryFigures &totals) const;
    void listFamilies(ObservatoryStats &stats, std::vector<ObservatoryFigures> &byFamily) const;
    void listSectors(ObservatoryStats &stats, std::vector<ObservatoryFigures> &bySector) const;
    void listEpcis(ObservatoryStats &stats, std::vector<ObservatoryFigures> &byEpci, const Selection &selection) const;
    static void listSizeBands(ObservatoryStats &stats, std::vector<ObservatoryFigures> &byBand);
    /// The employment of the reference figures nearest @p year, summed over
    /// @p codes; nothing when one of them has none.
    static std::optional<qint64> referenceTotal(const ReferenceFigureStore &references, ReferenceFigure::Kind kind,
                                                const QStringList &codes, int year, int *refYear, QString *source);
    static void addShares(ObservatoryStats &stats, const Selection &selection, const ReferenceFigureStore &references);
    void addComparisons(ObservatoryStats &stats, const Selection &selection, const Breakdown &breakdown,
                        const ReferenceFigureStore &references) const;
    void addSocialUtility(ObservatoryStats &stats, const Selection &selection);

    QString m_connectionName;
    QString m_error;
    bool m_loaded = false;
    std::vector<ActorRow> m_rows;
    std::vector<qint32> m_slotOfId;
    std::map<int, std::unique_ptr<YearData>> m_years;
    int m_latestYear = -1;

    // Reference tables, small: read with the actors.
    QStringList m_communeCodes;            ///< index -> INSEE
    QHash<QString, qint32> m_communeIndex; ///< INSEE -> index
    std::vector<qint32> m_communeEpci;     ///< commune index -> EPCI index
    QStringList m_communeNames;
    QStringList m_epciCodes;
    QStringList m_epciNames;
    QString m_region; ///< region code of the reference communes ("32")
    QHash<qint64, qint64> m_sectorRoot;
    QHash<qint64, qint64> m_sectorParent;
    QHash<qint64, QString> m_sectorName;
    QHash<qint64, QString> m_sectorColor;
    QList<qint64> m_rootSectors;
};
