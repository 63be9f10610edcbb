#pragma once

#include "models/domain/processingactivity.h"

#include <QList>
#include "storecommand.h"

/// A change to the register of processing activities: undo writes the
/// register as it was, redo the new one (the first redo was the caller's
/// own save).
class SaveRegisterCommand : public StoreCommand
{
public:
    SaveRegisterCommand(const QString &connectionName, const QList<ProcessingActivity> &before,
                        const QList<ProcessingActivity> &after, const QString &text, QUndoCommand *parent = nullptr);


    QString errorString() const { return m_error; }

protected:
    bool apply() override;
    bool revert() override;

private:
    bool save(const QList<ProcessingActivity> &activities);

    QString m_connectionName;
    QList<ProcessingActivity> m_before;
    QList<ProcessingActivity> m_after;
    QString m_error;
};
