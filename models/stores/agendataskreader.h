#pragma once

#include "models/domain/event.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

/// What the accompaniment of projects puts in the agenda, read-only and all
/// day: the open next steps of the projects' journals on their due day (late
/// ones marked), and the closing days of the calls for projects. The Agenda
/// tab shows them beside the events, in its month grid and its list.
class AgendaTaskReader
{
    Q_DECLARE_TR_FUNCTIONS(AgendaTaskReader)

public:
    explicit AgendaTaskReader(const QString &connectionName);

    /// The tasks whose day is from @p from (included) to @p to (excluded), by
    /// day, next steps before closings; only those whose title holds
    /// @p search (accents and case ignored) when it is not empty. With
    /// @p lateToo, the next steps still open that were due before @p from are
    /// added at the top (the list of what comes, seen from today).
    QList<Occurrence> tasks(const QDate &from, const QDate &to, const QString &search = QString(), bool lateToo = false) const;

private:
    QList<Occurrence> nextSteps(const QDate &from, const QDate &to) const;
    QList<Occurrence> closings(const QDate &from, const QDate &to) const;

    QString m_connectionName;
};
