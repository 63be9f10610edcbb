#pragma once

#include <QString>

/// For the length of a write that fills a new database (a desktop joining its
/// council: over a gigabyte of pages), SQLite's rollback journal instead of
/// the write-ahead log. The log writes every page twice, once into the log
/// and once into the file at the checkpoint, where a rollback journal keeps
/// only the old content of the pages a transaction changes, and the pages of
/// a new database have none. A cut leaves a journal that SQLite plays back at
/// the next opening, as it would the log.
///
/// Only when this connection is the file's only one (Essaim itself opens one
/// per file, and a lock file keeps a second Essaim away): SQLite refuses to
/// leave the log while another program has the file open, and the write
/// then simply goes through the log, readers unblocked. The log comes back
/// when the object goes, and at every opening anyway (Database::open).
class RollbackJournal
{
public:
    explicit RollbackJournal(const QString &connectionName);
    ~RollbackJournal();
    RollbackJournal(const RollbackJournal &) = delete;
    RollbackJournal &operator=(const RollbackJournal &) = delete;

    /// Whether the write goes through the rollback journal.
    bool isActive() const { return m_active; }

    /// Gives a file that is still small (a new database about to receive a
    /// whole council) pages of @p bytes, rewriting it with VACUUM; only while
    /// the journal is active, as SQLite keeps the page size of a file in
    /// write-ahead mode. With 16 KiB pages a gigabyte is written in a quarter
    /// of the pages: fewer B-tree pages to split, a third less system time.
    /// False, the file unchanged, when it is already large or the change is
    /// refused.
    bool enlargePages(int bytes);

private:
    QString m_connectionName;
    bool m_active = false;
};
