#include "backupdialog.h"

#include "models/domain/datasize.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

BackupDialog::BackupDialog(const QList<BackupManager::Backup> &backups, QWidget *parent, const QDateTime &lastErasure)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Restore a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the copy to go back to. The present state is saved first, so this can be undone by restoring it in turn."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    const QLocale locale;
    for (const BackupManager::Backup &b : backups) {
        QString text = tr("%1 — %2").arg(locale.toString(b.taken, QLocale::LongFormat), DataSize::text(b.size));
        if (b.encrypted)
            text += tr(" — encrypted");
        if (lastErasure.isValid() && b.taken < lastErasure)
            text += tr(" — older than the last erasure: replace it");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, b.path);
        item->setToolTip(b.path);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(520, 320);
}

QString BackupDialog::selectedPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}
