#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// File ▸ Connect to a shared server…: the server's address, the user's
/// name and password, and whether the password is kept in the desktop's
/// secret store. It checks the address before it closes.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    QString url() const;
    QString user() const;
    QString password() const;
    bool keepPassword() const;
    void setValues(const QString &url, const QString &user, const QString &password);

private:
    void check();

    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
