#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

QString LanguageSetup::install(QCoreApplication *app, const QString &requested)
{
    QString language = requested;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    if (language != QLatin1String("fr"))
        language = QStringLiteral("en");

    const QLocale locale = language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto *essaim = new QTranslator(app);
    if (essaim->load(locale, QStringLiteral("essaim"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app->installTranslator(essaim);
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalogue : {QStringLiteral("qtbase"), QStringLiteral("qt")}) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, catalogue, QStringLiteral("_"), qtPath)) {
            app->installTranslator(qt);
            break;
        }
    }
    return language;
}
