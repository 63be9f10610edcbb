#pragma once

#include "models/domain/clock.h"
#include "models/domain/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class PlanStore;

/// Writes plans from the database to a file, one after the other: in the
/// outline format (which imports back) or as CSV for a spreadsheet. The
/// file is written to a temporary name first, so a failure never leaves half
/// a file where a good one was.
class PlanExporter
{
    Q_DECLARE_TR_FUNCTIONS(PlanExporter)

public:
    enum class Format { Outline, Csv };

    explicit PlanExporter(const PlanStore *store);

    /// @p today decides which actions the CSV marks late.
    bool exportTo(const QString &path, const QList<Plan> &plans, Format format, const QDate &today = Clock::today());
    /// One plan in the outline format.
    QString outline(const Plan &plan) const;
    QByteArray csv(const QList<Plan> &plans, const QDate &today) const;

    QString errorString() const { return m_error; }

private:
    const PlanStore *m_store;
    QString m_error;
};
