#include "printdocument.h"

#include <QPageSize>

QPageLayout PrintDocument::defaultPageLayout() const
{
    return a4Portrait();
}

QPageLayout PrintDocument::a4Portrait(double marginMm)
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(marginMm, marginMm, marginMm, marginMm),
                       QPageLayout::Millimeter);
}
