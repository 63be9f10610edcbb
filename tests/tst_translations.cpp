#include "languagesetup.h"

#include <QDate>
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
