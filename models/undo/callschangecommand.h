#pragma once

#include "models/domain/callforprojects.h"

#include <QList>
#include "storecommand.h"

class ProjectStore;

/// Calls for projects added (an import, a new call) or removed: undo takes
/// back what redo did, with the same ids so the requests that answer a call
/// find it again.
class CallsChangeCommand : public StoreCommand
{
public:
    CallsChangeCommand(ProjectStore *store, const QList<CallForProjects> &removed, const QList<CallForProjects> &added,
                       const QString &text, QUndoCommand *parent = nullptr);



protected:
    bool apply() override;
    bool revert() override;

private:
    bool change(const QList<CallForProjects> &remove, QList<CallForProjects> &add);

    ProjectStore *m_store;
    QList<CallForProjects> m_removed;
    QList<CallForProjects> m_added;
};
