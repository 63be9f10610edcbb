#include "syncdigest.h"

#include "localrecords.h"
#include "synccatalog.h"

#include <QCryptographicHash>
#include <QJsonDocument>

QByteArray SyncDigest::of(const QString &connectionName)
{
    LocalRecords records(connectionName);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SyncTable &table : SyncCatalog::tables()) {
        QStringList keys = records.keys(table.name);
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const std::optional<QJsonObject> data = records.read(table.name, key);
            hash.addData(table.name.toUtf8());
            hash.addData(key.toUtf8());
            if (data)
                hash.addData(QJsonDocument(*data).toJson(QJsonDocument::Compact));
        }
    }
    return hash.result().toHex();
}
