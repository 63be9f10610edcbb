#include "planstatusdelegate.h"

#include "models/domain/planitem.h"
#include "models/itemmodels/plantreemodel.h"

#include <QApplication>
#include <QPainter>

QColor PlanStatusDelegate::statusColor(int status, bool late)
{
    if (late)
        return QColor(0xc0, 0x39, 0x2b);
    switch (PlanItem::Status(status)) {
    case PlanItem::Status::ToStart: return QColor(0x95, 0xa5, 0xa6);
    case PlanItem::Status::InProgress: return QColor(0x29, 0x80, 0xb9);
    case PlanItem::Status::Done: return QColor(0x27, 0xae, 0x60);
    case PlanItem::Status::Postponed: return QColor(0xe6, 0x7e, 0x22);
    case PlanItem::Status::Abandoned: return QColor(0x5d, 0x6d, 0x7e);
    }
    return Qt::gray;
}

void PlanStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int side = opt.fontMetrics.height() - 4;
    const bool action = index.data(PlanTreeModel::KindRole).toInt() >= int(PlanItem::Kind::Action);
    const bool late = action ? index.data(PlanTreeModel::LateRole).toBool() : index.data(PlanTreeModel::LateCountRole).toInt() > 0;
    QStyleOptionViewItem background = opt;
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    const QRect mark(opt.rect.left() + 4, opt.rect.center().y() - side / 2, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (action || late) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(statusColor(index.data(PlanTreeModel::StatusRole).toInt(), late));
        if (action)
            painter->drawEllipse(mark);
        else
            painter->drawRect(mark.adjusted(2, 2, -2, -2));
    }
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect text = opt.rect.adjusted(side + 10, 0, -2, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize PlanStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += option.fontMetrics.height() + 8;
    return s;
}
