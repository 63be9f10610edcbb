#include "models/interchange/planimporter.h"
#include "models/itemmodels/planfilterproxy.h"
#include "models/itemmodels/plantreemodel.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/planstore.h"
#include "models/undo/editplanitemcommand.h"
#include "models/undo/insertplanitemcommand.h"
#include "models/undo/removeplanitemcommand.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

/// The plan's tree model and filter proxy, under QAbstractItemModelTester
/// while the store changes under them.
class TestPlanModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlanStore> m_store;
    qint64 m_plan = 0;

    QStringList visible(const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            out << i.data().toString();
            out << visible(model, i);
        }
        return out;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("model%1.essaim").arg(++m_counter))), qPrintable(m_db->errorString()));
        m_store = std::make_unique<PlanStore>(m_db->connectionName());
        PlanImporter importer(m_store.get());
        QVERIFY2(importer.importFile(QStringLiteral(ESSAIM_TEST_DATA "/cldess_pole_azur_provence_2012.txt")),
                 qPrintable(importer.errorString()));
        m_plan = importer.importedPlans().first().id;
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void treeFollowsTheStore()
    {
        PlanTreeModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack undo;
        model.setUndoStack(&undo);
        model.setToday(QDate(2012, 11, 1));
        model.setPlan(m_plan);
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, PlanTreeModel::TitleColumn).data().toString(),
                 QStringLiteral("Identifier, structurer et animer un réseau des acteurs de l'ESS à l'échelle du territoire"));
        QCOMPARE(model.rowCount(first), 3);
        // Due 2012-06, not done, on 1 November 2012: late, and flagged up the tree.
        const QModelIndex guide = model.index(0, 0, model.index(0, 0, first));
        QCOMPARE(guide.data().toString(), QStringLiteral("1.1.1"));
        QVERIFY(guide.data(PlanTreeModel::LateRole).toBool());
        QCOMPARE(guide.parent().siblingAtColumn(PlanTreeModel::StatusColumn).data().toString(), QStringLiteral("0/1 done"));
        QCOMPARE(guide.siblingAtColumn(PlanTreeModel::StatusColumn).data().toString(), QStringLiteral("To start, late"));
        QCOMPARE(first.data(PlanTreeModel::LateCountRole).toInt(), 3);

        // An edit through the undo stack shows at once, and rolls up.
        const qint64 guideId = guide.data(PlanTreeModel::IdRole).toLongLong();
        PlanItem before = *m_store->item(guideId);
        PlanItem after = before;
        after.status = PlanItem::Status::Done;
        after.progress = 100;
        undo.push(new EditPlanItemCommand(m_store.get(), before, after));
        QVERIFY(!guide.data(PlanTreeModel::LateRole).toBool());
        QCOMPARE(first.data(PlanTreeModel::LateCountRole).toInt(), 2);
        QCOMPARE(model.index(0, 0, first).data(PlanTreeModel::ProgressRole).toDouble(), 100.0);
        QCOMPARE(first.data(PlanTreeModel::ProgressRole).toDouble(), 100.0 / 3.0);

        // Move down by the keyboard path: renumbered.
        QVERIFY(model.requestMove(first.data(PlanTreeModel::IdRole).toLongLong(), 0, 1));
        QCOMPARE(model.index(1, PlanTreeModel::TitleColumn).data().toString(),
                 QStringLiteral("Identifier, structurer et animer un réseau des acteurs de l'ESS à l'échelle du territoire"));
        QCOMPARE(model.index(0, 0, model.index(1, 0)).data().toString(), QStringLiteral("2.1"));
        // Not into its own branch.
        const qint64 movedId = model.index(1, 0).data(PlanTreeModel::IdRole).toLongLong();
        QVERIFY(!model.requestMove(movedId, model.index(0, 0, model.index(1, 0)).data(PlanTreeModel::IdRole).toLongLong(), 0));

        // Drag and drop: the evaluation objective dropped onto objective 1 becomes 1.4.
        const QModelIndex evaluation = model.index(4, 0);
        std::unique_ptr<QMimeData> mime(model.mimeData({evaluation}));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.index(0, 0)));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, evaluation));
        model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.index(0, 0));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, PlanTreeModel::TitleColumn, model.index(0, 0)).data().toString(), QStringLiteral("Évaluer le contrat"));
        QCOMPARE(model.index(0, 0, model.index(3, 0, model.index(0, 0))).data().toString(), QStringLiteral("1.4.1"));

        // Insert and remove, undone and redone.
        PlanItem added;
        added.planId = m_plan;
        added.parentId = model.index(0, 0).data(PlanTreeModel::IdRole).toLongLong();
        added.position = 0;
        added.kind = PlanItem::Kind::Operational;
        added.title = QStringLiteral("Nouvel objectif opérationnel");
        undo.push(new InsertPlanItemCommand(m_store.get(), added));
        QCOMPARE(model.rowCount(model.index(0, 0)), 5);
        QCOMPARE(model.index(0, PlanTreeModel::TitleColumn, model.index(0, 0)).data().toString(), added.title);
        undo.push(new RemovePlanItemCommand(m_store.get(), model.index(0, 0).data(PlanTreeModel::IdRole).toLongLong()));
        QCOMPARE(model.rowCount(), 3);
        while (undo.canUndo())
            undo.undo();
        QCOMPARE(visible(&model).size(), 35);
        QCOMPARE(model.index(4, PlanTreeModel::TitleColumn).data().toString(), QStringLiteral("Évaluer le contrat"));
        // Every change undone: the guide action is back in its place, numbered as before.
        QCOMPARE(model.indexById(guideId).data().toString(), QStringLiteral("1.1.1"));
        QVERIFY(model.indexById(guideId).data(PlanTreeModel::LateRole).toBool());
        while (undo.canRedo())
            undo.redo();
        QCOMPARE(model.rowCount(), 3);
    }

    void proxyKeepsParents()
    {
        PlanTreeModel model(m_store.get());
        model.setToday(QDate(2012, 11, 1));
        model.setPlan(m_plan);
        PlanFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(visible(&proxy).size(), 35);

        proxy.setLateOnly(true);
        // Late on 1 November 2012: the five actions due in June 2012, with their parents.
        QCOMPARE(visible(&proxy), (QStringList{QStringLiteral("1"), QStringLiteral("1.1"), QStringLiteral("1.1.1"), QStringLiteral("1.2"),
                                               QStringLiteral("1.2.1"), QStringLiteral("1.3"), QStringLiteral("1.3.1"), QStringLiteral("2"),
                                               QStringLiteral("2.1"), QStringLiteral("2.1.1")}));
        model.setToday(QDate(2012, 6, 30));
        QCOMPARE(visible(&proxy), QStringList());
        model.setToday(QDate(2012, 11, 1));
        proxy.setLateOnly(false);

        proxy.setDuePeriod(QDate(2013, 1, 1), QDate(2013, 6, 30));
        QCOMPARE(visible(&proxy), (QStringList{QStringLiteral("2"), QStringLiteral("2.3"), QStringLiteral("2.3.2"),
                                               QStringLiteral("3"), QStringLiteral("3.1"), QStringLiteral("3.1.1"), QStringLiteral("3.1.2"),
                                               QStringLiteral("3.2"), QStringLiteral("3.2.1"), QStringLiteral("3.3"), QStringLiteral("3.3.1"),
                                               QStringLiteral("4"), QStringLiteral("4.2"), QStringLiteral("4.2.2")}));
        proxy.setDuePeriod({}, {});
        proxy.setStatus(PlanItem::Status::InProgress);
        QCOMPARE(visible(&proxy), (QStringList{QStringLiteral("2"), QStringLiteral("2.3"), QStringLiteral("2.3.1")}));
        proxy.clearFilters();

        // A pilot and a partner set on one action.
        const QModelIndex fund = model.index(2, 0, model.index(1, 0, model.index(3, 0)));
        QCOMPARE(fund.data().toString(), QStringLiteral("4.2.3"));
        PlanItem item = *m_store->item(fund.data(PlanTreeModel::IdRole).toLongLong());
        ActorStore actors(m_db->connectionName());
        Actor evaleco = TestSupport::makeActor(QStringLiteral("Evaléco"));
        QVERIFY(actors.save(evaleco));
        item.partnerActorIds = {evaleco.id};
        QVERIFY2(m_store->updateItem(item), qPrintable(m_store->errorString()));
        proxy.setPartner(evaleco.id);
        QCOMPARE(visible(&proxy), (QStringList{QStringLiteral("4"), QStringLiteral("4.2"), QStringLiteral("4.2.3")}));
        proxy.setPartner(0);
        proxy.setPilot(99);
        QCOMPARE(visible(&proxy), QStringList());
        proxy.clearFilters();
        QCOMPARE(visible(&proxy).size(), 35);

        // Structure changes under an active filter (the tester checks every signal).
        proxy.setLateOnly(true);
        const qint64 guide = model.index(0, 0, model.index(0, 0, model.index(0, 0))).data(PlanTreeModel::IdRole).toLongLong();
        const qint64 evaluation = model.index(4, 0).data(PlanTreeModel::IdRole).toLongLong();
        QVERIFY(model.requestMove(guide, evaluation, 1));
        // 1.1 has no late action left: hidden.
        QCOMPARE(visible(&proxy), (QStringList{QStringLiteral("1"), QStringLiteral("1.2"), QStringLiteral("1.2.1"),
                                               QStringLiteral("1.3"), QStringLiteral("1.3.1"), QStringLiteral("2"), QStringLiteral("2.1"),
                                               QStringLiteral("2.1.1"), QStringLiteral("5"), QStringLiteral("5.2")}));
        QVERIFY(model.requestMove(evaluation, 0, 0));
        QCOMPARE(visible(&proxy).first(), QStringLiteral("1"));
        QCOMPARE(visible(&proxy).at(1), QStringLiteral("1.2"));
        QVERIFY(m_store->removeItem(guide));
        QCOMPARE(visible(&proxy).size(), 8);
        proxy.setLateOnly(false);
        QCOMPARE(visible(&proxy).size(), 34);
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
