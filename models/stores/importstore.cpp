#include "importstore.h"

#include "models/domain/clock.h"
#include "models/domain/textkey.h"
#include "models/interchange/csvreader.h"
#include "models/storage/database.h"
#include "models/storage/rawstatement.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
const char *entryColumns = "kind, key, actor_id, name, legal_category, ess_flag, family, family_reason, headcount_band, "
                           "band_year, address, postcode, commune_insee, commune_name, created_on, closed, closed_on, batch_id";

RegisterEntry readEntry(const QSqlQuery &q)
{
    RegisterEntry e;
    int i = 0;
    e.kind = q.value(i++).toString();
    e.key = q.value(i++).toString();
    e.actorId = q.value(i++).toLongLong();
    e.name = q.value(i++).toString();
    e.legalCategory = q.value(i++).toString();
    e.essFlag = q.value(i++).toString();
    e.family = q.value(i++).toString();
    e.familyReason = q.value(i++).toString();
    e.headcountBand = q.value(i++).toString();
    e.bandYear = q.value(i++).toInt();
    e.address = q.value(i++).toString();
    e.postcode = q.value(i++).toString();
    e.communeInsee = q.value(i++).toString();
    e.communeName = q.value(i++).toString();
    e.createdOn = q.value(i++).toString();
    e.closed = q.value(i++).toBool();
    e.closedOn = q.value(i++).toString();
    e.batchId = q.value(i++).toLongLong();
    return e;
}
} // namespace

ImportStore::ImportStore(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

ImportStore::~ImportStore() = default;

bool ImportStore::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = q.lastError().databaseText();
    return false;
}

ImportContext ImportStore::context() const
{
    ImportContext c;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT insee, name, postcodes FROM communes WHERE in_territory = 1 ORDER BY insee"))) {
            while (q.next()) {
                Commune commune;
                commune.insee = q.value(0).toString();
                commune.name = q.value(1).toString();
                commune.postcodes = q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                c.communes << commune;
            }
        }
    }
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT id, name FROM sectors"))) {
            while (q.next())
                c.sectorIds.insert(TextKey::normalizedName(q.value(1).toString()), q.value(0).toLongLong());
        }
    }
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT code, label, family FROM legal_categories"))) {
            while (q.next()) {
                c.categoryLabels.insert(q.value(0).toString(), q.value(1).toString());
                c.categoryFamilies.insert(q.value(0).toString(), q.value(2).toString());
            }
        }
    }
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT siren, family, note FROM family_overrides"))) {
            while (q.next())
                c.overrides.insert(q.value(0).toString(), qMakePair(q.value(1).toString(), q.value(2).toString()));
        }
    }
    // The bands are reference data shipped with the program, not a table.
    const auto bands = CsvReader::readFile(QStringLiteral(":/data/tranches_effectifs.csv"), QLatin1Char(';'));
    for (int r = 1; r < bands.size(); ++r) {
        const QStringList &row = bands.at(r);
        if (row.size() >= 4)
            c.bands.insert(row.at(0), qMakePair(row.at(2).toInt(), row.at(3).trimmed().isEmpty() ? -1 : row.at(3).toInt()));
    }
    return c;
}

QList<ImportStore::ActorKey> ImportStore::actorKeys() const
{
    QList<ActorKey> keys;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, siren, siret, rna, COALESCE(commune_insee, ''), commune_name FROM actors"))) {
        while (q.next()) {
            keys << ActorKey{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        }
    }
    return keys;
}

QHash<QString, RegisterEntry> ImportStore::registerEntries(const QString &kind) const
{
    QHash<QString, RegisterEntry> entries;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM register_entries WHERE kind = ?").arg(QString::fromLatin1(entryColumns)));
    q.addBindValue(kind);
    if (q.exec()) {
        while (q.next()) {
            const RegisterEntry e = readEntry(q);
            entries.insert(e.key, e);
        }
    }
    return entries;
}

QList<RegisterEntry> ImportStore::entriesOfActor(qint64 actorId) const
{
    QList<RegisterEntry> entries;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM register_entries WHERE actor_id = ? ORDER BY kind").arg(QString::fromLatin1(entryColumns)));
    q.addBindValue(actorId);
    if (q.exec()) {
        while (q.next())
            entries << readEntry(q);
    }
    return entries;
}

bool ImportStore::upsertEntry(const RegisterEntry &e)
{
    // One row per unit of a register: a département's RNA file is tens of
    // thousands of them, written through SQLite's own API.
    if (!m_upsert) {
        const QByteArray sql = QStringLiteral("INSERT OR REPLACE INTO register_entries(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                   .arg(QString::fromLatin1(entryColumns))
                                   .toUtf8();
        m_upsert = std::make_unique<RawStatement>(Database::sqliteHandle(m_connectionName), sql.constData());
    }
    RawStatement &q = *m_upsert;
    q.text(e.kind);
    q.text(e.key);
    e.actorId > 0 ? q.integer(e.actorId) : q.null();
    q.text(e.name);
    q.text(e.legalCategory);
    q.text(e.essFlag);
    q.text(e.family);
    q.text(e.familyReason);
    q.text(e.headcountBand);
    e.bandYear > 0 ? q.integer(e.bandYear) : q.null();
    q.text(e.address);
    q.text(e.postcode);
    q.text(e.communeInsee);
    q.text(e.communeName);
    q.text(e.createdOn);
    q.integer(e.closed);
    q.text(e.closedOn);
    e.batchId > 0 ? q.integer(e.batchId) : q.null();
    return q.run() || (m_error = q.errorString(), false);
}

bool ImportStore::removeEntry(const QString &kind, const QString &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM register_entries WHERE kind = ? AND key = ?"));
    q.addBindValue(kind);
    q.addBindValue(key);
    return exec(q);
}

qint64 ImportStore::createBatch(const Batch &b)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO import_batches(format, files, imported_at, created, updated, skipped, rejected) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(b.format));
    q.addBindValue(text(b.files));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODate));
    q.addBindValue(b.created);
    q.addBindValue(b.updated);
    q.addBindValue(b.skipped);
    q.addBindValue(b.rejected);
    if (!exec(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool ImportStore::addBatchItem(qint64 batchId, qint64 actorId, const QString &action)
{
    if (!m_item) {
        m_item = std::make_unique<RawStatement>(Database::sqliteHandle(m_connectionName),
                                                "INSERT OR REPLACE INTO import_batch_items(batch_id, actor_id, action) VALUES (?, ?, ?)");
    }
    m_item->integer(batchId);
    m_item->integer(actorId);
    m_item->text(action);
    return m_item->run() || (m_error = m_item->errorString(), false);
}

bool ImportStore::setBatchUndone(qint64 batchId, bool undone)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE import_batches SET undone = ? WHERE id = ?"));
    q.addBindValue(int(undone));
    q.addBindValue(batchId);
    return exec(q);
}

QList<ImportStore::Batch> ImportStore::batches() const
{
    QList<Batch> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT id, format, files, imported_at, created, updated, skipped, rejected, undone "
                              "FROM import_batches ORDER BY id"))) {
        while (q.next()) {
            list << Batch{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt(), q.value(8).toBool()};
        }
    }
    return list;
}

QStringList ImportStore::presetNames() const
{
    QStringList names;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT name FROM import_presets ORDER BY name"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

QByteArray ImportStore::preset(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT mapping FROM import_presets WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString().toUtf8() : QByteArray();
}

bool ImportStore::savePreset(const QString &name, const QByteArray &mapping)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO import_presets(name, mapping, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(mapping));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODate));
    return exec(q);
}

bool ImportStore::removePreset(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM import_presets WHERE name = ?"));
    q.addBindValue(name);
    return exec(q);
}

bool ImportStore::setFamilyOverride(const QString &siren, const QString &family, const QString &note)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO family_overrides(siren, family, note, set_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(siren);
    q.addBindValue(family);
    q.addBindValue(text(note));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODate));
    return exec(q);
}

bool ImportStore::clearFamilyOverride(const QString &siren)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM family_overrides WHERE siren = ?"));
    q.addBindValue(siren);
    return exec(q);
}
