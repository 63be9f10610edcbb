// essaim-screenshots: every tab of the window on a fresh demo database,
// saved as pictures to look at (and for the README). It checks nothing: the
// tests do; this is to see what a user sees on the demo of a given day.

#include "app/languagesetup.h"
#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/domain/clock.h"
#include "models/domain/serieseditor.h"
#include "models/storage/database.h"
#include "views/agendatab.h"
#include "views/observatorytab.h"
#include "views/plantab.h"
#include "views/publicationstab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    settle();
    return widget->grab().save(QDir(folder).filePath(name));
}

void shootAgenda(MainWindow &window, const QString &folder)
{
    AgendaTab *agenda = window.agendaTab();
    agenda->goToDate(Clock::today());
    save(&window, folder, QStringLiteral("agenda.png"));
    agenda->setView(AgendaTab::View::Week);
    save(&window, folder, QStringLiteral("agenda-week.png"));
    agenda->setView(AgendaTab::View::Month);
    if (agenda->selectOccurrence(QStringLiteral("Rendez-vous"))) {
        AgendaTab::setScopeChooser([](const QString &) { return int(SeriesEditor::Scope::WholeSeries); });
        AgendaTab::setDialogRunner([&folder](QDialog *dialog) {
            dialog->adjustSize();
            save(dialog, folder, QStringLiteral("agenda-editor.png"));
            return int(QDialog::Rejected);
        });
        agenda->editSelected();
    }
}

void shootPlan(MainWindow &window, const QString &folder)
{
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("planPages"));
    save(&window, folder, QStringLiteral("plan.png"));
    for (int i = 1; pages && i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        save(&window, folder, QStringLiteral("plan-%1.png").arg(i));
    }
    if (pages)
        pages->setCurrentIndex(0);
    window.planTab()->exportTimelinePdf(QDir(folder).filePath(QStringLiteral("plan-timeline.pdf")));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("where the pictures go"));
    parser.addOption({QStringLiteral("today"), QStringLiteral("the day the demo is made and shown (default: today)"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("the interface language (en, fr)"), QStringLiteral("LANG")});
    parser.addHelpOption();
    parser.process(app);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "usage: essaim-screenshots FOLDER [--today YYYY-MM-DD] [--lang fr]\n";
        return 2;
    }
    const QString folder = QDir(parser.positionalArguments().first()).absolutePath();
    if (!QDir().mkpath(folder)) {
        err << "essaim-screenshots: the folder " << folder << " cannot be made.\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("today"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!day.isValid()) {
            err << "essaim-screenshots: write the day as 2026-11-23.\n";
            return 2;
        }
        Clock::setFixed(QDateTime(day, QTime(10, 0)).toUTC());
    }
    LanguageSetup::install(&app, parser.value(QStringLiteral("lang")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.essaim"));
    {
        Database db;
        if (!db.open(path)) {
            err << "essaim-screenshots: " << db.errorString() << "\n";
            return 1;
        }
        DemoDataBuilder demo(db.connectionName());
        if (!demo.build()) {
            err << "essaim-screenshots: the demo cannot be made: " << demo.errorString() << "\n";
            return 1;
        }
    }
    MainWindow window;
    if (!window.openDatabase(path, false))
        return 1;
    window.resize(1400, 900);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    const QStringList names = {QStringLiteral("directory"), QStringLiteral("observatory"), QStringLiteral("agenda"),
                               QStringLiteral("plan"), QStringLiteral("publications")};
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        if (tabs->currentWidget() == window.observatoryTab())
            window.observatoryTab()->refresh();
        if (tabs->currentWidget() == window.agendaTab())
            shootAgenda(window, folder);
        else if (tabs->currentWidget() == window.planTab())
            shootPlan(window, folder);
        else
            save(&window, folder, names.at(i) + QStringLiteral(".png"));
    }
    tabs->setCurrentWidget(window.publicationsTab());
    for (int page = 0; page <= int(PublicationsTab::IdentityPage); ++page) {
        window.publicationsTab()->showPage(PublicationsTab::Page(page));
        save(&window, folder, QStringLiteral("publications-%1.png").arg(page));
    }
    QTextStream(stdout) << "Pictures of the demo of " << Clock::today().toString(Qt::ISODate) << " written to " << folder << "\n";
    return 0;
}
