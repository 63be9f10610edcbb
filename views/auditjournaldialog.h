#pragma once

#include "models/privacy/personaldatajournal.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

/// The audit journal of personal data: when, by whom, which action on
/// which record and which fields; for one contact or for all, filtered by
/// action and text, exported to CSV.
class AuditJournalDialog : public QDialog
{
    Q_OBJECT

public:
    AuditJournalDialog(const QString &connectionName, qint64 contactId, QWidget *parent = nullptr);
    int rowCount() const;

private:
    PersonalDataJournal::Filter filter() const;
    void reload();
    void exportCsv();

    QString m_connectionName;
    qint64 m_contactId;
    QComboBox *m_action;
    QLineEdit *m_text;
    QTableWidget *m_table;
};
