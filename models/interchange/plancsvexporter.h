#pragma once

#include "models/domain/plan.h"
#include "models/domain/plantree.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

#include <functional>

/// Writes plans as CSV for a spreadsheet (French Excel flavour: UTF-8 with
/// BOM, ';'): code;level;title;status;progress;start;due;pilot;
/// budget_planned;budget_spent. Each plan opens with a row at level 0 (its
/// name and period); items follow depth-first with their code. Parents carry
/// their rolled-up progress and budgets; status is the outline word, or
/// "en retard" when the action is late on the given day.
class PlanCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(PlanCsvExporter)

public:
    using NameLookup = std::function<QString(qint64)>;

    explicit PlanCsvExporter(QIODevice *device);
    void writeHeader();
    void writePlan(const Plan &plan, const PlanTree &tree, const NameLookup &contactName = {});

private:
    QIODevice *m_device;
    bool m_started = false;
};
