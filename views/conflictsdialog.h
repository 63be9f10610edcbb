#pragma once

#include "models/sync/syncconflict.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;
class QUndoStack;

/// File ▸ Conflicts of the synchronisation…: each field changed here and on
/// the server, with both values, who made each and when. Keep mine, keep
/// the server's, or type another value; every choice is one step of the
/// window's undo stack and is sent at the next synchronisation.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(const QString &connectionName, QUndoStack *undo, QWidget *parent = nullptr);

    /// Reads the open conflicts again (after a synchronisation, an undo).
    void reload();

private:
    enum class Choice { Mine, Server, Other };
    void choose(Choice choice);

    QString m_connectionName;
    QUndoStack *m_undo;
    QList<SyncConflict> m_conflicts;
    QTableWidget *m_table;
    QPushButton *m_mine;
    QPushButton *m_server;
    QPushButton *m_other;
};
