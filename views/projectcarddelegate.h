#pragma once

#include <QStyledItemDelegate>

/// Paints a project as a card of the board: its name in bold, its holders,
/// then its next step with the due date, in red when it is late.
class ProjectCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList lines(const QModelIndex &index) const;
};
