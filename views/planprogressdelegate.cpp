#include "planprogressdelegate.h"

#include "models/itemmodels/plantreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <cmath>

void PlanProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = int(std::lround(index.data(PlanTreeModel::ProgressRole).toDouble()));
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    if (index.data(PlanTreeModel::LateCountRole).toInt() > 0 && index.data(PlanTreeModel::LateRole).toBool())
        bar.palette.setColor(QPalette::Highlight, QColor(0xc0, 0x39, 0x2b));
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}
