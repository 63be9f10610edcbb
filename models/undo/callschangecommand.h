#pragma once

#include "callforprojects.h"

#include <QList>
#include <QUndoCommand>

class ProjectStore;

/// Calls for projects added (an import, a new call) or removed: undo takes
/// back what redo did, with the same ids so the requests that answer a call
/// find it again.
class CallsChangeCommand : public QUndoCommand
{
public:
    CallsChangeCommand(ProjectStore *store, const QList<CallForProjects> &removed, const QList<CallForProjects> &added,
                       const QString &text, QUndoCommand *parent = nullptr);

    /// Applies now, so a failure is told before the command goes on the stack.
    bool applyNow();

    void undo() override;
    void redo() override;

private:
    bool apply(const QList<CallForProjects> &remove, QList<CallForProjects> &add);

    ProjectStore *m_store;
    QList<CallForProjects> m_removed;
    QList<CallForProjects> m_added;
    bool m_skipRedo = false;
};
