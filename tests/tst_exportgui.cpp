#include "models/domain/clock.h"
#include "models/interchange/actorsiteexporter.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/privacy/personaldatajournal.h"
#include "models/privacy/personstore.h"
#include "models/privacy/privacycheck.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "testsupport.h"
#include "views/directorytab.h"
#include "views/exportdialog.h"
#include "views/prompter.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

/// The Annuaire's export action in every format: it writes the actors
/// shown (after search and filters), as the CSV export always did.
class TestExportGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActorStore> m_actors;
    std::unique_ptr<SectorStore> m_sectors;
    std::unique_ptr<ReferenceStore> m_references;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<DirectoryTab> m_tab;
    QString m_answerPath;
    QString m_format;
    QStringList m_captions;
    QStringList m_dialogLog;
    QStringList m_questions;
    QStringList m_warnings;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;

    /// Triggers the export action; the dialog is answered as a user would:
    /// a click on the format, the destination typed, then Export.
    void exportTo(const QString &format, const QString &path)
    {
        m_format = format;
        m_answerPath = path;
        m_tab->findChild<QAction *>(QStringLiteral("exportActorsAction"))->trigger();
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTests"));
        QSettings().clear();
        // The journal's instants decide what is stale: none from the real clock.
        TestSupport::pinClock();
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("gui.essaim"))));
        m_actors = std::make_unique<ActorStore>(m_db->connectionName());
        m_sectors = std::make_unique<SectorStore>(m_db->connectionName());
        m_references = std::make_unique<ReferenceStore>(m_db->connectionName());
        m_undo = std::make_unique<QUndoStack>();

        QList<Actor> actors;
        const char *const names[] = {"Jardins de Cocagne Sambre", "Jardin partagé d'Étrœungt", "Recyclerie du Val"};
        for (const char *name : names) {
            Actor a = TestSupport::makeActor(QString::fromUtf8(name), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
            a.publicationConsent = true;
            Contact c;
            c.firstName = QStringLiteral("Contact");
            c.lastName = QString::fromUtf8(name);
            c.consentGuide = true;
            a.contacts << c;
            actors << a;
        }
        QVERIFY(m_actors->saveAll(actors));

        m_tab = std::make_unique<DirectoryTab>(m_actors.get(), m_sectors.get(), m_references.get(), m_undo.get());
        CouncilIdentity identity;
        identity.name = QStringLiteral("Pôle ESS de l'Avesnois");
        m_tab->setCouncilIdentity(identity);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        Prompter::setFileHandler([this](const QString &caption) {
            m_captions << caption;
            return m_answerPath;
        });
        Prompter::setQuestionHandler([this](const QString &text) {
            m_questions << text;
            return m_answer;
        });
        Prompter::setWarningHandler([this](const QString &text) { m_warnings << text; });
        Prompter::setDialogHandler([this](QDialog *dialog) {
            auto *exportDialog = qobject_cast<ExportDialog *>(dialog);
            if (!exportDialog)
                return int(QDialog::Rejected);
            m_dialogLog << exportDialog->findChild<QLabel *>(QStringLiteral("exportIntro"))->text();
            m_dialogLog << exportDialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->text();
            if (m_format.isEmpty())
                return int(QDialog::Rejected);
            exportDialog->findChild<QRadioButton *>(m_format)->click();
            auto *edit = exportDialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
            edit->clear();
            QTest::keyClicks(edit, m_answerPath);
            auto *ok = exportDialog->findChild<QDialogButtonBox *>(QStringLiteral("exportButtons"))->button(QDialogButtonBox::Ok);
            if (!ok->isEnabled())
                return int(QDialog::Rejected);
            ok->click();
            return exportDialog->result();
        });

        // Two of the three actors are shown.
        auto *search = m_tab->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("jardin"));
        QTRY_COMPARE(m_tab->model()->totalCount(), 2);
    }

    void cleanupTestCase()
    {
        Clock::reset();
        Prompter::setFileHandler({});
        Prompter::setQuestionHandler({});
        Prompter::setWarningHandler({});
        Prompter::setDialogHandler({});
        m_tab.reset();
    }

    void vcardOfTheActorsShown()
    {
        QSignalSpy status(m_tab.get(), &DirectoryTab::statusMessage);
        exportTo(QStringLiteral("formatVCard"), m_dir.filePath(QStringLiteral("contacts.vcf")));
        QCOMPARE(m_dialogLog.at(0), QStringLiteral("2 actor(s) shown, after the search and the filters, in the order of the table."));
        const QByteArray cards = read(m_dir.filePath(QStringLiteral("contacts.vcf")));
        QCOMPARE(cards.count("BEGIN:VCARD\r\n"), 2);
        QVERIFY(cards.contains("ORG:Jardin partagé d'Étrœungt\r\n"));
        QVERIFY(!cards.contains("Recyclerie"));
        QCOMPARE(status.size(), 1);
        QVERIFY(status.at(0).at(0).toString().startsWith(QStringLiteral("2 contact card(s) written to")));
        QCOMPARE(QSettings().value(QStringLiteral("export/format")).toString(), QStringLiteral("vcf"));
    }

    void geojsonOfTheActorsShown()
    {
        exportTo(QStringLiteral("formatGeoJson"), m_dir.filePath(QStringLiteral("carte.geojson")));
        const QJsonDocument doc = QJsonDocument::fromJson(read(m_dir.filePath(QStringLiteral("carte.geojson"))));
        const QJsonArray features = doc.object().value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), 2);
        QStringList names;
        for (const QJsonValue &f : features)
            names << f.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("name")).toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Jardin partagé d'Étrœungt"), QStringLiteral("Jardins de Cocagne Sambre")}));
    }

    void siteOfTheActorsShown()
    {
        const QString folder = m_dir.filePath(QStringLiteral("annuaire"));
        exportTo(QStringLiteral("formatSite"), folder);
        QCOMPARE(m_questions.size(), 0);
        QCOMPARE(QDir(folder + QStringLiteral("/actors")).entryList(QDir::Files).size(), 2);
        const QByteArray index = read(folder + QStringLiteral("/index.html"));
        QVERIFY(index.contains("Pôle ESS de l'Avesnois"));

        // Again: the user is asked before the previous site is replaced. A
        // mark in the old index shows which site is there after each answer.
        {
            QFile old(folder + QStringLiteral("/index.html"));
            QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
            old.write("ancien site");
        }
        m_answer = QMessageBox::Cancel;
        exportTo(QStringLiteral("formatSite"), folder);
        QCOMPARE(read(folder + QStringLiteral("/index.html")), QByteArray("ancien site")); // kept
        // The dialog offered the folder of the last site.
        QCOMPARE(m_dialogLog.last(), QDir::toNativeSeparators(folder));
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.last().contains(QStringLiteral("holds a site exported earlier")));
        m_answer = QMessageBox::Yes;
        exportTo(QStringLiteral("formatSite"), folder);
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(m_warnings.size(), 0);
        QVERIFY(read(folder + QStringLiteral("/index.html")).contains("Pôle ESS de l'Avesnois")); // replaced
        QCOMPARE(QDir(folder + QStringLiteral("/actors")).entryList(QDir::Files).size(), 2);

        // A folder of other files is refused with the reason.
        const QString foreign = m_dir.filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(foreign));
        QFile other(foreign + QStringLiteral("/lettre.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        exportTo(QStringLiteral("formatSite"), foreign);
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.last().contains(QStringLiteral("is not empty and holds no site made by Essaim")));
        QCOMPARE(ActorSiteExporter::folderState(foreign), ActorSiteExporter::FolderState::Foreign);
    }

    void csvStillWorks()
    {
        exportTo(QStringLiteral("formatCsvRfc"), m_dir.filePath(QStringLiteral("liste.csv")));
        const QByteArray csv = read(m_dir.filePath(QStringLiteral("liste.csv")));
        QVERIFY(csv.startsWith("nom,sigle,"));
        QCOMPARE(csv.count("\r\n"), 3);
    }

    void cancelWritesNothing()
    {
        const int before = int(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size());
        exportTo(QString(), m_dir.filePath(QStringLiteral("never.csv")));
        QCOMPARE(int(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size()), before);
    }

    void publicExportsAreRememberedForThePrivacyCheck()
    {
        const QString conn = m_db->connectionName();
        auto published = [&conn] {
            PersonalDataJournal::Filter filter;
            filter.action = QStringLiteral("publish");
            QStringList outputs;
            for (const auto &e : PersonalDataJournal(conn).entries(filter))
                outputs << e.fields.join(QLatin1Char(','));
            return outputs;
        };
        const QStringList before = published();
        Clock::setFixed(QDateTime(QDate(2030, 3, 1), QTime(9, 0), Qt::UTC));
        const auto repin = qScopeGuard([] { TestSupport::pinClock(); });
        exportTo(QStringLiteral("formatVCard"), m_dir.filePath(QStringLiteral("public.vcf")));
        exportTo(QStringLiteral("formatGeoJson"), m_dir.filePath(QStringLiteral("public.geojson")));
        exportTo(QStringLiteral("formatSite"), m_dir.filePath(QStringLiteral("site-public")));
        exportTo(QStringLiteral("formatCsv"), m_dir.filePath(QStringLiteral("interne.csv")));
        QVERIFY(m_warnings.isEmpty() || m_warnings.size() == 1); // the refused folder of siteOfTheActorsShown
        // The spreadsheet stays in the office: only the three public formats are remembered.
        QCOMPARE(published().mid(before.size()),
                 QStringList({QStringLiteral("vcf"), QStringLiteral("geojson"), QStringLiteral("html")}));

        Clock::setFixed(QDateTime(QDate(2030, 3, 2), QTime(9, 0), Qt::UTC));
        const qint64 contact = m_actors->load(m_tab->model()->idAt(0))->contacts.at(0).id;
        QVERIFY(PersonStore(conn).withdrawConsent(contact, QStringLiteral("guide"), QStringLiteral("courriel")));
        QStringList stale;
        for (const PrivacyCheck::Finding &f : PrivacyCheck(m_db.get()).run(Clock::today())) {
            if (f.kind == QLatin1String("stale-output"))
                stale << f.sentence;
        }
        // 09:00 UTC is 10:00 in Paris; this test runs in the C locale.
        const QString tail = QStringLiteral(" output (1 Mar 2030 10:00:00) was made before a consent was withdrawn: make it "
                                            "again and replace the copies given out.");
        QCOMPARE(stale, QStringList({QStringLiteral("The last “GeoJSON map”") + tail, QStringLiteral("The last “web site”") + tail,
                                     QStringLiteral("The last “vCard”") + tail}));
    }

    void dialogFollowsTheFormat()
    {
        ExportDialog dialog(2);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("exportButtons"))->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.format(), DirectoryExporter::Format::Csv);
        QVERIFY(!ok->isEnabled());
        dialog.setDestination(QStringLiteral("/tmp/acteurs.csv"));
        QVERIFY(ok->isEnabled());
        dialog.findChild<QRadioButton *>(QStringLiteral("formatVCard"))->click();
        QCOMPARE(edit->text(), QStringLiteral("/tmp/acteurs.vcf"));
        dialog.findChild<QRadioButton *>(QStringLiteral("formatGeoJson"))->click();
        QCOMPARE(edit->text(), QStringLiteral("/tmp/acteurs.geojson"));
        dialog.findChild<QRadioButton *>(QStringLiteral("formatSite"))->click();
        QCOMPARE(edit->text(), QStringLiteral("/tmp/acteurs"));
        QCOMPARE(dialog.format(), DirectoryExporter::Format::Site);
        dialog.findChild<QRadioButton *>(QStringLiteral("formatCsvRfc"))->click();
        QCOMPARE(edit->text(), QStringLiteral("/tmp/acteurs.csv"));

        // "Choose…" opens a folder chooser for the site, a file chooser
        // otherwise, and the extension is added.
        m_captions.clear();
        m_answerPath = QStringLiteral("/tmp/liste");
        dialog.findChild<QPushButton *>(QStringLiteral("chooseDestinationButton"))->click();
        QCOMPARE(edit->text(), QStringLiteral("/tmp/liste.csv"));
        dialog.findChild<QRadioButton *>(QStringLiteral("formatSite"))->click();
        m_answerPath = QStringLiteral("/tmp/portail");
        dialog.findChild<QPushButton *>(QStringLiteral("chooseDestinationButton"))->click();
        QCOMPARE(edit->text(), QStringLiteral("/tmp/portail"));
        QCOMPARE(m_captions, (QStringList{QStringLiteral("Export the actors shown"), QStringLiteral("Folder of the web site")}));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shot = QString::fromLocal8Bit(qgetenv("ESSAIM_SCREENSHOT_DIR"));
        if (!shot.isEmpty())
            dialog.grab().save(shot + QStringLiteral("/exportdialog.png"));
    }
};

QTEST_MAIN(TestExportGui)
#include "tst_exportgui.moc"
