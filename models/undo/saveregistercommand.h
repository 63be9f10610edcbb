#pragma once

#include "processingactivity.h"

#include <QList>
#include <QUndoCommand>

/// A change to the register of processing activities: undo writes the
/// register as it was, redo the new one (the first redo was the caller's
/// own save).
class SaveRegisterCommand : public QUndoCommand
{
public:
    SaveRegisterCommand(const QString &connectionName, const QList<ProcessingActivity> &before,
                        const QList<ProcessingActivity> &after, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    QString m_connectionName;
    QList<ProcessingActivity> m_before;
    QList<ProcessingActivity> m_after;
    bool m_firstRedo = true;
};
