#pragma once

#include "plantimeline.h"

#include <QWidget>

/// Shows a PlanTimeline on screen, whole (all rows, all semesters); put it
/// in a scroll area.
class PlanTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanTimelineView(QWidget *parent = nullptr);

    void setTimeline(const PlanTimeline &timeline);
    const PlanTimeline &timeline() const { return m_timeline; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double unit() const;

    PlanTimeline m_timeline;
    PlanTimeline::Metrics m_metrics;
};
