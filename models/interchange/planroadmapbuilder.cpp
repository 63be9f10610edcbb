#include "planroadmapbuilder.h"

#include "models/domain/planhistory.h"
#include "models/domain/planvocabulary.h"
#include "planoutlinewriter.h"

#include <QLocale>

#include <algorithm>

PlanRoadmapBuilder::PlanRoadmapBuilder(const Plan &plan, const PlanTree &tree, const QDate &semesterStart, const QDate &today)
    : m_plan(plan)
    , m_tree(tree)
    , m_start(semesterStart)
    , m_end(semesterStart.addMonths(6).addDays(-1))
    , m_reportDay(std::min(today, semesterStart.addMonths(6).addDays(-1)))
{
    for (const PlanTree::Node *n : m_tree.depthFirst()) {
        if (!n->item.isAction())
            continue;
        const PlanItem &item = *m_asOf.insert(n->item.id, PlanHistory::asOf(n->item, m_reportDay));
        const QDate due = PlanVocabulary::lastDay(item.due);
        const bool dueInSemester = due.isValid() && due >= m_start && due <= m_end;
        if (item.status == PlanItem::Status::Done) {
            bool journalled = false;
            for (const PlanJournalEntry &e : item.journal)
                journalled = journalled || (e.date >= m_start && e.date <= m_end);
            if (dueInSemester || journalled)
                m_done << item.id;
        } else if (m_reportDay >= m_start && PlanTree::isLate(item, m_reportDay)) {
            m_late << item.id;
        } else if (dueInSemester && item.status != PlanItem::Status::Abandoned) {
            m_due << item.id;
        }
    }
}

QString PlanRoadmapBuilder::section(const QString &title, const QList<qint64> &ids, const QString &empty) const
{
    QString html = QStringLiteral("<h2>%1 (%2)</h2>").arg(title.toHtmlEscaped()).arg(ids.size());
    if (ids.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(empty.toHtmlEscaped());
    const QLocale locale;
    // Titles never break inside a word: each keeps its line, the columns
    // of long text give way.
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                           "<tr><th %8>%1</th><th width=\"30%\">%2</th><th %8>%3</th><th %8>%4</th>"
                           "<th %8>%5</th><th %8>%6</th><th width=\"26%\">%7</th></tr>")
                .arg(tr("No."), tr("Action"), tr("Pilot"), tr("Due"), tr("Status"), tr("Progress"), tr("Last update"),
                     QStringLiteral("style=\"white-space:nowrap\""));
    for (qint64 id : ids) {
        const PlanTree::Node *n = m_tree.node(id);
        const PlanItem &item = m_asOf.value(id);
        QString last;
        if (!item.journal.isEmpty()) {
            const PlanJournalEntry &e = *std::max_element(item.journal.begin(), item.journal.end(),
                                                          [](const auto &a, const auto &b) { return a.date < b.date; });
            const QString on = locale.toString(e.date, QStringLiteral("d MMMM yyyy"));
            last = e.author.isEmpty() ? tr("%1: %2").arg(on, e.text) : tr("%1, %2: %3").arg(on, e.author, e.text);
        }
        const bool late = PlanTree::isLate(item, m_reportDay);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align=\"right\">%6</td><td>%7</td></tr>")
                    .arg(n->code.toHtmlEscaped(), item.title.toHtmlEscaped(),
                         PlanOutlineWriter::pilotText(item, m_contactName).toHtmlEscaped(),
                         PlanVocabulary::displayDate(item.due).toHtmlEscaped(),
                         late ? QStringLiteral("<span style=\"color:#c0392b\">%1</span>").arg(PlanVocabulary::statusText(item.status, true).toHtmlEscaped())
                              : PlanVocabulary::statusLabel(item.status).toHtmlEscaped(),
                         tr("%1 %").arg(item.progress), last.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString PlanRoadmapBuilder::html() const
{
    const QLocale locale;
    const QString semester = m_start.month() == 1 ? tr("first half of %1").arg(m_start.year()) : tr("second half of %1").arg(m_start.year());
    QString html = QStringLiteral("<html><body><h1>%1</h1><p><b>%2</b></p><p>%3</p>")
                       .arg(tr("Roadmap — %1").arg(semester).toHtmlEscaped(), m_plan.name.toHtmlEscaped(),
                            tr("Situation on %1.").arg(locale.toString(m_reportDay, QLocale::LongFormat)).toHtmlEscaped());
    html += section(tr("Late"), m_late, tr("No action is late."));
    html += section(tr("Due this semester"), m_due, tr("No other action falls due this semester."));
    html += section(tr("Done"), m_done, tr("No action was completed this semester."));
    return html + QStringLiteral("</body></html>");
}
