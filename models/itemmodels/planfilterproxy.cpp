#include "planfilterproxy.h"

#include "plantreemodel.h"

PlanFilterProxy::PlanFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void PlanFilterProxy::setLateOnly(bool lateOnly)
{
    m_lateOnly = lateOnly;
    invalidateRowsFilter();
}

void PlanFilterProxy::setDuePeriod(const QDate &from, const QDate &to)
{
    m_dueFrom = from;
    m_dueTo = to;
    invalidateRowsFilter();
}

void PlanFilterProxy::setPilot(qint64 contactId)
{
    m_pilot = contactId;
    invalidateRowsFilter();
}

void PlanFilterProxy::setStatus(std::optional<PlanItem::Status> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void PlanFilterProxy::setPartner(qint64 actorId)
{
    m_partner = actorId;
    invalidateRowsFilter();
}

void PlanFilterProxy::clearFilters()
{
    m_lateOnly = false;
    m_dueFrom = m_dueTo = QDate();
    m_pilot = 0;
    m_status.reset();
    m_partner = 0;
    invalidateRowsFilter();
}

bool PlanFilterProxy::isFiltering() const
{
    return m_lateOnly || m_dueFrom.isValid() || m_dueTo.isValid() || m_pilot || m_status || m_partner;
}

bool PlanFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_lateOnly && !i.data(PlanTreeModel::LateRole).toBool())
        return false;
    if (m_dueFrom.isValid() || m_dueTo.isValid()) {
        const QDate due = i.data(PlanTreeModel::DueRole).toDate();
        if (!due.isValid() || (m_dueFrom.isValid() && due < m_dueFrom) || (m_dueTo.isValid() && due > m_dueTo))
            return false;
    }
    if (m_pilot && i.data(PlanTreeModel::PilotRole).toLongLong() != m_pilot)
        return false;
    if (m_status) {
        if (i.data(PlanTreeModel::KindRole).toInt() < int(PlanItem::Kind::Action)
            || i.data(PlanTreeModel::StatusRole).toInt() != int(*m_status))
            return false;
    }
    if (m_partner && !i.data(PlanTreeModel::PartnersRole).toList().contains(QVariant(m_partner)))
        return false;
    return true;
}
