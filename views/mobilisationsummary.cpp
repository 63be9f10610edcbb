#include "mobilisationsummary.h"

#include "models/stores/eventstore.h"

#include <QLocale>

MobilisationSummary::MobilisationSummary(EventStore *events, QWidget *parent)
    : QLabel(parent)
    , m_events(events)
{
    setObjectName(QStringLiteral("mobilisationLabel"));
    setWordWrap(true);
}

void MobilisationSummary::showYear(int year)
{
    const QList<AttendanceFigure> figures = m_events->attendanceFigures(year);
    if (figures.isEmpty()) {
        setText(tr("<b>Mobilisation of the actors in %1</b>: no registration in the agenda.").arg(year));
        return;
    }
    const QLocale locale;
    QString rows;
    for (const AttendanceFigure &f : figures) {
        rows += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                    .arg(f.typeName.toHtmlEscaped(), locale.toString(f.occurrences), locale.toString(f.participants),
                         locale.toString(f.actorsReached));
    }
    setText(tr("<b>Mobilisation of the actors in %1</b> (from the agenda)").arg(year)
            + QStringLiteral("<table cellspacing=0 cellpadding=3><tr><th align=left>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
                  .arg(tr("Event type"), tr("Dates"), tr("Participants"), tr("Actors reached"), rows));
}
