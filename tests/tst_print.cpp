#include "models/demo/demodatabuilder.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/printsourcestore.h"
#include "models/stores/projectstore.h"
#include "models/stores/publicationstore.h"
#include "testsupport.h"
#include "views/print/accompanimentcharts.h"
#include "views/print/accompanimentreportdocument.h"
#include "views/print/attendancesheetdocument.h"
#include "views/print/bookletdocument.h"
#include "views/print/documentfactory.h"
#include "views/print/documentoutput.h"
#include "views/print/flowdocument.h"
#include "views/print/guidedocument.h"
#include "views/print/labelsheetdocument.h"
#include "views/print/letterbuilder.h"
#include "views/print/letterdocument.h"
#include "views/print/planreportdocument.h"
#include "views/print/plaquettedocument.h"
#include "views/print/posterdocument.h"
#include "views/print/printstyle.h"
#include "views/print/typography.h"

#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTemporaryDir>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QtTest>

#include <numeric>

/// The printed documents built from the demo database, read back from the
/// PDF as a reader (and pdftotext) sees them.
class TestPrint : public QObject
{
    Q_OBJECT

public:
    /// The text of the left (@p half 0) or right (1) half of a landscape page.
    static QString pdfHalf(const QString &path, int page, int half)
    {
        // At 72 dpi, pdftotext's pixels are points: an A4 landscape page is 842 wide.
        const int width = 421;
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                              QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-x"), QString::number(half * width),
                                              QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"), QString::number(width),
                                              QStringLiteral("-H"), QStringLiteral("595"), path, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QString pdfInfo(const QString &path, int first = 0, int last = 0)
    {
        QStringList args;
        if (first > 0)
            args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), args << path);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
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
        TestSupport::pinClock();
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
        QCOMPARE(TestSupport::pdfPages(path), pages);
        QCOMPARE(guide.pageCount(), pages);

        const QString all = TestSupport::pdfText(path);
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
        const QString index = TestSupport::pdfText(path, guide.indexFirstPage(), pages, true);
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
        QVERIFY(TestSupport::pdfText(path, escapedPage).contains(QStringLiteral("<b>Café & Cie</b>")));
        const GuideEntry &epicerie = *std::find_if(entries.begin(), entries.end(), [](const GuideEntry &e) {
            return e.name == QStringLiteral("Épicerie Solidaire Le Panier Hautmontois");
        });
        QVERIFY(TestSupport::pdfText(path, guide.pageOfActor(epicerie.id)).contains(epicerie.name));

        // The contents give each group's first page.
        const QString contents = TestSupport::pdfText(path, 2, 1 + guide.contentsPageCount(), true);
        for (const auto &line : guide.contents()) {
            const QRegularExpression re(QRegularExpression::escape(line.first) + QStringLiteral("\\s+(\\d+)"));
            const QRegularExpressionMatch m = re.match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(line.first));
            QCOMPARE(m.captured(1).toInt(), line.second);
            QVERIFY2(TestSupport::pdfText(path, line.second).contains(line.first), qPrintable(line.first));
        }
    }

    void bookletOrder_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<QList<int>>("expected");
        // Left then right half; front then back; sheet after sheet. -1 is a blank half.
        QTest::newRow("0 pages") << 0 << QList<int>{};
        QTest::newRow("1 page") << 1 << QList<int>{-1, 0, -1, -1};
        QTest::newRow("4 pages") << 4 << QList<int>{3, 0, 1, 2};
        QTest::newRow("5 pages") << 5 << QList<int>{-1, 0, 1, -1, -1, 2, 3, 4};
        QTest::newRow("8 pages") << 8 << QList<int>{7, 0, 1, 6, 5, 2, 3, 4};
        QTest::newRow("12 pages") << 12 << QList<int>{11, 0, 1, 10, 9, 2, 3, 8, 7, 4, 5, 6};
    }

    void bookletOrder()
    {
        QFETCH(int, pages);
        QFETCH(QList<int>, expected);
        QCOMPARE(BookletDocument::order(pages), expected);
    }

    /// Folded, the stacked sheets read in order: the outer sheet's front
    /// right, its back left, the next sheet's front right... then, past the
    /// middle, the backs' right halves and the fronts' left halves, inside out.
    void bookletFoldsInOrder()
    {
        for (int pages = 1; pages <= 41; ++pages) {
            const QList<int> order = BookletDocument::order(pages);
            const int sheets = (pages + 3) / 4;
            QCOMPARE(order.size(), 4 * sheets);
            QList<int> read;
            for (int s = 0; s < sheets; ++s)
                read << order.at(4 * s + 1) << order.at(4 * s + 2);
            for (int s = sheets - 1; s >= 0; --s)
                read << order.at(4 * s + 3) << order.at(4 * s);
            for (int i = 0; i < read.size(); ++i)
                QCOMPARE(read.at(i), i < pages ? i : -1);
        }
    }

    void guideBooklet()
    {
        const QList<GuideEntry> entries = PrintSourceStore(m_db->connectionName()).guideEntries();
        const PrintStyle style(PublicationStore(m_db->connectionName()).identity());
        const QDate edition(2026, 11, 23);
        // The same guide on plain A5 pages with the booklet's margins: what each half must show.
        GuideDocument plain(entries, GuideDocument::GroupBy::Sector, style, edition);
        const QPageLayout a5(QPageSize(QPageSize::A5), QPageLayout::Portrait, BookletDocument::defaultInnerMargins(), QPageLayout::Millimeter);
        const QString plainPath = output(QStringLiteral("guide-a5-12mm.pdf"));
        QString error;
        const int pages = DocumentOutput::writePdf(plain, a5, plainPath, &error);
        QVERIFY2(pages > 4, qPrintable(error));

        BookletDocument booklet(std::make_unique<GuideDocument>(entries, GuideDocument::GroupBy::Sector, style, edition));
        QCOMPARE(booklet.kind(), QStringLiteral("booklet"));
        QCOMPARE(booklet.title(), plain.title());
        QVERIFY(!booklet.acceptsPageSetup());
        QCOMPARE(booklet.innerPageLayout().fullRect(QPageLayout::Millimeter), QRectF(0, 0, 148, 210));
        const QString path = output(QStringLiteral("guide-booklet.pdf"));
        const int sides = DocumentOutput::writePdf(booklet, booklet.defaultPageLayout(), path, &error);
        QCOMPARE(booklet.innerPageCount(), pages);
        const int padded = (pages + 3) / 4 * 4;
        QCOMPARE(sides, padded / 2);
        QCOMPARE(TestSupport::pdfPages(path), padded / 2);
        const QString info = pdfInfo(path, 1, sides);
        QCOMPARE(info.count(QRegularExpression(QStringLiteral("size:\\s+842 x 595 pts \\(A4\\)"))), sides);
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Title:\\s+") + QRegularExpression::escape(plain.title()))));

        // The first sheet's front: the last page on the left, the cover on the right.
        const QString back = pdfHalf(path, 1, 0);
        if (padded == pages)
            QVERIFY2(back.contains(QStringLiteral("page %1 / %1").arg(pages)), qPrintable(back));
        else
            QVERIFY2(back.trimmed().isEmpty(), qPrintable(back));
        const QString cover = pdfHalf(path, 1, 1);
        QVERIFY2(cover.contains(plain.title()), qPrintable(cover));
        QVERIFY(cover.contains(QStringLiteral("by sector of activity")));
        QVERIFY(!cover.contains(QStringLiteral("page ")));
        // Its back: the contents (page 2) on the left, page N-1 on the right.
        const QString inside = pdfHalf(path, 2, 0);
        QVERIFY2(inside.contains(QStringLiteral("Contents")) && inside.contains(QStringLiteral("page 2 / %1").arg(pages)), qPrintable(inside));

        // Every half shows exactly the page of the plain A5 guide the imposition puts there.
        const QList<int> order = BookletDocument::order(pages);
        const QRegularExpression footer(QStringLiteral("page (\\d+) / (\\d+)"));
        for (int side = 0; side < sides; ++side) {
            for (int half = 0; half < 2; ++half) {
                const int index = order.at(2 * side + half);
                const QString text = pdfHalf(path, side + 1, half);
                const QString where = QStringLiteral("side %1, half %2, page %3").arg(side + 1).arg(half).arg(index + 1);
                if (index < 0) {
                    QVERIFY2(text.trimmed().isEmpty(), qPrintable(where));
                    continue;
                }
                QCOMPARE(text.simplified(), TestSupport::pdfText(plainPath, index + 1).simplified());
                QStringList numbers;
                for (auto it = footer.globalMatch(text); it.hasNext();) {
                    const auto m = it.next();
                    numbers << m.captured(1) + QLatin1Char('/') + m.captured(2);
                }
                QCOMPARE(numbers, index == 0 ? QStringList() : QStringList{QStringLiteral("%1/%2").arg(index + 1).arg(pages)});
            }
        }
    }

    void labels_data()
    {
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<int>("start");
        QTest::newRow("3x7 from 1") << QStringLiteral("3x7") << 1;
        QTest::newRow("3x7 from 5") << QStringLiteral("3x7") << 5;
        QTest::newRow("2x7 from 1") << QStringLiteral("2x7") << 1;
        QTest::newRow("2x7 from 14") << QStringLiteral("2x7") << 14;
        QTest::newRow("3x8 from 1") << QStringLiteral("3x8") << 1;
        QTest::newRow("3x8 from 24") << QStringLiteral("3x8") << 24;
        QTest::newRow("2x8 from 3") << QStringLiteral("2x8") << 3;
        QTest::newRow("70x42 from 1") << QStringLiteral("70x42") << 1;
    }

    void labelSheetsFitTheirPaper()
    {
        // The labels of each sheet as sold: how many, their size, and all of
        // them on an A4 sheet without overlapping.
        const QList<LabelSheet> sheets = LabelSheet::all();
        QStringList names;
        for (const LabelSheet &sheet : sheets)
            names << QStringLiteral("%1=%2:%3x%4").arg(sheet.name).arg(sheet.perSheet()).arg(sheet.label.width()).arg(sheet.label.height());
        QCOMPARE(names.join(QLatin1Char(' ')), QStringLiteral("3x7=21:63.5x38.1 2x7=14:99.1x38.1 3x8=24:70x37 2x8=16:105x37 70x42=21:70x42.3"));
        for (const LabelSheet &sheet : sheets) {
            const QRectF a4(0, 0, 210, 297);
            for (int slot = 0; slot < sheet.perSheet(); ++slot) {
                const QRectF label = sheet.labelRect(slot);
                QVERIFY2(a4.contains(label), qPrintable(QStringLiteral("%1 #%2").arg(sheet.name).arg(slot)));
                for (int other = 0; other < slot; ++other) {
                    // Labels side by side touch: their common strip is no wider than rounding.
                    const QRectF common = label.intersected(sheet.labelRect(other));
                    QVERIFY2(common.width() * common.height() < 1e-6, qPrintable(QStringLiteral("%1 #%2 #%3").arg(sheet.name).arg(slot).arg(other)));
                }
            }
            QCOMPARE(LabelSheet::named(sheet.name)->perSheet(), sheet.perSheet());
        }
        // The last label of a 3 x 8 sheet ends half a millimetre above the paper's foot.
        QCOMPARE(LabelSheet::named(QStringLiteral("3x8"))->labelRect(23), QRectF(140, 259.5, 70, 37));
        QVERIFY(!LabelSheet::named(QStringLiteral("4x10")));
    }

    void labels()
    {
        QFETCH(QString, sheet);
        QFETCH(int, start);
        const LabelSheet spec = *LabelSheet::named(sheet);
        PublicationStore publications(m_db->connectionName());
        DocumentFactory factory(m_db->connectionName(), &publications);
        QString error;
        auto document = factory.labels(PrintSourceStore::Audience::NewsletterContacts, spec, start, &error);
        QVERIFY2(document, qPrintable(error));
        const QList<MailingAddress> addresses = PrintSourceStore(m_db->connectionName()).mailingAddresses(PrintSourceStore::Audience::NewsletterContacts);
        const QString path = output(QStringLiteral("labels-%1-%2.pdf").arg(sheet).arg(start));
        const int pages = DocumentOutput::writePdf(*document, document->defaultPageLayout(), path, &error);
        const int expectedPages = (start - 1 + int(addresses.size()) + spec.perSheet() - 1) / spec.perSheet();
        QCOMPARE(pages, expectedPages);
        QCOMPARE(TestSupport::pdfPages(path), expectedPages);

        // Each address's first word lies inside its label on the sheet.
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                              QStringLiteral("1"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString bbox = QString::fromUtf8(p.readAllStandardOutput());
        const double pt = 72.0 / 25.4;
        const int onFirstSheet = std::min(int(addresses.size()), spec.perSheet() - (start - 1));
        QVERIFY(onFirstSheet > 0);
        const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        QList<QPair<QPointF, QString>> words;
        for (auto it = word.globalMatch(bbox); it.hasNext();) {
            const auto m = it.next();
            words << qMakePair(QPointF(m.captured(1).toDouble() / pt, m.captured(2).toDouble() / pt), m.captured(5));
        }
        for (int i = 0; i < onFirstSheet; ++i) {
            const QRectF label = spec.labelRect(document->slotOf(i));
            const QString first = addresses.at(i).lines.first().split(QLatin1Char(' ')).first().toHtmlEscaped();
            bool inside = false;
            for (const auto &w : words) {
                if (w.second == first && label.contains(w.first)) {
                    inside = true;
                    break;
                }
            }
            QVERIFY2(inside, qPrintable(QStringLiteral("label %1: %2").arg(i).arg(first)));
        }
        // Nothing printed on the labels already used.
        for (int slot = 0; slot < start - 1; ++slot) {
            const QRectF used = spec.labelRect(slot);
            for (const auto &w : words)
                QVERIFY2(!used.contains(w.first), qPrintable(w.second));
        }
    }

    void labelsWithNobody()
    {
        QTemporaryDir dir;
        Database empty;
        QVERIFY(empty.open(dir.filePath(QStringLiteral("empty.essaim"))));
        PublicationStore publications(empty.connectionName());
        QString error;
        QVERIFY(!DocumentFactory(empty.connectionName(), &publications).labels(PrintSourceStore::Audience::Actors, LabelSheet::threeBySeven(), 1, &error));
        QVERIFY(!error.isEmpty());
    }

    void plaquette()
    {
        PublicationStore publications(m_db->connectionName());
        QList<PlaquettePanel> panels = publications.plaquettePanels();
        panels[3].body = QStringLiteral("- Faire connaître <b>& Cie</b>\n- Réunir");
        QVERIFY(publications.setPlaquettePanels(panels));
        QCOMPARE(publications.plaquettePanels().at(3).body, panels.at(3).body);
        DocumentFactory factory(m_db->connectionName(), &publications);
        auto document = factory.plaquette();
        const QString path = output(QStringLiteral("plaquette.pdf"));
        QString error;
        QCOMPARE(DocumentOutput::writePdf(*document, document->defaultPageLayout(), path, &error), 2);
        QCOMPARE(TestSupport::pdfPages(path), 2);
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {path});
        p.waitForFinished();
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("842 x 595 pts (A4)")));
        const QString outside = TestSupport::pdfText(path, 1);
        QVERIFY(outside.contains(QStringLiteral("Conseil local de l'ESS Sambre-Avesnois")));
        QVERIFY(outside.contains(QStringLiteral("12 rue de la République")));
        QVERIFY(outside.contains(panels.at(2).title.split(QLatin1Char(' ')).first()));
        const QString inside = TestSupport::pdfText(path, 2);
        QVERIFY(inside.contains(QStringLiteral("Faire connaître <b>& Cie</b>")));
        QVERIFY(inside.contains(panels.at(4).title));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(document->panelScale(i), 1.0);

        // A panel far too long is set smaller, not cut.
        panels[5].body = QStringLiteral("Une phrase assez longue pour remplir le volet. ").repeated(40);
        PlaquetteDocument crowded(panels, KeyFigures(), PrintStyle());
        QVERIFY(DocumentOutput::writePdf(crowded, crowded.defaultPageLayout(), output(QStringLiteral("plaquette-long.pdf")), &error) == 2);
        QVERIFY(crowded.panelScale(5) < 1.0);
        QCOMPARE(TestSupport::pdfText(output(QStringLiteral("plaquette-long.pdf")), 2).count(QStringLiteral("remplir le volet")), 40);
    }

    void letter()
    {
        PublicationStore publications(m_db->connectionName());
        const auto latest = publications.latestIssue();
        QVERIFY(latest);
        QCOMPARE(latest->number, 2);
        DocumentFactory factory(m_db->connectionName(), &publications);
        LetterContent content = factory.letterContent(*latest);
        content.agenda << LetterAgendaItem{QDateTime(QDate(2024, 10, 4), QTime(9, 0)), false, QStringLiteral("Rendez-vous de l'ESS <n° 28>"),
                                           QStringLiteral("Maison de l'ESS, Maubeuge"), QString()};
        content.plan << PlanProgressRow{QStringLiteral("Faire connaître l'ESS"), QStringLiteral("Publier le guide"), QStringLiteral("en retard"), 40, true};
        LetterDocument document(content, factory.style());
        const QString path = output(QStringLiteral("letter.pdf"));
        QString error;
        const int pages = DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error);
        QVERIFY2(pages >= 1, qPrintable(error));
        QCOMPARE(TestSupport::pdfPages(path), pages);
        const QString text = TestSupport::pdfText(path).simplified();
        QVERIFY(!text.contains(QChar(0xfb01))); // no "fi" ligature in the text
        QVERIFY(text.contains(QStringLiteral("Le Mois de l'ESS en Sambre-Avesnois")));
        QVERIFY(text.contains(QStringLiteral("Rendez-vous de l'ESS <n° 28>")));
        // The latest issue is of the day the demo was made.
        QVERIFY(text.contains(QStringLiteral("lundi 23 novembre 2026")));
        // The agenda of the coming weeks comes from the demo agenda.
        QVERIFY(text.contains(QStringLiteral("vendredi 4 décembre 2026")));
        QVERIFY(text.contains(QStringLiteral("vendredi 4 octobre 2024")));
        QVERIFY(text.contains(QStringLiteral("Mutualiser les compétences")));
        QVERIFY(text.contains(QStringLiteral("Publier le guide")));
        QVERIFY(text.contains(QStringLiteral("page 1 / %1").arg(pages)));
        for (const GuideEntry &e : content.newActors)
            QVERIFY2(text.contains(e.name), qPrintable(e.name));

        // The e-mail version stands alone: no image outside the file.
        const QString html = output(QStringLiteral("letter.html"));
        QVERIFY(LetterBuilder::exportHtml(content, factory.style(), html, &error));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markup = QString::fromUtf8(file.readAll());
        QVERIFY(markup.contains(QStringLiteral("Rendez-vous de l&#x27;ESS &lt;n° 28&gt;")) || markup.contains(QStringLiteral("Rendez-vous de l'ESS &lt;n° 28&gt;")));
        const QRegularExpression src(QStringLiteral("src=\"([^\"]*)\""));
        int images = 0;
        for (auto it = src.globalMatch(markup); it.hasNext(); ++images)
            QVERIFY(it.next().captured(1).startsWith(QStringLiteral("data:image/png;base64,")));
        QCOMPARE(images, 2);
    }

    void letterListsTheCallsForProjectsOpen()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("calls-letter.essaim"))));
        QList<CallForProjects> calls(5);
        const struct { const char *funder; const char *title; QDate opens; QDate closes; qint64 amount; const char *url; } given[] = {
            {"Département du Nord", "Fonds rural", QDate(), QDate(2027, 3, 14), 0, ""},                     // closed the day before
            {"FSE+ <Europe>", "Inclusion active", QDate(2027, 4, 1), QDate(2027, 6, 30), 0, "https://example.org/aap?x=1&y=2"},
            {"Région Hauts-de-France", "Initiatives rurales", QDate(2027, 1, 1), QDate(2027, 3, 15), 5000000, ""}, // closes that day
            {"Ville de Maubeuge", "Sans date", QDate(), QDate(), 0, ""},                                         // no closing date
            {"Fondation de France", "Alimentation durable", QDate(), QDate(2027, 6, 30), 0, ""},
        };
        for (int i = 0; i < 5; ++i) {
            calls[i].funder = QString::fromUtf8(given[i].funder);
            calls[i].title = QString::fromUtf8(given[i].title);
            calls[i].opensOn = given[i].opens;
            calls[i].closesOn = given[i].closes;
            if (given[i].amount)
                calls[i].amountCents = given[i].amount;
            calls[i].url = QString::fromUtf8(given[i].url);
        }
        QVERIFY(ProjectStore(db.connectionName()).addCalls(calls));
        PublicationStore publications(db.connectionName());
        LetterIssue issue;
        issue.number = 7;
        issue.date = QDate(2027, 3, 15);
        issue.sections = {LetterIssue::CallsSection};
        DocumentFactory factory(db.connectionName(), &publications);
        const LetterContent content = factory.letterContent(issue);
        QStringList titles;
        for (const CallForProjects &call : content.calls)
            titles << call.title;
        QCOMPARE(titles, (QStringList{QStringLiteral("Initiatives rurales"), QStringLiteral("Alimentation durable"),
                                      QStringLiteral("Inclusion active")}));
        const QString html = LetterBuilder::html(content, PrintStyle(), LetterBuilder::Images::Resources, LetterBuilder::Closing::None);
        const QString section = html.mid(html.indexOf(QStringLiteral("<h2>")));
        const QString expected = QStringLiteral(
            "<h2>Calls for projects open</h2>\n"
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n"
            "<tr><td width=\"32%\" style=\"color:%1;font-weight:bold\">Closes on lundi 15 mars 2027</td>"
            "<td><b>Initiatives rurales</b><br>Région Hauts-de-France · up to 50\u202f000,00\u00a0€</td></tr>\n"
            "<tr><td width=\"32%\" style=\"color:%1;font-weight:bold\">Closes on mercredi 30 juin 2027</td>"
            "<td><b>Alimentation durable</b><br>Fondation de France</td></tr>\n"
            "<tr><td width=\"32%\" style=\"color:%1;font-weight:bold\">Closes on mercredi 30 juin 2027</td>"
            "<td><b>Inclusion active</b><br>FSE+ &lt;Europe&gt; · opens on jeudi 1er avril 2027"
            "<br><a href=\"https://example.org/aap?x=1&amp;y=2\">https://example.org/aap?x=1&amp;y=2</a></td></tr>\n"
            "</table>\n"
            "</body></html>\n").arg(PrintStyle().identity().primary.name());
        QCOMPARE(section, expected);
        // Printed, in French dates, and nothing when no call is open.
        LetterDocument document(content, PrintStyle());
        const QString path = output(QStringLiteral("letter-calls.pdf"));
        QString error;
        QVERIFY2(DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error) == 1, qPrintable(error));
        const QString text = TestSupport::pdfText(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("Closes on lundi 15 mars 2027 Initiatives rurales")), qPrintable(text));
        issue.date = QDate(2027, 7, 1);
        const QString none = LetterBuilder::html(factory.letterContent(issue), PrintStyle(), LetterBuilder::Images::Resources,
                                                 LetterBuilder::Closing::None);
        QVERIFY(none.contains(QStringLiteral("<h2>Calls for projects open</h2>\n<p>No call for projects is open at the date of this issue.</p>")));
    }

    void accompanimentReportChartsAreVector()
    {
        AccompanimentReportData data;
        data.from = QDate(2027, 1, 1);
        data.to = QDate(2027, 12, 31);
        data.atEnd = {{Project::Stage::Idea, 3}, {Project::Stage::Creation, 2}, {Project::Stage::Abandoned, 1}};
        data.entered = {{Project::Stage::Idea, 4}, {Project::Stage::Creation, 2}};
        for (int i = 0; i < AccompanimentCharts::MaxBars + 2; ++i)
            data.bySector << AccompanimentReportData::Breakdown{QStringLiteral("Secteur %1 & Cie").arg(i + 1), 20 - i, i, 0};
        data.funders << AccompanimentReportData::Funder{QStringLiteral("Région Hauts-de-France"), 2, 3000000, 2500050}
                     << AccompanimentReportData::Funder{QStringLiteral("Fondation Lemoine"), 1, 1000000, 0};

        // Stages: the two sets in the order of the stages, as counted.
        std::unique_ptr<QChart> stages(AccompanimentCharts::stagesChart(data));
        auto *stageSeries = qobject_cast<QBarSeries *>(stages->series().first());
        QVERIFY(stageSeries);
        const auto values = [](const QBarSet *set) {
            QList<double> v;
            for (int i = 0; i < set->count(); ++i)
                v << set->at(i);
            return v;
        };
        QCOMPARE(values(stageSeries->barSets().at(0)), (QList<double>{3, 0, 0, 2, 0, 1}));
        QCOMPARE(values(stageSeries->barSets().at(1)), (QList<double>{4, 0, 0, 2, 0, 0}));
        QCOMPARE(stages->animationOptions(), QChart::NoAnimation);
        // Sectors: the first ten, the two others as one bar (13 + 12 projects), drawn from the bottom up.
        std::unique_ptr<QChart> sectors(AccompanimentCharts::sectorsChart(data));
        auto *sectorSet = qobject_cast<QAbstractBarSeries *>(sectors->series().first())->barSets().first();
        QCOMPARE(sectorSet->count(), AccompanimentCharts::MaxBars + 1);
        QCOMPARE(sectorSet->at(0), 9.0 + 10.0);
        QCOMPARE(sectorSet->at(AccompanimentCharts::MaxBars), 20.0);
        auto *sectorAxis = qobject_cast<QBarCategoryAxis *>(sectors->axes(Qt::Vertical).first());
        QCOMPARE(sectorAxis->categories().last(), QStringLiteral("Secteur 1 &amp; Cie"));
        // Funding in thousands of euros, rounded: 30 asked and 25 granted by the Région.
        std::unique_ptr<QChart> funding(AccompanimentCharts::fundingChart(data));
        const auto fundingSets = qobject_cast<QAbstractBarSeries *>(funding->series().first())->barSets();
        QCOMPARE(values(fundingSets.at(0)), (QList<double>{10, 30}));
        QCOMPARE(values(fundingSets.at(1)), (QList<double>{0, 25}));

        // On paper: vector paths and real text, no picture.
        AccompanimentReportDocument document(data, PrintStyle());
        const QString path = output(QStringLiteral("accompaniment-charts.pdf"));
        QString error;
        QVERIFY2(DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error) > 0, qPrintable(error));
        QCOMPARE(TestSupport::pdfImageCount(path), 0);
        const QString text = TestSupport::pdfText(path).simplified();
        for (const QString &expected : {QStringLiteral("Projects by stage: on 31/12/2027"), QStringLiteral("Projects accompanied by sector"),
                                        QStringLiteral("Funding asked and granted by funder"), QStringLiteral("Other sectors"),
                                        QStringLiteral("Thousands of euros")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    void attendanceSheet()
    {
        AttendanceSheetData data;
        data.eventTitle = QStringLiteral("Rendez-vous de l'ESS <décembre>");
        data.start = QDateTime(QDate(2024, 12, 6), QTime(9, 0));
        data.place = QStringLiteral("Maison de l'ESS, Maubeuge");
        for (int i = 0; i < 40; ++i)
            data.registered << AttendanceSheetData::Participant{QStringLiteral("Participante %1").arg(i + 1), QStringLiteral("Café & Cie")};
        data.blankLines = 8;
        AttendanceSheetDocument document(data, PrintStyle(PublicationStore(m_db->connectionName()).identity()));
        const QString path = output(QStringLiteral("attendance.pdf"));
        QString error;
        const int pages = DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error);
        QVERIFY2(pages >= 2, qPrintable(error));
        const QString text = TestSupport::pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Rendez-vous de l'ESS <décembre>")));
        QVERIFY(text.contains(QStringLiteral("vendredi 6 décembre 2024")));
        QVERIFY(text.contains(QStringLiteral("Participante 40")));
        QCOMPARE(text.count(QStringLiteral("Café & Cie")), 40);
        // Internal: every page says so, and the column titles repeat.
        QCOMPARE(text.count(QStringLiteral("Internal use")), 2 * pages);
        QCOMPARE(text.count(QStringLiteral("Signature")), pages);
        // Every page names the event and its date.
        for (int page = 1; page <= pages; ++page) {
            const QString onPage = TestSupport::pdfText(path, page).simplified();
            QVERIFY2(onPage.contains(QStringLiteral("Attendance sheet — vendredi 6 décembre 2024, 9 h — Rendez-vous de l'ESS <décembre>")),
                     qPrintable(onPage));
        }
    }

    void attendanceSheetWithNobodyRegistered()
    {
        AttendanceSheetData data;
        data.eventTitle = QStringLiteral("Atelier");
        data.start = QDateTime(QDate(2024, 12, 6), QTime(9, 0));
        const QString html = AttendanceSheetDocument::html(data, PrintStyle());
        QVERIFY2(html.contains(QStringLiteral(">No registered participant.</p>")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("0 registered")));
    }

    void poster()
    {
        PosterData data;
        data.eventType = QStringLiteral("Forum de l'ESS");
        data.title = QStringLiteral("Entreprendre autrement <en Sambre> & Avesnois");
        data.start = QDateTime(QDate(2024, 11, 15), QTime(9, 30));
        data.end = QDateTime(QDate(2024, 11, 15), QTime(17, 0));
        data.place = QStringLiteral("Salle des fêtes, Maubeuge");
        data.description = QStringLiteral("Stands, ateliers et rencontres. ").repeated(10);
        PosterDocument document(data, PrintStyle(PublicationStore(m_db->connectionName()).identity()));
        const QString path = output(QStringLiteral("poster.pdf"));
        QString error;
        QCOMPARE(DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error), 1);
        const QString text = TestSupport::pdfText(path).simplified();
        QVERIFY(text.contains(QStringLiteral("Entreprendre autrement <en Sambre> & Avesnois")));
        QVERIFY(text.contains(QStringLiteral("vendredi 15 novembre 2024, from 9 h 30 to 17 h")));
        QVERIFY(text.contains(QStringLiteral("Salle des fêtes, Maubeuge")));
        QCOMPARE(text.count(QStringLiteral("Stands, ateliers")), 10);
    }

    void planReport()
    {
        PlanReportData data;
        data.planName = QStringLiteral("Plan stratégique ESS Sambre-Avesnois 2010-2014");
        data.from = QDate(2024, 1, 1);
        data.to = QDate(2024, 6, 30);
        data.actions << PlanProgressRow{QStringLiteral("Faire connaître l'ESS"), QStringLiteral("Publier le guide <2024>"), QStringLiteral("en retard"), 40, true}
                     << PlanProgressRow{QStringLiteral("Faire connaître l'ESS"), QStringLiteral("Mois de l'ESS"), QStringLiteral("réalisé"), 100, false};
        data.indicators << PlanReportData::Indicator{QStringLiteral("Publier le guide <2024>"), QStringLiteral("Guides distribués"), QStringLiteral("réalisation"),
                                                        QStringLiteral("guides"), 500.0, 320.0};
        data.indicators << PlanReportData::Indicator{QStringLiteral("Mois de l'ESS"), QStringLiteral("Emplois consolidés"), QStringLiteral("impact"),
                                                        QStringLiteral("ETP"), 4.0, std::nullopt};
        data.journal << PlanReportData::JournalEntry{QDate(2024, 3, 12), QStringLiteral("Mois de l'ESS"), QStringLiteral("Vingt structures inscrites.")};
        PlanReportDocument document(data, PrintStyle());
        const QString path = output(QStringLiteral("plan.pdf"));
        QString error;
        QCOMPARE(DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error), 1);
        const QString text = TestSupport::pdfText(path).simplified();
        for (const QString &expected : {QStringLiteral("Publier le guide <2024>"), QStringLiteral("en retard"), QStringLiteral("40 %"),
                                        QStringLiteral("Guides distribués"), QStringLiteral("500 guides 320 guides"), QStringLiteral("4 ETP —"),
                                        QStringLiteral("2 action(s), 1 complete, 1 late."), QStringLiteral("Vingt structures inscrites."),
                                        QStringLiteral("Internal use"), QStringLiteral("from lundi 1er janvier 2024 to dimanche 30 juin 2024")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    void longDateWritesTheFirstOfAMonthAsAnOrdinal()
    {
        QCOMPARE(PrintStyle::longDate(QDate(2027, 1, 1)), QStringLiteral("vendredi 1er janvier 2027"));
        QCOMPARE(PrintStyle::longDate(QDate(2027, 1, 11)), QStringLiteral("lundi 11 janvier 2027"));
        QCOMPARE(PrintStyle::longDate(QDate(2027, 1, 21)), QStringLiteral("jeudi 21 janvier 2027"));
        // Only in French.
        const QLocale french;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString english = PrintStyle::longDate(QDate(2027, 1, 1));
        QLocale::setDefault(french);
        QCOMPARE(english, QStringLiteral("Friday 1 January 2027"));
    }

    void timeOfDayIsWrittenTheFrenchWay()
    {
        QCOMPARE(PrintStyle::timeOfDay(QTime(9, 0)), QStringLiteral("9\u00a0h"));
        QCOMPARE(PrintStyle::timeOfDay(QTime(9, 30)), QStringLiteral("9\u00a0h\u00a030"));
        QCOMPARE(PrintStyle::timeOfDay(QTime(17, 5)), QStringLiteral("17\u00a0h\u00a005"));
        QCOMPARE(PrintStyle::timeOfDay(QTime(0, 0)), QStringLiteral("0\u00a0h"));
        const QLocale french;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString english = PrintStyle::timeOfDay(QTime(9, 30));
        QLocale::setDefault(french);
        QCOMPARE(english, QStringLiteral("09h30"));
    }

    void typographyJoinsWhatMustNotPart_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("printed");
        const QString nb(QChar(0x00a0));
        QTest::newRow("phone") << QStringLiteral("Tél. 03 27 89 08 93, fax 03 27 89 08 94")
                               << QStringLiteral("Tél. 03\u00a027\u00a089\u00a008\u00a093, fax 03\u00a027\u00a089\u00a008\u00a094");
        QTest::newRow("international phone") << QStringLiteral("+33 3 27 89 08 93") << QStringLiteral("+33\u00a03\u00a027\u00a089\u00a008\u00a093");
        QTest::newRow("not a phone") << QStringLiteral("de 2010 2014 à 12 34 56 78 90 12") << QStringLiteral("de 2010 2014 à 12 34 56 78 90 12");
        QTest::newRow("guillemets") << QStringLiteral("Journée d'études « ESS et transition »")
                                    << QStringLiteral("Journée d'études «%1ESS et transition%1»").arg(nb);
        QTest::newRow("punctuation") << QStringLiteral("Part de l'ESS : 84,4 % ; en hausse ! Pourquoi ?")
                                     << QStringLiteral("Part de l'ESS%1: 84,4%1%%1; en hausse%1! Pourquoi%1?").arg(nb);
        QTest::newRow("no space, none added") << QStringLiteral("«ESS» 84,4% : non") << QStringLiteral("«ESS» 84,4%\u00a0: non");
        const QString wj(QChar(0x2060));
        QTest::newRow("e-mail") << QStringLiteral("Écrivez-nous à contact@ess-sambre-avesnois.example.org.")
                                << QStringLiteral("Écrivez-nous à contact@ess-%1sambre-%1avesnois.example.org.").arg(wj);
        QTest::newRow("url") << QStringLiteral("https://www.ess-sambre.example.org/appels-2027/")
                             << QStringLiteral("https:/\u2060/\u2060www.ess-\u2060sambre.example.org/\u2060appels-\u20602027/");
        QTest::newRow("domain") << QStringLiteral("Site : ess-sambre-avesnois.example.org")
                                << QStringLiteral("Site\u00a0: ess-%1sambre-%1avesnois.example.org").arg(wj);
        QTest::newRow("a name is no address") << QStringLiteral("Jean-Pierre, Sambre-Avesnois, 2010-2014") << QStringLiteral("Jean-Pierre, Sambre-Avesnois, 2010-2014");
    }

    void typographyJoinsWhatMustNotPart()
    {
        QFETCH(QString, typed);
        QFETCH(QString, printed);
        QCOMPARE(Typography::text(typed), printed);
        QCOMPARE(Typography::text(printed), printed); // printing printed text changes nothing
    }

    void typographyAppliesToThePrintedTextOnly()
    {
        // A document built from HTML prints the no-break spaces; what it was built from is left as typed.
        AttendanceSheetData data;
        data.eventTitle = QStringLiteral("Journée d'études « ESS et transition »");
        data.start = QDateTime(QDate(2024, 12, 6), QTime(9, 0));
        data.place = QStringLiteral("Maison de l'ESS, tél. 03 27 89 08 93");
        AttendanceSheetDocument document(data, PrintStyle());
        QString error;
        QVERIFY2(DocumentOutput::writePdf(document, document.defaultPageLayout(), output(QStringLiteral("typography.pdf")), &error) >= 1,
                 qPrintable(error));
        const QString printed = document.document()->toRawText();
        const QString nb(QChar(0x00a0));
        QVERIFY2(printed.contains(QStringLiteral("Journée d'études «%1ESS et transition%1»").arg(nb)), qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("tél. 03\u00a027\u00a089\u00a008\u00a093")), qPrintable(printed));
        QVERIFY(AttendanceSheetDocument::html(data, PrintStyle()).contains(QStringLiteral("« ESS et transition »")));
        QCOMPARE(data.place, QStringLiteral("Maison de l'ESS, tél. 03 27 89 08 93"));
    }

    void addressesPartNowhereButCopyAsTyped()
    {
        AttendanceSheetData data;
        data.eventTitle = QStringLiteral("Atelier");
        data.start = QDateTime(QDate(2024, 12, 6), QTime(9, 0));
        data.place = QStringLiteral("Inscriptions : contact@ess-sambre-avesnois.example.org, https://ess-sambre.example.org/ateliers-2024");
        AttendanceSheetDocument document(data, PrintStyle());
        const QString path = output(QStringLiteral("addresses.pdf"));
        QString error;
        QVERIFY2(DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error) >= 1, qPrintable(error));
        // The line breaker sees a word joiner after each hyphen and slash…
        const QString printed = document.document()->toRawText();
        QVERIFY2(printed.contains(QStringLiteral("contact@ess-\u2060sambre-\u2060avesnois.example.org, "
                                                 "https:/\u2060/\u2060ess-\u2060sambre.example.org/\u2060ateliers-\u20602024")),
                 qPrintable(printed));
        // …which the PDF's text leaves out: the address copied is the address typed.
        const QString text = TestSupport::pdfText(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("contact@ess-sambre-avesnois.example.org, https://ess-sambre.example.org/ateliers-2024")), qPrintable(text));
    }

    void reportKeepsEntriesAndHeadingsWithTheirText()
    {
        PlanReportData data;
        data.planName = QStringLiteral("Plan");
        data.from = QDate(2024, 1, 1);
        data.to = QDate(2024, 12, 31);
        for (int i = 0; i < 30; ++i)
            data.actions << PlanProgressRow{QStringLiteral("Objectif %1").arg(i / 6), QStringLiteral("Action %1").arg(i), QStringLiteral("en cours"), 50, false};
        for (int i = 0; i < 60; ++i)
            data.journal << PlanReportData::JournalEntry{QDate(2024, 1, 1).addDays(i), QStringLiteral("Action %1").arg(i),
                                                         QStringLiteral("Compte rendu CR%1X de la réunion, décisions et suites. ").arg(i).repeated(2 + i % 5)};
        PlanReportDocument document(data, PrintStyle());
        QString error;
        const int pages = DocumentOutput::writePdf(document, document.defaultPageLayout(), output(QStringLiteral("plan-keep.pdf")), &error);
        QVERIFY2(pages >= 3, qPrintable(error));
        QTextDocument *doc = document.document();
        const double page = doc->pageSize().height();
        const auto pageOf = [page](double y) { return int(y / page); };
        int entries = 0;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (QTextCursor(block).currentFrame() != doc->rootFrame())
                continue;
            const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
            if (block.text().contains(QStringLiteral("Compte rendu"))) {
                ++entries;
                QVERIFY2(pageOf(rect.top()) == pageOf(rect.bottom() - 0.5), qPrintable(block.text().left(40)));
            }
            if (block.blockFormat().headingLevel() > 0) {
                const QTextBlock next = block.next();
                const QTextLine line = next.layout()->lineAt(0);
                QVERIFY2(pageOf(doc->documentLayout()->blockBoundingRect(next).top() + line.y() + line.height() - 0.5) == pageOf(rect.top()),
                         qPrintable(block.text()));
            }
        }
        QCOMPARE(entries, 60);
        // The layout the pass leaves is the one Qt makes afresh of the
        // document with its breaks: no paragraph left where an earlier break moved it from.
        QList<double> tops;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
            tops << doc->documentLayout()->blockBoundingRect(block).top();
        // The PDF writer the layout measured with is gone: one like it.
        QPdfWriter writer(output(QStringLiteral("plan-keep-again.pdf")));
        writer.setResolution(600);
        doc->documentLayout()->setPaintDevice(&writer);
        doc->markContentsDirty(0, doc->characterCount());
        int index = 0;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next(), ++index)
            QVERIFY2(qAbs(doc->documentLayout()->blockBoundingRect(block).top() - tops.at(index)) < 0.01, qPrintable(block.text().left(40)));
        // What is drawn, not only what is laid out: every entry is in the
        // PDF, on the page where the layout put it.
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const QRegularExpressionMatch entry = QRegularExpression(QStringLiteral("CR\\d+X")).match(block.text());
            if (!entry.hasMatch() || QTextCursor(block).currentFrame() != doc->rootFrame())
                continue;
            const int onPage = pageOf(doc->documentLayout()->blockBoundingRect(block).top()) + 1;
            QVERIFY2(TestSupport::pdfText(output(QStringLiteral("plan-keep.pdf")), onPage, onPage).contains(entry.captured()), qPrintable(entry.captured()));
        }
    }

    void tableRowsAreNeverPartedBetweenPages()
    {
        // Indicators of actions whose names take two to four lines: rows of
        // every height, a table over some seventy pages, as a long plan's
        // report is. So many that the pages end everywhere, some parts
        // filling theirs to the foot (the page after must not be blank).
        PlanReportData data;
        data.planName = QStringLiteral("Plan");
        data.from = QDate(2024, 1, 1);
        data.to = QDate(2024, 12, 31);
        for (int i = 0; i < 900; ++i)
            data.indicators << PlanReportData::Indicator{QStringLiteral("Action R%1Z ").arg(i) + QStringLiteral("accompagner les porteurs de projets ").repeated(1 + i % 4),
                                                            QStringLiteral("Participants aux temps collectifs"), QStringLiteral("réalisation"),
                                                            QStringLiteral("personnes"), 110.0 + i, 77.0};
        PlanReportDocument document(data, PrintStyle());
        QString error;
        const QString path = output(QStringLiteral("plan-rows.pdf"));
        const int pages = DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error);
        QVERIFY2(pages >= 4, qPrintable(error));
        QTextDocument *doc = document.document();
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        // The PDF writer the layout measured with is gone: one like it.
        QPdfWriter writer(output(QStringLiteral("plan-rows-again.pdf")));
        writer.setResolution(600);
        layout->setPaintDevice(&writer);
        const auto firstBlock = [doc](const QTextTableCell &cell) { return doc->findBlock(cell.firstPosition()); };
        const double page = doc->pageSize().height();
        const auto pageOf = [page](double y) { return int(y / page); };
        QList<QTextTable *> parts;
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (table && firstBlock(table->cellAt(0, 0)).text() == QStringLiteral("Action"))
                parts << table;
        }
        QList<int> seen;
        QStringList parted;
        for (QTextTable *table : parts) {
            // Each part opens with the header, the columns where the first part has them.
            QCOMPARE(firstBlock(table->cellAt(0, 1)).text(), QStringLiteral("Indicator"));
            for (int column = 0; column < table->columns(); ++column)
                QCOMPARE(qRound(layout->blockBoundingRect(firstBlock(table->cellAt(0, column))).left()),
                         qRound(layout->blockBoundingRect(firstBlock(parts.first()->cellAt(0, column))).left()));
            for (int row = 1; row < table->rows(); ++row) {
                const QTextTableCell cell = table->cellAt(row, 0);
                const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("R(\\d+)Z")).match(firstBlock(cell).text());
                QVERIFY(id.hasMatch());
                seen << id.captured(1).toInt();
                // Every line of every cell of the row on one page.
                QSet<int> rowPages;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell c = table->cellAt(row, column);
                    for (QTextBlock b = firstBlock(c); b.isValid() && b.position() <= c.lastPosition(); b = b.next()) {
                        for (int l = 0; l < b.layout()->lineCount(); ++l)
                            rowPages << pageOf(layout->blockBoundingRect(b).top() + b.layout()->lineAt(l).y() + 0.5);
                    }
                }
                if (rowPages.size() != 1)
                    parted << QStringLiteral("R%1Z").arg(seen.last());
            }
        }
        QCOMPARE(parted, QStringList());
        // Each part is on one page and ends with its last row, not with a
        // row stretched down to the foot of the page (as Qt leaves the row
        // above one it moves overleaf whole): every page the table goes on
        // to starts a new part.
        for (QTextTable *table : parts) {
            const QTextTableCell last = table->cellAt(table->rows() - 1, 0);
            double textBottom = 0;
            for (QTextBlock b = firstBlock(last); b.isValid() && b.position() <= last.lastPosition(); b = b.next())
                textBottom = std::max(textBottom, layout->blockBoundingRect(b).bottom());
            const QRectF frame = layout->frameBoundingRect(table);
            QCOMPARE(pageOf(textBottom - 0.5), pageOf(frame.top()));
            QVERIFY2(frame.bottom() - textBottom < page * 0.02, qPrintable(QStringLiteral("%1 of a page below the last row").arg((frame.bottom() - textBottom) / page)));
        }
        QVERIFY2(parts.size() >= 2, qPrintable(QString::number(parts.size())));
        // Every row once, in order.
        QList<int> expected(900);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(seen, expected);
        // What is printed: the header again at the top of every page the
        // table goes on to, and no page blank.
        for (int p = pageOf(layout->frameBoundingRect(parts.at(1)).top()) + 1; p <= pageOf(layout->frameBoundingRect(parts.last()).top()) + 1; ++p)
            QVERIFY2(TestSupport::pdfText(path, p, p).contains(QStringLiteral("Indicator")), qPrintable(QString::number(p)));
    }

    void aTableMovedOverleafIsCutOnTheFollowingPages()
    {
        // A heading and a long table under it, pushed down line by line
        // through a whole page: at some places the heading would end a page
        // alone, at others the table's long first row would be parted
        // and the table goes overleaf whole. Whatever the place, the table is
        // with its heading and cut on every page it goes on to, each page's
        // part ending with its last row.
        QString rows;
        for (int i = 0; i < 60; ++i)
            rows += QStringLiteral("<tr><td>R%1Z %2</td><td>note</td></tr>").arg(i).arg(QStringLiteral("porteurs de projets ").repeated(i == 0 ? 40 : 1 + i % 5));
        int moved = 0;
        for (int filler = 0; filler < 70; ++filler) {
            const QString html = QStringLiteral("<p>Introduction</p>").repeated(filler)
                + QStringLiteral("<h2>Indicateurs</h2><table border=\"1\" cellspacing=\"0\" width=\"100%\"><thead><tr><th>Action</th><th>Note</th></tr></thead>")
                + rows + QStringLiteral("</table>");
            FlowDocument document(QStringLiteral("Rapport"), QStringLiteral("test"), html, PrintStyle(), true);
            QString error;
            const QString path = output(QStringLiteral("moved-table.pdf"));
            QVERIFY2(DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error) > 0, qPrintable(error));
            QTextDocument *doc = document.document();
            QAbstractTextDocumentLayout *layout = doc->documentLayout();
            QPdfWriter writer(output(QStringLiteral("moved-table-again.pdf")));
            writer.setResolution(600);
            layout->setPaintDevice(&writer);
            QTextBlock heading = doc->begin();
            while (heading.isValid() && heading.text() != QStringLiteral("Indicateurs"))
                heading = heading.next();
            QVERIFY(heading.isValid());
            if (heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                ++moved;
            const double page = doc->pageSize().height();
            const auto pageOf = [page](double y) { return int(y / page); };
            QList<QTextTable *> parts;
            for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
                if (auto *table = qobject_cast<QTextTable *>(frame))
                    parts << table;
            }
            QVERIFY2(parts.size() >= 2, qPrintable(QString::number(parts.size())));
            const QString where = QStringLiteral("after %1 lines").arg(filler);
            QVERIFY2(pageOf(layout->frameBoundingRect(parts.first()).top()) == pageOf(layout->blockBoundingRect(heading).top()), qPrintable(where));
            int count = 0;
            for (QTextTable *table : parts) {
                QCOMPARE(doc->findBlock(table->cellAt(0, 0).firstPosition()).text(), QStringLiteral("Action"));
                count += table->rows() - 1;
                const QTextTableCell last = table->cellAt(table->rows() - 1, 0);
                const QRectF text = layout->blockBoundingRect(doc->findBlock(last.firstPosition()));
                const QRectF frame = layout->frameBoundingRect(table);
                QVERIFY2(pageOf(text.bottom() - 0.5) == pageOf(frame.top()), qPrintable(where));
                QVERIFY2(frame.bottom() - text.bottom() < page * 0.02,
                         qPrintable(QStringLiteral("%1: %2 of a page below the last row").arg(where).arg((frame.bottom() - text.bottom()) / page)));
            }
            QCOMPARE(count, 60);
        }
        // A page's worth of places: some moved the heading and its table.
        QVERIFY2(moved > 0, "no place moved the table overleaf");
    }

    void letterIssuesAreStored()
    {
        PublicationStore publications(m_db->connectionName());
        QSignalSpy changed(&publications, &PublicationStore::issuesChanged);
        LetterIssue issue;
        issue.number = publications.nextIssueNumber();
        QCOMPARE(issue.number, 3);
        issue.date = QDate(2024, 12, 6);
        issue.title = QStringLiteral("Bilan du Mois de l'ESS");
        issue.sections = {LetterIssue::ArticleSection};
        QVERIFY(publications.saveIssue(issue));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(*publications.issue(3), issue);
        LetterIssue clash = issue;
        clash.id = 0;
        QVERIFY(!publications.saveIssue(clash));
        QVERIFY(publications.errorString().contains(QStringLiteral("3")));
        QCOMPARE(publications.previousIssue(3)->number, 2);
        QVERIFY(publications.removeIssue(issue.id));
        QCOMPARE(publications.latestIssue()->number, 2);
    }

    void identityTravelsWithTheFile()
    {
        PublicationStore publications(m_db->connectionName());
        CouncilIdentity identity = publications.identity();
        QCOMPARE(identity.name, QStringLiteral("Conseil local de l'ESS Sambre-Avesnois"));
        QVERIFY(identity.logo.startsWith("<svg"));
        identity.primary = QColor(QStringLiteral("#336699"));
        QVERIFY(publications.setIdentity(identity));
        QCOMPARE(publications.identity(), identity);
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
