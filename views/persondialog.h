#pragma once

#include "models/privacy/personstore.h"

#include <QDialog>

class ActorStore;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

/// A person's rights in one place (RGPD articles 15 to 21): find the person
/// by name, e-mail or phone across contacts and registrations, then give
/// them everything held (PDF, JSON), withdraw a consent, or erase them.
/// Withdrawals and erasures are steps of the undo stack; an erasure's undo
/// lives in memory only, for the session.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(const QString &connectionName, ActorStore *actors, QUndoStack *undoStack, QWidget *parent = nullptr);

    void search(const QString &text);
    /// Why this person may not change shared data (a reader of a shared
    /// server): withdrawing and erasing are disabled with the sentence as
    /// tip; the exports of the right of access stay.
    void setRefusal(const QString &why);

signals:
    void journalRequested(qint64 contactId);

private:
    std::optional<PersonStore::Match> current() const;
    PersonDossier currentDossier() const;
    void updateButtons();
    void exportPdf();
    void exportJson();
    void withdraw(const QString &purpose);
    void erase();

    QString m_connectionName;
    ActorStore *m_actors;
    QUndoStack *m_undoStack;
    QString m_refusal;
    QList<PersonStore::Match> m_matches;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_pdf;
    QPushButton *m_json;
    QPushButton *m_withdrawGuide;
    QPushButton *m_withdrawLetter;
    QPushButton *m_erase;
    QPushButton *m_journal;
};
