#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

/// The headless command line, run as the user runs it.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Result {
        int code = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        // No display at all: the commands must not need one.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ESSAIM_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;

private slots:
    void helpAndVersion()
    {
        Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--db")));
        QVERIFY(r.out.contains(QStringLiteral("export actors")));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("essaim " ESSAIM_VERSION));
    }

    void frenchOnRequest()
    {
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"),
                              m_dir.filePath(QStringLiteral("absent.essaim")), QStringLiteral("check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("n'existe pas")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void demoCheckExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.essaim"));
        Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("is sound: schema version %1").arg(Database::latestSchemaVersion())), qPrintable(r.out));

        // The demo goes into an empty database only.
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("demo")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already holds")));

        const QString csv = m_dir.filePath(QStringLiteral("actors.csv"));
        r = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFnom;"));
        QVERIFY(bytes.count('\n') >= 81);

        const QString rfc = m_dir.filePath(QStringLiteral("actors-rfc.csv"));
        r = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"),
                 QStringLiteral("csv-rfc"), QStringLiteral("-o"), rfc});
        QCOMPARE(r.code, 0);
        QFile rfcFile(rfc);
        QVERIFY(rfcFile.open(QIODevice::ReadOnly));
        QVERIFY(rfcFile.readAll().startsWith("nom,sigle,"));
    }

    void badUsageExitsNonZeroWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("export without -o") << QStringList{QStringLiteral("export"), QStringLiteral("actors")};
        QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("-o"), QStringLiteral("x")};
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check")};
    }

    void badUsageExitsNonZeroWithOneLine()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("usage.essaim"))} + arguments);
        QVERIFY(r.code != 0);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void printDocuments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("latest letter") << QStringList{QStringLiteral("letter")} << 2 << QStringLiteral("Une rentrée solidaire");
        QTest::newRow("letter 1") << QStringList{QStringLiteral("letter"), QStringLiteral("--issue"), QStringLiteral("1")} << 0
                                  << QStringLiteral("Le printemps de l'ESS");
        QTest::newRow("plaquette") << QStringList{QStringLiteral("plaquette")} << 2 << QStringLiteral("Sambre-Avesnois");
        QTest::newRow("guide by commune") << QStringList{QStringLiteral("guide"), QStringLiteral("--group-by"), QStringLiteral("commune")} << 0
                                          << QStringLiteral("Épicerie Solidaire Le Panier Hautmontois");
        QTest::newRow("labels 2x7") << QStringList{QStringLiteral("labels"), QStringLiteral("--sheet"), QStringLiteral("2x7"), QStringLiteral("--start"),
                                                   QStringLiteral("3")} << 0 << QStringLiteral("MAUBEUGE");
    }

    void printDocuments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, pages);
        QFETCH(QString, expected);
        const QString db = m_dir.filePath(QStringLiteral("print.essaim"));
        if (!QFile::exists(db))
            QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo")}).code, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        QFile::remove(pdf);
        const Result r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("print")}
                             + arguments + QStringList{QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("written")));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(expected), qPrintable(content.left(400)));
        if (pages > 0)
            QCOMPARE(content.count(QLatin1Char('\f')), pages);
    }

    void printSpeaksFrench()
    {
        const QString db = m_dir.filePath(QStringLiteral("print.essaim"));
        if (!QFile::exists(db))
            QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo")}).code, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("guide-fr.pdf"));
        Result r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), db, QStringLiteral("print"),
                        QStringLiteral("guide"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("écrit")), qPrintable(r.out));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected : {QStringLiteral("Guide des actrices et acteurs de l'ESS"), QStringLiteral("par secteur d'activité"),
                                        QStringLiteral("Sommaire"), QStringLiteral("Index alphabétique"), QStringLiteral("Accueille des stagiaires"),
                                        QStringLiteral("Compétences"), QStringLiteral("Action sociale"), QStringLiteral("Édition de ")})
            QVERIFY2(content.contains(expected), qPrintable(expected));
        r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("letter"),
                 QStringLiteral("--issue"), QStringLiteral("7"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("il n'y a pas de Lettre de l'ESS n° 7")), qPrintable(r.err));
    }

    void printRefusesWrongInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown issue") << QStringList{QStringLiteral("letter"), QStringLiteral("--issue"), QStringLiteral("99")} << 1;
        QTest::newRow("issue not a number") << QStringList{QStringLiteral("letter"), QStringLiteral("--issue"), QStringLiteral("douze")} << 2;
        QTest::newRow("unknown document") << QStringList{QStringLiteral("poster")} << 2;
        QTest::newRow("wrong grouping") << QStringList{QStringLiteral("guide"), QStringLiteral("--group-by"), QStringLiteral("family")} << 2;
        QTest::newRow("wrong sheet") << QStringList{QStringLiteral("labels"), QStringLiteral("--sheet"), QStringLiteral("4x8")} << 2;
        QTest::newRow("start past the sheet") << QStringList{QStringLiteral("labels"), QStringLiteral("--sheet"), QStringLiteral("2x7"),
                                                             QStringLiteral("--start"), QStringLiteral("15")} << 2;
    }

    void printRefusesWrongInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const QString db = m_dir.filePath(QStringLiteral("print.essaim"));
        if (!QFile::exists(db))
            QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo")}).code, 0);
        const Result r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("print")}
                             + arguments + QStringList{QStringLiteral("-o"), m_dir.filePath(QStringLiteral("refused.pdf"))});
        QCOMPARE(r.code, code);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
    }

    void printWithNobodyToLabel()
    {
        const QString db = m_dir.filePath(QStringLiteral("nobody.essaim"));
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("print"),
                              QStringLiteral("labels"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("nobody.pdf"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no label to print")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void neverWritesOverAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Liste des acteurs\n");
        f.close();
        const QByteArray before = TestSupport::fileHash(path);
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("demo")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("is not an Essaim database")));
        QCOMPARE(TestSupport::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
