#include "agendataskreader.h"

#include "models/domain/agendatime.h"
#include "models/domain/clock.h"
#include "models/domain/textkey.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

Occurrence allDayTask(Occurrence::Task task, qint64 sourceId, const QDate &day, const QString &title)
{
    Occurrence o;
    o.task = task;
    o.sourceId = sourceId;
    o.allDay = true;
    o.start = AgendaTime::wall(day);
    o.originalStart = o.start;
    o.end = AgendaTime::wall(day.addDays(1));
    o.title = title;
    return o;
}

QSqlQuery rangeQuery(const QString &connection, const QString &sql, const QDate &from, const QDate &to)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        qWarning("AgendaTaskReader: %s", qPrintable(q.lastError().text()));
    return q;
}

} // namespace

AgendaTaskReader::AgendaTaskReader(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QList<Occurrence> AgendaTaskReader::tasks(const QDate &from, const QDate &to, const QString &search, bool lateToo) const
{
    QList<Occurrence> result;
    const QDate today = Clock::today();
    if (lateToo && from > QDate(1, 1, 1))
        result = nextSteps(QDate(1, 1, 1), std::min(from, today));
    QList<Occurrence> inRange = nextSteps(from, to) + closings(from, to);
    // By day; on a day, next steps before closings, each as the queries gave them.
    std::stable_sort(inRange.begin(), inRange.end(), [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    result += inRange;
    const QString key = TextKey::fold(search).trimmed();
    if (!key.isEmpty()) {
        result.erase(std::remove_if(result.begin(), result.end(), [&key](const Occurrence &o) { return !TextKey::fold(o.title).contains(key); }),
                     result.end());
    }
    return result;
}

QList<Occurrence> AgendaTaskReader::nextSteps(const QDate &from, const QDate &to) const
{
    QList<Occurrence> result;
    const QDate today = Clock::today();
    QSqlQuery q = rangeQuery(m_connectionName, QStringLiteral(
        "SELECT i.project_id, p.name, i.next_step, i.next_step_due FROM project_interactions i "
        "JOIN projects p ON p.id = i.project_id "
        "WHERE i.next_step <> '' AND i.next_step_done = 0 AND i.next_step_due <> '' "
        "AND i.next_step_due >= ? AND i.next_step_due < ? ORDER BY i.next_step_due, p.sort_key, i.id"), from, to);
    while (q.next()) {
        const QDate due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        Occurrence o = allDayTask(Occurrence::Task::NextStep, q.value(0).toLongLong(), due,
                                  tr("%1: %2").arg(q.value(1).toString(), q.value(2).toString()));
        o.late = due < today;
        result << o;
    }
    return result;
}

QList<Occurrence> AgendaTaskReader::closings(const QDate &from, const QDate &to) const
{
    QList<Occurrence> result;
    QSqlQuery q = rangeQuery(m_connectionName, QStringLiteral(
        "SELECT id, funder, title, closes_on FROM calls_for_projects "
        "WHERE closes_on <> '' AND closes_on >= ? AND closes_on < ? ORDER BY closes_on, title, id"), from, to);
    while (q.next()) {
        Occurrence o = allDayTask(Occurrence::Task::CallClosing, q.value(0).toLongLong(),
                                  QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                  tr("Call for projects closes: %1").arg(q.value(2).toString()));
        o.location = q.value(1).toString();
        result << o;
    }
    return result;
}
