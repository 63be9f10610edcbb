#include "facetcombo.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace {
void widen(QComboBox *combo, int minimumChars)
{
    int chars = minimumChars > 0 ? minimumChars : (combo->count() > 0 ? int(combo->itemText(0).size()) : 10);
    for (int i = 0; minimumChars < 0 && i < combo->count(); ++i)
        chars = std::max(chars, int(combo->itemText(i).size()));
    combo->setMinimumContentsLength(chars);
    combo->view()->setMinimumWidth(FacetCombo::widestEntry(combo));
}
} // namespace

void FacetCombo::fit(QComboBox *combo, int minimumChars)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setProperty("facet", true);
    // The entries come and go with the data (communes of an EPCI, pilots of
    // a plan): the popup follows.
    QAbstractItemModel *model = combo->model();
    auto update = [combo, minimumChars] { widen(combo, minimumChars); };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, combo, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, combo, update);
    QObject::connect(model, &QAbstractItemModel::modelReset, combo, update);
    QObject::connect(model, &QAbstractItemModel::dataChanged, combo, update);
    update();
}

int FacetCombo::widestEntry(const QComboBox *combo)
{
    const QFontMetrics metrics = combo->view()->fontMetrics();
    int widest = 0;
    for (int i = 0; i < combo->count(); ++i) {
        int width = metrics.horizontalAdvance(combo->itemText(i));
        if (!combo->itemIcon(i).isNull())
            width += combo->iconSize().width() + 4;
        widest = std::max(widest, width);
    }
    // The item's own margins, the frame and a vertical scroll bar for long lists.
    const int margins = 2 * combo->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, combo) + 24;
    return widest + margins + combo->view()->verticalScrollBar()->sizeHint().width();
}
