#include "models/domain/plantree.h"
#include "models/domain/planvocabulary.h"
#include "models/interchange/planexporter.h"
#include "models/interchange/planimporter.h"
#include "models/interchange/planoutlinereader.h"
#include "models/interchange/planoutlinewriter.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/planstore.h"
#include "models/undo/editplanitemcommand.h"
#include "models/undo/insertplanitemcommand.h"
#include "models/undo/moveplanitemcommand.h"
#include "models/undo/removeplanitemcommand.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {

PlanItem item(qint64 id, qint64 parent, int position, PlanItem::Kind kind = PlanItem::Kind::Action)
{
    PlanItem i;
    i.id = id;
    i.planId = 1;
    i.parentId = parent;
    i.position = position;
    i.kind = kind;
    i.title = QStringLiteral("item %1").arg(id);
    return i;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// The outline without its comment lines: what an export gives back.
QString withoutComments(const QString &text)
{
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1Char('#')))
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

/// Plans of action: roll-up, lateness, numbering, the store with its undo
/// commands, outline import and export.
class TestPlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlanStore> m_store;

    qint64 importSeed(const QString &file)
    {
        PlanImporter importer(m_store.get());
        if (!importer.importFile(QStringLiteral(ESSAIM_TEST_DATA "/") + file)) {
            qWarning() << importer.errorString();
            return 0;
        }
        return importer.importedPlans().first().id;
    }

    QStringList codesAndTitles(qint64 planId)
    {
        PlanTree tree;
        tree.reset(m_store->items(planId));
        tree.recompute(QDate(2013, 1, 1));
        QStringList out;
        for (const PlanTree::Node *n : tree.depthFirst())
            out << n->code + QLatin1Char(' ') + n->item.title;
        return out;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("plan%1.essaim").arg(++m_counter))), qPrintable(m_db->errorString()));
        m_store = std::make_unique<PlanStore>(m_db->connectionName());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void rollUp_data()
    {
        QTest::addColumn<QList<int>>("progress");
        QTest::addColumn<QList<qint64>>("budgets");
        QTest::addColumn<double>("expected");
        QTest::newRow("equal weights") << QList<int>{0, 50, 100} << QList<qint64>{0, 0, 0} << 50.0;
        QTest::newRow("budget weights") << QList<int>{100, 0} << QList<qint64>{300000, 100000} << 75.0;
        QTest::newRow("one budget missing: equal") << QList<int>{100, 0, 20} << QList<qint64>{300000, 0, 100000} << 40.0;
        QTest::newRow("single child") << QList<int>{35} << QList<qint64>{1000} << 35.0;
    }

    void rollUp()
    {
        QFETCH(QList<int>, progress);
        QFETCH(QList<qint64>, budgets);
        QFETCH(double, expected);
        QList<PlanItem> items{item(1, 0, 0, PlanItem::Kind::Objective)};
        for (int i = 0; i < progress.size(); ++i) {
            PlanItem a = item(10 + i, 1, i);
            a.progress = progress.at(i);
            a.budgetPlannedCents = budgets.at(i);
            items << a;
        }
        PlanTree tree;
        tree.reset(items);
        tree.recompute(QDate(2012, 1, 1));
        QCOMPARE(tree.node(1)->rollUp.progress, expected);
    }

    void rollUpNested()
    {
        // 1 objective, two operational objectives: 1.1 (budget 1000 €, actions
        // 100 % and 50 % at 600 € / 400 €) and 1.2 (budget 3000 €, one action 0 %).
        QList<PlanItem> items{item(1, 0, 0, PlanItem::Kind::Objective), item(2, 1, 0, PlanItem::Kind::Operational),
                              item(3, 1, 1, PlanItem::Kind::Operational), item(4, 2, 0), item(5, 2, 1), item(6, 3, 0)};
        items[3].progress = 100;
        items[3].budgetPlannedCents = 60000;
        items[3].budgetSpentCents = 55000;
        items[3].status = PlanItem::Status::Done;
        items[4].progress = 50;
        items[4].budgetPlannedCents = 40000;
        items[4].status = PlanItem::Status::InProgress;
        items[5].budgetPlannedCents = 300000;
        items[5].due = QStringLiteral("2012-06");
        PlanTree tree;
        tree.reset(items);
        tree.recompute(QDate(2012, 7, 1));
        QCOMPARE(tree.node(2)->rollUp.progress, 80.0);
        QCOMPARE(tree.node(2)->rollUp.budgetPlannedCents, 100000);
        QCOMPARE(tree.node(3)->rollUp.progress, 0.0);
        // 80 % weighs 1000 €, 0 % weighs 3000 €.
        QCOMPARE(tree.node(1)->rollUp.progress, 20.0);
        QCOMPARE(tree.node(1)->rollUp.budgetPlannedCents, 400000);
        QCOMPARE(tree.node(1)->rollUp.budgetSpentCents, 55000);
        QCOMPARE(tree.node(1)->rollUp.actionCount(), 3);
        QCOMPARE(tree.node(1)->rollUp.statusCounts[size_t(PlanItem::Status::Done)], 1);
        QCOMPARE(tree.node(1)->rollUp.statusCounts[size_t(PlanItem::Status::InProgress)], 1);
        QCOMPARE(tree.node(1)->rollUp.statusCounts[size_t(PlanItem::Status::ToStart)], 1);
        // Late flagged up the tree, not across it.
        QVERIFY(tree.node(6)->rollUp.late);
        QCOMPARE(tree.node(6)->rollUp.lateCount, 1);
        QCOMPARE(tree.node(3)->rollUp.lateCount, 1);
        QCOMPARE(tree.node(1)->rollUp.lateCount, 1);
        QCOMPARE(tree.node(2)->rollUp.lateCount, 0);
        QVERIFY(!tree.node(3)->rollUp.late);
        QCOMPARE(tree.root()->rollUp.progress, 20.0);
    }

    void late_data()
    {
        QTest::addColumn<QString>("due");
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("late");
        const int toStart = int(PlanItem::Status::ToStart);
        QTest::newRow("month not over") << QStringLiteral("2012-06") << toStart << QDate(2012, 6, 30) << false;
        QTest::newRow("month over") << QStringLiteral("2012-06") << toStart << QDate(2012, 7, 1) << true;
        QTest::newRow("day passed") << QStringLiteral("2012-06-15") << toStart << QDate(2012, 6, 16) << true;
        QTest::newRow("due today") << QStringLiteral("2012-06-15") << toStart << QDate(2012, 6, 15) << false;
        QTest::newRow("in progress") << QStringLiteral("2012-06") << int(PlanItem::Status::InProgress) << QDate(2013, 1, 1) << true;
        QTest::newRow("postponed") << QStringLiteral("2012-06") << int(PlanItem::Status::Postponed) << QDate(2013, 1, 1) << true;
        QTest::newRow("done") << QStringLiteral("2012-06") << int(PlanItem::Status::Done) << QDate(2013, 1, 1) << false;
        QTest::newRow("abandoned") << QStringLiteral("2012-06") << int(PlanItem::Status::Abandoned) << QDate(2013, 1, 1) << false;
        QTest::newRow("no due date") << QString() << toStart << QDate(2013, 1, 1) << false;
    }

    void late()
    {
        QFETCH(QString, due);
        QFETCH(int, status);
        QFETCH(QDate, today);
        QFETCH(bool, late);
        PlanItem i = item(1, 0, 0);
        i.due = due;
        i.status = PlanItem::Status(status);
        QCOMPARE(PlanTree::isLate(i, today), late);
    }

    void dates()
    {
        QCOMPARE(PlanVocabulary::lastDay(QStringLiteral("2012-02")), QDate(2012, 2, 29));
        QCOMPARE(PlanVocabulary::firstDay(QStringLiteral("2012-13")), QDate());
        QVERIFY(!PlanVocabulary::isValidDate(QStringLiteral("juin 2012")));
        QVERIFY(PlanVocabulary::isValidDate(QStringLiteral("2012-06-01")));
    }

    void renumberAfterMoves()
    {
        const qint64 plan = importSeed(QStringLiteral("cldess_pole_azur_provence_2012.txt"));
        QVERIFY(plan);
        QStringList codes = codesAndTitles(plan);
        QCOMPARE(codes.first(), QStringLiteral("1 Identifier, structurer et animer un réseau des acteurs de l'ESS à l'échelle du territoire"));
        QVERIFY(codes.contains(QStringLiteral("4.2.3 Doter le territoire d'un fonds d'initiative et de soutien à l'entrepreneuriat social")));
        QVERIFY(codes.contains(QStringLiteral("5.1 Premier temps d'évaluation en plénière; partage du plan d'actions annuel 2013")));

        PlanTree tree;
        tree.reset(m_store->items(plan));
        tree.recompute(QDate(2013, 1, 1));
        auto idOf = [&tree](const QString &code) -> qint64 {
            for (const PlanTree::Node *n : tree.depthFirst()) {
                if (n->code == code)
                    return n->item.id;
            }
            return 0;
        };
        const qint64 fund = idOf(QStringLiteral("4.2.3"));
        const qint64 evaluation = idOf(QStringLiteral("5"));
        const qint64 op11 = idOf(QStringLiteral("1.1"));

        QUndoStack undo;
        // The fund action moves first among its siblings: 4.2.1.
        undo.push(new MovePlanItemCommand(m_store.get(), fund, m_store->item(fund)->parentId, 0));
        codes = codesAndTitles(plan);
        QVERIFY(codes.contains(QStringLiteral("4.2.1 Doter le territoire d'un fonds d'initiative et de soutien à l'entrepreneuriat social")));
        QVERIFY(codes.contains(QStringLiteral("4.2.2 Identifier les besoins sociaux non ou insuffisamment satisfaits sur le territoire")));
        // The evaluation objective goes first: everything else shifts by one.
        undo.push(new MovePlanItemCommand(m_store.get(), evaluation, 0, 0));
        codes = codesAndTitles(plan);
        QCOMPARE(codes.first(), QStringLiteral("1 Évaluer le contrat"));
        QVERIFY(codes.contains(QStringLiteral("5.2.1 Doter le territoire d'un fonds d'initiative et de soutien à l'entrepreneuriat social")));
        // Indent: the fund action under operational objective 2.1.
        undo.push(new MovePlanItemCommand(m_store.get(), fund, op11, 1));
        codes = codesAndTitles(plan);
        QVERIFY(codes.contains(QStringLiteral("2.1.2 Doter le territoire d'un fonds d'initiative et de soutien à l'entrepreneuriat social")));
        QVERIFY(codes.contains(QStringLiteral("5.2.1 Identifier les besoins sociaux non ou insuffisamment satisfaits sur le territoire")));

        undo.undo();
        undo.undo();
        undo.undo();
        const QStringList original = codesAndTitles(plan);
        QCOMPARE(original.first(), QStringLiteral("1 Identifier, structurer et animer un réseau des acteurs de l'ESS à l'échelle du territoire"));
        QVERIFY(original.contains(QStringLiteral("4.2.3 Doter le territoire d'un fonds d'initiative et de soutien à l'entrepreneuriat social")));
        // Positions stay dense 0..n-1 under every parent.
        QHash<qint64, QList<int>> positions;
        for (const PlanItem &i : m_store->items(plan))
            positions[i.parentId] << i.position;
        for (auto it = positions.begin(); it != positions.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (int k = 0; k < it->size(); ++k)
                QCOMPARE(it->at(k), k);
        }
    }

    void undoInsertRemoveEdit()
    {
        Plan plan{0, QStringLiteral("Plan d'essai"), QStringLiteral("2012-01"), QStringLiteral("2014-12")};
        QVERIFY(m_store->savePlan(plan));
        QUndoStack undo;
        PlanItem objective = item(0, 0, 0, PlanItem::Kind::Objective);
        objective.planId = plan.id;
        objective.title = QStringLiteral("Animer le réseau");
        auto *insert = new InsertPlanItemCommand(m_store.get(), objective);
        undo.push(insert);
        const qint64 objectiveId = insert->itemId();
        QVERIFY(objectiveId > 0);
        PlanItem action = item(0, objectiveId, 0);
        action.planId = plan.id;
        action.title = QStringLiteral("Forum de l'ESS");
        action.indicators << PlanIndicator{0, PlanIndicator::Kind::Output, QStringLiteral("Participants"), QString(), 150.0, 120.0};
        action.journal << PlanJournalEntry{0, QDate(2012, 11, 20), QStringLiteral("Claire"), QStringLiteral("Salle réservée"), 30};
        auto *insertAction = new InsertPlanItemCommand(m_store.get(), action);
        undo.push(insertAction);
        const qint64 actionId = insertAction->itemId();
        QCOMPARE(m_store->items(plan.id).size(), 2);

        PlanItem before = *m_store->item(actionId);
        PlanItem after = before;
        after.status = PlanItem::Status::InProgress;
        after.progress = 40;
        after.budgetPlannedCents = 250050;
        after.indicators.first().achieved = 130.0;
        undo.push(new EditPlanItemCommand(m_store.get(), before, after));
        QCOMPARE(m_store->item(actionId)->progress, 40);
        QCOMPARE(m_store->item(actionId)->indicators.first().achieved, std::optional<double>(130.0));
        undo.undo();
        QCOMPARE(*m_store->item(actionId), before);
        undo.redo();

        const PlanItem edited = *m_store->item(actionId);
        QSignalSpy removed(m_store.get(), &PlanStore::itemRemoved);
        undo.push(new RemovePlanItemCommand(m_store.get(), objectiveId));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_store->items(plan.id).size(), 0);
        undo.undo();
        QCOMPARE(m_store->items(plan.id).size(), 2);
        const PlanItem back = *m_store->item(actionId);
        QCOMPARE(back.title, edited.title);
        QCOMPARE(back.parentId, edited.parentId);
        QCOMPARE(back.position, edited.position);
        QCOMPARE(back.indicators, edited.indicators);
        QCOMPARE(back.journal, edited.journal);
        QCOMPARE(back, edited);
        QCOMPARE(m_store->item(actionId)->journal.first().text, QStringLiteral("Salle réservée"));
        while (undo.canUndo())
            undo.undo();
        QCOMPARE(m_store->items(plan.id).size(), 0);
        // Redo the insertions and the edit, not the deletion.
        for (int i = 0; i < 3; ++i)
            undo.redo();
        QVERIFY(m_store->item(actionId));
        const PlanItem redone = *m_store->item(actionId);
        QCOMPARE(redone.indicators, edited.indicators);
        QCOMPARE(redone.journal, edited.journal);
        QCOMPARE(redone.progress, edited.progress);
        QCOMPARE(redone.position, edited.position);
        QCOMPARE(redone.parentId, edited.parentId);
        QCOMPARE(redone, edited);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("items");
        QTest::newRow("Sambre-Avesnois") << QStringLiteral("sambre_avesnois_2010_2014.txt") << 38;
        QTest::newRow("Pôle Azur Provence") << QStringLiteral("cldess_pole_azur_provence_2012.txt") << 35;
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, items);
        const qint64 planId = importSeed(file);
        QVERIFY(planId);
        QCOMPARE(m_store->items(planId).size(), items);
        PlanExporter exporter(m_store.get());
        const QString exported = exporter.outline(*m_store->plan(planId));
        QCOMPARE(exported, withoutComments(readText(QStringLiteral(ESSAIM_TEST_DATA "/") + file)));
        // And back again: the same text once more.
        const QString path = m_dir.filePath(QStringLiteral("again.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QString(exported).replace(QStringLiteral("plan: "), QStringLiteral("plan: Copie de ")).toUtf8());
        }
        PlanImporter importer(m_store.get());
        QVERIFY2(importer.importFile(path), qPrintable(importer.errorString()));
        const Plan copy = importer.importedPlans().first();
        QCOMPARE(exporter.outline(copy), QString(exported).replace(QStringLiteral("plan: "), QStringLiteral("plan: Copie de ")));
    }

    void fullAttributesRoundTrip()
    {
        const QString outline = QStringLiteral(
            "plan: Plan complet\n"
            "  début: 2012-01-01\n"
            "  fin: 2013-12-31\n"
            "  objectif: Structurer\n"
            "    moyens: temps de travail\n"
            "    action: Forum\n"
            "      début: 2012-03\n"
            "      échéance: 2012-10-12\n"
            "      note: salle des fêtes\n"
            "      pilote: Claire Martin\n"
            "      partenaires: CRESS; APES\n"
            "      état: en cours\n"
            "      avancement: 40\n"
            "      budget prévu: 1200,50\n"
            "      budget dépensé: 300\n"
            "      heures salariés: 35,5\n"
            "      heures bénévoles: 12\n"
            "      sous-action: Affiches\n"
            "        état: réalisé\n"
            "        avancement: 100\n");
        PlanImporter importer(m_store.get());
        QVERIFY2(importer.importText(outline, QStringLiteral("test")), qPrintable(importer.errorString()));
        const Plan plan = importer.importedPlans().first();
        const QList<PlanItem> items = m_store->items(plan.id);
        QCOMPARE(items.size(), 3);
        const PlanItem forum = m_store->subtree(items.first().id).at(1);
        QCOMPARE(forum.budgetPlannedCents, 120050);
        QCOMPARE(forum.staffHours, 35.5);
        QCOMPARE(forum.pilotName, QStringLiteral("Claire Martin"));
        QCOMPARE(PlanExporter(m_store.get()).outline(plan), outline);
    }

    void namesLinkedToTheDirectory()
    {
        ActorStore actors(m_db->connectionName());
        Actor cress = TestSupport::makeActor(QStringLiteral("CRESS Hauts-de-France"));
        cress.acronym = QStringLiteral("CRESS");
        Contact claire;
        claire.firstName = QStringLiteral("Claire");
        claire.lastName = QStringLiteral("Martin");
        cress.contacts << claire;
        QVERIFY2(actors.save(cress), qPrintable(actors.errorString()));
        const QString outline = QStringLiteral(
            "plan: Liens\n"
            "  action: Forum\n"
            "    pilote: claire martin\n"
            "    partenaires: CRESS; APES\n");
        PlanImporter importer(m_store.get());
        QVERIFY2(importer.importText(outline, QStringLiteral("test")), qPrintable(importer.errorString()));
        const Plan plan = importer.importedPlans().first();
        const PlanItem forum = m_store->items(plan.id).first();
        QVERIFY(forum.pilotContactId > 0);
        QCOMPARE(forum.pilotName, QString());
        QCOMPARE(forum.partnerActorIds, QList<qint64>{cress.id});
        QCOMPARE(forum.partnerNames, QStringLiteral("APES"));
        QCOMPARE(PlanExporter(m_store.get()).outline(plan),
                 QStringLiteral("plan: Liens\n  action: Forum\n    pilote: Claire Martin\n    partenaires: CRESS Hauts-de-France; APES\n"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("errors");
        const QString head = QStringLiteral("# commentaire\nplan: P\n  objectif: O\n");
        QTest::newRow("no plan") << QStringLiteral("objectif: O\n")
                                 << QStringList{QStringLiteral("line 1: the outline must begin with a “plan: NAME” line.")};
        QTest::newRow("odd indent") << head + QStringLiteral("   action: A\n")
                                    << QStringList{QStringLiteral("line 4: the indentation (3 spaces) is not a multiple of two.")};
        QTest::newRow("jump") << head + QStringLiteral("        action: A\n")
                              << QStringList{QStringLiteral("line 4: “action” is indented to level 4, but the element above it is at level 1.")};
        QTest::newRow("bad date") << head + QStringLiteral("    échéance: juin 2012\n")
                                  << QStringList{QStringLiteral("line 4: “juin 2012” is not a date; write YYYY-MM or YYYY-MM-DD, for example 2012-06.")};
        QTest::newRow("two errors")
            << head + QStringLiteral("    action: A\n      état: fini\n      avancement: 120\n")
            << QStringList{QStringLiteral("line 5: the state “fini” is not known; write à lancer, en cours, réalisé, reporté or abandonné."),
                           QStringLiteral("line 6: the progress “120” must be a whole number from 0 to 100.")};
        QTest::newRow("no colon") << head + QStringLiteral("    action A\n")
                                  << QStringList{QStringLiteral("line 4: “action A” is not of the form “key: value”.")};
        QTest::newRow("tab") << head + QStringLiteral("\taction: A\n")
                             << QStringList{QStringLiteral("line 4: a tab indents this line; indent with two spaces per level.")};
        QTest::newRow("bad budget") << head + QStringLiteral("    budget prévu: beaucoup\n")
                                    << QStringList{QStringLiteral("line 4: the amount “beaucoup” is not a sum in euros, such as 1200 or 1 200,50.")};
        QTest::newRow("attribute after children")
            << head + QStringLiteral("    action: A\n      moyens: M\n  moyens: X\n")
            << QStringList{QStringLiteral("line 6: “moyens” comes after the elements nested under the one it describes; move it just under its title.")};
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, errors);
        PlanOutlineReader reader;
        QVERIFY(!reader.read(text));
        QCOMPARE(reader.errors(), errors);
        QVERIFY(reader.plans().isEmpty());
        // Nothing reaches the database either.
        PlanImporter importer(m_store.get());
        QVERIFY(!importer.importText(text + QStringLiteral("plan: Second\n  objectif: fine\n"), QStringLiteral("test")));
        QVERIFY(m_store->plans().isEmpty());
    }

    void malformedSeedRejectedWhole()
    {
        QString text = readText(QStringLiteral(ESSAIM_TEST_DATA "/sambre_avesnois_2010_2014.txt"));
        text.replace(QStringLiteral("        échéance: 2012-12"), QStringLiteral("        échéance: décembre"));
        PlanImporter importer(m_store.get());
        QVERIFY(!importer.importText(text, QStringLiteral("sambre.txt")));
        QVERIFY2(importer.errorString().contains(QStringLiteral("line 27: “décembre” is not a date")), qPrintable(importer.errorString()));
        QVERIFY(m_store->plans().isEmpty());
        QVERIFY(importSeed(QStringLiteral("sambre_avesnois_2010_2014.txt")));
        // The same name twice is refused, and the first stays as it was.
        PlanImporter again(m_store.get());
        QVERIFY(!again.importFile(QStringLiteral(ESSAIM_TEST_DATA "/sambre_avesnois_2010_2014.txt")));
        QVERIFY(again.errorString().contains(QStringLiteral("already in the database")));
        QCOMPARE(m_store->plans().size(), 1);
    }

    void csvExport()
    {
        const QString outline = QStringLiteral(
            "plan: Petit plan\n"
            "  début: 2012-01\n"
            "  fin: 2013-12\n"
            "  objectif: Objectif; un\n"
            "    action: Faite\n"
            "      échéance: 2012-06\n"
            "      état: réalisé\n"
            "      avancement: 100\n"
            "      budget prévu: 300\n"
            "      budget dépensé: 280,5\n"
            "    action: En retard\n"
            "      échéance: 2012-09\n"
            "      pilote: Claire Martin\n"
            "      avancement: 20\n"
            "      budget prévu: 100\n");
        PlanImporter importer(m_store.get());
        QVERIFY2(importer.importText(outline, QStringLiteral("test")), qPrintable(importer.errorString()));
        const QByteArray csv = PlanExporter(m_store.get()).csv(m_store->plans(), QDate(2012, 10, 1));
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "code;level;title;status;progress;start;due;pilot;budget_planned;budget_spent\r\n"
            ";0;Petit plan;;80;2012-01;2013-12;;400,00;280,50\r\n"
            "1;1;\"Objectif; un\";;80;;;;400,00;280,50\r\n"
            "1.1;2;Faite;réalisé;100;;2012-06;;300,00;280,50\r\n"
            "1.2;2;En retard;à lancer, en retard;20;;2012-09;Claire Martin;100,00;0,00\r\n";
        QCOMPARE(csv, expected);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
