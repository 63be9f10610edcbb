#include "accompanimentsummary.h"

#include "models/stores/accompanimentreader.h"

#include <QLocale>

AccompanimentSummary::AccompanimentSummary(const QString &connectionName, QWidget *parent)
    : QLabel(parent)
    , m_connectionName(connectionName)
{
    setObjectName(QStringLiteral("accompanimentLabel"));
    setWordWrap(true);
}

void AccompanimentSummary::showYear(int year)
{
    const AccompanimentFigures f = AccompanimentReader(m_connectionName).yearFigures(year);
    if (f.projects == 0 && f.founded == 0) {
        setText(tr("<b>Accompaniment of project holders in %1</b>: no project followed that year.").arg(year));
        return;
    }
    const QLocale locale;
    setText(tr("<b>Accompaniment of project holders in %1</b>: %2, %3, %4 expected, %5 created, %6 granted.")
                .arg(year)
                .arg(tr("%n project(s) accompanied", nullptr, f.projects), tr("%n founded", nullptr, f.founded),
                     tr("%n job(s)", nullptr, f.jobsExpected), tr("%n job(s)", nullptr, f.jobsCreated),
                     locale.toCurrencyString(double(f.fundingGrantedCents) / 100.0)));
}
