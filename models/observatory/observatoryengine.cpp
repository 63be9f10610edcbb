#include "observatoryengine.h"

#include "headcountband.h"
#include "models/domain/essfamily.h"
#include "models/stores/actorstore.h"
#include "models/stores/observatorysource.h"
#include "models/stores/referencefigurestore.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <cmath>

struct ObservatoryEngine::ActorRow
{
    qint32 id = 0;
    qint32 commune = -1; ///< index in m_communeCodes, -1 outside the reference communes
    qint64 sector = 0;
    qint16 creationYear = 0;
    qint16 archivedYear = 0; ///< year of archived_on, 0 when unknown or not archived
    quint8 family = 0;       ///< index in EssFamily::codes() + 1, 0 when unknown
    qint8 band = -1;         ///< index in HeadcountBand::all(), -1 when none
    bool employer = false;
    bool archived = false;
    bool deleted = false;
};

/// The figures of one year, by actor slot; -1 (or a negative FTE) is "not declared".
struct ObservatoryEngine::YearData
{
    std::vector<qint32> headcount;
    std::vector<float> fte;
    std::vector<qint32> volunteers;
    std::vector<qint32> members;
    std::vector<char> has; ///< a row of figures exists for the year

    void resize(std::size_t n)
    {
        headcount.resize(n, -1);
        fte.resize(n, -1.0f);
        volunteers.resize(n, -1);
        members.resize(n, -1);
        has.resize(n, 0);
    }
    void clear(std::size_t slot)
    {
        if (slot >= has.size())
            resize(slot + 1);
        headcount[slot] = -1;
        fte[slot] = -1.0f;
        volunteers[slot] = -1;
        members[slot] = -1;
        has[slot] = 0;
    }
};

struct ObservatoryEngine::Selection
{
    std::vector<char> communes; ///< by commune index: inside the territory
    quint8 family = 0;
    quint8 excludedFamily = 0; ///< the partners outside the ESS, unless asked for
    bool bySector = false;
    QSet<qint64> sectors;
    ReferenceFigure::Kind refKind = ReferenceFigure::Kind::Territory;
    QStringList refCodes; ///< several for a list of communes: their figures add up
    QString label;

    bool passesFacets(const ActorRow &row) const
    {
        if (row.deleted || (family && row.family != family) || (excludedFamily && row.family == excludedFamily))
            return false;
        return !bySector || sectors.contains(row.sector);
    }
    bool inTerritory(const ActorRow &row) const
    {
        return row.commune >= 0 && std::size_t(row.commune) < communes.size() && communes[std::size_t(row.commune)];
    }
};

ObservatoryEngine::ObservatoryEngine(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

ObservatoryEngine::~ObservatoryEngine() = default;

void ObservatoryEngine::invalidate()
{
    m_loaded = false;
    m_rows.clear();
    m_slotOfId.clear();
    m_years.clear();
    m_latestYear = -1;
}

void ObservatoryEngine::refreshActor(qint64 id)
{
    m_latestYear = -1;
    if (!m_loaded)
        return;
    if (id >= 0 && std::size_t(id) < m_slotOfId.size() && m_slotOfId[std::size_t(id)] >= 0)
        m_rows[std::size_t(m_slotOfId[std::size_t(id)])].deleted = true;
    loadActors(id);
    for (auto &year : m_years)
        loadYear(year.first, *year.second, id);
}

bool ObservatoryEngine::ensureLoaded()
{
    if (m_loaded)
        return true;
    QList<ObservatorySource::Epci> epcis;
    QList<ObservatorySource::Commune> communes;
    QList<ObservatorySource::Sector> sectors;
    ObservatorySource source(m_connectionName);
    if (!source.readTerritory(&epcis, &communes, &sectors)) {
        m_error = source.errorString();
        return false;
    }
    m_communeCodes.clear();
    m_communeIndex.clear();
    m_communeEpci.clear();
    m_communeNames.clear();
    m_epciCodes.clear();
    m_epciNames.clear();
    m_sectorRoot.clear();
    m_sectorParent.clear();
    m_sectorName.clear();
    m_sectorColor.clear();
    m_rootSectors.clear();
    for (const ObservatorySource::Epci &e : std::as_const(epcis)) {
        m_epciCodes << e.siren;
        m_epciNames << e.name;
    }
    for (const ObservatorySource::Commune &c : std::as_const(communes)) {
        m_communeIndex.insert(c.insee, qint32(m_communeCodes.size()));
        m_communeCodes << c.insee;
        m_communeNames << c.name;
        m_communeEpci.push_back(qint32(m_epciCodes.indexOf(c.epciSiren)));
        if (m_region.isEmpty())
            m_region = c.region;
    }
    for (const ObservatorySource::Sector &sector : std::as_const(sectors)) {
        m_sectorParent.insert(sector.id, sector.parentId);
        m_sectorName.insert(sector.id, sector.name);
        m_sectorColor.insert(sector.id, sector.color);
        if (sector.parentId == 0)
            m_rootSectors << sector.id;
    }
    for (auto it = m_sectorParent.cbegin(); it != m_sectorParent.cend(); ++it) {
        qint64 root = it.key();
        for (int guard = 0; guard < 32 && m_sectorParent.value(root) != 0; ++guard)
            root = m_sectorParent.value(root);
        m_sectorRoot.insert(it.key(), root);
    }
    m_rows.clear();
    m_slotOfId.clear();
    m_years.clear();
    m_loaded = loadActors(-1);
    return m_loaded;
}

void ObservatoryEngine::storeActor(qint64 id, const ActorRow &row)
{
    if (std::size_t(id) >= m_slotOfId.size())
        m_slotOfId.resize(std::size_t(id) + 1, -1);
    qint32 &slot = m_slotOfId[std::size_t(id)];
    if (slot >= 0) {
        m_rows[std::size_t(slot)] = row;
    } else {
        slot = qint32(m_rows.size());
        m_rows.push_back(row);
    }
}

bool ObservatoryEngine::loadActors(qint64 onlyId)
{
    // Each commune, family and band is looked up once per distinct text
    // rather than once per actor (100,000 on the first opening of the tab).
    static const QStringList families = EssFamily::codes();
    const QList<HeadcountBand> &bands = HeadcountBand::all();
    QHash<QByteArray, qint32> communeOf;
    QHash<QByteArray, quint8> familyOf;
    QHash<QByteArray, qint8> bandOf;
    ObservatorySource source(m_connectionName);
    const bool read = source.readActors(onlyId, [&](const ObservatorySource::ActorColumns &a) {
        if (a.id < 0 || a.id > INT_MAX)
            return;
        ActorRow row;
        row.id = qint32(a.id);
        auto c = communeOf.constFind(a.communeInsee);
        if (c == communeOf.constEnd())
            c = communeOf.insert(QByteArray(a.communeInsee.constData(), a.communeInsee.size()),
                                 m_communeIndex.value(QString::fromUtf8(a.communeInsee), -1));
        row.commune = *c;
        row.sector = a.sectorId;
        row.creationYear = qint16(a.creationYear);
        row.archived = a.archived;
        row.archivedYear = row.archived ? qint16(a.archivedYear) : qint16(0);
        auto f = familyOf.constFind(a.family);
        if (f == familyOf.constEnd())
            f = familyOf.insert(QByteArray(a.family.constData(), a.family.size()), quint8(families.indexOf(QString::fromUtf8(a.family)) + 1));
        row.family = *f;
        auto b = bandOf.constFind(a.headcountBand);
        if (b == bandOf.constEnd()) {
            qint8 index = -1;
            for (int i = 0; i < bands.size(); ++i) {
                if (bands.at(i).code == QString::fromUtf8(a.headcountBand))
                    index = qint8(i);
            }
            b = bandOf.insert(QByteArray(a.headcountBand.constData(), a.headcountBand.size()), index);
        }
        row.band = *b;
        row.employer = a.employer;
        storeActor(a.id, row);
    });
    if (!read)
        m_error = tr("The actors could not be read for the observatory.");
    return read;
}

bool ObservatoryEngine::loadYear(int year, YearData &data, qint64 onlyId)
{
    if (onlyId >= 0) {
        if (std::size_t(onlyId) < m_slotOfId.size() && m_slotOfId[std::size_t(onlyId)] >= 0)
            data.clear(std::size_t(m_slotOfId[std::size_t(onlyId)]));
    } else {
        data.resize(m_rows.size());
    }
    ObservatorySource source(m_connectionName);
    return source.readYear(year, onlyId, [&](const ObservatorySource::FigureColumns &f) {
        if (f.actorId < 0 || std::size_t(f.actorId) >= m_slotOfId.size() || m_slotOfId[std::size_t(f.actorId)] < 0)
            return;
        const std::size_t slot = std::size_t(m_slotOfId[std::size_t(f.actorId)]);
        if (slot >= data.has.size())
            data.resize(slot + 1);
        data.has[slot] = 1;
        data.headcount[slot] = f.headcount;
        data.fte[slot] = f.fte;
        data.volunteers[slot] = f.volunteers;
        data.members[slot] = f.members;
    });
}

const ObservatoryEngine::YearData *ObservatoryEngine::yearData(int year)
{
    auto it = m_years.find(year);
    if (it != m_years.end())
        return it->second.get();
    auto data = std::make_unique<YearData>();
    if (!loadYear(year, *data, -1))
        return nullptr;
    return m_years.emplace(year, std::move(data)).first->second.get();
}

int ObservatoryEngine::latestYear()
{
    if (m_latestYear < 0) {
        m_latestYear = ActorStore(m_connectionName).latestFiguresYear();
        // Without any declared figure, the latest year the SIRENE bands give
        // (a directory made from the register, in estimates only).
        if (m_latestYear == 0) {
            const QList<int> known = years();
            m_latestYear = known.isEmpty() ? 0 : known.last();
        }
    }
    return m_latestYear;
}

QList<int> ObservatoryEngine::years()
{
    ObservatorySource source(m_connectionName);
    const QList<int> years = source.figureYears();
    if (!source.errorString().isEmpty())
        m_error = source.errorString();
    return years;
}

QList<int> ObservatoryEngine::scoredYears()
{
    ObservatorySource source(m_connectionName);
    const QList<int> years = source.scoredYears();
    if (!source.errorString().isEmpty())
        m_error = source.errorString();
    return years;
}

bool ObservatoryEngine::parseTerritory(const QString &code, ObservatoryFilter *filter)
{
    ensureLoaded();
    const QString c = code.trimmed();
    if (c.isEmpty() || c.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        filter->territory = ObservatoryFilter::Territory::Whole;
        filter->territoryCode.clear();
        return true;
    }
    if (m_epciCodes.contains(c)) {
        filter->territory = ObservatoryFilter::Territory::Epci;
        filter->territoryCode = c;
        return true;
    }
    if (m_communeIndex.contains(c.toUpper())) {
        filter->territory = ObservatoryFilter::Territory::Commune;
        filter->territoryCode = c.toUpper();
        return true;
    }
    if (c.startsWith(QLatin1String("list:"), Qt::CaseInsensitive)) {
        const QString wanted = c.mid(5).trimmed();
        if (const std::optional<qint64> list = ObservatorySource(m_connectionName).communeListId(wanted)) {
            filter->territory = ObservatoryFilter::Territory::CommuneList;
            filter->territoryCode = QString::number(*list);
            return true;
        }
        m_error = tr("There is no saved list of communes called “%1”. Save it from the Observatoire tab first.").arg(wanted);
        return false;
    }
    m_error = tr("The territory “%1” is unknown: give “all”, the SIREN of an EPCI, the INSEE code of a commune, or list:NAME.").arg(c);
    return false;
}

QString ObservatoryEngine::territoryLabel(const ObservatoryFilter &filter)
{
    ensureLoaded();
    switch (filter.territory) {
    case ObservatoryFilter::Territory::Whole:
        return tr("Whole territory");
    case ObservatoryFilter::Territory::Epci:
        return m_epciNames.value(int(m_epciCodes.indexOf(filter.territoryCode)), filter.territoryCode);
    case ObservatoryFilter::Territory::Commune:
        return m_communeNames.value(m_communeIndex.value(filter.territoryCode, -1), filter.territoryCode);
    case ObservatoryFilter::Territory::CommuneList: {
        const QString name = ObservatorySource(m_connectionName).communeListName(filter.territoryCode.toLongLong());
        return name.isEmpty() ? filter.territoryCode : name;
    }
    }
    return {};
}

ObservatoryEngine::Selection ObservatoryEngine::select(const ObservatoryFilter &filter)
{
    Selection s;
    s.communes.assign(std::size_t(m_communeCodes.size()), 0);
    s.label = territoryLabel(filter);
    switch (filter.territory) {
    case ObservatoryFilter::Territory::Whole:
        std::fill(s.communes.begin(), s.communes.end(), 1);
        s.refKind = ReferenceFigure::Kind::Territory;
        s.refCodes = {QStringLiteral("all")};
        break;
    case ObservatoryFilter::Territory::Epci: {
        const qint32 epci = qint32(m_epciCodes.indexOf(filter.territoryCode));
        for (std::size_t i = 0; i < m_communeEpci.size(); ++i)
            s.communes[i] = epci >= 0 && m_communeEpci[i] == epci;
        s.refKind = ReferenceFigure::Kind::Epci;
        s.refCodes = {filter.territoryCode};
        break;
    }
    case ObservatoryFilter::Territory::Commune: {
        const qint32 i = m_communeIndex.value(filter.territoryCode, -1);
        if (i >= 0)
            s.communes[std::size_t(i)] = 1;
        s.refKind = ReferenceFigure::Kind::Commune;
        s.refCodes = {filter.territoryCode};
        break;
    }
    case ObservatoryFilter::Territory::CommuneList: {
        for (const QString &insee : ObservatorySource(m_connectionName).communeListMembers(filter.territoryCode.toLongLong())) {
            const qint32 i = m_communeIndex.value(insee, -1);
            if (i >= 0) {
                s.communes[std::size_t(i)] = 1;
                s.refCodes << insee;
            }
        }
        s.refKind = ReferenceFigure::Kind::Commune;
        break;
    }
    }
    if (!filter.family.isEmpty())
        s.family = quint8(EssFamily::codes().indexOf(filter.family) + 1);
    else
        s.excludedFamily = quint8(EssFamily::codes().indexOf(QStringLiteral("hors_champ")) + 1);
    if (filter.sectorId > 0) {
        s.bySector = true;
        s.sectors.insert(filter.sectorId);
        // Sub-sectors: walk up from every sector.
        for (auto it = m_sectorParent.cbegin(); it != m_sectorParent.cend(); ++it) {
            qint64 id = it.key();
            for (int guard = 0; guard < 32 && id != 0; ++guard) {
                if (id == filter.sectorId) {
                    s.sectors.insert(it.key());
                    break;
                }
                id = m_sectorParent.value(id);
            }
        }
    }
    return s;
}

bool ObservatoryEngine::counts(const ActorRow &row, int year, const YearData *data, std::size_t slot) const
{
    if (row.creationYear > 0 && row.creationYear > year)
        return false;
    if (!row.archived)
        return true;
    const bool declared = data && slot < data->has.size() && data->has[slot];
    return declared || (row.archivedYear > 0 && year < row.archivedYear);
}

void ObservatoryEngine::accumulate(ObservatoryFigures &f, const ActorRow &row, const YearData *data, std::size_t slot,
                                   bool keepIds) const
{
    ++f.actors;
    const bool has = data && slot < data->has.size();
    const qint32 headcount = has ? data->headcount[slot] : -1;
    if (isEmployer(row, headcount))
        ++f.employerActors;
    if (headcount >= 0) {
        f.jobs += headcount;
    } else {
        ++f.actorsWithoutHeadcount;
        if (row.band >= 0) {
            ++f.estimatedActors;
            f.jobsEstimated += HeadcountBand::all().at(row.band).midpoint();
        }
    }
    if (has) {
        if (data->fte[slot] >= 0)
            f.fte += double(data->fte[slot]);
        if (data->volunteers[slot] >= 0)
            f.volunteers += data->volunteers[slot];
        if (data->members[slot] >= 0)
            f.members += data->members[slot];
    }
    if (keepIds)
        f.actorIds.push_back(row.id);
}

bool ObservatoryEngine::isEmployer(const ActorRow &row, qint32 headcount)
{
    // Declared jobs make an employer, whichever way they arrived (the form,
    // a spreadsheet, a SIRENE band without a declared headcount).
    if (headcount > 0 || row.employer)
        return true;
    return headcount < 0 && row.band >= 0 && HeadcountBand::all().at(row.band).min > 0;
}

ObservatoryFigures ObservatoryEngine::yearFigures(const Selection &selection, int year)
{
    ObservatoryFigures f;
    f.key = QString::number(year);
    f.label = QString::number(year);
    const YearData *data = yearData(year);
    for (std::size_t slot = 0; slot < m_rows.size(); ++slot) {
        const ActorRow &row = m_rows[slot];
        if (selection.passesFacets(row) && selection.inTerritory(row) && counts(row, year, data, slot))
            accumulate(f, row, data, slot, false);
    }
    // FTE are stored as floats: give back the one decimal they were typed with.
    f.fte = std::round(f.fte * 100.0) / 100.0;
    return f;
}

QList<ObservatoryFigures> ObservatoryEngine::evolution(const ObservatoryFilter &filter, int yearCount)
{
    QList<ObservatoryFigures> out;
    if (!ensureLoaded())
        return out;
    const int last = filter.year > 0 ? filter.year : latestYear();
    const QList<int> known = years();
    if (known.isEmpty() || last <= 0)
        return out;
    const int first = std::max(known.first(), last - yearCount + 1);
    const Selection selection = select(filter);
    for (int year = first; year <= last; ++year)
        out << yearFigures(selection, year);
    return out;
}

int ObservatoryEngine::unreadEvolutionYear(const ObservatoryFilter &filter, int yearCount)
{
    const int last = filter.year > 0 ? filter.year : latestYear();
    const QList<int> known = years();
    if (known.isEmpty() || last <= 0)
        return 0;
    for (int year = std::max(known.first(), last - yearCount + 1); year <= last; ++year) {
        if (m_years.find(year) == m_years.end())
            return year;
    }
    return 0;
}

ObservatoryStats ObservatoryEngine::computeFirstView(const ObservatoryFilter &filter, bool *evolutionPending)
{
    const bool pending = unreadEvolutionYear(filter) != 0;
    if (evolutionPending)
        *evolutionPending = pending;
    return compute(filter, pending ? 1 : 10);
}

void ObservatoryEngine::readYear(int year)
{
    if (ensureLoaded())
        yearData(year);
}

struct ObservatoryEngine::Breakdown
{
    std::vector<ObservatoryFigures> byFamily;
    std::vector<ObservatoryFigures> bySector;
    std::vector<ObservatoryFigures> byEpci;
    std::vector<ObservatoryFigures> byBand;
    // Jobs of the whole territory and of each EPCI for the comparisons,
    // whatever territory is chosen, with the same family and sector filters.
    qint64 wholeJobs = 0;
    std::vector<qint64> epciJobs;
};

namespace {

// FTE are stored as floats: give back the one decimal they were typed with.
void roundFte(ObservatoryFigures &f)
{
    f.fte = std::round(f.fte * 100.0) / 100.0;
}

double sharePct(qint64 jobs, qint64 total)
{
    return 100.0 * double(jobs) / double(total);
}

} // namespace

ObservatoryStats ObservatoryEngine::compute(const ObservatoryFilter &asked, int evolutionYears)
{
    ObservatoryStats stats;
    stats.filter = asked;
    if (!ensureLoaded())
        return stats;
    if (stats.filter.year <= 0)
        stats.filter.year = latestYear();
    const ObservatoryFilter &filter = stats.filter;
    const Selection selection = select(filter);
    stats.territoryLabel = selection.label;
    stats.totals.key = QStringLiteral("total");
    stats.totals.label = selection.label;

    const YearData *data = yearData(filter.year);
    Breakdown parts = breakdown(selection, filter.year, data, stats.totals);
    roundFte(stats.totals);
    listFamilies(stats, parts.byFamily);
    listSectors(stats, parts.bySector);
    listEpcis(stats, parts.byEpci, selection);
    listSizeBands(stats, parts.byBand);
    stats.evolution = evolution(filter, evolutionYears);

    const ReferenceFigureStore references(m_connectionName);
    addShares(stats, selection, references);
    addComparisons(stats, selection, parts, references);
    addWarnings(stats, selection, data);
    addSocialUtility(stats, selection);
    return stats;
}

ObservatoryEngine::Breakdown ObservatoryEngine::breakdown(const Selection &selection, int year, const YearData *data,
                                                          ObservatoryFigures &totals) const
{
    const QStringList families = EssFamily::codes();
    const QList<HeadcountBand> &bands = HeadcountBand::all();
    Breakdown b;
    b.byFamily.resize(std::size_t(families.size()) + 1);
    QHash<qint64, int> sectorSlot;
    b.bySector.resize(std::size_t(m_rootSectors.size()) + 1);
    for (int i = 0; i < m_rootSectors.size(); ++i)
        sectorSlot.insert(m_rootSectors.at(i), i);
    b.byEpci.resize(std::size_t(m_epciCodes.size()));
    b.byBand.resize(std::size_t(bands.size()) + 1);
    b.epciJobs.assign(std::size_t(m_epciCodes.size()), 0);

    for (std::size_t slot = 0; slot < m_rows.size(); ++slot) {
        const ActorRow &row = m_rows[slot];
        if (!selection.passesFacets(row) || row.commune < 0 || !counts(row, year, data, slot))
            continue;
        const bool has = data && slot < data->has.size();
        const qint32 headcount = has ? data->headcount[slot] : -1;
        const qint32 epci = m_communeEpci[std::size_t(row.commune)];
        if (headcount > 0) {
            b.wholeJobs += headcount;
            if (epci >= 0)
                b.epciJobs[std::size_t(epci)] += headcount;
        }
        if (!selection.inTerritory(row))
            continue;
        accumulate(totals, row, data, slot, true);
        accumulate(b.byFamily[row.family <= families.size() ? row.family : 0], row, data, slot, true);
        const int sector = sectorSlot.value(m_sectorRoot.value(row.sector, -1), int(m_rootSectors.size()));
        accumulate(b.bySector[std::size_t(sector)], row, data, slot, true);
        if (epci >= 0)
            accumulate(b.byEpci[std::size_t(epci)], row, data, slot, true);
        if (isEmployer(row, headcount)) {
            int band = headcount >= 0 ? HeadcountBand::indexForHeadcount(headcount) : row.band;
            if (band < 0)
                band = int(bands.size());
            accumulate(b.byBand[std::size_t(band)], row, data, slot, true);
        }
    }
    return b;
}

void ObservatoryEngine::listFamilies(ObservatoryStats &stats, std::vector<ObservatoryFigures> &byFamily) const
{
    // Slot 0 holds the actors without a family, listed last.
    const QStringList families = EssFamily::codes();
    for (int i = 1; i <= families.size(); ++i) {
        ObservatoryFigures &f = byFamily[std::size_t(i)];
        if (f.actors == 0)
            continue;
        f.key = families.at(i - 1);
        f.label = EssFamily::label(f.key);
        roundFte(f);
        stats.byFamily << f;
    }
    if (byFamily[0].actors > 0) {
        byFamily[0].key = QStringLiteral("");
        byFamily[0].label = tr("Family not given");
        roundFte(byFamily[0]);
        stats.byFamily << byFamily[0];
    }
}

void ObservatoryEngine::listSectors(ObservatoryStats &stats, std::vector<ObservatoryFigures> &bySector) const
{
    for (std::size_t i = 0; i < bySector.size(); ++i) {
        ObservatoryFigures &f = bySector[i];
        if (f.actors == 0)
            continue;
        if (i < std::size_t(m_rootSectors.size())) {
            const qint64 id = m_rootSectors.at(int(i));
            f.key = QString::number(id);
            f.label = m_sectorName.value(id);
            f.color = QColor(m_sectorColor.value(id));
        } else {
            f.key = QStringLiteral("0");
            f.label = tr("No sector");
            f.color = QColor(Qt::gray);
        }
        roundFte(f);
        stats.bySector << f;
    }
    // Most jobs first, as the chart reads from the top.
    std::stable_sort(stats.bySector.begin(), stats.bySector.end(),
                     [](const ObservatoryFigures &a, const ObservatoryFigures &b) { return a.jobs > b.jobs; });
}

void ObservatoryEngine::listEpcis(ObservatoryStats &stats, std::vector<ObservatoryFigures> &byEpci, const Selection &selection) const
{
    // Every EPCI with a commune in the selection, even without actors.
    for (std::size_t i = 0; i < byEpci.size(); ++i) {
        ObservatoryFigures &f = byEpci[i];
        bool inside = false;
        for (std::size_t c = 0; c < m_communeEpci.size() && !inside; ++c)
            inside = m_communeEpci[c] == qint32(i) && selection.communes[c];
        if (!inside)
            continue;
        f.key = m_epciCodes.at(int(i));
        f.label = m_epciNames.at(int(i));
        roundFte(f);
        stats.byEpci << f;
    }
}

void ObservatoryEngine::listSizeBands(ObservatoryStats &stats, std::vector<ObservatoryFigures> &byBand)
{
    const QList<HeadcountBand> &bands = HeadcountBand::all();
    for (std::size_t i = 0; i < byBand.size(); ++i) {
        ObservatoryFigures &f = byBand[i];
        if (f.actors == 0)
            continue;
        if (i < std::size_t(bands.size())) {
            f.key = bands.at(int(i)).code;
            f.label = bands.at(int(i)).shortLabel();
        } else {
            f.key = QStringLiteral("");
            f.label = tr("Size unknown");
        }
        roundFte(f);
        stats.bySizeBand << f;
    }
}

std::optional<qint64> ObservatoryEngine::referenceTotal(const ReferenceFigureStore &references, ReferenceFigure::Kind kind,
                                                        const QStringList &codes, int year, int *refYear, QString *source)
{
    qint64 sum = 0;
    QStringList sources;
    for (const QString &code : codes) {
        const auto f = references.nearest(kind, code, year);
        if (!f || !f->totalEmployment || *f->totalEmployment <= 0)
            return std::nullopt;
        sum += *f->totalEmployment;
        *refYear = std::max(*refYear, f->year);
        if (!sources.contains(f->source))
            sources << f->source;
    }
    *source = sources.join(QLatin1String(" ; "));
    return codes.isEmpty() ? std::nullopt : std::optional<qint64>(sum);
}

void ObservatoryEngine::addShares(ObservatoryStats &stats, const Selection &selection, const ReferenceFigureStore &references)
{
    const int year = stats.filter.year;
    {
        int refYear = 0;
        QString source;
        stats.totalEmployment = referenceTotal(references, selection.refKind, selection.refCodes, year, &refYear, &source);
        if (stats.totalEmployment) {
            stats.referenceYear = refYear;
            stats.referenceSource = source;
            stats.totals.essSharePct = sharePct(stats.totals.jobs, *stats.totalEmployment);
            stats.essShareWithEstimatesPct = 100.0 * (double(stats.totals.jobs) + stats.totals.jobsEstimated) / double(*stats.totalEmployment);
        }
    }
    for (ObservatoryFigures &f : stats.byEpci) {
        int refYear = 0;
        QString source;
        if (const auto total = referenceTotal(references, ReferenceFigure::Kind::Epci, {f.key}, year, &refYear, &source))
            f.essSharePct = sharePct(f.jobs, *total);
    }
}

void ObservatoryEngine::addComparisons(ObservatoryStats &stats, const Selection &selection, const Breakdown &breakdown,
                                       const ReferenceFigureStore &references) const
{
    // The shares computed from the directory, then those published for the
    // region and France.
    const ObservatoryFilter &filter = stats.filter;
    const int year = filter.year;
    auto computed = [&](ObservatoryComparison::Level level, const QString &code, const QString &label, qint64 jobs,
                        ReferenceFigure::Kind kind, const QStringList &codes) {
        ObservatoryComparison c;
        c.level = level;
        c.code = code;
        c.label = label;
        c.computed = true;
        int refYear = 0;
        QString source;
        if (const auto total = referenceTotal(references, kind, codes, year, &refYear, &source)) {
            c.essSharePct = sharePct(jobs, *total);
            c.year = refYear;
            c.source = tr("Directory %1 / %2").arg(year).arg(source);
        }
        stats.comparisons << c;
    };
    if (filter.territory != ObservatoryFilter::Territory::Whole)
        computed(ObservatoryComparison::Level::Selection, filter.territoryCode, selection.label, stats.totals.jobs,
                 selection.refKind, selection.refCodes);
    computed(ObservatoryComparison::Level::Territory, QStringLiteral("all"), tr("Whole territory"), breakdown.wholeJobs,
             ReferenceFigure::Kind::Territory, {QStringLiteral("all")});
    for (int i = 0; i < m_epciCodes.size(); ++i) {
        // The EPCI chosen as the territory is the selection's entry already:
        // twice, a chart would put one name under two bars.
        if (filter.territory == ObservatoryFilter::Territory::Epci && m_epciCodes.at(i) == filter.territoryCode)
            continue;
        computed(ObservatoryComparison::Level::Epci, m_epciCodes.at(i), m_epciNames.at(i), breakdown.epciJobs[std::size_t(i)],
                 ReferenceFigure::Kind::Epci, {m_epciCodes.at(i)});
    }
    auto published = [&](ObservatoryComparison::Level level, ReferenceFigure::Kind kind, const QString &code, const QString &fallback) {
        ObservatoryComparison c;
        c.level = level;
        c.code = code;
        c.label = fallback;
        if (const auto f = references.nearest(kind, code, year)) {
            if (!f->name.isEmpty())
                c.label = f->name;
            c.essSharePct = f->publishedShare();
            c.year = f->year;
            c.source = f->source;
        }
        stats.comparisons << c;
    };
    published(ObservatoryComparison::Level::Region, ReferenceFigure::Kind::Region, m_region.isEmpty() ? QStringLiteral("32") : m_region,
              tr("Region"));
    published(ObservatoryComparison::Level::France, ReferenceFigure::Kind::France, QStringLiteral("FR"), tr("France"));
}

void ObservatoryEngine::addSocialUtility(ObservatoryStats &stats, const Selection &selection)
{
    // Compared with the year asked for, else with the last scored year before.
    const ObservatoryFilter &filter = stats.filter;
    const int year = filter.year;
    stats.socialUtility = socialProfile(selection, year);
    const QList<int> scored = scoredYears();
    if (filter.compareYear > 0 && filter.compareYear != year)
        stats.socialUtilityCompared = socialProfile(selection, filter.compareYear);
    for (int i = int(scored.size()) - 1; i >= 0 && filter.compareYear <= 0; --i) {
        if (scored.at(i) < year) {
            stats.socialUtilityCompared = socialProfile(selection, scored.at(i));
            break;
        }
    }
}

std::vector<qint32> ObservatoryEngine::biggestEmployers(std::vector<qint32> ids, const YearData *data, std::size_t count) const
{
    const auto jobs = [&](qint32 id) -> qint32 {
        if (!data || id < 0 || std::size_t(id) >= m_slotOfId.size() || m_slotOfId[std::size_t(id)] < 0)
            return -1;
        const std::size_t slot = std::size_t(m_slotOfId[std::size_t(id)]);
        return slot < data->headcount.size() ? data->headcount[slot] : -1;
    };
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](qint32 id) { return jobs(id) <= 0; }), ids.end());
    std::stable_sort(ids.begin(), ids.end(), [&](qint32 a, qint32 b) { return jobs(a) > jobs(b); });
    if (ids.size() > count)
        ids.resize(count);
    return ids;
}

void ObservatoryEngine::addWarnings(ObservatoryStats &stats, const Selection &, const YearData *data) const
{
    const QLocale locale;
    const auto pct = [&locale](double v) { return locale.toString(v, 'f', 1); };
    if (stats.totals.essSharePct && *stats.totals.essSharePct > 100.0 && stats.totalEmployment) {
        stats.warnings << ObservatoryWarning{
            QStringLiteral("share_over_100"),
            tr("The ESS share of salaried employment, %1 %, cannot be true: the jobs declared by the actors (%2) exceed the "
               "territory's total salaried employment (%3, %4 %5). Check the headcounts of the biggest employers below, or the reference figure.")
                .arg(pct(*stats.totals.essSharePct), locale.toString(stats.totals.jobs), locale.toString(*stats.totalEmployment),
                     stats.referenceSource)
                .arg(stats.referenceYear),
            biggestEmployers(stats.totals.actorIds, data, 50)};
    }
    for (const ObservatoryFigures &f : std::as_const(stats.byEpci)) {
        if (!f.essSharePct || *f.essSharePct <= 100.0)
            continue;
        stats.warnings << ObservatoryWarning{
            QStringLiteral("ess_jobs_above_total"),
            tr("The ESS jobs of %1 (%2) exceed its total salaried employment: a share of %3 % cannot be true.")
                .arg(f.label, locale.toString(f.jobs), pct(*f.essSharePct)),
            biggestEmployers(f.actorIds, data, 50)};
    }
    // A declared headcount far above the SIRENE band (more than twice its
    // upper bound, and by more than ten): a typing mistake, hours typed as
    // people, or the jobs of a whole group.
    std::vector<std::pair<qint32, qint32>> aboveBand;
    const QList<HeadcountBand> &bands = HeadcountBand::all();
    for (const qint32 id : stats.totals.actorIds) {
        if (id < 0 || std::size_t(id) >= m_slotOfId.size() || m_slotOfId[std::size_t(id)] < 0 || !data)
            continue;
        const std::size_t slot = std::size_t(m_slotOfId[std::size_t(id)]);
        const ActorRow &row = m_rows[slot];
        const qint32 headcount = slot < data->headcount.size() ? data->headcount[slot] : -1;
        if (row.band < 0 || headcount < 0 || !bands.at(row.band).max)
            continue;
        const int max = *bands.at(row.band).max;
        if (headcount > 2 * max && headcount > max + 10)
            aboveBand.emplace_back(id, headcount);
    }
    if (!aboveBand.empty()) {
        std::stable_sort(aboveBand.begin(), aboveBand.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        ObservatoryWarning w;
        w.code = QStringLiteral("jobs_above_band");
        w.reason = tr("%n actor(s) declare far more jobs than their SIRENE headcount band allows (more than twice its upper bound): "
                      "a typing mistake, hours counted as people, or the jobs of a whole group?", nullptr, int(aboveBand.size()));
        for (const auto &p : aboveBand)
            w.actorIds.push_back(p.first);
        stats.warnings << w;
    }
    ObservatorySource source(m_connectionName);
    for (ObservatoryWarning &w : stats.warnings) {
        for (std::size_t i = 0; i < w.actorIds.size() && i < 10; ++i) {
            const QString name = source.actorName(w.actorIds[i]);
            if (!name.isEmpty())
                w.actorNames << name;
        }
    }
}

SocialUtilityProfile ObservatoryEngine::socialProfile(const Selection &selection, int year)
{
    SocialUtilityProfile profile;
    profile.year = year;
    const QStringList criteria = SocialUtilityGrid::allCriteria();
    std::vector<double> sums(std::size_t(criteria.size()), 0);
    std::vector<int> counts(std::size_t(criteria.size()), 0);
    QSet<qint64> assessed;
    const YearData *data = yearData(year);
    ObservatorySource(m_connectionName).readScores(year, [&](qint64 id, const QString &criterion, int score) {
        if (id < 0 || std::size_t(id) >= m_slotOfId.size() || m_slotOfId[std::size_t(id)] < 0)
            return;
        const std::size_t slot = std::size_t(m_slotOfId[std::size_t(id)]);
        const ActorRow &row = m_rows[slot];
        const int c = int(criteria.indexOf(criterion));
        if (c < 0 || !selection.passesFacets(row) || !selection.inTerritory(row) || !this->counts(row, year, data, slot))
            return;
        sums[std::size_t(c)] += score;
        ++counts[std::size_t(c)];
        assessed.insert(id);
    });
    profile.assessedActors = int(assessed.size());
    if (profile.assessedActors == 0)
        return profile;
    for (int c = 0; c < criteria.size(); ++c)
        profile.averages << qMakePair(criteria.at(c), counts[std::size_t(c)] > 0 ? sums[std::size_t(c)] / counts[std::size_t(c)] : -1.0);
    return profile;
}
