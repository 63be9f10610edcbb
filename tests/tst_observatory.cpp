#include "models/domain/clock.h"
#include "models/interchange/referencefigurescsvreader.h"
#include "models/observatory/headcountband.h"
#include "models/observatory/observatoryengine.h"
#include "models/storage/database.h"
#include "observatoryfixture.h"

#include <QTemporaryDir>
#include <QtTest>

/// The observatory's figures on a small directory computed by hand, the
/// reference figures and their CSV imports.
class TestObservatory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_ids;
    int m_counter = 0;

    ObservatoryFilter filter(int year)
    {
        ObservatoryFilter f;
        f.year = year;
        return f;
    }
    std::vector<qint32> ids(std::initializer_list<const char *> keys)
    {
        std::vector<qint32> out;
        for (const char *k : keys)
            out.push_back(qint32(m_ids.value(QLatin1String(k))));
        std::sort(out.begin(), out.end());
        return out;
    }
    static std::vector<qint32> sorted(std::vector<qint32> v)
    {
        std::sort(v.begin(), v.end());
        return v;
    }
    const ObservatoryFigures *entry(const QList<ObservatoryFigures> &list, const QString &key)
    {
        for (const ObservatoryFigures &f : list) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("obs%1.essaim").arg(++m_counter))));
        m_ids = ObservatoryFixture::build(m_db->connectionName());
    }
    void cleanup() { m_db.reset(); }

    void bands()
    {
        QCOMPARE(HeadcountBand::all().size(), 16);
        QCOMPARE(HeadcountBand::all().at(HeadcountBand::indexOf(QStringLiteral("12"))).midpoint(), 34.5);
        QCOMPARE(HeadcountBand::all().at(HeadcountBand::indexOf(QStringLiteral("53"))).midpoint(), 10000.0);
        QCOMPARE(HeadcountBand::all().at(HeadcountBand::indexForHeadcount(0)).code, QStringLiteral("00"));
        QCOMPARE(HeadcountBand::all().at(HeadcountBand::indexForHeadcount(2)).code, QStringLiteral("01"));
        QCOMPARE(HeadcountBand::all().at(HeadcountBand::indexForHeadcount(10)).code, QStringLiteral("11"));
        QCOMPARE(HeadcountBand::all().at(HeadcountBand::indexForHeadcount(25000)).code, QStringLiteral("53"));
    }

    void totalsOfTheWholeTerritory()
    {
        ObservatoryEngine engine(m_db->connectionName());
        const ObservatoryStats s = engine.compute(filter(2023));
        // a1 a2 a3 a4 a8; a5 closed in March 2023, a6 born 2024, a7 in Lille.
        QCOMPARE(s.totals.actors, 5);
        QCOMPARE(s.totals.employerActors, 4);
        QCOMPARE(s.totals.jobs, qint64(50));
        QCOMPARE(s.totals.actorsWithoutHeadcount, 2);
        QCOMPARE(s.totals.estimatedActors, 2);
        QCOMPARE(s.totals.jobsEstimated, 36.0); // 34.5 (band 12) + 1.5 (band 01)
        QCOMPARE(s.totals.fte, 44.0);
        QCOMPARE(s.totals.volunteers, qint64(32));
        QCOMPARE(s.totals.members, qint64(5150));
        QVERIFY(s.totals.essSharePct);
        QCOMPARE(*s.totals.essSharePct, 5.0);
        QCOMPARE(*s.essShareWithEstimatesPct, 8.6);
        QCOMPARE(s.referenceYear, 2023);
        QCOMPARE(s.referenceSource, QStringLiteral("INSEE test"));
        QCOMPARE(sorted(s.totals.actorIds), ids({"a1", "a2", "a3", "a4", "a8"}));
    }

    /// A spreadsheet gave one actor 2,000 jobs: the share goes over 100 %,
    /// the jobs are far above its SIRENE band, and it becomes an employer.
    void doubtfulFiguresNameTheirActors()
    {
        ActorStore actors(m_db->connectionName());
        Actor delta = *actors.load(m_ids.value(QStringLiteral("a4")));
        QCOMPARE(delta.employer, false);
        delta.figures = {ObservatoryFixture::figures(2023, 2000)};
        QVERIFY(actors.save(delta));
        ObservatoryStore(m_db->connectionName()).setHeadcountBand(delta.id, QStringLiteral("02")); // 3 to 5 employees
        ObservatoryEngine engine(m_db->connectionName());
        const ObservatoryStats s = engine.compute(filter(2023));
        QCOMPARE(s.totals.employerActors, 5); // declared jobs make an employer
        QCOMPARE(*s.totals.essSharePct, 205.0);
        QStringList codes;
        for (const ObservatoryWarning &w : s.warnings)
            codes << w.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("share_over_100"), QStringLiteral("jobs_above_band")}));
        const ObservatoryWarning &share = s.warnings.at(0);
        QVERIFY2(share.reason.contains(QStringLiteral("205.0 %")), qPrintable(share.reason));
        QCOMPARE(share.actorIds.front(), qint32(delta.id)); // the biggest cause first
        QCOMPARE(share.actorNames.front(), QStringLiteral("Association Delta"));
        QCOMPARE(s.warnings.at(1).actorIds, std::vector<qint32>{qint32(delta.id)});
        // The plausible figures of the fixture raise nothing.
        delta.figures = {ObservatoryFixture::figures(2023, 4)};
        QVERIFY(actors.save(delta));
        engine.invalidate();
        QVERIFY(engine.compute(filter(2023)).warnings.isEmpty());
    }

    void breakdowns()
    {
        ObservatoryEngine engine(m_db->connectionName());
        const ObservatoryStats s = engine.compute(filter(2023));
        QCOMPARE(s.byFamily.size(), 3);
        const ObservatoryFigures *assoc = entry(s.byFamily, QStringLiteral("association"));
        QVERIFY(assoc);
        QCOMPARE(assoc->actors, 3);
        QCOMPARE(assoc->employerActors, 2);
        QCOMPARE(assoc->jobs, qint64(10));
        QCOMPARE(assoc->jobsEstimated, 1.5);
        QCOMPARE(sorted(assoc->actorIds), ids({"a1", "a4", "a8"}));
        QCOMPARE(entry(s.byFamily, QStringLiteral("cooperative"))->jobsEstimated, 34.5);
        QCOMPARE(entry(s.byFamily, QStringLiteral("mutuelle"))->jobs, qint64(40));

        QCOMPARE(s.bySector.size(), 2);
        QCOMPARE(s.bySector.at(0).label, QStringLiteral("Action sociale")); // most jobs first
        QCOMPARE(s.bySector.at(0).actors, 3);
        QCOMPARE(s.bySector.at(0).jobs, qint64(50));
        QCOMPARE(s.bySector.at(0).color, QColor(QStringLiteral("#E67E22")));
        QCOMPARE(s.bySector.at(1).label, QStringLiteral("Culture"));
        QCOMPARE(s.bySector.at(1).actors, 2);

        QCOMPARE(s.byEpci.size(), 4);
        const ObservatoryFigures *agglo = entry(s.byEpci, ObservatoryFixture::agglo);
        QCOMPARE(agglo->actors, 2);
        QCOMPARE(agglo->jobs, qint64(10));
        QCOMPARE(*agglo->essSharePct, 2.5); // 10 / 400 (2022, the nearest earlier figure)
        QCOMPARE(*entry(s.byEpci, ObservatoryFixture::sudAvesnois)->essSharePct, 5.0);

        QCOMPARE(s.bySizeBand.size(), 3);
        QCOMPARE(s.bySizeBand.at(0).key, QStringLiteral("01"));
        QCOMPARE(s.bySizeBand.at(0).actors, 1);
        QCOMPARE(s.bySizeBand.at(0).estimatedActors, 1);
        QCOMPARE(s.bySizeBand.at(1).key, QStringLiteral("11"));
        QCOMPARE(s.bySizeBand.at(1).jobs, qint64(10));
        QCOMPARE(s.bySizeBand.at(2).key, QStringLiteral("12"));
        QCOMPARE(s.bySizeBand.at(2).actors, 2);
        QCOMPARE(s.bySizeBand.at(2).estimatedActors, 1);
        QCOMPARE(s.bySizeBand.at(2).jobs, qint64(40));
    }

    void evolutionAndArchivedMidPeriod()
    {
        ObservatoryEngine engine(m_db->connectionName());
        const ObservatoryStats s = engine.compute(filter(2023));
        QCOMPARE(s.evolution.size(), 2);
        const ObservatoryFigures &y2022 = s.evolution.at(0);
        QCOMPARE(y2022.label, QStringLiteral("2022"));
        // a5, archived on 15 March 2023, still counts in 2022.
        QCOMPARE(y2022.actors, 6);
        QCOMPARE(y2022.jobs, qint64(43));
        QCOMPARE(y2022.jobsEstimated, 1.5);
        QCOMPARE(y2022.fte, 36.0);
        QCOMPARE(y2022.volunteers, qint64(21));
        QCOMPARE(y2022.members, qint64(120));
        QCOMPARE(s.evolution.at(1).jobs, qint64(50));

        ObservatoryFilter fourmies = filter(2022);
        fourmies.territory = ObservatoryFilter::Territory::Commune;
        fourmies.territoryCode = ObservatoryFixture::fourmies;
        QCOMPARE(engine.compute(fourmies).totals.actors, 2);
        QCOMPARE(engine.compute(fourmies).totals.jobs, qint64(5));
        fourmies.year = 2023;
        QCOMPARE(engine.compute(fourmies).totals.actors, 1);

        // Archived later: it counts in 2023 too, once the engine hears of it.
        ObservatoryStore store(m_db->connectionName());
        QVERIFY(store.setArchivedOn(m_ids.value(QStringLiteral("a5")), QDate(2024, 1, 10)));
        engine.refreshActor(m_ids.value(QStringLiteral("a5")));
        QCOMPARE(engine.compute(fourmies).totals.actors, 2);

        // Restored: archived_on is cleared by the trigger.
        ActorStore actors(m_db->connectionName());
        QVERIFY(actors.setArchived(m_ids.value(QStringLiteral("a5")), false));
        QVERIFY(!store.archivedOn(m_ids.value(QStringLiteral("a5"))).isValid());
        // Archived again at 00:30 in Paris, still the day before in UTC: the
        // date is the user's, not SQLite's UTC date('now').
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(23, 30), Qt::UTC));
        QVERIFY(actors.setArchived(m_ids.value(QStringLiteral("a5")), true));
        Clock::reset();
        QCOMPARE(store.archivedOn(m_ids.value(QStringLiteral("a5"))), QDate(2026, 12, 4));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("territory");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("sector");
        QTest::addColumn<int>("actors");
        QTest::addColumn<qint64>("jobs");
        QTest::addColumn<double>("estimated");
        QTest::addColumn<double>("share");

        QTest::newRow("associations") << "all" << "association" << "" << 3 << qint64(10) << 1.5 << 1.0;
        QTest::newRow("social action and sub-sectors") << "all" << "" << "Action sociale" << 3 << qint64(50) << 1.5 << 5.0;
        QTest::newRow("agglomeration") << ObservatoryFixture::agglo << "" << "" << 2 << qint64(10) << 34.5 << 2.5;
        QTest::newRow("commune") << ObservatoryFixture::maubeuge << "" << "" << 2 << qint64(10) << 34.5 << 10.0 / 3.0;
        QTest::newRow("commune list") << "list:Contrat de ville" << "" << "" << 3 << qint64(10) << 34.5 << 2.0;
        QTest::newRow("list and family") << "list:Contrat de ville" << "cooperative" << "" << 1 << qint64(0) << 34.5 << 0.0;
    }

    void filters()
    {
        QFETCH(QString, territory);
        QFETCH(QString, family);
        QFETCH(QString, sector);
        QFETCH(int, actors);
        QFETCH(qint64, jobs);
        QFETCH(double, estimated);
        QFETCH(double, share);
        ObservatoryEngine engine(m_db->connectionName());
        ObservatoryFilter f = filter(2023);
        QVERIFY2(engine.parseTerritory(territory, &f), qPrintable(engine.errorString()));
        f.family = family;
        for (const Sector &s : SectorStore(m_db->connectionName()).all()) {
            if (s.name == sector)
                f.sectorId = s.id;
        }
        const ObservatoryStats s = engine.compute(f);
        QCOMPARE(s.totals.actors, actors);
        QCOMPARE(s.totals.jobs, jobs);
        QCOMPARE(s.totals.jobsEstimated, estimated);
        QVERIFY(s.totals.essSharePct);
        QVERIFY2(qAbs(*s.totals.essSharePct - share) < 1e-9, qPrintable(QString::number(*s.totals.essSharePct)));
    }

    void partnersOutsideTheEssCountOnlyWhenAsked()
    {
        ActorStore actors(m_db->connectionName());
        Actor partner = TestSupport::makeActor(QStringLiteral("Menuiserie"), ObservatoryFixture::maubeuge, QStringLiteral("Maubeuge"));
        partner.family = QStringLiteral("hors_champ");
        partner.employer = true;
        partner.figures = {ObservatoryFixture::figures(2023, 7)};
        QVERIFY(actors.save(partner));
        ObservatoryEngine engine(m_db->connectionName());
        QCOMPARE(engine.compute(filter(2023)).totals.jobs, qint64(50));
        ObservatoryFilter f = filter(2023);
        f.family = QStringLiteral("hors_champ");
        QCOMPARE(engine.compute(f).totals.actors, 1);
        QCOMPARE(engine.compute(f).totals.jobs, qint64(7));
    }

    void unknownTerritory()
    {
        ObservatoryEngine engine(m_db->connectionName());
        ObservatoryFilter f;
        QVERIFY(!engine.parseTerritory(QStringLiteral("99999"), &f));
        QVERIFY(engine.errorString().contains(QStringLiteral("99999")));
        QVERIFY(!engine.parseTerritory(QStringLiteral("list:nope"), &f));
        QVERIFY(engine.errorString().contains(QStringLiteral("nope")));
    }

    void comparisons()
    {
        ObservatoryEngine engine(m_db->connectionName());
        ObservatoryFilter f = filter(2023);
        f.territory = ObservatoryFilter::Territory::Epci;
        f.territoryCode = ObservatoryFixture::agglo;
        const ObservatoryStats s = engine.compute(f);
        // The chosen EPCI once, as the selection, not again among the EPCIs.
        QCOMPARE(s.comparisons.size(), 1 + 1 + 3 + 2);
        QCOMPARE(s.comparisons.at(0).level, ObservatoryComparison::Level::Selection);
        QCOMPARE(s.comparisons.at(0).label, QStringLiteral("CA Maubeuge Val de Sambre"));
        QCOMPARE(*s.comparisons.at(0).essSharePct, 2.5);
        QCOMPARE(s.comparisons.at(0).year, 2022);
        QCOMPARE(s.comparisons.at(1).level, ObservatoryComparison::Level::Territory);
        QCOMPARE(*s.comparisons.at(1).essSharePct, 5.0);
        QCOMPARE(s.comparisons.at(1).year, 2023);
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(s.comparisons.at(i).level, ObservatoryComparison::Level::Epci);
            QVERIFY(s.comparisons.at(i).code != ObservatoryFixture::agglo);
        }
        QVERIFY(!s.comparisons.at(2).essSharePct); // no reference figure for Cœur de l'Avesnois
        QCOMPARE(*s.comparisons.at(4).essSharePct, 5.0);
        QCOMPARE(s.comparisons.at(5).level, ObservatoryComparison::Level::Region);
        QCOMPARE(*s.comparisons.at(5).essSharePct, 10.8);
        QCOMPARE(s.comparisons.at(5).year, 2019);
        QCOMPARE(s.comparisons.at(5).source, QStringLiteral("CRESS Panorama"));
        QCOMPARE(*s.comparisons.at(6).essSharePct, 10.2);
    }

    void socialUtility()
    {
        ObservatoryEngine engine(m_db->connectionName());
        const ObservatoryStats s = engine.compute(filter(2023));
        QCOMPARE(s.socialUtility.assessedActors, 2);
        QCOMPARE(s.socialUtility.averages.size(), 9);
        QCOMPARE(s.socialUtility.averages.at(0).first, QStringLiteral("social_ties"));
        QCOMPARE(s.socialUtility.averages.at(0).second, 2.5);
        QCOMPARE(s.socialUtility.averages.at(7).first, QStringLiteral("innovation"));
        QCOMPARE(s.socialUtility.averages.at(7).second, 1.0);
        QCOMPARE(s.socialUtility.averages.at(1).second, 2.0);
        QCOMPARE(s.socialUtilityCompared.year, 2022);
        QCOMPARE(s.socialUtilityCompared.assessedActors, 1);
        QCOMPARE(s.socialUtilityCompared.averages.at(0).second, 1.0);
        QCOMPARE(s.socialUtilityCompared.averages.at(1).second, -1.0); // not assessed in 2022
        // Another year to compare with, chosen by the user.
        ObservatoryFilter f = filter(2022);
        f.compareYear = 2023;
        const ObservatoryStats chosen = engine.compute(f);
        QCOMPARE(chosen.socialUtility.year, 2022);
        QCOMPARE(chosen.socialUtilityCompared.year, 2023);
        QCOMPARE(chosen.socialUtilityCompared.averages.at(0).second, 2.5);
    }

    void latestYearAndRefresh()
    {
        ObservatoryEngine engine(m_db->connectionName());
        QCOMPARE(engine.latestYear(), 2024);
        QCOMPARE(engine.years(), (QList<int>{2022, 2023, 2024}));
        QCOMPARE(engine.compute(ObservatoryFilter()).filter.year, 2024);
        // An edit of one actor reaches the cached figures.
        ActorStore actors(m_db->connectionName());
        Actor a1 = *actors.load(m_ids.value(QStringLiteral("a1")));
        a1.figures[1].headcount = 12;
        QVERIFY(actors.save(a1));
        engine.refreshActor(a1.id);
        QCOMPARE(engine.compute(filter(2023)).totals.jobs, qint64(52));
    }

    void urssafImport()
    {
        ReferenceFiguresCsvReader reader;
        QVERIFY2(reader.readFile(QStringLiteral(ESSAIM_TEST_DATA "/urssaf_ess_sample.csv")), qPrintable(reader.errorString()));
        QCOMPARE(reader.layout(), ReferenceFiguresCsvReader::Layout::Urssaf);
        const QList<ReferenceFigure> figures = reader.figures();
        QCOMPARE(figures.size(), 2);
        const ReferenceFigure &normandie = figures.at(0);
        QCOMPARE(normandie.code, QStringLiteral("28"));
        const ReferenceFigure &hdf = figures.at(1);
        QCOMPARE(hdf.kind, ReferenceFigure::Kind::Region);
        QCOMPARE(hdf.code, QStringLiteral("32"));
        QCOMPARE(hdf.name, QStringLiteral("Hauts-de-France"));
        QCOMPARE(hdf.year, 2022);
        QCOMPARE(*hdf.privateEmployment, qint64(50001)); // 25000.4 + 5000 + 20000.2, subtotal skipped
        QCOMPARE(*hdf.employerEstablishments, qint64(4000));
        QCOMPARE(*hdf.essJobs, qint64(30000));
        QCOMPARE(*hdf.essEstablishments, qint64(1500));
        QVERIFY(!hdf.totalEmployment);

        // Merged into the store, it keeps a published share already there.
        ReferenceFigureStore store(m_db->connectionName());
        ReferenceFigure published;
        published.kind = ReferenceFigure::Kind::Region;
        published.code = QStringLiteral("32");
        published.year = 2022;
        published.essSharePct = 10.8;
        published.source = QStringLiteral("CRESS");
        QVERIFY(store.save(published));
        QVERIFY(store.mergeAll(figures));
        const auto merged = store.find(ReferenceFigure::Kind::Region, QStringLiteral("32"), 2022);
        QCOMPARE(*merged->essSharePct, 10.8);
        QCOMPARE(*merged->essJobs, qint64(30000));
        QCOMPARE(merged->source, QStringLiteral("CRESS ; URSSAF open data (urssaf_ess_sample.csv)"));
    }

    void malformedImportRejectedWhole()
    {
        ReferenceFiguresCsvReader reader;
        QVERIFY(!reader.readFile(QStringLiteral(ESSAIM_TEST_DATA "/urssaf_ess_malformed.csv")));
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("Line 3:")), qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().contains(QStringLiteral("douze")));
        QVERIFY(reader.figures().isEmpty());

        QVERIFY(!reader.readText(QStringLiteral("kind;code;year\nregion;32;2020\nplanet;X;2020\n"), QStringLiteral("x")));
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("Line 3:")), qPrintable(reader.errorString()));
        QVERIFY(reader.figures().isEmpty());
        QVERIFY(!reader.readText(QStringLiteral("a;b\n1;2\n"), QStringLiteral("x")));
        QVERIFY(reader.errorString().startsWith(QStringLiteral("Line 1:")));
    }

    void countsTooLargeOrNotFiniteRejected()
    {
        // Found by the fuzzer: a hundred-digit count turned negative once
        // rounded into 64 bits, and "nan" passed every comparison.
        const QString header = QStringLiteral("region;code_region;champ_ess;famille_ess;secteur_na88;annee;"
                                              "nombre_d_etablissements;effectifs_salaries_moyens\n");
        ReferenceFiguresCsvReader reader;
        QVERIFY(!reader.readText(header + QStringLiteral("Normandie;28;ESS;Associations;88 Action sociale;2022;8%1;12000\n")
                                              .arg(QString(100, QLatin1Char('0'))),
                                 QStringLiteral("x")));
        QCOMPARE(reader.errorString(), QStringLiteral("Line 2: “8%1” is not a number of establishments. Nothing was imported; "
                                                      "correct the file and import it again.")
                                           .arg(QString(100, QLatin1Char('0'))));
        QVERIFY(reader.figures().isEmpty());
        QVERIFY(!reader.readText(header + QStringLiteral("Normandie;28;ESS;Associations;88 Action sociale;2022;800;nan\n"),
                                 QStringLiteral("x")));
        QCOMPARE(reader.errorString(), QStringLiteral("Line 2: “nan” is not a headcount. Nothing was imported; "
                                                      "correct the file and import it again."));
        QVERIFY(reader.readText(header + QStringLiteral("Normandie;28;ESS;Associations;88 Action sociale;2022;800;12000\n"),
                                QStringLiteral("x")));
        QCOMPARE(*reader.figures().first().essJobs, qint64(12000));
    }

    void essaimLayout()
    {
        ReferenceFiguresCsvReader reader;
        QVERIFY2(reader.readText(QStringLiteral("kind;code;year;name;total_employment;private_employment;employer_establishments;"
                                                "ess_jobs;ess_establishments;ess_share_pct;source\n"
                                                "epci;200043396;2021;CA;38 500;30000;;2 100;;5,5;INSEE\n"),
                                 QStringLiteral("x")),
                 qPrintable(reader.errorString()));
        QCOMPARE(reader.figures().size(), 1);
        const ReferenceFigure f = reader.figures().first();
        QCOMPARE(f.kind, ReferenceFigure::Kind::Epci);
        QCOMPARE(*f.totalEmployment, qint64(38500));
        QVERIFY(!f.employerEstablishments);
        QCOMPARE(*f.essSharePct, 5.5);
        QCOMPARE(f.source, QStringLiteral("INSEE"));
    }
};

QTEST_GUILESS_MAIN(TestObservatory)
#include "tst_observatory.moc"
