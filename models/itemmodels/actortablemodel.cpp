#include "actortablemodel.h"

#include "models/domain/essfamily.h"
#include "models/stores/actorlistreader.h"
#include "models/stores/actorstore.h"

#include <QLocale>

#include <algorithm>

ActorTableModel::ActorTableModel(ActorStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_engine(store->connectionName())
{
    connect(store, &ActorStore::actorSaved, this, [this](qint64 id) {
        m_engine.refresh(id);
        reload();
    });
    connect(store, &ActorStore::actorRemoved, this, [this](qint64 id) {
        m_engine.refresh(id);
        reload();
    });
    connect(store, &ActorStore::actorsReset, this, [this] {
        m_engine.invalidate();
        reload();
    });
    runQuery();
}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ActorSearchEngine::SortKey ActorTableModel::sortKey() const
{
    using K = ActorSearchEngine::SortKey;
    static const K keys[ColumnCount] = {K::Name, K::Acronym, K::Family, K::LegalStatus, K::Sector, K::Commune,
                                        K::Epci, K::Postcode, K::Siret, K::Rna, K::Employer, K::Headcount,
                                        K::AcceptsInterns, K::CharterSigned, K::Updated};
    return m_sortColumn >= 0 && m_sortColumn < ColumnCount ? keys[m_sortColumn] : K::Name;
}

void ActorTableModel::setFilter(const ActorFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ActorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = Name;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    // Rows are re-read in the new order: a layout change keeps the view's
    // columns and scroll state, and there are no persistent row indexes to move
    // beyond the first page.
    const QModelIndexList persistent = persistentIndexList();
    std::vector<qint64> persistentIds;
    for (const QModelIndex &index : persistent)
        persistentIds.push_back(idAt(index.row()));
    const std::size_t fetched = std::max<std::size_t>(m_rows.size(), std::min<std::size_t>(PageSize, m_ids.size()));
    m_sortedUpTo = 0;
    m_engine.sortRange(m_ids, 0, fetched, sortKey(), m_sortOrder);
    m_sortedUpTo = std::min(fetched, m_ids.size());
    m_rows.clear();
    loadRows(0, m_sortedUpTo, m_rows);
    QModelIndexList moved;
    for (std::size_t i = 0; i < persistent.size(); ++i) {
        const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const RowData &r) { return r.id == persistentIds[i]; });
        moved << (it == m_rows.cend() ? QModelIndex() : index(int(it - m_rows.cbegin()), persistent.at(int(i)).column()));
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ActorTableModel::reload()
{
    beginResetModel();
    runQuery();
    endResetModel();
    emit totalCountChanged(totalCount());
}

void ActorTableModel::runQuery()
{
    m_ids = m_engine.match(m_filter);
    m_rows.clear();
    const std::size_t first = std::min<std::size_t>(PageSize, m_ids.size());
    m_engine.sortRange(m_ids, 0, first, sortKey(), m_sortOrder);
    m_sortedUpTo = first;
    loadRows(0, first, m_rows);
}

bool ActorTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_ids.size();
}

void ActorTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_rows.size() >= m_ids.size())
        return;
    const std::size_t from = m_rows.size();
    const std::size_t to = std::min(m_ids.size(), from + PageSize);
    if (to > m_sortedUpTo) {
        m_engine.sortRange(m_ids, m_sortedUpTo, to, sortKey(), m_sortOrder);
        m_sortedUpTo = to;
    }
    std::vector<RowData> page;
    loadRows(from, to, page);
    beginInsertRows(QModelIndex(), int(from), int(from + page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
}

void ActorTableModel::loadRows(std::size_t from, std::size_t to, std::vector<RowData> &out)
{
    if (from >= to)
        return;
    QHash<qint32, RowData> byId;
    // A page that cannot be read shows blank lines, so that the table keeps
    // its length and the next scroll reads it again.
    ActorListReader(m_store->connectionName()).read(m_ids, from, to, m_engine.headcountYear(), &byId);
    out.reserve(out.size() + (to - from));
    for (std::size_t i = from; i < to; ++i)
        out.push_back(byId.value(m_ids[i]));
}

qint64 ActorTableModel::idAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[row].id : 0;
}

int ActorTableModel::rowOfId(qint64 id, int fetchLimit)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    if (std::find(m_ids.cbegin(), m_ids.cend(), qint32(id)) == m_ids.cend())
        return -1;
    while (canFetchMore(QModelIndex()) && m_rows.size() < std::size_t(std::max(0, fetchLimit))) {
        const std::size_t from = m_rows.size();
        fetchMore(QModelIndex());
        for (std::size_t i = from; i < m_rows.size(); ++i) {
            if (m_rows[i].id == id)
                return int(i);
        }
    }
    return -1;
}

bool ActorTableModel::matches(qint64 id) const
{
    return std::find(m_ids.cbegin(), m_ids.cend(), qint32(id)) != m_ids.cend();
}

std::vector<qint32> ActorTableModel::allIdsInOrder()
{
    if (m_sortedUpTo < m_ids.size()) {
        m_engine.sortRange(m_ids, m_sortedUpTo, m_ids.size(), sortKey(), m_sortOrder);
        m_sortedUpTo = m_ids.size();
    }
    return m_ids;
}

QString ActorTableModel::displayText(const RowData &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name: return row.name;
    case Acronym: return row.acronym;
    case Family: return EssFamily::label(row.family);
    case LegalStatus: return row.legalStatus;
    case Sector: return row.sector;
    // An actor elsewhere in France (a regional network, a partner) is kept and said to be so.
    case Commune: return row.outside ? tr("%1 (outside the territory)").arg(row.commune) : row.commune;
    case Epci: return row.epci;
    case Postcode: return row.postcode;
    case Siret: return row.siret;
    case Rna: return row.rna;
    case Employer: return row.employer ? tr("Yes") : tr("No");
    case Headcount: return row.headcount.isNull() ? QString() : locale.toString(row.headcount.toInt());
    case AcceptsInterns: return row.acceptsInterns ? tr("Yes") : tr("No");
    case CharterSigned: return row.charter.isValid() ? locale.toString(row.charter, QLocale::ShortFormat) : QString();
    case Updated: return row.updated.isValid() ? locale.toString(row.updated.toLocalTime().date(), QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return {};
    const RowData &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Sector && row.sectorColor.isValid())
            return row.sectorColor;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Headcount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        return {};
    case Qt::ForegroundRole:
        return {};
    case IdRole:
        return qint64(row.id);
    case ArchivedRole:
        return row.archived;
    case SortRole:
        switch (index.column()) {
        case Headcount: return row.headcount;
        case Employer: return row.employer;
        case AcceptsInterns: return row.acceptsInterns;
        case CharterSigned: return row.charter;
        case Updated: return row.updated;
        default: return displayText(row, index.column());
        }
    }
    return {};
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Acronym: return tr("Acronym");
    case Family: return tr("Family");
    case LegalStatus: return tr("Legal status");
    case Sector: return tr("Sector");
    case Commune: return tr("Commune");
    case Epci: return tr("EPCI");
    case Postcode: return tr("Postcode");
    case Siret: return tr("SIRET");
    case Rna: return tr("RNA");
    case Employer: return tr("Employer");
    case Headcount: {
        const int year = const_cast<ActorSearchEngine &>(m_engine).headcountYear();
        if (role == Qt::ToolTipRole)
            return tr("Salaried headcount declared for %1").arg(year);
        return year > 0 ? tr("Headcount %1").arg(year) : tr("Headcount");
    }
    case AcceptsInterns: return tr("Accepts interns");
    case CharterSigned: return tr("ESS charter");
    case Updated: return tr("Updated");
    }
    return {};
}
