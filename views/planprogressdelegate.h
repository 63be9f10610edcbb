#pragma once

#include <QStyledItemDelegate>

/// Paints the progress column of the plan as a progress bar (the rolled-up
/// percentage of PlanTreeModel::ProgressRole), red when the item is late.
class PlanProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
