#include "saveregistercommand.h"

#include "processingregister.h"

SaveRegisterCommand::SaveRegisterCommand(const QString &connectionName, const QList<ProcessingActivity> &before,
                                         const QList<ProcessingActivity> &after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_connectionName(connectionName)
    , m_before(before)
    , m_after(after)
{
}

void SaveRegisterCommand::undo()
{
    ProcessingRegister(m_connectionName).save(m_before);
}

void SaveRegisterCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    ProcessingRegister(m_connectionName).save(m_after);
}
