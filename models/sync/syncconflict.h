#pragma once

#include <QJsonValue>
#include <QString>

/// One field changed both here and on the server (or a record deleted on
/// one side and edited on the other, field empty): both values, who made
/// each and when. The record holds the server's value until a person
/// chooses.
struct SyncConflict
{
    qint64 id = 0;
    QString kind;
    QString key;
    QString record;
    /// Empty for the whole record (a deletion against an edit).
    QString field;
    /// Null for a side that deleted the record.
    QJsonValue localValue;
    QJsonValue serverValue;
    QString localBy;
    QString serverBy;
    QString localAt;
    QString serverAt;
};
