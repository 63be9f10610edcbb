#include "projectfilterproxy.h"

#include "models/domain/textkey.h"
#include "projecttablemodel.h"

ProjectFilterProxy::ProjectFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectTableModel::SortRole);
    // Names as people read them: "Épicerie" among the E, not after Z.
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProjectFilterProxy::setStage(std::optional<int> stage)
{
    m_stage = stage;
    invalidateRowsFilter();
}

void ProjectFilterProxy::setSectors(const QSet<qint64> &sectorIds)
{
    m_sectors = sectorIds;
    invalidateRowsFilter();
}

void ProjectFilterProxy::setEpci(const QString &siren)
{
    m_epci = siren;
    invalidateRowsFilter();
}

void ProjectFilterProxy::setAccompanier(qint64 actorId)
{
    m_accompanier = actorId;
    invalidateRowsFilter();
}

void ProjectFilterProxy::setLateOnly(bool lateOnly)
{
    m_lateOnly = lateOnly;
    invalidateRowsFilter();
}

void ProjectFilterProxy::setText(const QString &text)
{
    m_text = TextKey::fold(text).trimmed();
    invalidateRowsFilter();
}

void ProjectFilterProxy::sort(int column, Qt::SortOrder order)
{
    QSortFilterProxyModel::sort(column == ProjectTableModel::Name && order == Qt::AscendingOrder ? -1 : column, order);
}

bool ProjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, ProjectTableModel::Name, sourceParent);
    if (m_stage && index.data(ProjectTableModel::StageRole).toInt() != *m_stage)
        return false;
    if (!m_sectors.isEmpty() && !m_sectors.contains(index.data(ProjectTableModel::SectorIdRole).toLongLong()))
        return false;
    if (!m_epci.isEmpty() && index.data(ProjectTableModel::EpciRole).toString() != m_epci)
        return false;
    if (m_accompanier && !index.data(ProjectTableModel::AccompanierIdsRole).value<QList<qint64>>().contains(m_accompanier))
        return false;
    if (m_lateOnly && !index.data(ProjectTableModel::LateRole).toBool())
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack = TextKey::fold(index.data().toString() + QLatin1Char(' ')
                                               + index.data(ProjectTableModel::HoldersRole).toString() + QLatin1Char(' ')
                                               + index.siblingAtColumn(ProjectTableModel::Commune).data().toString());
        if (!haystack.contains(m_text))
            return false;
    }
    return true;
}
