#include "localrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>

#include <cmath>

namespace {
const QString blobKey = QStringLiteral("$blob");

bool isLocalIdColumn(const QString &name)
{
    return name == QLatin1String("gid");
}
} // namespace

LocalRecords::LocalRecords(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QString LocalRecords::keyExpression(const SyncTable &table, const QString &alias)
{
    if (table.hasGid())
        return alias + QStringLiteral(".gid");
    QStringList parts;
    for (const QString &column : table.keyColumns) {
        const auto ref = table.references.constFind(column);
        if (ref != table.references.constEnd())
            parts << QStringLiteral("(SELECT gid FROM %1 WHERE id = %2.%3)").arg(*ref, alias, column);
        else
            parts << alias + QLatin1Char('.') + column;
    }
    return QStringLiteral("json_array(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString LocalRecords::recordExpression(const SyncTable &table, const QString &alias)
{
    QStringList pairs;
    for (const Column &c : columns(table)) {
        if (c.blob)
            return {};
        const QString value = alias + QLatin1Char('.') + c.name;
        const auto ref = table.references.constFind(c.name);
        // SQLite's JSON writes a REAL with 15 digits: 0.1 + 0.2 would come
        // back as another double than the one read() gives.
        pairs << QStringLiteral("'%1'").arg(c.name)
              << (ref != table.references.constEnd()
                      ? QStringLiteral("(SELECT gid FROM %1 WHERE id = %2)").arg(*ref, value)
                      : QStringLiteral("CASE typeof(%1) WHEN 'real' THEN json(printf('%!.17g', %1)) ELSE %1 END").arg(value));
    }
    return pairs.isEmpty() ? QString() : QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QSqlQuery &LocalRecords::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return *it;
}

bool LocalRecords::fail(const QSqlQuery &q)
{
    m_error = tr("The local database refused a change from the server (%1). Make a backup, then run “essaim check”.")
                  .arg(q.lastError().text());
    return false;
}

const QList<LocalRecords::Column> &LocalRecords::columns(const SyncTable &table)
{
    auto it = m_columns.find(table.name);
    if (it != m_columns.end())
        return *it;
    QList<Column> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name))) {
        while (q.next()) {
            const QString name = q.value(1).toString();
            const bool rowId = table.hasGid() && name == QLatin1String("id");
            if (!rowId && !isLocalIdColumn(name))
                list.append(Column{name, q.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0});
        }
    }
    return *m_columns.insert(table.name, list);
}

qint64 LocalRecords::localId(const QString &kind, const QString &key)
{
    QHash<QString, qint64> &ids = m_ids[kind];
    const auto known = ids.constFind(key);
    if (known != ids.constEnd())
        return *known;
    QSqlQuery &q = statement(QStringLiteral("SELECT id FROM %1 WHERE gid = ?").arg(kind));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    ids.insert(key, id);
    return id;
}

QString LocalRecords::keyOfId(const QString &table, qint64 id)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT gid FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const QString key = q.value(0).toString();
    q.finish();
    return key;
}

QJsonValue LocalRecords::toJson(const SyncTable &table, const Column &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    const auto ref = table.references.constFind(column.name);
    if (ref != table.references.constEnd()) {
        const QString key = keyOfId(*ref, value.toLongLong());
        return key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key);
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return double(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        if (column.blob)
            return QJsonObject{{blobKey, QString::fromLatin1(value.toByteArray().toBase64())}};
        return QString::fromUtf8(value.toByteArray());
    default:
        return value.toString();
    }
}

std::optional<QVariant> LocalRecords::toLocal(const SyncTable &table, const Column &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    const auto ref = table.references.constFind(column.name);
    if (ref != table.references.constEnd()) {
        const qint64 id = localId(*ref, value.toString());
        if (id == 0)
            return std::nullopt;
        return QVariant(id);
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (value.isBool())
        return QVariant(value.toBool() ? 1 : 0);
    if (value.isObject())
        return QVariant(QByteArray::fromBase64(value.toObject().value(blobKey).toString().toLatin1()));
    return QVariant(value.toString());
}

bool LocalRecords::keyCondition(const SyncTable &table, const QString &key, QString *where, QVariantList *values)
{
    if (table.hasGid()) {
        *where = QStringLiteral("gid = ?");
        values->append(key);
        return true;
    }
    const QJsonArray parts = QJsonDocument::fromJson(key.toUtf8()).array();
    if (parts.size() != table.keyColumns.size())
        return false;
    QStringList conditions;
    const QList<Column> &cols = columns(table);
    for (int i = 0; i < parts.size(); ++i) {
        const QString &name = table.keyColumns.at(i);
        Column column{name, false};
        for (const Column &c : cols) {
            if (c.name == name)
                column = c;
        }
        const std::optional<QVariant> value = toLocal(table, column, parts.at(i));
        if (!value || value->isNull())
            return false;
        conditions << name + QStringLiteral(" = ?");
        values->append(*value);
    }
    *where = conditions.join(QStringLiteral(" AND "));
    return true;
}

std::optional<QJsonObject> LocalRecords::read(const QString &kind, const QString &key)
{
    const SyncTable *table = SyncCatalog::table(kind);
    if (!table)
        return std::nullopt;
    QString where;
    QVariantList values;
    if (!keyCondition(*table, key, &where, &values))
        return std::nullopt;
    const QList<Column> &cols = columns(*table);
    QStringList names;
    for (const Column &c : cols)
        names << c.name;
    QSqlQuery &q = statement(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(names.join(QStringLiteral(", ")), kind, where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QList<QVariant> row;
    for (int i = 0; i < cols.size(); ++i)
        row.append(q.value(i));
    q.finish();
    QJsonObject data;
    for (int i = 0; i < cols.size(); ++i)
        data.insert(cols.at(i).name, toJson(*table, cols.at(i), row.at(i)));
    return data;
}

bool LocalRecords::write(const QString &kind, const QString &key, const QJsonObject &data)
{
    m_unresolved = false;
    const SyncTable *table = SyncCatalog::table(kind);
    if (!table)
        return true;
    // The statement depends on which columns the record holds: named by
    // their positions, so that the SQL is built once per shape, not per row.
    const QList<Column> &cols = columns(*table);
    QString shape = kind;
    QVariantList values;
    if (table->hasGid())
        values << key;
    for (qsizetype i = 0; i < cols.size(); ++i) {
        const auto it = data.constFind(cols.at(i).name);
        if (it == data.constEnd())
            continue;
        const std::optional<QVariant> value = toLocal(*table, cols.at(i), *it);
        if (!value) {
            m_unresolved = true;
            m_error = tr("A record from the server points to another one not received yet.");
            return false;
        }
        shape += QLatin1Char(',') + QString::number(i);
        values << *value;
    }
    auto upsert = m_upserts.find(shape);
    if (upsert == m_upserts.end())
        upsert = m_upserts.insert(shape, upsertStatement(*table, data));
    for (const QVariant &v : std::as_const(values))
        upsert->addBindValue(v);
    return upsert->exec() || fail(*upsert);
}

QSqlQuery LocalRecords::upsertStatement(const SyncTable &table, const QJsonObject &data)
{
    QStringList names;
    if (table.hasGid())
        names << QStringLiteral("gid");
    for (const Column &c : columns(table)) {
        if (data.contains(c.name))
            names << c.name;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3) %4")
                  .arg(table.name, names.join(QStringLiteral(", ")), QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                       table.upsertClause(names)));
    return q;
}

bool LocalRecords::remove(const QString &kind, const QString &key)
{
    const SyncTable *table = SyncCatalog::table(kind);
    QString where;
    QVariantList values;
    if (!table || !keyCondition(*table, key, &where, &values))
        return true;
    m_ids.clear();  // the rows that went with it had ids too
    QSqlQuery &q = statement(QStringLiteral("DELETE FROM %1 WHERE %2").arg(kind, where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    return q.exec() || fail(q);
}

QStringList LocalRecords::keys(const QString &kind)
{
    const SyncTable *table = SyncCatalog::table(kind);
    QStringList out;
    if (!table)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM %2").arg(keyExpression(*table, kind), kind))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}
