#pragma once

#include <QDialog>

class QLineEdit;

/// Asks for the passphrase of an encrypted backup copy before restoring it.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PassphraseDialog(const QString &backupName, QWidget *parent = nullptr);
    QString passphrase() const;
    void setPassphrase(const QString &passphrase);

private:
    QLineEdit *m_edit;
};
