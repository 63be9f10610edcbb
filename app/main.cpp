#include "commandline.h"
#include "commandtable.h"
#include "councilactions.h"
#include "invocation.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "models/domain/clock.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Read once, before the application object: which one it is depends on it.
    const Invocation invocation(arguments);
    const bool headless = invocation.isHeadless();
    // The tests of the command line run the program at the instant they pin
    // (an ISO 8601 UTC instant); users never set it.
    if (const QDateTime pinned = QDateTime::fromString(qEnvironmentVariable("ESSAIM_CLOCK"), Qt::ISODate); pinned.isValid())
        Clock::setFixed(pinned);

    // The commands run without a display: no QApplication for them. Printing
    // lays text out with real fonts and draws the observatory's charts (Qt
    // Charts are graphics widgets), so it gets a widget application on the
    // offscreen platform, still without a display.
    const Command *command = headless && invocation.isValid() && !invocation.wantsHelp()
        ? CommandTable::instance().find(invocation.words())
        : nullptr;
    const bool printing = command && command->needsGui(invocation);
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (printing) {
        // A command says one sentence on stderr: the GUI platform's notice about
        // a missing session runtime folder is not the user's business.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                return;
            previous(type, context, message);
        });
    }
    std::unique_ptr<QCoreApplication> app(!headless ? new QApplication(argc, argv)
                                                    : printing ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Essaim"));
    QCoreApplication::setApplicationName(QStringLiteral("essaim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ESSAIM_VERSION));
    LanguageSetup::install(app.get(), invocation.language());

    if (headless) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(invocation, out, err);
    }

    QApplication::setApplicationDisplayName(QStringLiteral("Essaim"));
    QApplication::setDesktopFileName(QStringLiteral("fr.ess.Essaim"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/essaim.svg")));
    MainWindow window;
    window.show();

    QString path = invocation.databasePath();
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("lastDatabase"), invocation.commandDatabasePath()).toString();
        // First start: the council is made on its own territory, not on a default one.
        if (!QFileInfo::exists(path)) {
            window.councilActions()->newCouncil(path);
            return app->exec();
        }
    }
    window.openDatabase(path, true);
    return app->exec();
}
