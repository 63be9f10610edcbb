#pragma once

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
    /// Why this person may not change the council-wide registers (the
    /// register of processing activities and the retention decisions are
    /// a shared server coordinator's): their entries are disabled with
    /// the sentence as tip; empty: enabled.
    void setRefusal(const QString &why);

private:
    QAction *add(const QString &name, const QString &text, const std::function<void()> &slot);

    Database *m_database = nullptr;
    ActorStore *m_actors = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_register = nullptr;
    QAction *m_retention = nullptr;
};
