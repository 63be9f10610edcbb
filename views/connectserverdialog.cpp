#include "connectserverdialog.h"

#include "models/sync/serveraddress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("Keep the password in this computer's secret store"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a shared server"));
    setObjectName(QStringLiteral("connectServerDialog"));
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setPlaceholderText(tr("postgresql://server.example.org/council"));
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keep->setObjectName(QStringLiteral("keepPasswordCheck"));
    m_keep->setChecked(true);
    m_error->setObjectName(QStringLiteral("serverError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *intro = new QLabel(tr("The council's coordinator gives you the server's address, your user name and your password. "
                                "The first connection sends this council to an empty server, or receives the council's data into "
                                "a new, empty database."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ConnectServerDialog::url() const
{
    return m_url->text().trimmed();
}

QString ConnectServerDialog::user() const
{
    return m_user->text().trimmed();
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

bool ConnectServerDialog::keepPassword() const
{
    return m_keep->isChecked();
}

void ConnectServerDialog::setValues(const QString &url, const QString &user, const QString &password)
{
    m_url->setText(url);
    m_user->setText(user);
    m_password->setText(password);
}

void ConnectServerDialog::check()
{
    ServerAddress address;
    if (!address.parse(url())) {
        m_error->setText(address.errorString());
        return;
    }
    if (user().isEmpty()) {
        m_error->setText(tr("Write your user name on the server."));
        return;
    }
    accept();
}
