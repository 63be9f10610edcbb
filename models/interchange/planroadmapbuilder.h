#pragma once

#include "models/domain/plan.h"
#include "models/domain/plantree.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <functional>

/// The "feuille de route" of a semester, as HTML for a QTextDocument: what
/// is due in the semester, what is late, what was done, each action with its
/// code, pilot, due date, progress and last journal entry, ready to discuss
/// in a meeting.
///
/// Late is judged on the report day: today while the semester runs, its last
/// day once it is over. An action late on that day is listed as late, not as
/// due; done means status done with its due date or a journal entry in the
/// semester.
///
/// Each action is shown as it stood on the report day (PlanHistory):
/// statuses, progress and journal entries written after it are left out.
class PlanRoadmapBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlanRoadmapBuilder)

public:
    using NameLookup = std::function<QString(qint64)>;

    PlanRoadmapBuilder(const Plan &plan, const PlanTree &tree, const QDate &semesterStart, const QDate &today);
    void setContactName(NameLookup lookup) { m_contactName = std::move(lookup); }

    QString html() const;
    QList<qint64> dueIds() const { return m_due; }
    QList<qint64> lateIds() const { return m_late; }
    QList<qint64> doneIds() const { return m_done; }
    QDate semesterEnd() const { return m_end; }

private:
    QString section(const QString &title, const QList<qint64> &ids, const QString &empty) const;

    Plan m_plan;
    const PlanTree &m_tree;
    QDate m_start;
    QDate m_end;
    QDate m_reportDay;
    NameLookup m_contactName;
    QList<qint64> m_due;
    QList<qint64> m_late;
    QList<qint64> m_done;
    QHash<qint64, PlanItem> m_asOf; ///< each action as it stood on m_reportDay
};
