#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

/// A calendar event that delivers a plan action, as the agenda reports it:
/// the plan shows it in the action editor and as a milestone on the timeline.
struct PlanLinkedEvent
{
    qint64 eventId = 0;
    QString title;
    QDate date;
};

/// Asked for the events linked to an action (by item id). The agenda sets
/// it; until then it is empty and the plan shows no events.
using PlanLinkedEventsProvider = std::function<QList<PlanLinkedEvent>(qint64 itemId)>;
