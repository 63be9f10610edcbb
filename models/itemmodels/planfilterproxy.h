#pragma once

#include "models/domain/planitem.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

/// Filters a PlanTreeModel by late items, due date in a period, pilot,
/// status and partner actor, keeping the parents of every match visible
/// (recursive filtering), so a match is always seen in its objective.
class PlanFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanFilterProxy(QObject *parent = nullptr);

    void setLateOnly(bool lateOnly);
    /// Items due between @p from and @p to (inclusive); invalid dates: no limit.
    void setDuePeriod(const QDate &from, const QDate &to);
    void setPilot(qint64 contactId);
    void setStatus(std::optional<PlanItem::Status> status);
    void setPartner(qint64 actorId);
    void clearFilters();
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_lateOnly = false;
    QDate m_dueFrom;
    QDate m_dueTo;
    qint64 m_pilot = 0;
    std::optional<PlanItem::Status> m_status;
    qint64 m_partner = 0;
};
