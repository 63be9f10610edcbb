#pragma once

#include <QByteArray>
#include <QString>

/// A fingerprint of everything a desktop shares (every record of every
/// shared table, by key, in key order): two desktops in step have the same.
class SyncDigest
{
public:
    static QByteArray of(const QString &connectionName);
};
