#pragma once

#include "models/storage/backupmanager.h"

#include <QDialog>

class QListWidget;

/// Lists the backup copies of the open database with their dates and lets
/// the user pick the one to restore.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    /// Copies older than @p lastErasure are flagged: they still hold the
    /// erased data and should be replaced.
    BackupDialog(const QList<BackupManager::Backup> &backups, QWidget *parent = nullptr, const QDateTime &lastErasure = {});
    QString selectedPath() const;

private:
    QListWidget *m_list;
};
