#include "councilactions.h"

#include "mainwindow.h"
#include "models/stores/actorstore.h"
#include "models/stores/councilfactory.h"
#include "models/stores/territorystore.h"
#include "models/undo/changeterritorycommand.h"
#include "views/newcouncilwizard.h"
#include "views/prompter.h"
#include "views/territorydialog.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

CouncilActions::CouncilActions(MainWindow *window, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_undoStack(undoStack)
    , m_newCouncil(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("New &council…"), this))
    , m_territory(new QAction(QIcon::fromTheme(QStringLiteral("map-flat")), tr("&Territory of the council…"), this))
{
    m_newCouncil->setObjectName(QStringLiteral("newCouncilAction"));
    m_newCouncil->setStatusTip(tr("Create the database of a council on its own territory, anywhere in France"));
    connect(m_newCouncil, &QAction::triggered, this, [this] { newCouncil(); });
    m_territory->setObjectName(QStringLiteral("territoryAction"));
    m_territory->setStatusTip(tr("Change the EPCIs, départements and communes the council covers"));
    m_territory->setEnabled(false);
    connect(m_territory, &QAction::triggered, this, &CouncilActions::editTerritory);
}

void CouncilActions::attach(const QString &connectionName, ActorStore *actors)
{
    detach();
    m_store = new TerritoryStore(connectionName, this);
    // Every view reads the territory again, as after an import.
    connect(m_store, &TerritoryStore::territoryChanged, actors, &ActorStore::actorsReset);
    m_territory->setEnabled(true);
}

void CouncilActions::detach()
{
    delete m_store;
    m_store = nullptr;
    m_territory->setEnabled(false);
}

bool CouncilActions::newCouncil(const QString &suggestedPath)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    NewCouncilWizard wizard(suggestedPath.isEmpty() ? QDir(documents).filePath(tr("council.essaim")) : suggestedPath, m_window);
    if (Prompter::exec(&wizard) != QDialog::Accepted)
        return false;
    CouncilFactory factory;
    const QString path = wizard.filePath();
    if (factory.create(path, wizard.identity(), wizard.territory(), wizard.withDemo()) != CouncilFactory::Result::Created) {
        Prompter::warning(m_window, tr("New council"), factory.errorString());
        return false;
    }
    if (!m_window->openDatabase(path, false))
        return false;
    m_window->statusBar()->showMessage(tr("The council’s database “%1” was created: %n commune(s), %2 inhabitants.", nullptr,
                                          factory.communeCount())
                                           .arg(QDir::toNativeSeparators(path), QLocale().toString(factory.population())),
                                       10000);
    return true;
}

void CouncilActions::editTerritory()
{
    if (!m_store)
        return;
    const QList<TerritorySpec> before = m_store->specs();
    TerritoryDialog dialog(before, m_window);
    if (Prompter::exec(&dialog) != QDialog::Accepted || dialog.specs() == before)
        return;
    auto *command = new ChangeTerritoryCommand(m_store, before, dialog.specs());
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(m_window, tr("Territory of the council"), m_store->errorString());
        return;
    }
    m_undoStack->push(command);
    m_window->statusBar()->showMessage(tr("The territory now has %n commune(s), %1 inhabitants.", nullptr, m_store->communeCount())
                                           .arg(QLocale().toString(m_store->population())),
                                       8000);
}
