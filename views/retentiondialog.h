#pragma once

#include "models/privacy/retentionreview.h"

#include <QDialog>

class ActorStore;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

/// The retention review: the contacts without a sign of life for longer
/// than the register's period, with the reason; each one (or all at once)
/// is erased or kept with a dated reason; the former registrations older
/// than the period are anonymised here too. Each is a step of Edit > Undo
/// (an erasure or an anonymisation during the session only).
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(const QString &connectionName, ActorStore *actors, QUndoStack *undoStack, QWidget *parent = nullptr);
    int candidateCount() const;

    /// Shows the review without a way to act on it (a reader of the shared
    /// server, a contributor): the period, the contacts and the former
    /// registrations to be read, nothing kept, erased or anonymised, @p why
    /// under them.
    void setReadOnly(const QString &why);

private:
    void reload();
    QList<qint64> checkedContacts() const;
    void eraseChecked();
    void keepChecked();
    void anonymiseRegistrations();

    QString m_connectionName;
    ActorStore *m_actors;
    QUndoStack *m_undoStack;
    QList<RetentionReview::Candidate> m_candidates;
    QSpinBox *m_months;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QLabel *m_registrations;
    QPushButton *m_keep;
    QPushButton *m_erase;
    QPushButton *m_anonymise;
    QLabel *m_readOnlyNote;
    QString m_refusal;
};
