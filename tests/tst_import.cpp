#include "models/interchange/actorimporter.h"
#include "models/interchange/csvactorreader.h"
#include "models/interchange/csvreader.h"
#include "models/interchange/essclassifier.h"
#include "models/interchange/importfield.h"
#include "models/interchange/importmapping.h"
#include "models/interchange/importsource.h"
#include "models/interchange/importvalue.h"
#include "models/interchange/tabularfile.h"
#include "models/interchange/textdecoder.h"
#include "models/observatory/observatoryengine.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/importstore.h"
#include "models/stores/observatorystore.h"
#include "models/stores/sectorstore.h"
#include "models/undo/importactorscommand.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

/// Imports: the CSV/TSV reader on the shared test files, the SIRENE and RNA
/// readers, duplicates in the four modes, undo, bad input, the command line.
class TestImport : public QObject
{
    Q_OBJECT

private:
    static QString data(const char *name) { return QStringLiteral(ESSAIM_TEST_DATA "/") + QString::fromLatin1(name); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    QList<QPair<int, QStringList>> rows(TabularFile &file)
    {
        QList<QPair<int, QStringList>> list;
        file.forEachRow([&list](int line, const QStringList &fields) {
            list << qMakePair(line, fields);
            return true;
        });
        return list;
    }

    struct Run {
        bool read = false;
        QString error;
        ActorImporter::Plan plan;
        bool applied = false;
        ActorImporter::Batch batch;
    };

    Run import(const QStringList &paths, ImportSource::Format format, ActorImporter::DuplicateMode mode,
               bool apply = true, const ImportSource::Options &base = {})
    {
        Run run;
        ImportSource::Options options = base;
        options.format = format;
        ImportStore store(m_db->connectionName());
        QList<ImportRecord> records;
        QList<RejectedRow> rejected;
        ImportSource source;
        run.read = source.read(paths, options, store.context(), &records, &rejected);
        run.error = source.errorString();
        if (!run.read)
            return run;
        ActorImporter importer(m_actors.get());
        run.plan = importer.plan(records, rejected, mode);
        run.plan.report.notes = source.notes() + run.plan.report.notes;
        if (apply) {
            run.applied = importer.apply(run.plan, &run.batch);
            if (!run.applied)
                run.error = importer.errorString();
        }
        return run;
    }

    QString archivedOn(qint64 actorId)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT archived_on FROM actors WHERE id = ?"));
        q.addBindValue(actorId);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }

    Actor actorBySiren(const QString &siren)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM actors WHERE siren = ?"));
        q.addBindValue(siren);
        if (!q.exec() || !q.next())
            return {};
        return m_actors->load(q.value(0).toLongLong()).value_or(Actor());
    }

    /// The actors' indexes as the schema defines them, by name.
    QStringList actorIndexes()
    {
        QStringList list;
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'actors' "
                                  "AND sql IS NOT NULL ORDER BY name"))) {
            while (q.next())
                list << q.value(0).toString();
        }
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActorStore> m_actors;
    int m_counter = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_actors.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("import%1.essaim").arg(++m_counter))));
        m_actors = std::make_unique<ActorStore>(m_db->connectionName());
    }

    void cleanup()
    {
        m_actors.reset();
        m_db.reset();
    }

    // --- the reader, on the shared files -------------------------------

    void sharedCsvFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("rowCount");
        QTest::addColumn<int>("checkedRow");
        QTest::addColumn<int>("checkedLine");
        QTest::addColumn<QStringList>("checkedFields");
        QTest::newRow("ragged rows") << "csvkit_bad_ragged_rows.csv" << "UTF-8" << ","
                                     << QStringList{"column_a", "column_b", "column_c"} << 3 << 0 << 2
                                     << QStringList{"1", "27", "", "I'm too long!"};
        QTest::newRow("CR only, CR in a quoted field") << "csvkit_mac_newlines_cr_only.csv" << "UTF-8" << ","
                                                       << QStringList{"a", "b", "c"} << 2 << 1 << 3
                                                       << QStringList{"Once upon\ra time", "5", "6"};
        QTest::newRow("Latin-1") << "csvkit_test_latin1.csv" << "Windows-1252" << "," << QStringList{"a", "b", "c"} << 2
                                 << 1 << 3 << QStringList{"4", "5", QStringLiteral("©")};
        QTest::newRow("decimal comma") << "csvkit_test_locale_decimal_comma.csv" << "UTF-8" << "," << QStringList{"a", "b", "c"}
                                       << 1 << 0 << 2 << QStringList{"1,7", "200.000.000", ""};
        QTest::newRow("UTF-8 BOM") << "csvkit_test_utf8_bom.csv" << "UTF-8 (BOM)" << "," << QStringList{"foo", "bar", "baz"}
                                   << 2 << 1 << 3 << QStringList{"4", "5", QStringLiteral("ʤ")};
        QTest::newRow("COG Windows-1252 TSV CRLF")
            << "insee_cog2018_France2018_dep59_arr1_latin1.txt" << "Windows-1252" << "\t"
            << QStringList{"ACTUAL", "CHEFLIEU", "CDC", "RANG", "REG", "DEP", "COM", "AR", "CT", "MODIF", "POLE", "TNCC",
                           "ARTMAJ", "NCC", "ARTMIN", "NCCENR", "ARTICLCT", "NCCCT"}
            << 151 << 0 << 2
            << QStringList{"1", "0", "0", "", "32", "59", "003", "1", "19", "0", "", "1", "", "AIBES", "", "Aibes", "", "Fourmies"};
        QTest::newRow("RNA with lost accents") << "etalab_reencode_test.csv" << "UTF-8" << ";" << QStringList() << 9 << 0 << 2
                                               << QStringList();
    }

    void sharedCsvFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, separator);
        QFETCH(QStringList, header);
        QFETCH(int, rowCount);
        QFETCH(int, checkedRow);
        QFETCH(int, checkedLine);
        QFETCH(QStringList, checkedFields);
        TabularFile tabular;
        QVERIFY2(tabular.load(QStringLiteral(ESSAIM_TEST_DATA "/") + file), qPrintable(tabular.errorString()));
        QCOMPARE(TextDecoder::name(tabular.encoding()), encoding);
        QCOMPARE(QString(tabular.separator()), separator);
        if (!header.isEmpty())
            QCOMPARE(tabular.header(), header);
        const auto all = rows(tabular);
        QCOMPARE(all.size(), rowCount);
        QCOMPARE(all.at(checkedRow).first, checkedLine);
        if (!checkedFields.isEmpty())
            QCOMPARE(all.at(checkedRow).second, checkedFields);
    }

    void windows1252OnlyCharacters()
    {
        TabularFile file;
        QVERIFY(file.load(data("insee_cog2018_France2018_dep59_arr1_latin1.txt")));
        bool found = false;
        file.forEachRow([&found](int, const QStringList &f) {
            found = found || (f.value(15) == QStringLiteral("Étrœungt") && f.value(13) == QStringLiteral("ETRŒUNGT"));
            return true;
        });
        QVERIFY(found);
    }

    void lostAccentsAreReported()
    {
        TabularFile file;
        QVERIFY(file.load(data("etalab_reencode_test.csv")));
        QCOMPARE(file.warnings().size(), 1);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::newRow("utf-8") << QByteArray("nom\nC\xC5\x93ur\n") << "UTF-8" << QStringLiteral("nom\nCœur\n");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFnom\n") << "UTF-8 (BOM)" << QStringLiteral("nom\n");
        QTest::newRow("cp1252 euro") << QByteArray("prix\n12 \x80\n") << "Windows-1252" << QStringLiteral("prix\n12 €\n");
        QTest::newRow("cp1252 oe") << QByteArray("nom\nC\x9Cur\n") << "Windows-1252" << QStringLiteral("nom\nCœur\n");
        // Excel for Mac's CSV: Mac Roman, lines ended by CR alone.
        QTest::newRow("mac roman") << QByteArray("nom\rCr\x8F" "che \xC7 C\xCF" "ur \xC8 d\xD5\x83t\x8E\r") << "Mac Roman"
                                   << QStringLiteral("nom\rCrèche « Cœur » d’Été\r");
        // Windows-1252's apostrophe is í in Mac Roman, its é È: still Windows-1252.
        QTest::newRow("cp1252 apostrophe") << QByteArray("nom\nl\x92\xE9quipe\n") << "Windows-1252" << QStringLiteral("nom\nl’équipe\n");
        // Capitals and typographic quotes, no lowercase accent: ” is î in Mac
        // Roman, yet the file is Windows-1252.
        QTest::newRow("cp1252 capitals and quotes")
            << QByteArray("nom\r\nASSOCIATION \x93LA RUCHE\x94 DE L\x92" "AVESNOIS\r\n\xC9PICERIE SOLIDAIRE\r\n") << "Windows-1252"
            << QStringLiteral("nom\r\nASSOCIATION “LA RUCHE” DE L’AVESNOIS\r\nÉPICERIE SOLIDAIRE\r\n");
        // Excel's and LibreOffice's "Unicode text": UTF-16 with its mark.
        QTest::newRow("utf-16 le bom") << QByteArray("\xFF\xFEn\0o\0m\0\n\0C\0S\x01u\0r\0\n\0", 20) << "UTF-16 LE"
                                       << QStringLiteral("nom\nCœur\n");
        QTest::newRow("utf-16 be bom") << QByteArray("\xFE\xFF\0n\0o\0m\0\n\0C\x01S\0u\0r\0\n", 20) << "UTF-16 BE"
                                       << QStringLiteral("nom\nCœur\n");
        // Without the mark, told by the NUL half of each ASCII character.
        QTest::newRow("utf-16 le") << QByteArray("n\0o\0m\0;\0v\0i\0l\0l\0e\0\n\0\xC9\0t\0\xE9\0;\0A\0\n\0", 32) << "UTF-16 LE"
                                   << QStringLiteral("nom;ville\nÉté;A\n");
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        const TextDecoder::Encoding e = TextDecoder::detect(bytes);
        QCOMPARE(TextDecoder::name(e), encoding);
        QCOMPARE(TextDecoder::decode(bytes, e), text);
    }

    void iso885915IsDecodedWhenChosen()
    {
        TextDecoder::Encoding e;
        QVERIFY(TextDecoder::fromName(QStringLiteral("latin9"), &e));
        QCOMPARE(TextDecoder::decode(QByteArray("C\xBDur \xA4"), e), QStringLiteral("Cœur €"));
        QVERIFY(TextDecoder::fromName(QStringLiteral("cp1252"), &e));
        QCOMPARE(e, TextDecoder::Encoding::Windows1252);
        QVERIFY(TextDecoder::fromName(QStringLiteral("utf-16"), &e));
        QCOMPARE(e, TextDecoder::Encoding::Utf16Le);
        QVERIFY(TextDecoder::fromName(QStringLiteral("UTF-16BE"), &e));
        QCOMPARE(e, TextDecoder::Encoding::Utf16Be);
        QVERIFY(TextDecoder::fromName(QStringLiteral("macintosh"), &e));
        QCOMPARE(TextDecoder::name(e), QStringLiteral("Mac Roman"));
        // A NUL byte that is not half of a UTF-16 text still means binary.
        QVERIFY(TextDecoder::looksBinary(QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 16)));
        QVERIFY(!TextDecoder::looksBinary(QByteArray("\xFF\xFEn\0o\0m\0", 8)));
    }

    /// Excel's "Unicode text (*.txt)", the way to keep every accent from
    /// Excel for Windows: UTF-16 LE with its mark, tabs, CRLF.
    void excelUnicodeTextIsImported()
    {
        const QString table = QStringLiteral("Nom\tAdresse\tCode postal\tVille\r\n"
                                             "Crèche « Les Pâquerettes »\t3 rue de l’Église\t59600\tMaubeuge\r\n"
                                             "Œuvre d'Anor – 2\t\"12, place d'Armes\"\t59186\tAnor\r\n");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(table.utf16()), table.size() * 2);
        const QString path = write(QStringLiteral("export.txt"), bytes);
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.summary(), QStringLiteral("2 created, 0 updated, 0 skipped, 0 rejected, 0 imported with warnings."));
        const Actor creche = *m_actors->load(run.batch.created.at(0).id);
        QCOMPARE(creche.name, QStringLiteral("Crèche « Les Pâquerettes »"));
        QCOMPARE(creche.address, QStringLiteral("3 rue de l’Église"));
        QCOMPARE(creche.communeInsee, QStringLiteral("59392"));
        const Actor anor = *m_actors->load(run.batch.created.at(1).id);
        QCOMPARE(anor.name, QStringLiteral("Œuvre d'Anor – 2"));
        QCOMPARE(anor.address, QStringLiteral("12, place d'Armes"));
        QCOMPARE(anor.communeInsee, QStringLiteral("59012"));
    }

    void separators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("separator");
        QTest::newRow("semicolon") << "nom;commune;effectif\nA;Maubeuge;2,5\nB;Anor;3\n" << ";";
        QTest::newRow("comma") << "nom,commune\n\"A; B\",Maubeuge\n" << ",";
        QTest::newRow("tab") << "nom\tcommune\nA, B\tMaubeuge\n" << "\t";
        QTest::newRow("pipe") << "nom|commune|cp\nA|Maubeuge|59600\n" << "|";
    }

    void separators()
    {
        QFETCH(QString, text);
        QFETCH(QString, separator);
        QCOMPARE(QString(CsvReader::detectSeparator(text)), separator);
    }

    /// Files made for Excel by other programs start with Excel's hint of
    /// the separator: it is no row, and the rows keep their line numbers.
    void excelSeparatorHint()
    {
        const QString path = write(QStringLiteral("hint.csv"), "\"sep=;\"\r\nNom;Ville\r\n\"A, B et C\";Maubeuge\r\nSeul\r\n");
        TabularFile file;
        QVERIFY2(file.load(path), qPrintable(file.errorString()));
        QCOMPARE(file.separator(), QLatin1Char(';'));
        QCOMPARE(file.header(), (QStringList{QStringLiteral("Nom"), QStringLiteral("Ville")}));
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 1);
        QCOMPARE(m_actors->load(run.batch.created.at(0).id)->name, QStringLiteral("A, B et C"));
        QCOMPARE(run.plan.report.rejected(), 1);
        QCOMPARE(run.plan.report.rejectedRows.at(0).line, 4);
        // Only alone on the first line: a column named so is a column.
        TabularFile named;
        QVERIFY(named.load(write(QStringLiteral("named.csv"), "sep=;code\nx;1\n")));
        QCOMPARE(named.header(), (QStringList{QStringLiteral("sep="), QStringLiteral("code")}));
    }

    void quotedFieldsAndLineEnds()
    {
        CsvReader reader(QLatin1Char(';'));
        QList<int> lines;
        QList<QStringList> records;
        QVERIFY(reader.read(QStringLiteral("a;b\r\n\"x;\"\"y\"\"\r\nz\";2\r\n\n3;4\r5;6"), [&](int line, const QStringList &f) {
            lines << line;
            records << f;
            return true;
        }));
        QCOMPARE(lines, (QList<int>{1, 2, 5, 6}));
        QCOMPARE(records.at(1), (QStringList{QStringLiteral("x;\"y\"\r\nz"), QStringLiteral("2")}));
        QCOMPARE(records.at(3), (QStringList{QStringLiteral("5"), QStringLiteral("6")}));
    }

    void values()
    {
        QCOMPARE(*ImportValue::date(QStringLiteral("31/12/2012")), QDate(2012, 12, 31));
        QCOMPARE(*ImportValue::date(QStringLiteral("2012-12-31")), QDate(2012, 12, 31));
        QCOMPARE(*ImportValue::date(QStringLiteral("0001-01-01")), QDate());
        QVERIFY(!ImportValue::date(QStringLiteral("31/02/2012")));
        QVERIFY(!ImportValue::date(QStringLiteral("invalid_date")));
        QCOMPARE(*ImportValue::decimal(QStringLiteral("1,7")), 1.7);
        QCOMPARE(*ImportValue::decimal(QStringLiteral("200.000.000")), 200000000.0);
        QCOMPARE(*ImportValue::decimal(QStringLiteral("1 234,5")), 1234.5);
        QCOMPARE(*ImportValue::decimal(QStringLiteral("1.234,5")), 1234.5);
        QVERIFY(!ImportValue::decimal(QStringLiteral("abc")));
        QCOMPARE(*ImportValue::cents(QStringLiteral("12 345,67 €")), qint64(1234567));
        QCOMPARE(*ImportValue::boolean(QStringLiteral("Oui")), true);
        QCOMPARE(*ImportValue::boolean(QStringLiteral("non")), false);
        QVERIFY(!ImportValue::boolean(QStringLiteral("peut-être")));
    }

    void mappingGuessedFromHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        QTest::newRow("fr") << "Code postal" << "postcode";
        QTest::newRow("fr accents") << "Téléphone" << "phone";
        QTest::newRow("en") << "E-mail" << "email";
        QTest::newRow("export") << "consentement_publication" << "publication_consent";
        QTest::newRow("sirene") << "denominationUniteLegale" << "name";
        QTest::newRow("sirene commune") << "codeCommuneEtablissement" << "commune_insee";
        QTest::newRow("rna") << "adrs_codepostal" << "postcode";
        // Headings of partners' spreadsheets.
        QTest::newRow("n° siret") << "N° SIRET" << "siret";
        QTest::newRow("numéro de siret") << "Numéro de SIRET" << "siret";
        QTest::newRow("nº siren") << "Nº SIREN" << "siren";
        QTest::newRow("nombre de salariés") << "Nombre de salariés" << "headcount";
        QTest::newRow("nb salariés") << "Nb salariés" << "headcount";
        QTest::newRow("nom de l'association") << "Nom de l'association" << "name";
        QTest::newRow("nombre de bénévoles") << "Nombre de bénévoles" << "volunteers";
        QTest::newRow("adresse e-mail") << "Adresse e-mail" << "email";
        QTest::newRow("unknown") << "column_a" << "";
    }

    void rowsGivenTwiceFollowTheDuplicateMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("created");
        QTest::addColumn<QString>("jardinsName");
        QTest::addColumn<QString>("jardinsPhone");
        QTest::addColumn<QString>("scopName");
        QTest::addColumn<QString>("outcome");
        const QString jardins = QStringLiteral("Les Jardins de l'Helpe");
        QTest::newRow("skip") << int(ActorImporter::DuplicateMode::Skip) << 2 << jardins << "" << "Scop du Bocage" << "skipped.";
        QTest::newRow("update") << int(ActorImporter::DuplicateMode::UpdateEmpty) << 2 << jardins << "03 27 00 00 01" << "Scop du Bocage"
                                << "its values were brought to the actor of that line.";
        // The later row's values win, its typographic apostrophe too.
        QTest::newRow("overwrite") << int(ActorImporter::DuplicateMode::Overwrite) << 2 << QStringLiteral("Les Jardins de l’Helpe")
                                   << "03 27 00 00 01" << "SCOP DU BOCAGE (Avesnes)" << "its values were brought to the actor of that line.";
        QTest::newRow("create") << int(ActorImporter::DuplicateMode::Create) << 4 << jardins << "" << "Scop du Bocage" << "";
    }

    void rowsGivenTwiceFollowTheDuplicateMode()
    {
        QFETCH(int, mode);
        QFETCH(int, created);
        QFETCH(QString, jardinsName);
        QFETCH(QString, jardinsPhone);
        QFETCH(QString, scopName);
        QFETCH(QString, outcome);
        // A partner's list naming two units twice (’ for ' the second time):
        // never a rejection, the rule of duplicates decides.
        const QString path = write(QStringLiteral("doublons.csv"), QStringLiteral("nom;siret;telephone;commune\r\n"
                                                                                "Les Jardins de l'Helpe;;;Maubeuge\r\n"
                                                                                "Scop du Bocage;84512346200010;;Avesnes-sur-Helpe\r\n"
                                                                                "Les Jardins de l’Helpe;;03 27 00 00 01;Maubeuge\r\n"
                                                                                "SCOP DU BOCAGE (Avesnes);84512346200010;03 27 00 00 02;Avesnes-sur-Helpe\r\n")
                                                                     .toUtf8());
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode(mode));
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.rejected(), 0);
        QCOMPARE(run.plan.report.created, created);
        QCOMPARE(run.plan.report.skipped, 4 - created);
        if (!outcome.isEmpty()) {
            QCOMPARE(run.plan.report.notes,
                     (QStringList{QStringLiteral("Line 4 of doublons.csv repeats line 2 (same name in the same commune): ") + outcome,
                                  QStringLiteral("Line 5 of doublons.csv repeats line 3 (same SIRET): ") + outcome}));
        }
        const Actor jardins = *m_actors->load(run.batch.created.at(0).id);
        QCOMPARE(jardins.name, jardinsName);
        QCOMPARE(jardins.phone, jardinsPhone);
        const Actor scop = *m_actors->load(run.batch.created.at(1).id);
        QCOMPARE(scop.name, scopName);
        QCOMPARE(scop.siret, QStringLiteral("84512346200010"));
    }

    void siretInScientificNotation()
    {
        // Excel shows a SIRET typed in a number cell as 8,45123E+13 and saves
        // it so: the reason says what happened and what to do.
        const QString path = write(QStringLiteral("siret.csv"), QByteArray("nom;siret\r\nLa Ruche;8,45123E+13\r\nLe Bocage;84512346200010\r\n"));
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip, false);
        QVERIFY2(run.read, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 1);
        QCOMPARE(run.plan.report.rejected(), 1);
        QCOMPARE(run.plan.report.rejectedRows.at(0).line, 2);
        QCOMPARE(run.plan.report.rejectedRows.at(0).reason,
                 QStringLiteral("The number “8,45123E+13” was turned by the spreadsheet into a number in scientific notation, which keeps only "
                                "its first digits. In the spreadsheet, format the column as text, type the numbers again (or take them from "
                                "the original file), then save the file again."));
    }

    void unmatchedColumnsAreNamed()
    {
        const QString path = write(QStringLiteral("partenaires.csv"),
                                   QByteArray("Nom;N\xB0 adh\xE9rent;Observations\r\nLa Ruche;12;\xE0 rappeler\r\n"));
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip, false);
        QVERIFY2(run.read, qPrintable(run.error));
        QCOMPARE(run.plan.report.notes,
                 QStringList{QStringLiteral("1 column(s) of “partenaires.csv” matched no field of the directory and were not imported: "
                                            "N° adhérent. Map them in the import wizard, or with --mapping.")});
    }

    void mappingGuessedFromHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(ImportField::guess(header), field);
    }

    void presetsFollowColumnNames()
    {
        ImportMapping mapping(QStringList{QStringLiteral("Structure X"), QStringLiteral("Ville")});
        mapping.setField(0, QStringLiteral("name"));
        mapping.setField(1, QStringLiteral("commune"));
        ImportStore store(m_db->connectionName());
        QVERIFY(store.savePreset(QStringLiteral("CRESS"), mapping.toJson()));
        QCOMPARE(store.presetNames(), QStringList{QStringLiteral("CRESS")});
        const ImportMapping applied = ImportMapping::fromJson(store.preset(QStringLiteral("CRESS")),
                                                              {QStringLiteral("ville"), QStringLiteral("autre"), QStringLiteral("structure x")});
        QCOMPARE(applied.field(0), QStringLiteral("commune"));
        QCOMPARE(applied.field(1), QString());
        QCOMPARE(applied.field(2), QStringLiteral("name"));
    }

    // --- spreadsheets into the directory --------------------------------

    void frenchSpreadsheet()
    {
        QByteArray bytes = "Nom;Sigle;Adresse;Code postal;Ville;SIRET;Courriel;Date de création;Effectif;ETP;Budget;Année;Employeur;Compétences\r\n"
                           "\"Épicerie solidaire; Jeumont\";ESJ;3 rue Hautrage;59460;Jeumont;;contact@esj.fr;31/12/2012;4;2,5;\"12 345,67\";2023;oui;\"épicerie, insertion\"\r\n"
                           "Atelier vélo;;;59600;maubeuge;;pas-un-courriel;2012-05-01;;;;;non;\r\n"
                           "Ressourcerie;;;;Lille;;;1999;;;;;;\r\n";
        // As French Excel saves it: Windows-1252, not UTF-8.
        const QString path = write(QStringLiteral("partenaire.csv"), QString::fromUtf8(bytes).toLatin1());
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        // A wrong e-mail address no longer rejects the row: it is left out, kept in the notes.
        QCOMPARE(run.plan.report.created, 3);
        QCOMPARE(run.plan.report.rejected(), 0);
        QCOMPARE(run.plan.report.warned, 1);
        QCOMPARE(run.plan.report.warningRows.at(0).line, 3);
        QVERIFY2(run.plan.report.warningRows.at(0).reason.contains(QStringLiteral("pas-un-courriel")), qPrintable(run.plan.report.warningRows.at(0).reason));
        QCOMPARE(m_actors->count(), 3);
        const Actor velo = *m_actors->load(run.batch.created.at(1).id);
        QCOMPARE(velo.email, QString());
        QCOMPARE(velo.notes, QStringLiteral("E-mail (original value): pas-un-courriel"));
        const Actor a = *m_actors->load(run.batch.created.at(0).id);
        QCOMPARE(a.name, QStringLiteral("Épicerie solidaire; Jeumont"));
        QCOMPARE(a.acronym, QStringLiteral("ESJ"));
        QCOMPARE(a.communeInsee, QStringLiteral("59324"));
        QCOMPARE(a.communeName, QStringLiteral("Jeumont"));
        QCOMPARE(a.creationYear, 2012);
        QCOMPARE(a.employer, true);
        QCOMPARE(a.competencies, (QStringList{QStringLiteral("épicerie"), QStringLiteral("insertion")}));
        QCOMPARE(a.figures.size(), 1);
        QCOMPARE(a.figures.at(0).year, 2023);
        QCOMPARE(*a.figures.at(0).headcount, 4);
        QCOMPARE(*a.figures.at(0).fte, 2.5);
        QCOMPARE(*a.figures.at(0).budgetCents, qint64(1234567));
        const Actor lille = *m_actors->load(run.batch.created.at(2).id);
        QCOMPARE(lille.communeInsee, QString());
        QCOMPARE(lille.communeName, QStringLiteral("Lille"));
        QCOMPARE(lille.creationYear, 1999);
        ImportStore store(m_db->connectionName());
        QCOMPARE(store.batches().size(), 1);
        QCOMPARE(store.batches().at(0).created, 3);

        // The warnings leave as CSV for Excel, with the rejected rows.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        run.plan.report.writeRejected(&buffer);
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF" "fichier;ligne;kind;motif\r\n"));
        QVERIFY(buffer.data().contains(";3;warning;"));
    }

    /// The partner's spreadsheet of issue 13: French Excel, Windows-1252,
    /// two sectors the directory does not know, a wrong SIRET, a structure
    /// already in the directory.
    void partnerSpreadsheetLosesNothing()
    {
        Actor known = TestSupport::makeActor(QStringLiteral("Régie de quartier Sous-le-Bois"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        known.siret = QStringLiteral("79876543400021");
        known.siren = QStringLiteral("798765434");
        QVERIFY(m_actors->save(known));
        Run run = import({data("partenaires_excel_windows1252.csv")}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 6);
        QCOMPARE(run.plan.report.skipped, 1);
        QCOMPARE(run.plan.report.rejected(), 1);
        QCOMPARE(run.plan.report.rejectedRows.at(0).line, 6);
        QVERIFY(run.plan.report.rejectedRows.at(0).reason.contains(QStringLiteral("53311122500034")));
        QCOMPARE(run.plan.report.warned, 4);
        QCOMPARE(run.plan.report.summary(), QStringLiteral("6 created, 0 updated, 1 skipped, 1 rejected, 4 imported with warnings."));
        QList<int> warnedLines;
        for (const RejectedRow &w : std::as_const(run.plan.report.warningRows)) {
            warnedLines << w.line;
            QVERIFY2(w.reason.contains(QStringLiteral("does not exist in the directory")), qPrintable(w.reason));
        }
        QCOMPARE(warnedLines, (QList<int>{2, 4, 5, 9}));
        QCOMPARE(m_actors->count(), 7);
        QStringList names;
        for (const Actor &a : std::as_const(run.batch.created))
            names << m_actors->load(a.id)->name;
        QCOMPARE(names, (QStringList{QStringLiteral("Crèche parentale « Les Pâquerettes »"), QStringLiteral("Œuvre de l'Entraide Jeumontoise"),
                                     QStringLiteral("Bâtiment Solidaire Sambre (SCIC)"), QStringLiteral("Les Compagnons du Bâtiment n°2"),
                                     QStringLiteral("Ressourcerie « Récup'Avesnois »"), QStringLiteral("Relais Petite Enfance – « Cœur d'Anor »")}));
        const Actor building = *m_actors->load(run.batch.created.at(2).id);
        QCOMPARE(building.sectorId, qint64(0));
        QCOMPARE(building.notes, QStringLiteral("Sector (original value): Bâtiment"));
        QCOMPARE(building.siret, QStringLiteral("81234567600017"));
        QCOMPARE(building.employer, true); // 14 declared jobs make an employer
        const Actor church = *m_actors->load(run.batch.created.at(1).id);
        QCOMPARE(church.address, QStringLiteral("3 place de l'Église"));
        QVERIFY(church.sectorId > 0);
        QCOMPARE(church.notes, QString());
    }

    void raggedRowsAreRejectedWithTheirLine()
    {
        ImportSource::Options options;
        TabularFile file;
        QVERIFY(file.load(data("csvkit_bad_ragged_rows.csv")));
        ImportMapping mapping(file.header());
        mapping.setField(0, QStringLiteral("name"));
        mapping.setField(1, QStringLiteral("notes"));
        options.mappings.insert(data("csvkit_bad_ragged_rows.csv"), mapping);
        // As a French user reads the reasons, one cell and several.
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/essaim_fr.qm")));
        QCoreApplication::installTranslator(&french);
        Run run = import({data("csvkit_bad_ragged_rows.csv")}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip, true, options);
        const QString one = CsvActorReader::tr("The line has %n cell(s) where the header has %1: a separator or a quote is probably missing or extra.", nullptr, 1).arg(3);
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(one, QStringLiteral("La ligne a 1 cellule là où l'en-tête en a 3\u00a0: il manque ou il y a en trop sans doute un séparateur ou un guillemet."));
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 1);
        QCOMPARE(run.plan.report.rejected(), 2);
        QCOMPARE(run.plan.report.rejectedRows.at(0).line, 2);
        QCOMPARE(run.plan.report.rejectedRows.at(0).reason,
                 QStringLiteral("La ligne a 4 cellules là où l'en-tête en a 3\u00a0: il manque ou il y a en trop sans doute un séparateur ou un guillemet."));
        QCOMPARE(run.plan.report.rejectedRows.at(1).line, 3);
        const Actor a = *m_actors->load(run.batch.created.at(0).id);
        QCOMPARE(a.name, QStringLiteral("0"));
        QCOMPARE(a.notes, QStringLiteral("mixed types.... uh oh"));
    }

    void badInputImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("only a BOM and blanks") << QByteArray("\xEF\xBB\xBF\r\n  \r\n") << "is empty";
        QTest::newRow("only a UTF-16 mark and blanks") << QByteArray("\xFF\xFE\r\0\n\0 \0", 8) << "is empty";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0", 16) << "binary data";
        QTest::newRow("truncated") << QByteArray("nom;commune\nA;Anor\n\"B;Maub") << "truncated";
        QTest::newRow("no usable column") << QByteArray("a,b,c\n1,2,3\n") << "No column";
        QTest::newRow("no column names") << QByteArray(";;\n1;2;3\n") << "no column names";
        QByteArray huge("nom;commune\n\"");
        huge += QByteArray(50 * 1024 * 1024, 'x');
        huge += "\";Anor\n";
        QTest::newRow("50 MB field") << huge << "longer than";
    }

    void badInputImportsNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("bad.csv"), bytes);
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip);
        QVERIFY(!run.read);
        QVERIFY2(run.error.contains(message), qPrintable(run.error));
        QCOMPARE(m_actors->count(), 0);
        QCOMPARE(ImportStore(m_db->connectionName()).batches().size(), 0);
    }

    void missingFileImportsNothing()
    {
        Run run = import({data("csvkit_test_utf8_bom.csv"), m_dir.filePath(QStringLiteral("absent.csv"))},
                         ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip);
        QVERIFY(!run.read);
        QVERIFY(run.error.contains(QStringLiteral("does not exist")));
        QCOMPARE(m_actors->count(), 0);
    }

    // --- duplicates ----------------------------------------------------

    void duplicateModes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("actors");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::newRow("skip") << "skip" << 1 << 0 << 0 << 1 << "03 27 00 00 00" << "";
        QTest::newRow("update empty fields") << "update" << 1 << 0 << 1 << 0 << "03 27 00 00 00" << "new@atelier.fr";
        QTest::newRow("overwrite") << "overwrite" << 1 << 0 << 1 << 0 << "03 27 99 99 99" << "new@atelier.fr";
        QTest::newRow("create") << "create" << 2 << 1 << 0 << 0 << "03 27 00 00 00" << "";
    }

    void duplicateModes()
    {
        QFETCH(QString, mode);
        QFETCH(int, actors);
        QFETCH(int, created);
        QFETCH(int, updated);
        QFETCH(int, skipped);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        Actor existing = TestSupport::makeActor(QStringLiteral("L'Atelier du Cœur"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        existing.phone = QStringLiteral("03 27 00 00 00");
        QVERIFY(m_actors->save(existing));
        const QString path = write(QStringLiteral("dup.csv"),
                                   "nom;ville;telephone;courriel\nL ATELIER DU COEUR;Maubeuge;03 27 99 99 99;new@atelier.fr\n");
        ActorImporter::DuplicateMode m;
        QVERIFY(ActorImporter::parseMode(mode, &m));
        Run run = import({path}, ImportSource::Format::Csv, m);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.rows.at(0).existingId, existing.id);
        QCOMPARE(run.plan.rows.at(0).reason, DuplicateCandidate::Reason::SameNameAndCommune);
        QCOMPARE(m_actors->count(), actors);
        QCOMPARE(run.plan.report.created, created);
        QCOMPARE(run.plan.report.updated, updated);
        QCOMPARE(run.plan.report.skipped, skipped);
        const Actor after = *m_actors->load(existing.id);
        QCOMPARE(after.phone, phone);
        QCOMPARE(after.email, email);
        QCOMPARE(after.name, mode == QLatin1String("overwrite") ? QStringLiteral("L ATELIER DU COEUR") : existing.name);
    }

    void formAndImportFindTheSameDuplicates()
    {
        // One rule for the directory's form and for an import: an existing
        // actor known by its SIRET only is found by the SIREN of a new one,
        // and a name written otherwise ("L'Atelier Vélo" = "L ATELIER VELO")
        // in the same commune is a duplicate, by the same reason text.
        Actor bySiret = TestSupport::makeActor(QStringLiteral("Recyclerie du Val"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        bySiret.siret = QStringLiteral("77000001600012");
        Actor byName = TestSupport::makeActor(QStringLiteral("L'Atelier Vélo"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        QVERIFY(m_actors->save(bySiret));
        QVERIFY(m_actors->save(byName));

        Actor sameSiren = TestSupport::makeActor(QStringLiteral("Autre nom"), QStringLiteral("59036"), QStringLiteral("Avesnelles"));
        sameSiren.siren = QStringLiteral("770000016");
        const QList<DuplicateCandidate> bySiren = m_actors->findLikelyDuplicates(sameSiren);
        QCOMPARE(bySiren.size(), 1);
        QCOMPARE(bySiren.first().id, bySiret.id);
        QCOMPARE(bySiren.first().reason, DuplicateCandidate::Reason::SameSiren);
        Actor renamed = TestSupport::makeActor(QStringLiteral("L ATELIER VELO"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        const QList<DuplicateCandidate> byPlace = m_actors->findLikelyDuplicates(renamed);
        QCOMPARE(byPlace.size(), 1);
        QCOMPARE(byPlace.first().id, byName.id);
        QCOMPARE(byPlace.first().reason, DuplicateCandidate::Reason::SameNameAndCommune);
        QCOMPARE(DuplicateIndex::reasonText(byPlace.first().reason), QStringLiteral("same name in the same commune"));

        const QString path = write(QStringLiteral("twins.csv"), "nom,siren,commune\nAutre nom,770000016,Avesnelles\nL ATELIER VELO,,Maubeuge\n");
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip, false);
        QCOMPARE(run.plan.rows.at(0).existingId, bySiret.id);
        QCOMPARE(run.plan.rows.at(0).reason, DuplicateCandidate::Reason::SameSiren);
        QCOMPARE(run.plan.rows.at(1).existingId, byName.id);
        QCOMPARE(run.plan.rows.at(1).reason, DuplicateCandidate::Reason::SameNameAndCommune);
    }

    void duplicateKeysInOrder()
    {
        Actor bySiret = TestSupport::makeActor(QStringLiteral("A"));
        bySiret.siret = QStringLiteral("77000001600012");
        Actor byRna = TestSupport::makeActor(QStringLiteral("B"));
        byRna.rna = QStringLiteral("W595000123");
        QVERIFY(m_actors->save(bySiret));
        QVERIFY(m_actors->save(byRna));
        const QString path = write(QStringLiteral("keys.csv"),
                                   "nom,siret,rna\nAutre nom,77000001600012,\nEncore,,w595000123\nX,,W595000124\nY,,W595000124\n");
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip, false);
        QCOMPARE(run.plan.rows.at(0).existingId, bySiret.id);
        QCOMPARE(run.plan.rows.at(0).reason, DuplicateCandidate::Reason::SameSiret);
        QCOMPARE(run.plan.rows.at(1).existingId, byRna.id);
        QCOMPARE(run.plan.rows.at(1).reason, DuplicateCandidate::Reason::SameRna);
        QCOMPARE(run.plan.rows.at(2).action, ActorImporter::Action::Create);
        // The same RNA twice in one file: the second line is skipped, as asked.
        QCOMPARE(run.plan.rows.at(3).action, ActorImporter::Action::Skip);
        QCOMPARE(run.plan.report.rejected(), 0);
        QCOMPARE(run.plan.report.notes, QStringList{QStringLiteral("Line 5 of keys.csv repeats line 4 (same RNA number): skipped.")});
    }

    void perRowChoiceWins()
    {
        Actor existing = TestSupport::makeActor(QStringLiteral("Alpha"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        QVERIFY(m_actors->save(existing));
        const QString path = write(QStringLiteral("row.csv"), "nom,commune,courriel\nAlpha,Maubeuge,a@b.fr\n");
        ImportStore store(m_db->connectionName());
        QList<ImportRecord> records;
        QList<RejectedRow> rejected;
        ImportSource source;
        QVERIFY(source.read({path}, {}, store.context(), &records, &rejected));
        ActorImporter importer(m_actors.get());
        const auto plan = importer.plan(records, rejected, ActorImporter::DuplicateMode::Skip,
                                        {{0, ActorImporter::DuplicateMode::UpdateEmpty}});
        QCOMPARE(plan.rows.at(0).action, ActorImporter::Action::Update);
        QCOMPARE(plan.rows.at(0).result->email, QStringLiteral("a@b.fr"));
    }

    // --- undo ------------------------------------------------------------

    void undoRemovesWhatItAddedAndRestoresWhatItChanged()
    {
        Actor existing = TestSupport::makeActor(QStringLiteral("Alpha"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        existing.phone = QStringLiteral("01");
        QVERIFY(m_actors->save(existing));
        const Actor before = *m_actors->load(existing.id);
        const QString path = write(QStringLiteral("undo.csv"), "nom,commune,courriel,telephone\nAlpha,Maubeuge,a@b.fr,02\nBeta,Anor,,\n");
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Overwrite);
        QVERIFY(run.applied);
        QCOMPARE(m_actors->count(), 2);
        QUndoStack stack;
        QSignalSpy reset(m_actors.get(), &ActorStore::actorsReset);
        stack.push(new ImportActorsCommand(m_actors.get(), run.batch));
        QCOMPARE(m_actors->count(), 2);
        QCOMPARE(stack.undoText(), QStringLiteral("import of 2 actor(s)"));
        stack.undo();
        QCOMPARE(m_actors->count(), 1);
        QVERIFY(m_actors->load(existing.id)->sameContent(before));
        QCOMPARE(ImportStore(m_db->connectionName()).batches().at(0).undone, true);
        QCOMPARE(reset.count(), 1);
        stack.redo();
        QCOMPARE(m_actors->count(), 2);
        QCOMPARE(m_actors->load(existing.id)->email, QStringLiteral("a@b.fr"));
        QCOMPARE(m_actors->load(run.batch.created.at(0).id)->name, QStringLiteral("Beta"));
        stack.undo();
        QCOMPARE(m_actors->count(), 1);
    }

    void undoRemovesTheSectorsItCreatedAndRedoBringsThemBack()
    {
        const QString path = write(QStringLiteral("sector.csv"), "nom;secteur;commune\nAlpha;B\xE2timent;Anor\nBeta;batiment;Anor\n");
        ImportMapping mapping = ImportMapping::guess({QStringLiteral("nom"), QStringLiteral("secteur"), QStringLiteral("commune")});
        mapping.setValueChoice(QStringLiteral("sector"), QStringLiteral("Bâtiment"), {ImportMapping::ValueChoice::Kind::CreateNew, {}});
        ImportSource::Options options;
        options.mappings.insert(path, mapping);
        SectorStore sectors(m_db->connectionName());
        const int sectorsBefore = int(sectors.all().size());
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip, true, options);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.batch.createdSectors.size(), 1);
        const qint64 building = run.batch.createdSectors.first().id;
        QCOMPARE(sectors.sector(building).name, QStringLiteral("Bâtiment"));
        QCOMPARE(sectors.actorCount(building), 2);

        QUndoStack stack;
        stack.push(new ImportActorsCommand(m_actors.get(), run.batch));
        stack.undo();
        QCOMPARE(m_actors->count(), 0);
        QCOMPARE(int(sectors.all().size()), sectorsBefore);
        QCOMPARE(sectors.sector(building).id, qint64(0));
        stack.redo();
        QCOMPARE(m_actors->count(), 2);
        QCOMPARE(sectors.sector(building).name, QStringLiteral("Bâtiment"));
        QCOMPARE(sectors.actorCount(building), 2);
        QCOMPARE(m_actors->load(run.batch.created.at(0).id)->sectorId, building);
    }

    void cancelWritesNothing()
    {
        const QString path = write(QStringLiteral("cancel.csv"), "nom\nA\nB\nC\n");
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip, false);
        ActorImporter importer(m_actors.get());
        ActorImporter::Batch batch;
        QVERIFY(!importer.apply(run.plan, &batch, [](int done, int) { return done < 1; }));
        QVERIFY(importer.errorString().contains(QStringLiteral("cancelled")));
        QCOMPARE(m_actors->count(), 0);
        QCOMPARE(ImportStore(m_db->connectionName()).batches().size(), 0);
    }

    void aLargeImportBuildsTheSameIndexesAfterItsRows()
    {
        // 6,000 new actors into an empty directory: the import drops the
        // actors' indexes and builds them after its rows. They come back with
        // the same definitions, after a cancel too, and hold every row.
        const QStringList indexes = actorIndexes();
        QVERIFY(indexes.size() >= 8);
        QByteArray csv = "nom;commune\n";
        for (int i = 1; i <= 6000; ++i)
            csv += "Atelier partagé n° " + QByteArray::number(i) + ";Maubeuge\n";
        const QString path = write(QStringLiteral("large.csv"), csv);
        Run run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip, false);
        QCOMPARE(run.plan.report.created, 6000);
        ActorImporter cancelled(m_actors.get());
        ActorImporter::Batch batch;
        // Its pages go once into the file, through the rollback journal; the
        // log comes back after it, cancelled or not.
        const auto journalMode = [this] {
            QSqlQuery q(m_db->connection());
            return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString();
        };
        QString during;
        QVERIFY(!cancelled.apply(run.plan, &batch, [&](int done, int) {
            during = journalMode();
            return done < 3000;
        }));
        QCOMPARE(during, QStringLiteral("delete"));
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        QCOMPARE(m_actors->count(), 0);
        QCOMPARE(actorIndexes(), indexes);

        run = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(m_actors->count(), 6000);
        QCOMPARE(actorIndexes(), indexes);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM actors INDEXED BY actors_name_key WHERE name_key = 'atelier partage n° 4321'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM actor_search WHERE actor_search MATCH 'atelier'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 6000);
        // The same file again: duplicate detection finds every row.
        const Run again = import({path}, ImportSource::Format::Csv, ActorImporter::DuplicateMode::Skip);
        QCOMPARE(again.plan.report.created, 0);
        QCOMPARE(again.plan.report.skipped, 6000);
    }

    // --- SIRENE ----------------------------------------------------------

    void sireneUnitsOfTheTerritory()
    {
        // Establishments first: the order of the two files does not matter.
        Run run = import({data("sirene_sambre_StockEtablissement_2024.csv"), data("sirene_sambre_StockUniteLegale_2024.csv")},
                         ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 6);
        QCOMPARE(run.plan.report.rejected(), 0);
        QCOMPARE(run.plan.report.notes.value(0),
                 QStringLiteral("8 unit(s) in the file, 1 with a head office outside the territory, 1 in the territory but outside the ESS."));
        const Actor jardins = actorBySiren(QStringLiteral("770000016"));
        QCOMPARE(jardins.name, QStringLiteral("Les Jardins de la Sambre"));
        QCOMPARE(jardins.acronym, QStringLiteral("JDS"));
        QCOMPARE(jardins.family, QStringLiteral("association"));
        QCOMPARE(jardins.siret, QStringLiteral("77000001600012"));
        QCOMPARE(jardins.address, QStringLiteral("12 RUE DE LA GARE"));
        QCOMPARE(jardins.postcode, QStringLiteral("59600"));
        QCOMPARE(jardins.communeInsee, QStringLiteral("59392"));
        QCOMPARE(jardins.communeName, QStringLiteral("Maubeuge"));
        QCOMPARE(jardins.creationYear, 2001);
        QCOMPARE(jardins.employer, true);
        // The band is an estimate kept on the actor, never a declared headcount.
        QCOMPARE(jardins.figures.size(), 0);
        ObservatoryStore bands(m_db->connectionName());
        QCOMPARE(bands.headcountBand(jardins.id), QStringLiteral("12")); // 20 to 49
        QCOMPARE(bands.headcountBand(actorBySiren(QStringLiteral("770000040")).id), QStringLiteral("NN"));
        // The register alone opens the observatory for the band's year, in estimates.
        ObservatoryEngine engine(m_db->connectionName());
        QCOMPARE(engine.years(), QList<int>{2022});
        QCOMPARE(engine.latestYear(), 2022); // the default year, without a declared figure
        ObservatoryFilter filter;
        filter.year = 2022;
        const ObservatoryStats stats = engine.compute(filter);
        QCOMPARE(stats.totals.jobs, 0);
        QCOMPARE(stats.totals.estimatedActors, 6);
        QCOMPARE(stats.totals.jobsEstimated, 120.5); // the bands' midpoints: 34.5 + 7.5 + 74.5 + 4 + 0 + 0
        QCOMPARE(actorBySiren(QStringLiteral("770000024")).family, QStringLiteral("cooperative"));
        QCOMPARE(actorBySiren(QStringLiteral("770000032")).family, QStringLiteral("mutuelle"));
        QCOMPARE(actorBySiren(QStringLiteral("770000040")).family, QStringLiteral("fondation"));
        QCOMPARE(actorBySiren(QStringLiteral("770000040")).employer, false); // band NN
        QCOMPARE(actorBySiren(QStringLiteral("770000057")).family, QStringLiteral("societe_commerciale"));
        QCOMPARE(actorBySiren(QStringLiteral("770000065")).id, qint64(0)); // SARL outside the ESS
        QCOMPARE(actorBySiren(QStringLiteral("770000081")).id, qint64(0)); // head office in Lille
        const Actor closed = actorBySiren(QStringLiteral("770000073"));
        QCOMPARE(closed.archived, true);
        QCOMPARE(archivedOn(closed.id), QStringLiteral("2023-06-30")); // the day INSEE closed it, not the import's

        ImportStore store(m_db->connectionName());
        const auto entries = store.registerEntries(QStringLiteral("sirene"));
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries.value(QStringLiteral("770000016")).familyReason, QStringLiteral("9220 Association déclarée -> association"));
        QCOMPARE(entries.value(QStringLiteral("770000057")).familyReason,
                 QStringLiteral("flag O, legal category 5710 -> commercial ESS company"));
        QCOMPARE(entries.value(QStringLiteral("770000016")).headcountBand, QStringLiteral("12"));
        QCOMPARE(entries.value(QStringLiteral("770000016")).actorId, jardins.id);
        QCOMPARE(entries.value(QStringLiteral("770000073")).closed, true);
        QCOMPARE(entries.value(QStringLiteral("770000073")).closedOn, QStringLiteral("2023-06-30"));
    }

    void sireneNewerFileShowsChanges()
    {
        QVERIFY(import({data("sirene_sambre_StockUniteLegale_2024.csv"), data("sirene_sambre_StockEtablissement_2024.csv")},
                       ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip).applied);
        Run run = import({data("sirene_sambre_StockUniteLegale_2025.csv"), data("sirene_sambre_StockEtablissement_2025.csv")},
                         ImportSource::Format::Sirene, ActorImporter::DuplicateMode::UpdateEmpty);
        QVERIFY2(run.applied, qPrintable(run.error));
        QStringList changes;
        for (const RegisterChange &c : run.plan.report.changes)
            changes << ImportReport::describe(c);
        QCOMPARE(changes, (QStringList{
                              QStringLiteral("name changed: Les Jardins de la Sambre -> Les Jardins de la Sambre et de l'Helpe (770000016)"),
                              QStringLiteral("headcount band changed: Scop Bâtisseurs Avesnois: 03 -> 11"),
                              QStringLiteral("closed: Mutuelle de l'Avesnois (770000032)"),
                              QStringLiteral("address changed: Recyclerie Solidaire SAS: 30 RUE DE MONS 59600 Maubeuge -> 32 RUE DE MONS 59600 Maubeuge"),
                              QStringLiteral("new: Nouvelle Coopérative d'Anor (770000099)")}));
        QCOMPARE(run.plan.report.created, 1);
        QCOMPARE(run.plan.report.updated, 2);
        const qint64 mutuelle = actorBySiren(QStringLiteral("770000032")).id;
        QCOMPARE(actorBySiren(QStringLiteral("770000032")).archived, true);
        QCOMPARE(archivedOn(mutuelle), QStringLiteral("2023-06-30"));
        const Actor scop = actorBySiren(QStringLiteral("770000024"));
        QCOMPARE(scop.figures.size(), 0);
        ObservatoryStore store(m_db->connectionName());
        QCOMPARE(store.headcountBand(scop.id), QStringLiteral("11"));
        // Undone, the import gives the actor back its band of 2024; redone, 2025's.
        ActorImporter importer(m_actors.get());
        QVERIFY(importer.revert(run.batch));
        QCOMPARE(store.headcountBand(scop.id), QStringLiteral("03"));
        QCOMPARE(archivedOn(mutuelle), QString(""));
        QVERIFY(importer.reapply(run.batch));
        QCOMPARE(store.headcountBand(scop.id), QStringLiteral("11"));
        QCOMPARE(archivedOn(mutuelle), QStringLiteral("2023-06-30"));
    }

    void sireneBandChosenByHandStays()
    {
        QVERIFY(import({data("sirene_sambre_StockUniteLegale_2024.csv"), data("sirene_sambre_StockEtablissement_2024.csv")},
                       ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip).applied);
        const qint64 scop = actorBySiren(QStringLiteral("770000024")).id;
        ObservatoryStore store(m_db->connectionName());
        QVERIFY(store.setHeadcountBand(scop, QStringLiteral("02")));
        QVERIFY(import({data("sirene_sambre_StockUniteLegale_2025.csv"), data("sirene_sambre_StockEtablissement_2025.csv")},
                       ImportSource::Format::Sirene, ActorImporter::DuplicateMode::UpdateEmpty).applied);
        QCOMPARE(store.headcountBand(scop), QStringLiteral("02"));
        QVERIFY(import({data("sirene_sambre_StockUniteLegale_2025.csv"), data("sirene_sambre_StockEtablissement_2025.csv")},
                       ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Overwrite).applied);
        QCOMPARE(store.headcountBand(scop), QStringLiteral("11"));
    }

    void sireneEstablishmentsWithTheirUnitInOneFile()
    {
        // INSEE's extraction of establishments with their unit's variables:
        // one file; each unit is read once, from its head office's row.
        const QString path = write(QStringLiteral("extraction.csv"),
                                   QStringLiteral("siren,nic,siret,etablissementSiege,codeCommuneEtablissement,codePostalEtablissement,"
                                                  "libelleVoieEtablissement,etatAdministratifEtablissement,denominationUniteLegale,"
                                                  "categorieJuridiqueUniteLegale,trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,"
                                                  "etatAdministratifUniteLegale\n"
                                                  "770000016,00020,77000001600020,false,59392,59600,RUE DE MONS,A,Les Jardins de la Sambre,9220,12,2022,A\n"
                                                  "770000016,00012,77000001600012,true,59392,59600,RUE DE LA GARE,A,Les Jardins de la Sambre,9220,12,2022,A\n"
                                                  "770000081,00016,77000008100016,true,59350,59000,RUE DE LILLE,A,Association Lilloise,9220,01,2022,A\n")
                                       .toUtf8());
        Run run = import({path}, ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 1);
        QCOMPARE(run.plan.report.notes.value(0),
                 QStringLiteral("2 unit(s) in the file, 1 with a head office outside the territory, 0 in the territory but outside the ESS."));
        const Actor jardins = actorBySiren(QStringLiteral("770000016"));
        QCOMPARE(jardins.siret, QStringLiteral("77000001600012"));
        QCOMPARE(jardins.address, QStringLiteral("RUE DE LA GARE"));
        QCOMPARE(ObservatoryStore(m_db->connectionName()).headcountBand(jardins.id), QStringLiteral("12"));
    }

    void sireneFileSavedAgainByExcel()
    {
        // French Excel writes VRAI for true, drops the band's leading zero,
        // and separates with semicolons in Windows-1252.
        const QString units = write(QStringLiteral("ul.csv"),
                                    QStringLiteral("siren;dateCreationUniteLegale;trancheEffectifsUniteLegale;anneeEffectifsUniteLegale;"
                                                   "etatAdministratifUniteLegale;denominationUniteLegale;categorieJuridiqueUniteLegale;"
                                                   "economieSocialeSolidaireUniteLegale\r\n"
                                                   "770000016;15/03/2001;3;2022;A;Régie des Quartiers;9220;O\r\n")
                                        .toLatin1());
        const QString places = write(QStringLiteral("etab.csv"),
                                     QStringLiteral("siren;siret;etablissementSiege;codeCommuneEtablissement;codePostalEtablissement;"
                                                    "libelleVoieEtablissement;etatAdministratifEtablissement\r\n"
                                                    "770000016;77000001600012;VRAI;59392;59600;RUE DE LA GARE;A\r\n")
                                         .toLatin1());
        Run run = import({units, places}, ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 1);
        const Actor regie = actorBySiren(QStringLiteral("770000016"));
        QCOMPARE(regie.name, QStringLiteral("Régie des Quartiers"));
        QCOMPARE(regie.communeName, QStringLiteral("Maubeuge"));
        QCOMPARE(regie.creationYear, 2001);
        QCOMPARE(ObservatoryStore(m_db->connectionName()).headcountBand(regie.id), QStringLiteral("03"));
    }

    void sireneSharedTestFiles()
    {
        Run run = import({data("osf_sireneULTestData_synthetic_malformed.csv"), data("osf_sireneTestData_StockEtablissement_geo_synthetic.csv")},
                         ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 0);
        QCOMPARE(run.plan.report.notes.value(0),
                 QStringLiteral("4 unit(s) in the file, 4 with a head office outside the territory, 0 in the territory but outside the ESS."));
        run = import({data("osf_sireneULTestData_synthetic_malformed.csv")}, ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip);
        QVERIFY(!run.read);
        QVERIFY(run.error.contains(QStringLiteral("two files together")));
        run = import({data("osf_sireneULTestData_synthetic_malformed.csv"), data("etalab_rna_sample_import.csv")},
                     ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip);
        QVERIFY(!run.read);
        QVERIFY(run.error.contains(QStringLiteral("neither a SIRENE")));
    }

    void classification_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("reason");
        QTest::newRow("association") << "9220" << "" << "association" << "9220 Association déclarée -> association";
        QTest::newRow("association d'insertion") << "9221" << "O" << "association"
                                                 << "9221 Association déclarée d'insertion par l'économique -> association";
        QTest::newRow("SCOP") << "5458" << "O" << "cooperative" << "5458 SARL coopérative de production (SCOP) -> cooperative";
        QTest::newRow("CUMA") << "6316" << "" << "cooperative"
                              << "6316 Coopérative d'utilisation de matériel agricole en commun (CUMA) -> cooperative";
        QTest::newRow("mutuelle") << "8210" << "" << "mutuelle" << "8210 Mutuelle -> mutual society";
        QTest::newRow("assurance mutuelle") << "6411" << "N" << "mutuelle"
                                            << "6411 Société d'assurance à forme mutuelle -> mutual society";
        QTest::newRow("fondation") << "9300" << "" << "fondation" << "9300 Fondation -> foundation";
        QTest::newRow("SAS with the ESS flag") << "5710" << "O" << "societe_commerciale"
                                               << "flag O, legal category 5710 -> commercial ESS company";
        QTest::newRow("SAS without") << "5710" << "N" << "hors_champ"
                                     << "legal category 5710 SAS, société par actions simplifiée, flag N -> outside the ESS";
        QTest::newRow("SARL, empty flag") << "5499" << "" << "hors_champ"
                                          << "legal category 5499 Société à responsabilité limitée (sans autre indication), flag empty -> outside the ESS";
    }

    void classification()
    {
        QFETCH(QString, category);
        QFETCH(QString, flag);
        QFETCH(QString, family);
        QFETCH(QString, reason);
        const ImportContext context = ImportStore(m_db->connectionName()).context();
        const EssClassifier::Result r = EssClassifier::classify(context, QStringLiteral("770000016"), category, flag);
        QCOMPARE(r.family, family);
        QCOMPARE(r.reason, reason);
    }

    void manualOverrideWins()
    {
        ImportStore store(m_db->connectionName());
        QVERIFY(store.setFamilyOverride(QStringLiteral("770000065"), QStringLiteral("cooperative"), QStringLiteral("SCIC sous forme de SARL")));
        const ImportContext context = store.context();
        const EssClassifier::Result r = EssClassifier::classify(context, QStringLiteral("770000065"), QStringLiteral("5499"), QStringLiteral("N"));
        QCOMPARE(r.family, QStringLiteral("cooperative"));
        QCOMPARE(r.reason, QStringLiteral("manual choice (SCIC sous forme de SARL) -> cooperative"));
        Run run = import({data("sirene_sambre_StockUniteLegale_2024.csv"), data("sirene_sambre_StockEtablissement_2024.csv")},
                         ImportSource::Format::Sirene, ActorImporter::DuplicateMode::Skip);
        QCOMPARE(run.plan.report.created, 7);
        QCOMPARE(actorBySiren(QStringLiteral("770000065")).family, QStringLiteral("cooperative"));
    }

    // --- RNA -------------------------------------------------------------

    void rnaWaldec()
    {
        ImportSource::Options options;
        options.keepOutsideTerritory = true;
        Run run = import({data("etalab_rna_sample_waldec.csv")}, ImportSource::Format::Rna, ActorImporter::DuplicateMode::Skip, true, options);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 3);
        const Actor owl = *m_actors->load(run.batch.created.at(0).id);
        QCOMPARE(owl.name, QStringLiteral("BLACK OWL"));
        QCOMPARE(owl.rna, QStringLiteral("W632007046"));
        QCOMPARE(owl.family, QStringLiteral("association"));
        QCOMPARE(owl.legalCategory, QStringLiteral("9220"));
        QCOMPARE(owl.address, QStringLiteral("35 RUE Pascal"));
        QCOMPARE(owl.postcode, QStringLiteral("63000"));
        QCOMPARE(owl.communeName, QStringLiteral("Clermont-Ferrand"));
        // Outside the territory, yet a commune of France: it keeps its INSEE code.
        QCOMPARE(owl.communeInsee, QStringLiteral("63113"));
        QCOMPARE(owl.phone, QStringLiteral("0676561853"));
        QCOMPARE(owl.creationYear, 2014);
        QCOMPARE(owl.archived, true); // dissolved on 2015-01-20
        QCOMPARE(archivedOn(owl.id), QStringLiteral("2015-01-20"));
        QVERIFY(owl.description.startsWith(QStringLiteral("promouvoir la scne indpendante musicale \"psychdlique\"")));
        const auto entries = ImportStore(m_db->connectionName()).registerEntries(QStringLiteral("rna"));
        QCOMPARE(entries.value(QStringLiteral("W632007046")).closedOn, QStringLiteral("2015-01-20"));
        QCOMPARE(entries.value(QStringLiteral("W632007046")).createdOn, QStringLiteral("2014-06-17"));
        const Actor ariadne = *m_actors->load(run.batch.created.at(1).id);
        QCOMPARE(ariadne.rna, QStringLiteral("W012000002"));
        QCOMPARE(ariadne.address, QStringLiteral("31 RUE Paul Lafargue"));
        QCOMPARE(ariadne.archived, false);
        QCOMPARE(ariadne.creationYear, 1983);
    }

    void rnaWaldecPlaceholdersAndDissolutions()
    {
        // Real rows of rna_waldec (Mayotte, 2024): "_" for an empty part and
        // between the post-office box and the locality of adrs_distrib.
        ImportSource::Options options;
        options.keepOutsideTerritory = true;
        Run run = import({data("rna_waldec_976_mayotte.csv")}, ImportSource::Format::Rna, ActorImporter::DuplicateMode::Skip, true, options);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 4);
        QStringList addresses;
        QStringList archived;
        for (const Actor &created : run.batch.created) {
            const Actor a = *m_actors->load(created.id);
            addresses << a.address;
            archived << (a.archived ? archivedOn(a.id) : QStringLiteral("-"));
        }
        QCOMPARE(addresses, (QStringList{QStringLiteral("Hamjago 16 Dallage Iliassa, quartier Magoujou"),
                                         QStringLiteral("Jardins des épices - Immeuble le Cannelier Tsoundzou 2"),
                                         QStringLiteral("Immeuble douka RUE du stade B.P. 1328"),
                                         QStringLiteral("place Zakia MADI Ouangani")}));
        QCOMPARE(archived, (QStringList{QStringLiteral("-"), QStringLiteral("2020-09-30"), QStringLiteral("-"), QStringLiteral("2024-05-15")}));
    }

    void rnaForcedEncoding()
    {
        // --encoding reaches the register readers too: this UTF-8 file read
        // as Windows-1252 shows its é as Ã©, as asked.
        ImportSource::Options options;
        options.keepOutsideTerritory = true;
        options.encoding = TextDecoder::Encoding::Windows1252;
        Run run = import({data("rna_waldec_976_mayotte.csv")}, ImportSource::Format::Rna, ActorImporter::DuplicateMode::Skip, false, options);
        QVERIFY2(run.read, qPrintable(run.error));
        QCOMPARE(run.plan.records.at(1).actor.address, QStringLiteral("Jardins des Ã©pices - Immeuble le Cannelier Tsoundzou 2"));
    }

    void rnaImportLayout()
    {
        ImportSource::Options options;
        options.keepOutsideTerritory = true;
        Run run = import({data("etalab_rna_sample_import.csv")}, ImportSource::Format::Rna, ActorImporter::DuplicateMode::Skip, true, options);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 3);
        const Actor indigo = *m_actors->load(run.batch.created.at(0).id);
        QCOMPARE(indigo.name, QStringLiteral("INDIGO"));
        QCOMPARE(indigo.rna, QStringLiteral("W751085568"));
        QCOMPARE(indigo.address, QStringLiteral("10 BD Brune"));
        QCOMPARE(indigo.postcode, QStringLiteral("75014"));
        // An arrondissement of Paris lands in Paris, anywhere in France.
        QCOMPARE(indigo.communeName, QStringLiteral("Paris"));
        QCOMPARE(indigo.communeInsee, QStringLiteral("75056"));
        QCOMPARE(indigo.creationYear, 1988);
        QCOMPARE(indigo.description, QStringLiteral("dvpt et dmocratisation de la musique"));
    }

    void rnaTerritoryAndLostAccents()
    {
        Run run = import({data("etalab_reencode_test.csv")}, ImportSource::Format::Rna, ActorImporter::DuplicateMode::Skip);
        QVERIFY(run.applied);
        QCOMPARE(run.plan.report.created, 0);
        // The characters the file had already lost are told, as for a spreadsheet.
        QCOMPARE(run.plan.report.notes.size(), 2);
        QVERIFY2(run.plan.report.notes.at(0).contains(QStringLiteral("\uFFFD")), qPrintable(run.plan.report.notes.at(0)));
        QCOMPARE(run.plan.report.notes.at(1), QStringLiteral("8 association(s) outside the territory were left aside."));
        QCOMPARE(run.plan.report.rejected(), 1);
        QCOMPARE(run.plan.report.rejectedRows.at(0).line, 7);
        ImportSource::Options options;
        options.keepOutsideTerritory = true;
        run = import({data("etalab_reencode_test.csv")}, ImportSource::Format::Rna, ActorImporter::DuplicateMode::Skip, true, options);
        QCOMPARE(run.plan.report.created, 8);
        QCOMPARE(m_actors->load(run.batch.created.at(0).id)->description, QStringLiteral("dvpt et d\uFFFDmocratisation de la musique"));
    }

    void rnaWithoutTitle()
    {
        // Found by the fuzzer: an association without a title was kept
        // with an empty name. The short title stands in; without either the
        // line is refused with its number.
        QFile sample(data("etalab_rna_sample_waldec.csv"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray header = sample.readLine();
        const QList<QByteArray> columns = header.trimmed().split(';');
        auto line = [&columns](const QHash<QByteArray, QByteArray> &values) {
            QList<QByteArray> fields;
            for (const QByteArray &column : columns)
                fields << values.value(column);
            return fields.join(';') + '\n';
        };
        const QString path = write(QStringLiteral("rna_waldec_untitled.csv"),
                                   header
                                       + line({{"id", "W632007046"}, {"titre_court", "BLACK OWL"}, {"adrs_codeinsee", "63113"},
                                               {"adrs_codepostal", "63000"}, {"adrs_libcommune", "Clermont-Ferrand"}})
                                       + line({{"id", "W012000002"}, {"titre", "\"\""}, {"titre_court", "  "}, {"adrs_codeinsee", "69266"},
                                               {"adrs_codepostal", "69100"}, {"adrs_libcommune", "Villeurbanne"}}));
        ImportSource::Options options;
        options.keepOutsideTerritory = true;
        Run run = import({path}, ImportSource::Format::Rna, ActorImporter::DuplicateMode::Skip, true, options);
        QVERIFY2(run.applied, qPrintable(run.error));
        QCOMPARE(run.plan.report.created, 1);
        QCOMPARE(m_actors->load(run.batch.created.at(0).id)->name, QStringLiteral("BLACK OWL"));
        QCOMPARE(run.plan.report.rejected(), 1);
        QCOMPARE(run.plan.report.rejectedRows.at(0).line, 3);
        QCOMPARE(run.plan.report.rejectedRows.at(0).reason, QStringLiteral("The association W012000002 has no title on this line."));
    }

    // --- the command line ---------------------------------------------------

    void commandLine()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.essaim"));
        auto run = [this](const QStringList &arguments, QString *out, QString *err) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_dir.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
            env.remove(QStringLiteral("DISPLAY"));
            process.setProcessEnvironment(env);
            const QStringList language = arguments.contains(QStringLiteral("--lang")) ? QStringList()
                                                                                         : QStringList{QStringLiteral("--lang"), QStringLiteral("en")};
            process.start(QStringLiteral(ESSAIM_EXECUTABLE), language + arguments);
            process.waitForFinished(120000);
            *out = QString::fromUtf8(process.readAllStandardOutput());
            *err = QString::fromUtf8(process.readAllStandardError());
            return process.exitCode();
        };
        QString out, err;
        QCOMPARE(run({QStringLiteral("--help")}, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("import actors FILE...")));
        QVERIFY(out.contains(QStringLiteral("--on-duplicate")));
        const QString csv = write(QStringLiteral("cli.csv"), "nom;commune;courriel;siret\nAlpha;Anor;a@b.fr;\nBeta;Maubeuge;b@c.fr;12345678901234\n");
        // Dry run: the counts, nothing written.
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), csv, QStringLiteral("--dry-run")}, &out, &err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("Dry run, nothing was written: 1 created, 0 updated, 0 skipped, 1 rejected, 0 imported with warnings.\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("rejected: line 3 of cli.csv: The SIREN “123456789” is not valid")), qPrintable(out));
        {
            Database check;
            QVERIFY(check.open(db));
            QCOMPARE(ActorStore(check.connectionName()).count(), 0);
        }
        const QString report = m_dir.filePath(QStringLiteral("rejets.csv"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), csv, QStringLiteral("--report"), report}, &out, &err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("1 created, 0 updated, 0 skipped, 1 rejected, 0 imported with warnings.\n")), qPrintable(out));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray reportBytes = file.readAll();
        QVERIFY(reportBytes.startsWith("\xEF\xBB\xBF" "fichier;ligne;kind;motif\r\n"));
        const QString reportText = QString::fromUtf8(reportBytes);
        QVERIFY(reportText.contains(QStringLiteral(";3;rejected;")));
        // Again, overwriting duplicates: the row is a duplicate holding nothing
        // new, so it is skipped, not updated.
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), csv, QStringLiteral("--on-duplicate"),
                      QStringLiteral("overwrite")}, &out, &err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("0 created, 0 updated, 1 skipped, 1 rejected, 0 imported with warnings.\n")), qPrintable(out));
        // SIRENE, format guessed from the columns.
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), data("sirene_sambre_StockUniteLegale_2024.csv"),
                      data("sirene_sambre_StockEtablissement_2024.csv")}, &out, &err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("6 created, 0 updated, 0 skipped, 0 rejected, 0 imported with warnings.\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("family: Recyclerie Solidaire SAS (770000057): flag O, legal category 5710 -> commercial ESS company\n")), qPrintable(out));
        // The newer SIRENE files: what changed, and the closure reaches the actor.
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), data("sirene_sambre_StockUniteLegale_2025.csv"),
                      data("sirene_sambre_StockEtablissement_2025.csv")}, &out, &err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("1 created, 2 updated, 4 skipped, 0 rejected, 0 imported with warnings.\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("closed: Mutuelle de l'Avesnois (770000032)\n")), qPrintable(out));
        // A partner's spreadsheet in French: nothing lost, the sector kept in the notes.
        const QString warnings = m_dir.filePath(QStringLiteral("avertissements.csv"));
        QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"),
                      data("partenaires_excel_windows1252.csv"), QStringLiteral("--report"), warnings}, &out, &err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("7 créés, 0 mis à jour, 0 ignoré, 1 rejeté, 4 importés avec avertissements.\n")), qPrintable(out));
        {
            QFile reportFile(warnings);
            QVERIFY(reportFile.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(reportFile.readAll());
            QVERIFY2(text.contains(QStringLiteral(";6;rejected;")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral(";4;warning;\"Colonne «\u00A0Secteur\u00A0»\u00A0: le secteur «\u00A0Bâtiment\u00A0» n'existe pas dans l'annuaire.")), qPrintable(text));
            Database check;
            QVERIFY(check.open(db));
            QSqlQuery q(check.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT notes FROM actors WHERE name = 'Bâtiment Solidaire Sambre (SCIC)'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Secteur d'origine\u00A0: Bâtiment"));
        }
        // A file that cannot be read: nothing imported, one line, status 1.
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), csv, m_dir.filePath(QStringLiteral("absent.csv"))}, &out, &err), 1);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY(err.contains(QStringLiteral("Nothing was imported.")));
        QVERIFY(out.isEmpty());
        // Usage errors: status 2.
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("merge")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), csv, QStringLiteral("--format"), QStringLiteral("xls")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), csv, QStringLiteral("--mapping"), QStringLiteral("inconnu")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors")}, &out, &err), 2);
        Database check;
        QVERIFY(check.open(db));
        QCOMPARE(ActorStore(check.connectionName()).count(), 15);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
