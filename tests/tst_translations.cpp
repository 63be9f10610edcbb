#include "app/commandline.h"
#include "app/languagesetup.h"
#include "models/domain/datasize.h"
#include "models/domain/unitnoun.h"
#include "models/interchange/importreport.h"
#include "models/observatory/headcountband.h"

#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QLocale>
#include <QXmlStreamReader>
#include <QtTest>

/// The French translation is complete: every message has a finished text.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    /// --lang fr gives French messages, French dates and numbers, and Qt's
    /// own dialogs in French (qtbase_fr.qm).
    void frenchIsInstalled()
    {
        QCOMPARE(LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Undo"), QStringLiteral("&Annuler"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        QCOMPARE(QLocale().toString(QDate(2012, 6, 1), QStringLiteral("dddd d MMMM yyyy")), QStringLiteral("vendredi 1 juin 2012"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u202f234,5"));
    }

    void frenchIsComplete()
    {
        QFile file(QStringLiteral(ESSAIM_SOURCE_DIR "/translations/essaim_fr.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const bool plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")
                    || false;
                QString text;
                if (!plural) {
                    text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || (!plural && text.trimmed().isEmpty() && !source.trimmed().isEmpty()))
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 200, qPrintable(QString::number(messages)));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1String(" | "))));
    }

    /// French typography in every French text (see README, "For developers"):
    /// « guillemets » with a non-breaking space inside, never “ ” ; a
    /// non-breaking space (U+00A0) before : ; ! ? that end a word. Marks
    /// inside a word stay: 18:00, https://, code;level, %1:%2.
    void frenchTypography()
    {
        QFile file(QStringLiteral(ESSAIM_SOURCE_DIR "/translations/essaim_fr.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList wrong;
        int texts = 0;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message"))
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            const bool isText = xml.name() == QLatin1String("numerusform") || (xml.name() == QLatin1String("translation") && !numerus);
            if (!isText)
                continue;
            const QString text = xml.readElementText();
            ++texts;
            const QString problem = typographyProblem(text);
            if (!problem.isEmpty())
                wrong << problem + QStringLiteral(": ") + text;
        }
        QVERIFY(!xml.hasError());
        QVERIFY(texts > 1000);
        QVERIFY2(wrong.isEmpty(), qPrintable(QString::number(wrong.size()) + QLatin1Char('\n') + wrong.join(QLatin1Char('\n'))));
    }

    /// The rule itself: what it refuses and what it leaves alone.
    void typographyRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("right");
        QTest::newRow("english quotes") << QStringLiteral("Le fichier “%1” est lu.") << false;
        QTest::newRow("guillemets") << QStringLiteral("Le fichier «\u00a0%1\u00a0» est lu.") << true;
        QTest::newRow("guillemets, plain space") << QStringLiteral("Le fichier « %1 » est lu.") << false;
        QTest::newRow("colon glued") << QStringLiteral("Attention: le fichier") << false;
        QTest::newRow("colon, plain space") << QStringLiteral("Attention : le fichier") << false;
        QTest::newRow("colon, no-break space") << QStringLiteral("Attention\u00a0: le fichier") << true;
        QTest::newRow("question at the end") << QStringLiteral("Supprimer?") << false;
        QTest::newRow("semicolon, plain space") << QStringLiteral("illisible ; écrivez-la") << false;
        QTest::newRow("exclamation, no-break space") << QStringLiteral("C'est fait\u00a0!") << true;
        QTest::newRow("time") << QStringLiteral("à 18:00 le soir") << true;
        QTest::newRow("web address") << QStringLiteral("voir https://example.org/?q=1") << true;
        QTest::newRow("format tokens") << QStringLiteral("(kind;code;year)") << true;
        QTest::newRow("placeholders") << QStringLiteral("%1:%2") << true;
        QTest::newRow("the sign itself") << QStringLiteral("point-virgule (;)") << true;
        QTest::newRow("file filter") << QStringLiteral("Fichiers CSV (*.csv);;Tous les fichiers (*)") << true;
    }

    void typographyRule()
    {
        QFETCH(QString, text);
        QFETCH(bool, right);
        QCOMPARE(typographyProblem(text).isEmpty(), right);
    }

    /// The French pages of the user guide follow the same rule.
    void frenchGuideTypography()
    {
        const QDir dir(QStringLiteral(ESSAIM_SOURCE_DIR "/resources/help/fr"));
        const QStringList pages = dir.entryList({QStringLiteral("*.html")});
        QVERIFY(pages.size() >= 15);
        QStringList wrong;
        static const QRegularExpression verbatim(QStringLiteral("<(code|pre|style|kbd)[^>]*>.*?</\\1>"),
                                                 QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
        for (const QString &page : pages) {
            QFile file(dir.filePath(page));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(file.readAll());
            text.remove(verbatim).replace(tag, QStringLiteral("\n")).replace(QLatin1String("&nbsp;"), QString(QChar(0x00a0)));
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                const QString problem = typographyProblem(line);
                if (!problem.isEmpty())
                    wrong << page + QStringLiteral(": ") + problem + QStringLiteral(": ") + line;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    /// Counts in sentences agree with their noun: "1 structure", "2 structures".
    void frenchPlurals()
    {
        LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("fr"));
        ImportReport report;
        report.created = 1;
        report.updated = 2;
        report.skipped = 0;
        QCOMPARE(report.summary(), QStringLiteral("1 créé, 2 mis à jour, 0 ignoré, 0 rejeté, 0 importé avec avertissement."));
        report.created = 3;
        report.skipped = 2;
        report.rejectedRows = {RejectedRow{}, RejectedRow{}};
        report.warned = 2;
        QCOMPARE(report.summary(), QStringLiteral("3 créés, 2 mis à jour, 2 ignorés, 2 rejetés, 2 importés avec avertissements."));
        const auto tr = [](const char *context, const char *source, int n) { return QCoreApplication::translate(context, source, nullptr, n); };
        QCOMPARE(tr("ActorSiteExporter", "%Ln structure(s)", 1), QStringLiteral("1 structure"));
        QCOMPARE(tr("ActorSiteExporter", "%Ln structure(s)", 2), QStringLiteral("2 structures"));
        QCOMPARE(tr("ActorSiteExporter", "%Ln structure(s)", 1500), QStringLiteral("1\u202f500 structures"));
        // A count the sources write %n is grouped the French way all the same.
        QCOMPARE(tr("DirectoryTab", "%n actor(s)", 98021), QStringLiteral("98\u202f021 acteurs"));
        QCOMPARE(tr("ImportReport", "%n created", 12000), QStringLiteral("12\u202f000 créés"));
        QCOMPARE(tr("AgendaTab", "%1 of %n place(s)", 1).arg(tr("AgendaTab", "%n registered", 1)), QStringLiteral("1 inscrit sur 1 place"));
        QCOMPARE(tr("AgendaTab", "%1 of %n place(s)", 30).arg(tr("AgendaTab", "%n registered", 12)), QStringLiteral("12 inscrits sur 30 places"));
        QCOMPARE(QCoreApplication::translate("RegistrationsDialog", "%1, %2, %3")
                     .arg(tr("RegistrationsDialog", "%n present", 1), tr("RegistrationsDialog", "%n excused", 2), tr("RegistrationsDialog", "%n absent", 0)),
                 QStringLiteral("1 présent, 2 excusés, 0 absent"));
        QCOMPARE(QCoreApplication::translate("RegistrationsDialog", "Capacity passed: %1 for %2.")
                     .arg(tr("RegistrationsDialog", "%n registration(s)", 21), tr("RegistrationsDialog", "%n place(s)", 20)),
                 QStringLiteral("Capacité dépassée\u00a0: 21 inscriptions pour 20 places."));
        QCOMPARE(tr("AgendaTab", "%n event(s) imported from “%1”.", 1).arg(QStringLiteral("a.ics")),
                 QStringLiteral("1 événement importé depuis «\u00a0a.ics\u00a0»."));
        // An indicator's unit as the user typed it, in the plural.
        QCOMPARE(UnitNoun::withValue(QStringLiteral("1"), 1, QStringLiteral("structures")), QStringLiteral("1 structure"));
        QCOMPARE(UnitNoun::withValue(QStringLiteral("0,5"), 0.5, QStringLiteral("heures de bénévolat")), QStringLiteral("0,5 heure de bénévolat"));
        QCOMPARE(UnitNoun::withValue(QStringLiteral("1"), 1, QStringLiteral("participants aux ateliers")), QStringLiteral("1 participant aux ateliers"));
        QCOMPARE(UnitNoun::withValue(QStringLiteral("1"), 1, QStringLiteral("structures accompagnées")), QStringLiteral("1 structure accompagnée"));
        QCOMPARE(UnitNoun::withValue(QStringLiteral("1"), 1, QStringLiteral("fois")), QStringLiteral("1 fois"));
        QCOMPARE(UnitNoun::withValue(QStringLiteral("1"), 1, QStringLiteral("ETP")), QStringLiteral("1 ETP"));
        QCOMPARE(UnitNoun::withValue(QStringLiteral("2"), 2, QStringLiteral("structures")), QStringLiteral("2 structures"));
        LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(UnitNoun::withValue(QStringLiteral("0.5"), 0.5, QStringLiteral("hours")), QStringLiteral("0.5 hours"));
        QCOMPARE(UnitNoun::withValue(QStringLiteral("1"), 1, QStringLiteral("structures")), QStringLiteral("1 structure"));
        QCOMPARE(report.summary(), QStringLiteral("3 created, 2 updated, 2 skipped, 2 rejected, 2 imported with warnings."));
    }

    /// File sizes as the desk writes them; the command line's one prefix.
    void frenchSizesAndPrefix()
    {
        LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(DataSize::text(778240), QStringLiteral("760\u00a0Ko"));
        QCOMPARE(DataSize::text(3 * 1024 * 1024 + 200000), QStringLiteral("3,2\u00a0Mo"));
        QCOMPARE(DataSize::text(2 * 1024 * 1024), QStringLiteral("2\u00a0Mo"));
        QCOMPARE(DataSize::text(900), QStringLiteral("900 octets"));
        QCOMPARE(DataSize::text(1), QStringLiteral("1 octet"));
        QCOMPARE(CommandLine::failure(QStringLiteral("la base est introuvable.")), QStringLiteral("essaim\u00a0: la base est introuvable."));
        HeadcountBand none;
        none.code = QStringLiteral("00");
        none.max = 0;
        QCOMPARE(none.shortLabel(), QStringLiteral("0 salarié"));
        LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(DataSize::text(778240), QStringLiteral("760\u00a0KB"));
        QCOMPARE(CommandLine::failure(QStringLiteral("no database.")), QStringLiteral("essaim: no database."));
    }

private:
    /// Empty when @p text follows the French rule, else what is wrong.
    static QString typographyProblem(const QString &text)
    {
        static const QRegularExpression english(QStringLiteral("[\u201c\u201d]"));
        static const QRegularExpression openGuillemet(QStringLiteral("«(?!\u00a0)"));
        static const QRegularExpression closeGuillemet(QStringLiteral("(?<!\u00a0)»"));
        // A mark that ends a word (followed by a space or the end) glued to it...
        static const QRegularExpression glued(QStringLiteral("[\\p{L}\\p{N}%)»][:;!?](?=\\s|$)"));
        // ...or after a plain (or narrow) space.
        static const QRegularExpression plain(QStringLiteral("[\\p{L}\\p{N}%)»][ \u202f][:;!?](?=\\s|$|[)»])"));
        if (text.contains(english))
            return QStringLiteral("“ ” instead of « »");
        if (text.contains(openGuillemet) || text.contains(closeGuillemet))
            return QStringLiteral("« » without a no-break space inside");
        if (text.contains(glued))
            return QStringLiteral("no space before : ; ! ?");
        if (text.contains(plain))
            return QStringLiteral("a plain space before : ; ! ?");
        return {};
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
