#include "plantimelineview.h"

#include <QPainter>

PlanTimelineView::PlanTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planTimelineView"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

double PlanTimelineView::unit() const
{
    // One metric unit is a millimetre on paper; on screen it follows the font size.
    return fontMetrics().height() / 5.0;
}

void PlanTimelineView::setTimeline(const PlanTimeline &timeline)
{
    m_timeline = timeline;
    setMinimumSize(sizeHint());
    resize(sizeHint());
    update();
}

QSize PlanTimelineView::sizeHint() const
{
    const double u = unit();
    const double w = m_metrics.labelWidth + std::max<qsizetype>(1, m_timeline.semesters().size()) * m_metrics.semesterWidth;
    const double h = m_metrics.titleHeight + m_metrics.headerHeight + (m_timeline.rows().size() + 1) * m_metrics.rowHeight;
    return QSize(int(w * u) + 2, int(h * u) + 2);
}

void PlanTimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    PlanTimeline::Tile all{0, int(m_timeline.rows().size()), 0, int(std::max<qsizetype>(1, m_timeline.semesters().size()))};
    m_timeline.paintTile(&painter, all, m_metrics, unit());
}
