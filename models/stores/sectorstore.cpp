#include "sectorstore.h"

#include "models/search/searchindexwriter.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <functional>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

SectorStore::SectorStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

QList<Sector> SectorStore::all() const
{
    QList<Sector> flat;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name, color, position FROM sectors ORDER BY position, name")))
        return flat;
    while (q.next())
        flat << Sector{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       QColor(q.value(3).toString()), q.value(4).toInt()};
    // Depth-first order so a tree can be built in one pass.
    QList<Sector> ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Sector &s : flat) {
            if (s.parentId == parent) {
                ordered << s;
                visit(s.id);
            }
        }
    };
    visit(0);
    return ordered;
}

Sector SectorStore::sector(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name, color, position FROM sectors WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return Sector{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      QColor(q.value(3).toString()), q.value(4).toInt()};
    return {};
}

QString SectorStore::pathName(qint64 id) const
{
    QStringList parts;
    for (int guard = 0; id > 0 && guard < 16; ++guard) {
        const Sector s = sector(id);
        if (s.id == 0)
            break;
        parts.prepend(s.name);
        id = s.parentId;
    }
    return parts.join(QStringLiteral(" › "));
}

bool SectorStore::add(Sector &sector)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "INSERT INTO sectors(id, parent_id, name, color, position) VALUES (?, ?, ?, ?, "
        "(SELECT COALESCE(max(position), -1) + 1 FROM sectors WHERE parent_id IS ?))"));
    const QVariant parent = sector.parentId > 0 ? QVariant(sector.parentId) : QVariant();
    // A sector with an id is one brought back by a redo, under the id its actors name.
    q.addBindValue(sector.id > 0 ? QVariant(sector.id) : QVariant());
    q.addBindValue(parent);
    q.addBindValue(sector.name.trimmed());
    q.addBindValue(sector.color.isValid() ? sector.color.name() : QStringLiteral("#808080"));
    q.addBindValue(parent);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    sector.id = q.lastInsertId().toLongLong();
    emit sectorsChanged();
    return true;
}

bool SectorStore::update(const Sector &sector)
{
    Transaction transaction(m_connectionName);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sectors SET parent_id = ?, name = ?, color = ? WHERE id = ?"));
    q.addBindValue(sector.parentId > 0 ? QVariant(sector.parentId) : QVariant());
    q.addBindValue(sector.name.trimmed());
    q.addBindValue(sector.color.name());
    q.addBindValue(sector.id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    QSqlQuery actors(db);
    actors.prepare(QStringLiteral("SELECT id FROM actors WHERE sector_id = ?"));
    actors.addBindValue(sector.id);
    if (!actors.exec()) {
        m_error = actors.lastError().databaseText();
        return false;
    }
    QList<qint64> ids;
    while (actors.next())
        ids << actors.value(0).toLongLong();
    SearchIndexWriter index(m_connectionName);
    for (qint64 id : ids) {
        if (!index.reindex(id)) {
            m_error = index.errorString();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit sectorsChanged();
    return true;
}

int SectorStore::actorCount(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM actors WHERE sector_id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool SectorStore::remove(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery children(db);
    children.prepare(QStringLiteral("SELECT count(*) FROM sectors WHERE parent_id = ?"));
    children.addBindValue(id);
    if (children.exec() && children.next() && children.value(0).toInt() > 0) {
        m_error = QCoreApplication::translate("SectorStore", "This sector has sub-sectors: move or remove them first.");
        return false;
    }
    const int used = actorCount(id);
    if (used > 0) {
        m_error = QCoreApplication::translate("SectorStore", "%n actor(s) belong to this sector: give them another sector first.", nullptr, used);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sectors WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    emit sectorsChanged();
    return true;
}
