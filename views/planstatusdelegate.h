#pragma once

#include <QColor>
#include <QStyledItemDelegate>

/// Paints the status column of the plan with a coloured mark before the
/// label: grey to start, blue in progress, green done, orange postponed,
/// dark grey abandoned, red late; parents show red when an action below
/// them is late.
class PlanStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The colour of a status (int(PlanItem::Status)), or of lateness.
    static QColor statusColor(int status, bool late);
};
