#include "app/mainwindow.h"
#include "models/interchange/importmapping.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/importstore.h"
#include "testsupport.h"
#include "views/importwizard.h"
#include "views/prompter.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QSqlQuery>
#include <QtTest>

/// The import wizard driven as a user does, page by page.
class TestImportGui : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    QStringList m_warnings;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTests"));
        Prompter::setWarningHandler([this](const QString &text) { m_warnings << text; });
    }

    void spreadsheetWizard()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("wizard%1.essaim").arg(++m_counter))));
        ActorStore actors(db.connectionName());
        Actor existing = TestSupport::makeActor(QStringLiteral("Alpha"), QStringLiteral("59012"), QStringLiteral("Anor"));
        QVERIFY(actors.save(existing));
        QUndoStack undo;
        // Windows-1252, semicolons: what a French Excel saves.
        const QString path = write(QStringLiteral("partenaire.csv"),
                                   "Structure;Ville;M\xE9l;Remarque\r\nAlpha;Anor;alpha@anor.fr;x\r\n\xC9picerie du C\x9Cur;Maubeuge;;y\r\nSans courriel;Jeumont;faux;z\r\n");
        ImportWizard wizard(&actors, &undo);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.setFiles({path});
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("formatCombo"))->currentIndex(), 0);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReadingPage));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("encodingCombo"))->currentText(), QStringLiteral("Windows-1252"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("separatorCombo"))->currentText(), QStringLiteral("semicolon (;)"));
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("Épicerie du Cœur"));
        QCOMPARE(preview->verticalHeaderItem(1)->text(), QStringLiteral("3"));
        // "Structure", "Ville" and "Mél" are recognised; "Remarque" is not, so
        // its field is chosen by hand, and the import follows that choice.
        auto *nameCombo = wizard.findChild<QComboBox *>(QStringLiteral("mappingCombo_0"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("mappingCombo_1"))->currentData().toString(), QStringLiteral("commune"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("mappingCombo_2"))->currentData().toString(), QStringLiteral("email"));
        QCOMPARE(nameCombo->currentData().toString(), QStringLiteral("name"));
        auto *noteCombo = wizard.findChild<QComboBox *>(QStringLiteral("mappingCombo_3"));
        QCOMPARE(noteCombo->currentData().toString(), QString());
        noteCombo->setCurrentIndex(noteCombo->findData(QStringLiteral("notes")));
        emit noteCombo->activated(noteCombo->currentIndex());
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("presetNameEdit")), QStringLiteral("Partenaire"));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("savePresetButton")), Qt::LeftButton);
        QCOMPARE(ImportStore(db.connectionName()).presetNames(), QStringList{QStringLiteral("Partenaire")});
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS"))
            wizard.grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/import-reading.png"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QCOMPARE(actors.count(), 1); // a dry run so far
        auto *summary = wizard.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QCOMPARE(summary->text(), QStringLiteral("If you import now: 2 created, 0 updated, 1 skipped, 0 rejected, 1 imported with warnings."));
        auto *rejected = wizard.findChild<QTableWidget *>(QStringLiteral("rejectedTable"));
        // The wrong e-mail address no longer rejects the row: a warning.
        QCOMPARE(rejected->rowCount(), 1);
        QCOMPARE(rejected->item(0, 1)->text(), QStringLiteral("4"));
        QVERIFY(rejected->item(0, 2)->text().startsWith(QStringLiteral("Imported, with a warning: ")));
        auto *duplicates = wizard.findChild<QTableWidget *>(QStringLiteral("duplicatesTable"));
        QCOMPARE(duplicates->rowCount(), 1);
        // A spreadsheet is no register: no empty "changes since the last import" list.
        QVERIFY(!wizard.findChild<QListWidget *>(QStringLiteral("changesList"))->isVisible());
        auto *rowCombo = qobject_cast<QComboBox *>(duplicates->cellWidget(0, 3));
        rowCombo->setCurrentIndex(rowCombo->findData(int(ActorImporter::DuplicateMode::UpdateEmpty)));
        emit rowCombo->activated(rowCombo->currentIndex());
        QTRY_COMPARE(summary->text(), QStringLiteral("If you import now: 2 created, 1 updated, 0 skipped, 0 rejected, 1 imported with warnings."));
        // The report of rejected rows leaves as a file.
        const QString report = m_dir.filePath(QStringLiteral("rejets.csv"));
        Prompter::setFileHandler([report](const QString &) { return report; });
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("exportReportButton")), Qt::LeftButton);
        Prompter::setFileHandler({});
        QVERIFY(QFile::exists(report));
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS"))
            wizard.grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/import-check.png"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
        QVERIFY(wizard.imported());
        QCOMPARE(actors.count(), 3);
        QCOMPARE(actors.load(existing.id)->email, QStringLiteral("alpha@anor.fr"));
        // The column chosen by hand went into the notes.
        {
            QSqlQuery q(QSqlDatabase::database(db.connectionName()));
            QVERIFY(q.exec(QStringLiteral("SELECT notes FROM actors WHERE name = 'Épicerie du Cœur'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("y"));
        }
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("resultLabel"))->text().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("2 created, 1 updated, 0 skipped, 0 rejected, 1 imported with warnings."));
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(actors.count(), 1);
        QCOMPARE(actors.load(existing.id)->email, QString());
    }

    /// A sector the directory does not know: the value mapping page lists it
    /// with its rows; "new sector" creates it at the import, and the choice
    /// is saved with the preset for the next file.
    /// Excel's "Unicode text": the wizard says how it read the file, and
    /// what it shows is the file's text.
    void unicodeTextFromExcel()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("wizard%1.essaim").arg(++m_counter))));
        ActorStore actors(db.connectionName());
        QUndoStack undo;
        const QString table = QStringLiteral("Nom\tVille\r\nŒuvre « Cœur d'Anor »\tAnor\r\n");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(table.utf16()), table.size() * 2);
        const QString path = write(QStringLiteral("unicode.txt"), bytes);
        ImportWizard wizard(&actors, &undo);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.setFiles({path});
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReadingPage));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("encodingCombo"))->currentText(), QStringLiteral("UTF-16 LE"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("separatorCombo"))->currentText(), QStringLiteral("tab"));
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 1);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Œuvre « Cœur d'Anor »"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Anor"));
    }

    void valueMappingCreatesASector()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("wizard%1.essaim").arg(++m_counter))));
        ActorStore actors(db.connectionName());
        QUndoStack undo;
        const QString path = write(QStringLiteral("secteurs.csv"),
                                   "Nom;Secteur;Ville\r\nAlpha;B\xE2timent;Anor\r\nBeta;Culture;Anor\r\nGamma;batiment;Maubeuge\r\nDelta;Petite enfance;Anor\r\n");
        ImportWizard wizard(&actors, &undo);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.setFiles({path});
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReadingPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValuesPage));
        auto *values = wizard.findChild<QTableWidget *>(QStringLiteral("valuesTable"));
        QCOMPARE(values->rowCount(), 2);
        QCOMPARE(values->item(0, 1)->text(), QStringLiteral("Bâtiment"));
        QCOMPARE(values->item(0, 2)->text(), QStringLiteral("2"));
        QCOMPARE(values->item(1, 1)->text(), QStringLiteral("Petite enfance"));
        auto *building = wizard.findChild<QComboBox *>(QStringLiteral("valueCombo_0"));
        building->setCurrentIndex(building->findText(QStringLiteral("New sector “Bâtiment”")));
        emit building->activated(building->currentIndex());
        auto *childhood = wizard.findChild<QComboBox *>(QStringLiteral("valueCombo_1"));
        childhood->setCurrentIndex(childhood->findText(QStringLiteral("Petite enfance et familles")));
        emit childhood->activated(childhood->currentIndex());
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("presetNameEdit")), QStringLiteral("Secteurs"));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("saveValuesPresetButton")), Qt::LeftButton);
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS"))
            wizard.grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/import-values.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
                 QStringLiteral("If you import now: 4 created, 0 updated, 0 skipped, 0 rejected, 0 imported with warnings."));
        wizard.next();
        QVERIFY(wizard.imported());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT a.name, s.name FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id ORDER BY a.name")));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        QCOMPARE(rows, (QStringList{QStringLiteral("Alpha=Bâtiment"), QStringLiteral("Beta=Culture"), QStringLiteral("Delta=Petite enfance et familles"),
                                    QStringLiteral("Gamma=Bâtiment")}));
        // The preset carries the choices: the command line applies them.
        const QByteArray preset = ImportStore(db.connectionName()).preset(QStringLiteral("Secteurs"));
        const ImportMapping mapping = ImportMapping::fromJson(preset, {QStringLiteral("Nom"), QStringLiteral("Secteur"), QStringLiteral("Ville")});
        QCOMPARE(mapping.valueChoice(QStringLiteral("sector"), QStringLiteral("petite enfance"))->value, QStringLiteral("Petite enfance et familles"));
        QCOMPARE(int(mapping.valueChoice(QStringLiteral("sector"), QStringLiteral("BÂTIMENT"))->kind), int(ImportMapping::ValueChoice::Kind::CreateNew));
    }

    void sireneWizardShowsReasonsAndTakesAFamilyByHand()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("wizard%1.essaim").arg(++m_counter))));
        ActorStore actors(db.connectionName());
        QUndoStack undo;
        ImportWizard wizard(&actors, &undo);
        wizard.show();
        wizard.setFiles({QStringLiteral(ESSAIM_TEST_DATA "/sirene_sambre_StockEtablissement_2024.csv"),
                         QStringLiteral(ESSAIM_TEST_DATA "/sirene_sambre_StockUniteLegale_2024.csv")});
        QCOMPARE(wizard.format(), ImportSource::Format::Sirene);
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS"))
            wizard.grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/import-files.png"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        auto *summary = wizard.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY(summary->text().startsWith(QStringLiteral("If you import now: 6 created, 0 updated, 0 skipped, 0 rejected, 0 imported with warnings.")));
        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("classificationTable"));
        QCOMPARE(table->rowCount(), 7);
        auto *changes = wizard.findChild<QListWidget *>(QStringLiteral("changesList"));
        QVERIFY(changes->isVisible());
        QCOMPARE(changes->count(), 6);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("770000016"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("9220 Association déclarée -> association"));
        QCOMPARE(table->item(6, 1)->text(), QStringLiteral("770000065"));
        QCOMPARE(table->item(6, 3)->text(),
                 QStringLiteral("legal category 5499 Société à responsabilité limitée (sans autre indication), flag N -> outside the ESS"));
        // A family by hand needs a note; then it wins.
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("overrideNoteEdit")), QStringLiteral("SCIC sous forme de SARL"));
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(6, 2));
        combo->setCurrentIndex(combo->findData(QStringLiteral("cooperative")));
        emit combo->activated(combo->currentIndex());
        QTRY_VERIFY(summary->text().startsWith(QStringLiteral("If you import now: 7 created")));
        QCOMPARE(table->rowCount(), 7);
        bool found = false;
        for (int r = 0; r < table->rowCount(); ++r)
            found = found || table->item(r, 3)->text() == QStringLiteral("manual choice (SCIC sous forme de SARL) -> cooperative");
        QVERIFY(found);
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS"))
            wizard.grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/import-sirene.png"));
        wizard.next();
        QVERIFY(wizard.imported());
        QCOMPARE(actors.count(), 7);
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS"))
            wizard.grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/import-done.png"));
    }

    void menusOpenTheWizard()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("window.essaim"))));
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("importActorsAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        int menus = 0;
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(action))
                ++menus;
        }
        QCOMPARE(menus, 2); // File and Directory
        action->trigger();
        auto *wizard = window.findChild<ImportWizard *>(QStringLiteral("importWizard"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        // No file: the wizard says so and stays on its first page.
        m_warnings.clear();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilesPage));
        QCOMPARE(m_warnings.size(), 1);
        wizard->reject();
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
