#pragma once

#include "localrecords.h"
#include "syncconflict.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

/// The conflicts a synchronisation left, and their resolution: keeping one
/// value or the other, or a value typed by a person, is an ordinary local
/// change that the next synchronisation sends to everyone.
class ConflictStore
{
    Q_DECLARE_TR_FUNCTIONS(ConflictStore)

public:
    explicit ConflictStore(const QString &connectionName);

    /// The conflicts not yet resolved, oldest first.
    std::optional<QList<SyncConflict>> open();
    int openCount();
    /// Puts @p value (the local one, the server's or another) in the
    /// record and closes the conflict; @p previous receives what the record
    /// held, for undo. A whole-record conflict takes the record itself (an
    /// object) or null (deleted).
    bool resolve(qint64 id, const QJsonValue &value, QJsonValue *previous);
    /// Undoes resolve(): the record holds @p previous again, the conflict is open.
    bool reopen(qint64 id, const QJsonValue &previous);

    /// A value as a person reads it (text, number; "(deleted)" for a
    /// record deleted on that side).
    static QString displayValue(const QJsonValue &value, bool wholeRecord);
    QString errorString() const { return m_error; }

private:
    std::optional<SyncConflict> conflict(qint64 id);
    bool put(const SyncConflict &c, const QJsonValue &value, QJsonValue *previous);
    bool setResolved(qint64 id, bool resolved);
    bool fail(const QString &why);

    QString m_connectionName;
    LocalRecords m_records;
    QString m_error;
};
