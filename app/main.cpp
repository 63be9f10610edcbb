#include "commandline.h"
#include "languagesetup.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool headless = CommandLine::isHeadless(arguments);

    // The commands run without a display: no QApplication for them.
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Essaim"));
    QCoreApplication::setApplicationName(QStringLiteral("essaim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ESSAIM_VERSION));
    LanguageSetup::install(app.get(), CommandLine::languageOption(arguments));

    if (headless) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(arguments, out, err);
    }

    QApplication::setApplicationDisplayName(QStringLiteral("Essaim"));
    QApplication::setDesktopFileName(QStringLiteral("fr.ess.Essaim"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/essaim.svg")));
    MainWindow window;
    window.show();

    QString path;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--db") && i + 1 < arguments.size())
            path = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--db=")))
            path = arguments.at(i).mid(5);
    }
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("lastDatabase"), CommandLine::defaultDatabasePath()).toString();
    window.openDatabase(path, true);
    return app->exec();
}
