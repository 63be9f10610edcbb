#pragma once

#include "models/domain/processingactivity.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

/// The register of processing activities, edited as a table (one row per
/// processing), printed as a PDF and turned into the information notice
/// for the council's site. Saving is one step of the undo stack.
class RegisterDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterDialog(const QString &connectionName, QUndoStack *undoStack, QWidget *parent = nullptr);
    QList<ProcessingActivity> activities() const;
    void accept() override;

    /// Shows the register without a way to change it (a reader of the
    /// shared server, a contributor), @p why under it; printing it and
    /// writing the notice stay.
    void setReadOnly(const QString &why);

private:
    void addRow(const ProcessingActivity &activity);
    void printPdf();
    void writeNotice();

    QString m_connectionName;
    QUndoStack *m_undoStack;
    QList<ProcessingActivity> m_loaded;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_readOnlyNote;
    QDialogButtonBox *m_buttons;
    QString m_refusal;
};
