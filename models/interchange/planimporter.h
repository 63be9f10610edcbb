#pragma once

#include "models/domain/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class PlanStore;

/// Imports the plans of an outline file into a database, all or nothing:
/// a malformed line, or a plan whose name is already taken, and nothing is
/// written. Pilot and partner names are linked to the directory on the way.
class PlanImporter
{
    Q_DECLARE_TR_FUNCTIONS(PlanImporter)

public:
    explicit PlanImporter(PlanStore *store);

    bool importFile(const QString &path);
    bool importText(const QString &text, const QString &sourceName);

    QList<Plan> importedPlans() const { return m_imported; }
    int itemCount() const { return m_items; }
    /// Every problem, one per line, each with its line number.
    QString errorString() const { return m_error; }

private:
    bool importParsed(const class PlanOutlineReader &reader, const QString &sourceName);

    PlanStore *m_store;
    QList<Plan> m_imported;
    int m_items = 0;
    QString m_error;
};
