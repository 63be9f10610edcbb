#pragma once

#include <QObject>
#include <QString>

class ActorStore;
class MainWindow;
class QAction;
class QUndoStack;
class TerritoryStore;

/// The council's own actions of the window: File ▸ New council… (the
/// assistant, also shown at first start) and File ▸ Territory of the
/// council… (an undoable change). Kept apart from MainWindow, which only
/// places the actions and tells when a database comes and goes.
class CouncilActions : public QObject
{
    Q_OBJECT

public:
    CouncilActions(MainWindow *window, QUndoStack *undoStack);

    QAction *newCouncilAction() const { return m_newCouncil; }
    QAction *territoryAction() const { return m_territory; }
    /// The open database's territory; announces its changes to @p actors.
    void attach(const QString &connectionName, ActorStore *actors);
    void detach();
    TerritoryStore *territoryStore() const { return m_store; }

    /// Runs the assistant, creates the council's database and opens it; false when cancelled or refused.
    bool newCouncil(const QString &suggestedPath = QString());
    void editTerritory();

private:
    MainWindow *m_window;
    QUndoStack *m_undoStack;
    QAction *m_newCouncil;
    QAction *m_territory;
    TerritoryStore *m_store = nullptr;
};
