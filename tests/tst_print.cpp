#include "actorstore.h"
#include "database.h"
#include "demodatabuilder.h"
#include "documentoutput.h"
#include "guidedocument.h"
#include "printsourcestore.h"
#include "printstyle.h"
#include "publicationstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

/// The printed documents built from the demo database, read back from the
/// PDF as a reader (and pdftotext) sees them.
class TestPrint : public QObject
{
    Q_OBJECT

public:
    static QString pdfText(const QString &path, int first = 0, int last = 0, bool layout = false)
    {
        QStringList args;
        if (layout)
            args << QStringLiteral("-layout");
        if (first > 0)
            args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last > 0 ? last : first);
        args << path << QStringLiteral("-");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static int pdfPages(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {path});
        p.waitForFinished(60000);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

private:
    /// ESSAIM_PRINT_OUT keeps the PDFs somewhere to look at them.
    QString output(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ESSAIM_PRINT_OUT", m_dir.path());
        return QDir(dir).filePath(name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_escapedId = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("demo.essaim"))));
        DemoDataBuilder demo(m_db->connectionName());
        QVERIFY2(demo.build(), qPrintable(demo.errorString()));

        // Markup in a name prints as typed; a contact without consent never prints.
        ActorStore actors(m_db->connectionName());
        Actor escaped = TestSupport::makeActor(QStringLiteral("<b>Café & Cie</b>"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        escaped.postcode = QStringLiteral("59600");
        escaped.address = QStringLiteral("3 rue des <Lilas>");
        escaped.publicationConsent = true;
        escaped.description = QStringLiteral("Torréfaction & partage <i>solidaire</i>.");
        Contact yes;
        yes.firstName = QStringLiteral("Zoé");
        yes.lastName = QStringLiteral("Consentante");
        yes.consentGuide = true;
        Contact no;
        no.firstName = QStringLiteral("Octave");
        no.lastName = QStringLiteral("Réticent");
        no.consentGuide = false;
        escaped.contacts << yes << no;
        QVERIFY2(actors.save(escaped), qPrintable(actors.errorString()));
        m_escapedId = escaped.id;
        Actor hidden = TestSupport::makeActor(QStringLiteral("Structure Discrète Sans Accord"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        hidden.publicationConsent = false;
        QVERIFY(actors.save(hidden));
    }

    void guide_data()
    {
        QTest::addColumn<int>("groupBy");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("sector A4") << int(GuideDocument::GroupBy::Sector) << int(QPageSize::A4);
        QTest::newRow("commune A4") << int(GuideDocument::GroupBy::Commune) << int(QPageSize::A4);
        QTest::newRow("sector A5") << int(GuideDocument::GroupBy::Sector) << int(QPageSize::A5);
    }

    void guide()
    {
        QFETCH(int, groupBy);
        QFETCH(int, pageSize);
        const QList<GuideEntry> entries = PrintSourceStore(m_db->connectionName()).guideEntries();
        PrintStyle style(PublicationStore(m_db->connectionName()).identity());
        GuideDocument guide(entries, GuideDocument::GroupBy(groupBy), style, QDate(2026, 11, 23));
        QPageLayout layout(QPageSize(QPageSize::PageSizeId(pageSize)), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        const QString path = output(QStringLiteral("guide-%1.pdf").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QString error;
        const int pages = DocumentOutput::writePdf(guide, layout, path, &error);
        QVERIFY2(pages > 3, qPrintable(error));
        QCOMPARE(pdfPages(path), pages);
        QCOMPARE(guide.pageCount(), pages);

        const QString all = pdfText(path);
        QVERIFY(all.contains(guide.title()));
        QVERIFY(all.contains(QStringLiteral("<b>Café & Cie</b>")));
        QVERIFY(all.contains(QStringLiteral("3 rue des <Lilas>")));
        QVERIFY(all.contains(QStringLiteral("Torréfaction & partage <i>solidaire</i>.")));
        QVERIFY(all.contains(QStringLiteral("Zoé Consentante")));
        QVERIFY(!all.contains(QStringLiteral("Réticent")));
        QVERIFY(!all.contains(QStringLiteral("Structure Discrète")));
        QVERIFY(all.contains(QStringLiteral("Épicerie Solidaire Le Panier Hautmontois")));
        QVERIFY(all.contains(QStringLiteral("page 2 / %1").arg(pages)));

        // Every actor's entry is on the page the index gives.
        const QString index = pdfText(path, guide.indexFirstPage(), pages, true);
        for (const GuideEntry &e : entries) {
            const int page = guide.pageOfActor(e.id);
            QVERIFY2(page > 2 && page < guide.indexFirstPage(), qPrintable(e.name));
            if (e.name.size() > 40)
                continue; // wraps in the index column
            const QRegularExpression line(QRegularExpression::escape(e.name) + QStringLiteral("\\s+(\\d+)(\\s|$)"));
            const QRegularExpressionMatch m = line.match(index);
            QVERIFY2(m.hasMatch(), qPrintable(e.name));
            QCOMPARE(m.captured(1).toInt(), page);
        }
        const int escapedPage = guide.pageOfActor(m_escapedId);
        QVERIFY(pdfText(path, escapedPage).contains(QStringLiteral("<b>Café & Cie</b>")));
        const GuideEntry &epicerie = *std::find_if(entries.begin(), entries.end(), [](const GuideEntry &e) {
            return e.name == QStringLiteral("Épicerie Solidaire Le Panier Hautmontois");
        });
        QVERIFY(pdfText(path, guide.pageOfActor(epicerie.id)).contains(epicerie.name));

        // The contents give each group's first page.
        const QString contents = pdfText(path, 2, 1 + guide.contentsPageCount(), true);
        for (const auto &line : guide.contents()) {
            const QRegularExpression re(QRegularExpression::escape(line.first) + QStringLiteral("\\s+(\\d+)"));
            const QRegularExpressionMatch m = re.match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(line.first));
            QCOMPARE(m.captured(1).toInt(), line.second);
            QVERIFY2(pdfText(path, line.second).contains(line.first), qPrintable(line.first));
        }
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
