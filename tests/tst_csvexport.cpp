#include "models/interchange/actorcsvexporter.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

/// CSV export of the directory: compared byte for byte with a file written
/// by hand, and read back by an independent reader (Python's csv module).
class TestCsvExport : public QObject
{
    Q_OBJECT

    /// The rows Python's csv module reads in @p path.
    static QList<QStringList> pythonRows(const QString &path, const QString &delimiter)
    {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"), QStringLiteral("import csv, json, sys\n"
                                                          "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                                          "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))"),
                      path, delimiter});
        if (!python.waitForFinished(30000) || python.exitCode() != 0)
            return {};
        QList<QStringList> rows;
        for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array())
            rows << row.toVariant().toStringList();
        return rows;
    }
    static QByteArray expected(const char *name)
    {
        QFile file(QStringLiteral(ESSAIM_TEST_DATA "/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::pinClock(); // the file compared byte for byte holds no date of today
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("csv.essaim"))));
        ActorStore store(m_db.connectionName());
        Actor a = TestSupport::makeActor(QStringLiteral("Les Jardins d'Étrœungt; \"bio\" & solidaires"), QStringLiteral("59218"), QStringLiteral("Étrœungt"));
        a.acronym = QStringLiteral("JEBS");
        a.family = QStringLiteral("association");
        a.legalCategory = QStringLiteral("9220");
        a.postcode = QStringLiteral("59219");
        a.description = QStringLiteral("Maraîchage d'insertion,\nsur deux lignes");
        a.competencies << QStringLiteral("maraîchage") << QStringLiteral("accueil de publics");
        a.employer = true;
        a.charterSignedOn = QDate(2012, 12, 31);
        a.figures << YearFigures{2019, 10, 8.5, 25, 120, 42000000} << YearFigures{2020, 12, 9.75, 30, 130, std::nullopt};
        Actor b = TestSupport::makeActor(QStringLiteral("Coopérative Énergie Sambre"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        b.family = QStringLiteral("cooperative");
        QList<Actor> actors{a, b};
        QVERIFY(store.saveAll(actors));
    }

    void excelFlavourKeepsAccents()
    {
        const QString path = m_dir.filePath(QStringLiteral("excel.csv"));
        ActorCsvExporter exporter(m_db.connectionName());
        QVERIFY2(exporter.exportTo(path, exporter.activeIdsByName(), CsvWriter::Flavour::ExcelFrench), qPrintable(exporter.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, expected("actors_export_excel.csv"));
        const QList<QStringList> rows = pythonRows(path, QStringLiteral(";"));
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        QCOMPARE(header.mid(0, 6), (QStringList{QStringLiteral("nom"), QStringLiteral("sigle"), QStringLiteral("famille"),
                                                QStringLiteral("categorie_juridique"), QStringLiteral("libelle_categorie_juridique"),
                                                QStringLiteral("statut")}));
        auto field = [&](int row, const char *name) { return rows.at(row).at(header.indexOf(QString::fromLatin1(name))); };
        QCOMPARE(field(1, "nom"), QStringLiteral("Coopérative Énergie Sambre"));
        QCOMPARE(field(1, "famille"), QStringLiteral("Cooperative"));
        QCOMPARE(field(1, "epci"), QStringLiteral("CA Maubeuge Val de Sambre"));
        QCOMPARE(field(2, "nom"), QStringLiteral("Les Jardins d'Étrœungt; \"bio\" & solidaires"));
        QCOMPARE(field(2, "commune"), QStringLiteral("Étrœungt"));
        QCOMPARE(field(2, "libelle_categorie_juridique"), QStringLiteral("Association déclarée"));
        QCOMPARE(field(2, "competences"), QStringLiteral("maraîchage, accueil de publics"));
        QCOMPARE(field(2, "charte_signee_le"), QStringLiteral("31/12/2012"));
        QCOMPARE(field(2, "employeur"), QStringLiteral("oui"));
        QCOMPARE(field(2, "annee_effectif"), QStringLiteral("2020"));
        QCOMPARE(field(2, "etp"), QStringLiteral("9,75"));
        QCOMPARE(rows.at(2).size(), header.size());
    }

    void rfcFlavourIsPlain()
    {
        const QString path = m_dir.filePath(QStringLiteral("rfc.csv"));
        ActorCsvExporter exporter(m_db.connectionName());
        QVERIFY(exporter.exportTo(path, exporter.activeIdsByName(), CsvWriter::Flavour::Rfc4180));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, expected("actors_export_rfc4180.csv"));
        const QList<QStringList> rows = pythonRows(path, QStringLiteral(","));
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        auto field = [&](int row, const char *name) { return rows.at(row).at(header.indexOf(QString::fromLatin1(name))); };
        QCOMPARE(field(2, "etp"), QStringLiteral("9.75"));
        QCOMPARE(field(2, "charte_signee_le"), QStringLiteral("2012-12-31"));
        QCOMPARE(field(2, "employeur"), QStringLiteral("1"));
    }

    void exportsWhatTheTableShowsInItsOrder()
    {
        ActorStore store(m_db.connectionName());
        ActorTableModel model(&store);
        model.sort(ActorTableModel::Name, Qt::DescendingOrder);
        ActorFilter filter;
        filter.text = QStringLiteral("jardins");
        model.setFilter(filter);
        ActorCsvExporter exporter(m_db.connectionName());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exporter.write(&buffer, model.allIdsInOrder(), CsvWriter::Flavour::ExcelFrench));
        const QString path = m_dir.filePath(QStringLiteral("table.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(buffer.data());
        file.close();
        const QList<QStringList> rows = pythonRows(path, QStringLiteral(";"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).first(), QStringLiteral("Les Jardins d'Étrœungt; \"bio\" & solidaires"));
    }

    void unwritablePlaceSaysSo()
    {
        ActorCsvExporter exporter(m_db.connectionName());
        QVERIFY(!exporter.exportTo(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")), exporter.activeIdsByName(),
                                   CsvWriter::Flavour::ExcelFrench));
        QVERIFY(exporter.errorString().contains(QStringLiteral("cannot be written")));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
