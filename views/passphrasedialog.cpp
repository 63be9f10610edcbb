#include "passphrasedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PassphraseDialog::PassphraseDialog(const QString &backupName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Encrypted backup"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The copy “%1” is encrypted. Its passphrase:").arg(backupName), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PassphraseDialog::passphrase() const
{
    return m_edit->text();
}

void PassphraseDialog::setPassphrase(const QString &passphrase)
{
    m_edit->setText(passphrase);
}
