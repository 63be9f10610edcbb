#include "saveregistercommand.h"

#include "models/privacy/processingregister.h"

SaveRegisterCommand::SaveRegisterCommand(const QString &connectionName, const QList<ProcessingActivity> &before,
                                         const QList<ProcessingActivity> &after, const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_connectionName(connectionName)
    , m_before(before)
    , m_after(after)
{
}

bool SaveRegisterCommand::save(const QList<ProcessingActivity> &activities)
{
    ProcessingRegister processing(m_connectionName);
    if (processing.save(activities))
        return true;
    m_error = processing.errorString();
    return false;
}

bool SaveRegisterCommand::apply()
{
    return save(m_after);
}

bool SaveRegisterCommand::revert()
{
    return save(m_before);
}
