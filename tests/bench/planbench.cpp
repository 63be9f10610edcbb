#include "planbench.h"

#include "models/interchange/planexporter.h"
#include "models/interchange/planimporter.h"
#include "models/itemmodels/plantreemodel.h"
#include "models/stores/planstore.h"
#include "models/undo/moveplanitemcommand.h"

#include <QElapsedTimer>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void print(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit << Qt::endl;
}

} // namespace

bool runPlanBench(const QString &connectionName, QTextStream &out, QTextStream &err)
{
    // 10 objectives, 100 operational objectives, 1,900 actions: 2,010 items.
    QString outline = QStringLiteral("plan: Banc d'essai\n  début: 2020-01\n  fin: 2029-12\n");
    for (int o = 1; o <= 10; ++o) {
        outline += QStringLiteral("  objectif: Objectif %1\n").arg(o);
        for (int p = 1; p <= 10; ++p) {
            outline += QStringLiteral("    objectif opérationnel: Objectif opérationnel %1.%2\n").arg(o).arg(p);
            for (int a = 1; a <= 19; ++a) {
                outline += QStringLiteral("      action: Action %1.%2.%3\n        début: %4-%5\n        échéance: %6-%7\n"
                                          "        avancement: %8\n        budget prévu: %9\n")
                               .arg(o).arg(p).arg(a)
                               .arg(2020 + o % 8).arg((a % 12) + 1, 2, 10, QLatin1Char('0'))
                               .arg(2021 + o % 8).arg((p % 12) + 1, 2, 10, QLatin1Char('0'))
                               .arg((o * p * a) % 101).arg(100 * a);
            }
        }
    }
    PlanStore store(connectionName);
    QElapsedTimer t;
    t.start();
    PlanImporter importer(&store);
    if (!importer.importText(outline, QStringLiteral("bench"))) {
        err << "essaim-bench: the plan import failed: " << importer.errorString() << Qt::endl;
        return false;
    }
    print(out, QStringLiteral("plan.import_ms"), ms(t), "ms");
    const Plan plan = importer.importedPlans().first();

    t.restart();
    PlanTreeModel model(&store);
    model.setToday(QDate(2025, 6, 15));
    model.setPlan(plan.id);
    print(out, QStringLiteral("plan.open_tree_ms"), ms(t), "ms");

    PlanTree tree;
    tree.reset(store.items(plan.id));
    t.restart();
    for (int i = 0; i < 10; ++i)
        tree.recompute(QDate(2025, 6, 15));
    print(out, QStringLiteral("plan.rollup_ms"), ms(t) / 10, "ms");

    // A move as the user makes it: store, tree model, renumbering, roll-up.
    const qint64 id = model.index(0, 0, model.index(0, 0, model.index(0, 0))).data(PlanTreeModel::IdRole).toLongLong();
    const qint64 target = model.index(9, 0, model.index(9, 0)).data(PlanTreeModel::IdRole).toLongLong();
    t.restart();
    MovePlanItemCommand move(&store, id, target, 0);
    move.redo();
    if (store.item(id)->parentId != target) {
        err << "essaim-bench: the plan's move did not happen." << Qt::endl;
        return false;
    }
    print(out, QStringLiteral("plan.move_item_ms"), ms(t), "ms");

    t.restart();
    PlanExporter exporter(&store);
    const QString text = exporter.outline(plan);
    if (text.isEmpty()) {
        err << "essaim-bench: the plan's outline export is empty." << Qt::endl;
        return false;
    }
    print(out, QStringLiteral("plan.export_outline_ms"), ms(t), "ms");
    print(out, QStringLiteral("plan.items"), double(store.items(plan.id).size()), "items");
    return true;
}
