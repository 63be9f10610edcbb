#include "planimporter.h"

#include "models/stores/planstore.h"
#include "planoutlinereader.h"

#include <QDir>
#include <QFile>
#include <QSet>

PlanImporter::PlanImporter(PlanStore *store)
    : m_store(store)
{
}

bool PlanImporter::importFile(const QString &path)
{
    m_imported.clear();
    m_items = 0;
    m_error.clear();
    PlanOutlineReader reader;
    if (!reader.readFile(path)) {
        m_error = tr("The plan in “%1” was not imported, nothing was changed:\n%2")
                      .arg(QDir::toNativeSeparators(path), reader.errorString());
        return false;
    }
    return importParsed(reader, path);
}

bool PlanImporter::importText(const QString &text, const QString &sourceName)
{
    m_imported.clear();
    m_items = 0;
    m_error.clear();
    PlanOutlineReader reader;
    if (!reader.read(text)) {
        m_error = tr("The plan in “%1” was not imported, nothing was changed:\n%2").arg(sourceName, reader.errorString());
        return false;
    }
    return importParsed(reader, sourceName);
}

bool PlanImporter::importParsed(const PlanOutlineReader &reader, const QString &sourceName)
{
    QSet<QString> names;
    for (const Plan &p : m_store->plans())
        names.insert(p.name);
    QList<PlanOutlineReader::Result> plans = reader.plans();
    for (const auto &r : plans) {
        if (names.contains(r.plan.name)) {
            m_error = tr("The plan “%1” is already in the database, so “%2” was not imported. "
                         "Rename the plan in the file or delete the existing one first.")
                          .arg(r.plan.name, QDir::toNativeSeparators(sourceName));
            return false;
        }
        names.insert(r.plan.name);
    }
    // Several plans in one file go in together or not at all.
    QList<PlanStore::PlanWithItems> batch;
    int items = 0;
    for (auto &r : plans) {
        m_store->resolveDirectoryNames(r.items);
        batch.append({r.plan, r.items});
        items += int(r.items.size());
    }
    if (!m_store->importPlans(batch)) {
        m_error = tr("The plans of “%1” could not be imported, nothing was changed: %2")
                      .arg(QDir::toNativeSeparators(sourceName), m_store->errorString());
        return false;
    }
    QList<Plan> imported;
    for (const auto &p : batch)
        imported << p.plan;
    m_imported = imported;
    m_items = items;
    return true;
}
