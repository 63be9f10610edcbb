#pragma once

#include "models/sync/writepolicy.h"

#include <QMenu>

#include <functional>

class ActorStore;
class Database;
class QUndoStack;

/// The "Personal data" menu: a person's rights, the register of processing
/// activities, the retention review, the journal and the check of what
/// needs attention, over the open database.
class PrivacyMenu : public QMenu
{
    Q_OBJECT

public:
    explicit PrivacyMenu(QWidget *parent = nullptr);
    void attach(Database *database, ActorStore *actors, QUndoStack *undoStack);
    void detach();

    void showPerson();
    void showRegister();
    void showRetention();
    void showJournal(qint64 contactId = 0);
    void showCheck();
    /// What this person may change on a shared server: the register of
    /// processing activities and the retention review are the
    /// coordinator's (everyone else opens them read-only, the sentence
    /// under them: a reader must be able to read and print the register);
    /// a reader's person dialog withdraws and erases nothing.
    void setWritePolicy(const WritePolicy &policy);

private:
    QAction *add(const QString &name, const QString &text, const std::function<void()> &slot);

    Database *m_database = nullptr;
    ActorStore *m_actors = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QString m_readerRefusal;
    QString m_councilRefusal;
};
