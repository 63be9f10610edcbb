#include "models/domain/textkey.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/itemmodels/sectortreemodel.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/sectorstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

/// The directory's table model, its search and facets, and the sector tree.
class TestActorModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("t%1.essaim").arg(++m_counter))), qPrintable(m_db->errorString()));
        m_store = std::make_unique<ActorStore>(m_db->connectionName());
        m_sectors = std::make_unique<SectorStore>(m_db->connectionName());
    }

    void cleanup()
    {
        m_sectors.reset();
        m_store.reset();
        m_db.reset();
    }

    void pagesThroughManyActorsUnderTester()
    {
        QList<Actor> actors;
        for (int i = 0; i < 250; ++i)
            actors << TestSupport::makeActor(QStringLiteral("Structure %1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(m_store->saveAll(actors));
        ActorTableModel model(m_store.get());
        QCOMPARE(model.totalCount(), 250);
        QCOMPARE(model.rowCount(), ActorTableModel::PageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore(QModelIndex());
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.data(model.index(0, ActorTableModel::Name)).toString(), QStringLiteral("Structure 000"));
        QCOMPARE(model.data(model.index(249, ActorTableModel::Name)).toString(), QStringLiteral("Structure 249"));
        model.sort(ActorTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, ActorTableModel::Name)).toString(), QStringLiteral("Structure 249"));
        ActorFilter filter;
        filter.text = QStringLiteral("structure 01");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 10); // every word is a prefix: 010 to 019
        filter.text = QStringLiteral("struct 010");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
    }

    void searchIgnoresAccentsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("energie finds Énergie") << "energie" << QStringList{QStringLiteral("Énergie Partagée Avesnois")};
        QTest::newRow("cooperative finds Coopérative") << "cooperative" << QStringList{QStringLiteral("Coopérative des Bocagers")};
        QTest::newRow("upper case and prefix") << "COOP" << QStringList{QStringLiteral("Coopérative des Bocagers")};
        QTest::newRow("acronym") << "epa" << QStringList{QStringLiteral("Énergie Partagée Avesnois")};
        QTest::newRow("commune") << "fourmies" << QStringList{QStringLiteral("Coopérative des Bocagers")};
        QTest::newRow("sector") << "recyclage" << QStringList{QStringLiteral("Ressourcerie du Val")};
        QTest::newRow("competency") << "comptab" << QStringList{QStringLiteral("Ressourcerie du Val")};
        QTest::newRow("contact name") << "leclercq" << QStringList{QStringLiteral("Énergie Partagée Avesnois")};
        QTest::newRow("two words, both needed") << "val ressour" << QStringList{QStringLiteral("Ressourcerie du Val")};
        QTest::newRow("punctuation only") << "\"*(" << QStringList{QStringLiteral("Coopérative des Bocagers"), QStringLiteral("Énergie Partagée Avesnois"), QStringLiteral("Ressourcerie du Val")};
        QTest::newRow("nothing") << "zzz" << QStringList{};
    }

    void searchIgnoresAccentsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        addThreeActors();
        ActorTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ActorTableModel::totalCountChanged);
        ActorFilter filter;
        filter.text = text;
        model.setFilter(filter);
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.data(model.index(r, ActorTableModel::Name)).toString();
        QCOMPARE(names, expected);
        QCOMPARE(model.totalCount(), expected.size());
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().first().toInt(), expected.size());
    }

    void facetsFilter()
    {
        addThreeActors();
        ActorTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActorFilter filter;
        filter.family = QStringLiteral("cooperative");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        filter = ActorFilter();
        filter.epciSiren = QStringLiteral("200043396"); // CA Maubeuge Val de Sambre
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.data(model.index(0, ActorTableModel::Epci)).toString(), QStringLiteral("CA Maubeuge Val de Sambre"));
        filter = ActorFilter();
        filter.communeInsee = QStringLiteral("59249"); // Fourmies
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        filter = ActorFilter();
        filter.employer = ActorFilter::Choice::Yes;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 2);
        filter.employer = ActorFilter::Choice::No;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        filter = ActorFilter();
        filter.acceptsInterns = ActorFilter::Choice::Yes;
        filter.charterSigned = ActorFilter::Choice::Yes;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        // A parent sector takes in its sub-sectors.
        filter = ActorFilter();
        filter.sectorId = sectorId(QStringLiteral("Environnement et recyclage"));
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 2);
        filter.sectorId = sectorId(QStringLiteral("Recyclage et réemploi"));
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
    }

    void archivedActorsAreHiddenUntilAsked()
    {
        addThreeActors();
        ActorTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), 3);
        const qint64 id = model.idAt(0);
        QVERIFY(m_store->setArchived(id, true));
        QCOMPARE(model.totalCount(), 2);
        ActorFilter filter;
        filter.archived = ActorFilter::Choice::Yes;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.idAt(0), id);
        filter.archived = ActorFilter::Choice::Any;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 3);
    }

    void sortsTheFrenchWay()
    {
        QList<Actor> actors;
        for (const char *name : {"Fanfare de Jeumont", "écume des jours", "Dentelle et Cie", "Atelier Zéro", "Élan sportif"})
            actors << TestSupport::makeActor(QString::fromUtf8(name));
        actors[0].figures << YearFigures{2020, 12, 10.5, 3, 40, std::nullopt};
        actors[1].figures << YearFigures{2020, 3, 2.0, 1, 10, std::nullopt};
        actors[3].figures << YearFigures{2020, 7, 6.0, 1, 10, std::nullopt};
        QVERIFY(m_store->saveAll(actors));
        ActorTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto column = [&](int c) {
            QStringList values;
            for (int r = 0; r < model.rowCount(); ++r)
                values << model.data(model.index(r, c)).toString();
            return values;
        };
        QCOMPARE(column(ActorTableModel::Name),
                 (QStringList{QStringLiteral("Atelier Zéro"), QStringLiteral("Dentelle et Cie"), QStringLiteral("écume des jours"),
                              QStringLiteral("Élan sportif"), QStringLiteral("Fanfare de Jeumont")}));
        QCOMPARE(model.headerData(ActorTableModel::Headcount, Qt::Horizontal).toString(), QStringLiteral("Headcount 2020"));
        model.sort(ActorTableModel::Headcount, Qt::DescendingOrder);
        // Unknown figures come first when descending: they sort as the largest.
        QCOMPARE(column(ActorTableModel::Headcount), (QStringList{QString(), QString(), QStringLiteral("12"), QStringLiteral("7"), QStringLiteral("3")}));
        model.sort(ActorTableModel::Headcount, Qt::AscendingOrder);
        QCOMPARE(column(ActorTableModel::Name).mid(0, 3),
                 (QStringList{QStringLiteral("écume des jours"), QStringLiteral("Atelier Zéro"), QStringLiteral("Fanfare de Jeumont")}));
    }

    /// Names as a French reader sorts them: numbers by value, accents and
    /// case only to break ties, the same order as QCollator (French, numeric).
    void namesSortAsPeopleRead()
    {
        const QStringList names = {
            QStringLiteral("Atelier n°10"), QStringLiteral("Atelier n°2"), QStringLiteral("Atelier n°1"), QStringLiteral("atelier n°3"),
            QStringLiteral("Écomusée de l'Avesnois"), QStringLiteral("Ecole de musique"), QStringLiteral("école de la deuxième chance"),
            QStringLiteral("Zèbre solidaire"), QStringLiteral("L'Atelier du Cœur"), QStringLiteral("La Source"), QStringLiteral("Le Jardin"),
            QStringLiteral("Énergie 59"), QStringLiteral("Énergie 100"), QStringLiteral("énergie"), QStringLiteral("Énergie"),
            QStringLiteral("Abeille"), QStringLiteral("Âge d'or"), QStringLiteral("Club 2000"), QStringLiteral("Club 300"),
            QStringLiteral("côte"), QStringLiteral("cote"), QStringLiteral("Côte"), QStringLiteral("coté"),
        };
        QCollator collator(QLocale(QLocale::French, QLocale::France));
        collator.setNumericMode(true);
        QStringList byCollator = names;
        std::stable_sort(byCollator.begin(), byCollator.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        QStringList byKey = names;
        std::stable_sort(byKey.begin(), byKey.end(), [](const QString &a, const QString &b) { return TextKey::sortKey(a) < TextKey::sortKey(b); });
        QCOMPARE(byKey, byCollator);
        QVERIFY(byKey.indexOf(QStringLiteral("Atelier n°2")) < byKey.indexOf(QStringLiteral("Atelier n°10")));

        // The directory sorts in SQL on the stored key.
        QList<Actor> actors;
        for (const QString &name : {QStringLiteral("Atelier n°10"), QStringLiteral("Atelier n°2"), QStringLiteral("Écomusée"),
                                    QStringLiteral("ecole"), QStringLiteral("Atelier n°1")})
            actors << TestSupport::makeActor(name);
        QVERIFY(m_store->saveAll(actors));
        ActorTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.data(model.index(r, ActorTableModel::Name)).toString();
        QCOMPARE(shown, (QStringList{QStringLiteral("Atelier n°1"), QStringLiteral("Atelier n°2"), QStringLiteral("Atelier n°10"),
                                     QStringLiteral("ecole"), QStringLiteral("Écomusée")}));
    }

    void editsShowAtOnce()
    {
        addThreeActors();
        ActorTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActorFilter filter;
        filter.text = QStringLiteral("bocag");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        Actor a = *m_store->load(model.idAt(0));
        a.name = QStringLiteral("Coopérative des Maraîchers");
        QVERIFY(m_store->save(a));
        QCOMPARE(model.totalCount(), 0);
        filter.text = QStringLiteral("maraichers");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
    }

    void renamingASectorUpdatesSearch()
    {
        addThreeActors();
        SectorTreeModel tree(m_sectors.get());
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex recycling = tree.indexById(sectorId(QStringLiteral("Recyclage et réemploi")));
        QVERIFY(recycling.isValid());
        QCOMPARE(tree.data(recycling, SectorTreeModel::PathRole).toString(), QStringLiteral("Environnement et recyclage › Recyclage et réemploi"));
        QVERIFY(tree.setData(recycling, QStringLiteral("Réemploi solidaire")));
        ActorTableModel model(m_store.get());
        ActorFilter filter;
        filter.text = QStringLiteral("reemploi solid");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(tree.rowCount(), 12);
    }

private:
    qint64 sectorId(const QString &name) const
    {
        for (const Sector &s : m_sectors->all()) {
            if (s.name == name)
                return s.id;
        }
        return 0;
    }

    void addThreeActors()
    {
        Actor energy = TestSupport::makeActor(QStringLiteral("Énergie Partagée Avesnois"), QStringLiteral("59036"), QStringLiteral("Avesnes-sur-Helpe"));
        energy.acronym = QStringLiteral("EPA");
        energy.family = QStringLiteral("association");
        energy.sectorId = sectorId(QStringLiteral("Énergie et transition écologique"));
        energy.employer = true;
        Contact c;
        c.firstName = QStringLiteral("Marie");
        c.lastName = QStringLiteral("Leclercq");
        energy.contacts << c;
        Actor coop = TestSupport::makeActor(QStringLiteral("Coopérative des Bocagers"), QStringLiteral("59249"), QStringLiteral("Fourmies"));
        coop.family = QStringLiteral("cooperative");
        coop.sectorId = sectorId(QStringLiteral("Agriculture et circuits courts"));
        coop.acceptsInterns = true;
        coop.charterSignedOn = QDate(2012, 11, 15);
        Actor reuse = TestSupport::makeActor(QStringLiteral("Ressourcerie du Val"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        reuse.sectorId = sectorId(QStringLiteral("Recyclage et réemploi"));
        reuse.competencies << QStringLiteral("comptabilité") << QStringLiteral("réemploi");
        reuse.employer = true;
        reuse.acceptsInterns = true;
        QList<Actor> all{energy, coop, reuse};
        QVERIFY(m_store->saveAll(all));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActorStore> m_store;
    std::unique_ptr<SectorStore> m_sectors;
};

QTEST_GUILESS_MAIN(TestActorModel)
#include "tst_actormodel.moc"
