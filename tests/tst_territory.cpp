#include "app/councilactions.h"
#include "app/mainwindow.h"
#include "models/domain/clock.h"
#include "models/domain/nationalgeography.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/observatory/observatoryengine.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/councilfactory.h"
#include "models/stores/referencestore.h"
#include "models/stores/territorystore.h"
#include "models/undo/changeterritorycommand.h"
#include "testsupport.h"
#include "views/actorform.h"
#include "views/directorytab.h"
#include "views/newcouncilwizard.h"
#include "views/prompter.h"
#include "views/territorydialog.h"
#include "views/territoryeditor.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

/// Any council of France: the national geography built in, councils made on
/// an EPCI of another region, a whole département and a mix, their imports,
/// observatory and documents, the command line, and the upgrade of a
/// database made before territories could be chosen.
class TestTerritory : public QObject
{
    Q_OBJECT

private:
    using Result = TestSupport::CliResult;
    Result run(const QStringList &arguments) { return TestSupport::runEssaim(m_dir.path(), arguments); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QList<TerritorySpec> specs(const QString &text)
    {
        const Outcome<QList<TerritorySpec>> result = TerritorySpec::parseList({text});
        if (!result)
            qWarning() << result.errorString();
        return result ? *result : QList<TerritorySpec>();
    }

    static qint64 referencePopulation(const QList<TerritorySpec> &territory)
    {
        const NationalGeography &geo = NationalGeography::instance();
        qint64 sum = 0;
        for (int i : geo.resolve(territory, nullptr))
            sum += geo.places()[std::size_t(i)].population;
        return sum;
    }

    static void writeFile(const QString &file, const QString &text)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    /// Head offices in Grasse, a Marseille arrondissement (kept), Lille and Cannes (left out).
    void writeSirene(const QString &units, const QString &establishments)
    {
        QString unitRows = QStringLiteral(
            "siren,statutDiffusionUniteLegale,dateCreationUniteLegale,sigleUniteLegale,trancheEffectifsUniteLegale,"
            "anneeEffectifsUniteLegale,dateDebut,etatAdministratifUniteLegale,nomUniteLegale,denominationUniteLegale,"
            "categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,"
            "caractereEmployeurUniteLegale\n");
        QString establishmentRows = QStringLiteral(
            "siret,siren,nic,etablissementSiege,etatAdministratifEtablissement,numeroVoieEtablissement,typeVoieEtablissement,"
            "libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,codeCommuneEtablissement,"
            "complementAdresseEtablissement,indiceRepetitionEtablissement\n");
        const struct { const char *siren, *nic, *name, *insee, *postcode; } rows[] = {
            {"100000009", "00017", "Grasse Solidaire", "06069", "06130"},
            {"100000017", "00010", "Les Jardins du Vieux Port", "13201", "13001"},
            {"100000025", "00013", "Les Amis de Lille", "59350", "59000"},
            {"100000033", "00017", "Croisette Solidaire", "06029", "06400"},
            {"100000041", "00010", "Sarthe Entraide", "72181", "72000"},
        };
        for (const auto &row : rows) {
            unitRows += QStringLiteral("%1,O,2001-03-15,,11,2022,2020-01-01,A,,%2,9220,88.99B,%3,O,O\n")
                            .arg(QLatin1String(row.siren), QLatin1String(row.name), QLatin1String(row.nic));
            establishmentRows += QStringLiteral("%1%2,%1,%2,true,A,1,RUE,DE LA PAIX,%3,,%4,,\n")
                                     .arg(QLatin1String(row.siren), QLatin1String(row.nic), QLatin1String(row.postcode), QLatin1String(row.insee));
        }
        writeFile(units, unitRows);
        writeFile(establishments, establishmentRows);
    }

    /// Grasse and a former commune of the Sarthe (kept), Lille (left out).
    void writeRna(const QString &rna)
    {
        const QString header = QStringLiteral(
            "id;id_ex;siret;rup_mi;gestion;date_creat;date_decla;date_publi;date_disso;nature;groupement;titre;titre_court;objet;"
            "objet_social1;objet_social2;adrs_complement;adrs_numvoie;adrs_repetition;adrs_typevoie;adrs_libvoie;adrs_distrib;"
            "adrs_codeinsee;adrs_codepostal;adrs_libcommune;adrg_declarant;adrg_complemid;adrg_complemgeo;adrg_libvoie;adrg_distrib;"
            "adrg_codepostal;adrg_achemine;adrg_pays;dir_civilite;telephone;siteweb;email;publiweb;observation;position;maj_time\n");
        auto rnaRow = [](const QString &id, const QString &title, const QString &insee, const QString &postcode, const QString &commune) {
            return QStringLiteral("%1;;;;061P;2015-06-17;2015-06-21;2015-06-28;0001-01-01;D;S;%2;%2;Entraide;006030;000000;;3;;RUE;"
                                  "des Fleurs;_;%3;%4;%5;;;;;;;;FRANCE;PM;;;;0;;A;2020-02-09 12:51:34\n")
                .arg(id, title, insee, postcode, commune);
        };
        writeFile(rna, header + rnaRow(QStringLiteral("W061000001"), QStringLiteral("Parfums et partage"), QStringLiteral("06069"),
                                       QStringLiteral("06130"), QStringLiteral("Grasse"))
                           + rnaRow(QStringLiteral("W722000002"), QStringLiteral("Comité des fêtes de la Chapelle"), QStringLiteral("72063"),
                                    QStringLiteral("72340"), QStringLiteral("La Chapelle-Gaugain"))
                           + rnaRow(QStringLiteral("W595000003"), QStringLiteral("Lille Bouge"), QStringLiteral("59350"),
                                    QStringLiteral("59000"), QStringLiteral("Lille")));
    }

    /// What the imports kept, the partner outside, the observatory.
    void checkMixCouncil(const QString &file)
    {
        Database db;
        QVERIFY2(db.open(file, Database::OpenMode::OpenExisting), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, commune_insee, commune_name, address FROM actors ORDER BY name")));
        QStringList kept;
        while (q.next())
            kept << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}.join(QLatin1Char('|'));
        QCOMPARE(kept, (QStringList{
                           QStringLiteral("Comité des fêtes de la Chapelle|72262|Loir en Vallée|3 RUE des Fleurs, La Chapelle-Gaugain"),
                           QStringLiteral("Grasse Solidaire|06069|Grasse|1 RUE DE LA PAIX"),
                           QStringLiteral("Les Jardins du Vieux Port|13055|Marseille|1 RUE DE LA PAIX"),
                           QStringLiteral("Parfums et partage|06069|Grasse|3 RUE des Fleurs"),
                           QStringLiteral("Sarthe Entraide|72181|Le Mans|1 RUE DE LA PAIX"),
                       }));

        // A partner outside the territory is allowed, and shown so.
        ActorStore actors(db.connectionName());
        Actor partner = TestSupport::makeActor(QStringLiteral("CRESS Hauts-de-France"), QStringLiteral("59350"), QStringLiteral("Lille"));
        partner.creationYear = 2004;
        QVERIFY2(actors.save(partner), qPrintable(actors.errorString()));
        ReferenceStore references(db.connectionName());
        QCOMPARE(references.communes().size(), 376);
        QCOMPARE(references.commune(QStringLiteral("59350")).inTerritory, false);
        QCOMPARE(references.commune(QStringLiteral("59350")).epciName, QStringLiteral("Métropole Européenne de Lille"));
        ActorTableModel model(&actors);
        model.reload();
        QStringList communes;
        for (int row = 0; row < model.rowCount(); ++row)
            communes << model.index(row, ActorTableModel::Commune).data().toString();
        QVERIFY2(communes.contains(QStringLiteral("Lille (outside the territory)")), qPrintable(communes.join(QLatin1Char(';'))));

        // The observatory counts the territory's actors only, by its EPCIs.
        ObservatoryEngine engine(db.connectionName());
        ObservatoryFilter filter;
        filter.year = 2025;
        const ObservatoryStats stats = engine.compute(filter);
        QCOMPARE(stats.totals.actors, 5);
        QStringList epcis;
        for (const ObservatoryFigures &f : stats.byEpci)
            epcis << f.label;
        QVERIFY(epcis.contains(QStringLiteral("CA du Pays de Grasse")));
        QVERIFY(epcis.contains(QStringLiteral("CU Le Mans Métropole")));
        QVERIFY(!epcis.contains(QStringLiteral("Métropole Européenne de Lille")));
        // The actors agreed to be in the guide.
        QVERIFY(q.exec(QStringLiteral("UPDATE actors SET publication_consent = 1")));
        db.close();
    }

    /// Its guide and portrait.
    void printMixCouncil(const QString &file)
    {
        Result r;
        const QString guide = path(QStringLiteral("guide.pdf"));
        r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), file, QStringLiteral("print"), QStringLiteral("guide"),
                 QStringLiteral("-o"), guide});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString guideText = TestSupport::pdfText(guide).simplified();
        QVERIFY2(guideText.contains(QStringLiteral("Pôle ESS Grasse Sarthe Marseille")), qPrintable(guideText.left(2000)));
        QVERIFY(guideText.contains(QStringLiteral("Parfums et partage")));
        QVERIFY(guideText.contains(QStringLiteral("Loir en Vallée")));
        const QString portrait = path(QStringLiteral("portrait.pdf"));
        r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), file, QStringLiteral("print"), QStringLiteral("observatory"),
                 QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("-o"), portrait});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString portraitText = TestSupport::pdfText(portrait).simplified();
        QVERIFY2(portraitText.contains(QStringLiteral("CA du Pays de Grasse")), qPrintable(portraitText.left(3000)));
        QVERIFY(!portraitText.contains(QStringLiteral("Maubeuge")));
    }

    /// What a coordinator of the Pays de Grasse does in the new council assistant.
    void fillAssistant(NewCouncilWizard *wizard, const QString &file)
    {
        wizard->findChild<QLineEdit *>(QStringLiteral("councilName"))->setText(QStringLiteral("CLDESS Pôle Azur Provence"));
        auto *search = wizard->findChild<QLineEdit *>(QStringLiteral("territorySearch"));
        auto *results = wizard->findChild<QListWidget *>(QStringLiteral("territoryResults"));
        auto *add = wizard->findChild<QPushButton *>(QStringLiteral("territoryAdd"));
        auto *summary = wizard->findChild<QLabel *>(QStringLiteral("territorySummary"));
        // By name, accents ignored: the EPCI.
        QTest::keyClicks(search, QStringLiteral("pays de grasse"));
        QVERIFY(results->count() >= 1);
        // (No translator in this process: the source's plural form shows.)
        QCOMPARE(results->item(0)->text(), QStringLiteral("CA du Pays de Grasse — EPCI 200039857, 23 commune(s)"));
        results->setCurrentRow(0);
        add->click();
        QCOMPARE(summary->text(), QStringLiteral("23 commune(s), 104,920 inhabitants (municipal population)."));
        // By postcode: a commune of another département.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("06400"));
        QCOMPARE(results->count(), 1);
        QVERIFY2(results->item(0)->text().startsWith(QStringLiteral("Cannes (06150) — commune, 06029, 74,350 inhabitants")), qPrintable(results->item(0)->text()));
        results->setCurrentRow(0);
        add->click();
        QCOMPARE(wizard->territory(), specs(QStringLiteral("epci:200039857,commune:06029")));
        QCOMPARE(wizard->territoryEditor()->communeCount(), 24);
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS")) {
            wizard->show();
            wizard->next();
            QTest::qWait(200);
            wizard->grab().save(QString::fromLocal8Bit(qgetenv("ESSAIM_SCREENSHOTS")) + QStringLiteral("/new-council.png"));
        }
        wizard->findChild<QLineEdit *>(QStringLiteral("councilFile"))->setText(file);
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        Prompter::setWarningHandler([](const QString &text) { qWarning() << "warning shown:" << text; });
        Clock::setFixed(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    }

    void nationalList()
    {
        const NationalGeography &geo = NationalGeography::instance();
        QVERIFY2(geo.isValid(), qPrintable(geo.errorString()));
        QCOMPARE(geo.currentCommuneCount(), 34969);
        QCOMPARE(int(geo.places().size()), 34969 + 45); // and the arrondissements of Paris, Lyon, Marseille
        QCOMPARE(geo.communesOfDepartment(QStringLiteral("72")).size(), 352);
        QCOMPARE(geo.epci(QStringLiteral("200039857"))->name, QStringLiteral("CA du Pays de Grasse"));
        QCOMPARE(geo.epci(QStringLiteral("200039857"))->nature, QStringLiteral("CA"));
        QCOMPARE(geo.epci(QStringLiteral("200039857"))->members.size(), 23);
        QCOMPARE(geo.department(QStringLiteral("72"))->name, QStringLiteral("Sarthe"));
        QCOMPARE(geo.regionName(QStringLiteral("32")), QStringLiteral("Hauts-de-France"));

        // Accents, case and punctuation ignored; a prefix is enough.
        bool found = false;
        for (const NationalGeography::Place *p : geo.placesByNamePrefix(QStringLiteral("CHATEAUNEUF G"), 50))
            found = found || p->insee == QLatin1String("06038");
        QVERIFY(found);
        const auto chateau = geo.placesByNamePrefix(QStringLiteral("chateau"), 5000);
        QVERIFY(chateau.size() > 50);
        for (const NationalGeography::Place *p : chateau)
            QVERIFY2(p->name.startsWith(QStringLiteral("Châ")) || p->name.startsWith(QStringLiteral("Cha")), qPrintable(p->name));
        QCOMPARE(geo.placesByPostcode(QStringLiteral("06740")).value(0)->name, QStringLiteral("Châteauneuf-Grasse"));
        QCOMPARE(geo.place(QStringLiteral("06038"))->siren, QStringLiteral("210600383"));

        // A commune nouvelle: found by the former commune's code and name.
        QCOMPARE(geo.currentCommune(QStringLiteral("72063"))->name, QStringLiteral("Loir en Vallée"));
        QCOMPARE(geo.formerCommune(QStringLiteral("72063"))->name, QStringLiteral("La Chapelle-Gaugain"));
        QCOMPARE(geo.formerByNamePrefix(QStringLiteral("la chapelle gaugain")).value(0)->currentInsee, QStringLiteral("72262"));
        // An arrondissement counts for its commune.
        QCOMPARE(geo.place(QStringLiteral("13201"))->parent, QStringLiteral("13055"));
        QCOMPARE(geo.currentCommune(QStringLiteral("13201"))->name, QStringLiteral("Marseille"));
    }

    void councils_data()
    {
        QTest::addColumn<QString>("territory");
        QTest::addColumn<int>("communes");
        QTest::addColumn<qint64>("population");
        // Populations: the sum of the communes' municipal populations of the reference data.
        QTest::newRow("EPCI of another region") << QStringLiteral("epci:200039857") << 23 << qint64(104920);
        QTest::newRow("whole département") << QStringLiteral("dep:72") << 352 << qint64(566733);
        QTest::newRow("mix") << QStringLiteral("epci:200039857,dep:72,commune:13055") << 376 << qint64(104920 + 566733 + 886040);
    }

    void councils()
    {
        QFETCH(QString, territory);
        QFETCH(int, communes);
        QFETCH(qint64, population);
        QCOMPARE(referencePopulation(specs(territory)), population);
        const QString file = path(QStringLiteral("council-%1.essaim").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        CouncilIdentity identity;
        identity.name = QStringLiteral("Conseil local de l'ESS");
        CouncilFactory factory;
        QCOMPARE(factory.create(file, identity, specs(territory)), CouncilFactory::Result::Created);
        QCOMPARE(factory.communeCount(), communes);
        QCOMPARE(factory.population(), population);

        Database db;
        QVERIFY2(db.open(file, Database::OpenMode::OpenExisting), qPrintable(db.errorString()));
        TerritoryStore store(db.connectionName());
        QCOMPARE(store.specs(), specs(territory));
        QCOMPARE(store.communeCount(), communes);
        QCOMPARE(store.population(), population);
        // Nothing of Sambre-Avesnois is left in the council's lists.
        ReferenceStore references(db.connectionName());
        QCOMPARE(references.communes().size(), communes);
        QCOMPARE(references.allCommunes().size(), communes);
        for (const auto &epci : references.epcis())
            QVERIFY2(epci.first != QLatin1String("200043396"), qPrintable(epci.second));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM communes WHERE department = '59'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void importsKeepTheTerritory()
    {
        const QString file = path(QStringLiteral("mix.essaim"));
        Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file, QStringLiteral("init"),
                        QStringLiteral("--name"), QStringLiteral("Pôle ESS Grasse Sarthe Marseille"), QStringLiteral("--territory"),
                        QStringLiteral("epci:200039857,dep:72,commune:13055")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const QString units = path(QStringLiteral("StockUniteLegale.csv"));
        const QString establishments = path(QStringLiteral("StockEtablissement.csv"));
        writeSirene(units, establishments);
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file, QStringLiteral("import"), QStringLiteral("actors"),
                 units, establishments, QStringLiteral("--format"), QStringLiteral("sirene")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));

        const QString rna = path(QStringLiteral("rna_waldec.csv"));
        writeRna(rna);
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file, QStringLiteral("import"), QStringLiteral("actors"),
                 rna, QStringLiteral("--format"), QStringLiteral("rna")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));

        checkMixCouncil(file);
        if (!QTest::currentTestFailed())
            printMixCouncil(file);
    }

    void newCouncilAssistant()
    {
        MainWindow window;
        const QString file = path(QStringLiteral("assistant.essaim"));
        Prompter::setDialogHandler([&](QDialog *dialog) {
            auto *wizard = qobject_cast<NewCouncilWizard *>(dialog);
            if (!wizard)
                return int(QDialog::Rejected);
            fillAssistant(wizard, file);
            return QTest::currentTestFailed() ? int(QDialog::Rejected) : int(QDialog::Accepted);
        });
        QVERIFY(window.councilActions()->newCouncil(path(QStringLiteral("unused.essaim"))));
        Prompter::setDialogHandler({});
        QCOMPARE(window.databasePath(), QFileInfo(file).absoluteFilePath());
        TerritoryStore *store = window.councilActions()->territoryStore();
        QCOMPARE(store->communeCount(), 24);

        // The directory's facets list the council's EPCIs and communes.
        auto *epciFacet = window.directoryTab()->findChild<QComboBox *>(QStringLiteral("epciFilter"));
        QVERIFY(epciFacet);
        QStringList epcis;
        for (int i = 1; i < epciFacet->count(); ++i)
            epcis << epciFacet->itemText(i);
        QCOMPARE(epcis, (QStringList{QStringLiteral("CA Cannes Pays de Lérins"), QStringLiteral("CA du Pays de Grasse")}));

        // The actor form completes from the whole of France, and says what is outside.
        ActorForm *form = window.directoryTab()->form();
        auto *commune = form->findChild<QLineEdit *>(QStringLiteral("commune"));
        auto *completer = commune->completer();
        commune->setFocus();
        QTest::keyClicks(commune, QStringLiteral("auribeau"));
        const QStringList suggested = qobject_cast<QStringListModel *>(completer->model())->stringList();
        QVERIFY2(suggested.contains(QStringLiteral("Auribeau-sur-Siagne (06810)")), qPrintable(suggested.join(QLatin1Char(';'))));
        commune->clear();
        QTest::keyClicks(commune, QStringLiteral("chateauneuf-g"));
        const QStringList neighbour = qobject_cast<QStringListModel *>(completer->model())->stringList();
        QVERIFY2(neighbour.contains(QStringLiteral("Châteauneuf-Grasse (06740) — outside the territory, 06")), qPrintable(neighbour.join(QLatin1Char(';'))));
        commune->clear();
        QTest::keyClicks(commune, QStringLiteral("le mans"));
        const QStringList outside = qobject_cast<QStringListModel *>(completer->model())->stringList();
        QVERIFY2(outside.contains(QStringLiteral("Le Mans (72000) — outside the territory, 72")), qPrintable(outside.join(QLatin1Char(';'))));

        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS")) {
            commune->clear();
            QTest::keyClicks(commune, QStringLiteral("06130"));
            window.resize(1280, 800);
            window.show();
            QTest::qWait(300);
            window.grab().save(QString::fromLocal8Bit(qgetenv("ESSAIM_SCREENSHOTS")) + QStringLiteral("/window.png"));
            completer->popup()->grab().save(QString::fromLocal8Bit(qgetenv("ESSAIM_SCREENSHOTS")) + QStringLiteral("/completer.png"));
        }

        // The territory changes from the council's settings, undoably.
        Prompter::setDialogHandler([&](QDialog *dialog) {
            auto *territory = qobject_cast<TerritoryDialog *>(dialog);
            if (!territory)
                return int(QDialog::Rejected);
            if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS")) {
                territory->show();
                QTest::qWait(200);
                territory->grab().save(QString::fromLocal8Bit(qgetenv("ESSAIM_SCREENSHOTS")) + QStringLiteral("/territory-dialog.png"));
            }
            territory->editor()->setSpecs(specs(QStringLiteral("epci:200039857")));
            return int(QDialog::Accepted);
        });
        window.findChild<QAction *>(QStringLiteral("territoryAction"))->trigger();
        Prompter::setDialogHandler({});
        QCOMPARE(store->communeCount(), 23);
        QCOMPARE(epciFacet->count(), 2);
        window.undoStack()->undo();
        QCOMPARE(store->communeCount(), 24);
        QCOMPARE(epciFacet->count(), 3);
        window.undoStack()->redo();
        QCOMPARE(store->communeCount(), 23);
    }

    void changeIsUndoable()
    {
        const QString file = path(QStringLiteral("undo.essaim"));
        CouncilFactory factory;
        QCOMPARE(factory.create(file, {}, specs(QStringLiteral("epci:200039857"))), CouncilFactory::Result::Created);
        Database db;
        QVERIFY(db.open(file, Database::OpenMode::OpenExisting));
        ActorStore actors(db.connectionName());
        Actor a = TestSupport::makeActor(QStringLiteral("Atelier de Cabris"), QStringLiteral("06026"), QStringLiteral("Cabris"));
        QVERIFY2(actors.save(a), qPrintable(actors.errorString()));
        TerritoryStore store(db.connectionName());
        QUndoStack stack;
        const QList<TerritorySpec> before = store.specs();
        const QList<TerritorySpec> after = specs(QStringLiteral("commune:06069"));
        QVERIFY(store.setSpecs(after));
        stack.push(new ChangeTerritoryCommand(&store, before, after));
        QCOMPARE(store.communeCount(), 1);
        // Cabris has left the territory; its actor keeps its commune.
        ReferenceStore references(db.connectionName());
        QCOMPARE(references.commune(QStringLiteral("06026")).inTerritory, false);
        QCOMPARE(actors.count(), 1);
        stack.undo();
        QCOMPARE(store.specs(), before);
        QCOMPARE(store.communeCount(), 23);
        QCOMPARE(references.commune(QStringLiteral("06026")).inTerritory, true);
        stack.redo();
        QCOMPARE(store.communeCount(), 1);

        QVERIFY(!store.setSpecs(specs(QStringLiteral("epci:999999999"))));
        QVERIFY2(store.errorString().contains(QStringLiteral("epci:999999999")), qPrintable(store.errorString()));
        QCOMPARE(store.communeCount(), 1);
    }

    void oldDatabaseKeepsSambreAvesnois()
    {
        // Made by Essaim before territories (schema 7: "essaim demo" of main at 4bf346c).
        const QString file = path(QStringLiteral("old.essaim"));
        QVERIFY(QFile::copy(QStringLiteral(ESSAIM_TEST_DATA "/schema7_sambre_demo.essaim"), file));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            Database db;
            QVERIFY2(db.open(file, Database::OpenMode::OpenExisting), qPrintable(db.errorString()));
            QVERIFY(db.schemaVersion() >= 13);
            TerritoryStore store(db.connectionName());
            QCOMPARE(store.specs(), specs(QStringLiteral("epci:200043263,epci:200043321,epci:200043396,epci:200043404")));
            QCOMPARE(store.communeCount(), 150);
            QCOMPARE(store.population(), qint64(223006));
            QCOMPARE(ActorStore(db.connectionName()).count(), 105);
            QCOMPARE(ReferenceStore(db.connectionName()).epcis().size(), 4);
        }
        Result r = run({QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 151);
        QCOMPARE(lines.at(1), QStringLiteral("59003;Aibes;59149;200043396;CA Maubeuge Val de Sambre;59;350"));
        // It keeps working: an EPCI joins, then leaves again.
        r = run({QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("add"), QStringLiteral("epci:200039857")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1 + 150 + 23);
        r = run({QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("remove"), QStringLiteral("epci:200039857")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--db"), file, QStringLiteral("check")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void commandLine()
    {
        const QString en = QStringLiteral("en");
        const QString file = path(QStringLiteral("grasse.essaim"));
        // An unknown code is named, exit 2, and no file is made.
        Result r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--name"),
                        QStringLiteral("CLDESS"), QStringLiteral("--territory"), QStringLiteral("epci:200039857,commune:99999")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("commune:99999")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--name"),
                 QStringLiteral("CLDESS"), QStringLiteral("--territory"), QStringLiteral("canton:0601")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(file));

        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--name"),
                 QStringLiteral("CLDESS Pôle Azur Provence"), QStringLiteral("--territory"), QStringLiteral("epci:200039857")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("The council “CLDESS Pôle Azur Provence” was created in “%1”: 23 communes, 104,920 inhabitants.\n")
                            .arg(QFileInfo(file).absoluteFilePath()));
        // A file that already holds a council is refused, untouched.
        const QByteArray hash = TestSupport::fileHash(file);
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--name"),
                 QStringLiteral("Other"), QStringLiteral("--territory"), QStringLiteral("dep:72")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(TestSupport::fileHash(file), hash);

        r = run({QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1 + 23 + 1);
        QCOMPARE(lines.at(0), QStringLiteral("insee;commune;postcodes;epci;epci_name;department;population"));
        QCOMPARE(lines.at(1), QStringLiteral("06002;Amirat;06910;200039857;CA du Pays de Grasse;06;45"));
        QCOMPARE(lines.at(2), QStringLiteral("06003;Andon;06750;200039857;CA du Pays de Grasse;06;665"));
        QCOMPARE(lines.at(3), QStringLiteral("06007;Auribeau-sur-Siagne;06810;200039857;CA du Pays de Grasse;06;3401"));
        QVERIFY(r.out.contains(QStringLiteral("\n06069;Grasse;06130 06520;200039857;CA du Pays de Grasse;06;50970\n")));
        QCOMPARE(lines.last(), QString());

        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("add"),
                 QStringLiteral("commune:72063"), QStringLiteral("dep:04")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(r.out.contains(QStringLiteral("\n72262;Loir en Vallée;")));
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("remove"),
                 QStringLiteral("dep:04"), QStringLiteral("dep:05")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("dep:05")), qPrintable(r.err));
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("add"),
                 QStringLiteral("epci:123456789")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("epci:123456789")), qPrintable(r.err));
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("remove"),
                 QStringLiteral("dep:04"), QStringLiteral("commune:72063")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("--db"), file, QStringLiteral("territory"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.out.count(QLatin1Char('\n')), 24);

        // "territory" never creates a database.
        r = run({QStringLiteral("--db"), path(QStringLiteral("none.essaim")), QStringLiteral("territory")});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("none.essaim"))));

        // The demo is a council whose territory is the four EPCIs of Sambre-Avesnois.
        const QString demo = path(QStringLiteral("demo.essaim"));
        r = run({QStringLiteral("--db"), demo, QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), demo, QStringLiteral("territory")});
        QVERIFY2(r.out.startsWith(QStringLiteral("Territory: epci:200043263 (CC Coeur de l'Avesnois), epci:200043321 (CC du Pays de Mormal), "
                                                 "epci:200043396 (CA Maubeuge Val de Sambre), epci:200043404 (CC du Sud Avesnois)\n"
                                                 "150 communes, 223,006 inhabitants.\n")),
                 qPrintable(r.out.left(400)));
    }
};

QTEST_MAIN(TestTerritory)
#include "tst_territory.moc"
