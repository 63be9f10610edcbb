#pragma once

#include "accompanimentfigures.h"
#include "accompanimentreportdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// Read-only queries of the accompaniment for a period: the figures the
/// observatory shows beside the mobilisation, and the data of the steering
/// committee's report. A project counts as accompanied in a period when its
/// journal has an entry or its stage changed in it; as founded when it
/// entered creation in it.
class AccompanimentReader
{
    Q_DECLARE_TR_FUNCTIONS(AccompanimentReader)

public:
    explicit AccompanimentReader(const QString &connectionName);

    AccompanimentFigures figures(const QDate &from, const QDate &to) const;
    AccompanimentFigures yearFigures(int year) const { return figures(QDate(year, 1, 1), QDate(year, 12, 31)); }
    AccompanimentReportData report(const QDate &from, const QDate &to) const;

private:
    void readStages(AccompanimentReportData &data) const;
    void readBreakdowns(AccompanimentReportData &data) const;
    void readFunding(AccompanimentReportData &data) const;
    void readJournal(AccompanimentReportData &data) const;

    QString m_connectionName;
};
