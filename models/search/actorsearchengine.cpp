#include "actorsearchengine.h"

#include "essfamily.h"
#include "textkey.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <functional>

namespace {

/// A prepared statement that is always finalised, so no read keeps a lock.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (db)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    bool step() { return m_stmt && sqlite3_step(m_stmt) == SQLITE_ROW; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QByteArray columnBytes(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QByteArray(text, sqlite3_column_bytes(stmt, column)) : QByteArray();
}

const char *rankQuery(ActorSearchEngine::SortKey key)
{
    using K = ActorSearchEngine::SortKey;
    switch (key) {
    case K::Acronym: return "SELECT id, acronym FROM actors";
    case K::Family: return "SELECT id, family FROM actors";
    case K::LegalStatus: return "SELECT id, legal_status FROM actors";
    case K::Sector: return "SELECT a.id, s.name FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id";
    case K::Commune: return "SELECT id, commune_name FROM actors";
    case K::Epci:
        return "SELECT a.id, e.name FROM actors a LEFT JOIN communes c ON c.insee = a.commune_insee "
               "LEFT JOIN epcis e ON e.siren = c.epci_siren";
    case K::Postcode: return "SELECT id, postcode FROM actors";
    case K::Siret: return "SELECT id, siret FROM actors";
    case K::Rna: return "SELECT id, rna FROM actors";
    case K::Employer: return "SELECT id, employer FROM actors";
    case K::AcceptsInterns: return "SELECT id, accepts_interns FROM actors";
    case K::CharterSigned: return "SELECT id, charter_signed_on FROM actors";
    case K::Updated: return "SELECT id, updated_at FROM actors";
    case K::Headcount: return "SELECT actor_id, headcount FROM actor_figures WHERE year = ?";
    case K::Name:
    case K::Count: break;
    }
    return "SELECT id, name_key FROM actors";
}

bool isNumeric(ActorSearchEngine::SortKey key)
{
    using K = ActorSearchEngine::SortKey;
    return key == K::Employer || key == K::AcceptsInterns || key == K::Headcount;
}

} // namespace

ActorSearchEngine::ActorSearchEngine(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

sqlite3 *ActorSearchEngine::handle() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString ActorSearchEngine::matchExpression(const QString &text)
{
    // Split as the unicode61 tokenizer does (letters and digits make words),
    // then quote each word so FTS5 syntax typed by the user stays plain text.
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << QStringLiteral("\"%1\"*").arg(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

bool ActorSearchEngine::reindex(const QString &connectionName, qint64 actorId, QString *error)
{
    if (!unindex(connectionName, actorId, error))
        return false;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral(
        "INSERT INTO actor_search(rowid, name, acronym, commune, sector, competencies, contacts) "
        "SELECT a.id, a.name, a.acronym, a.commune_name, COALESCE(s.name, ''), "
        "COALESCE((SELECT group_concat(t.name, ' ') FROM actor_tags t WHERE t.actor_id = a.id AND t.kind = 'competency'), ''), "
        "COALESCE((SELECT group_concat(c.first_name || ' ' || c.last_name, ' ') FROM contacts c WHERE c.actor_id = a.id), '') "
        "FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id WHERE a.id = ?"));
    q.addBindValue(actorId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    return true;
}

bool ActorSearchEngine::unindex(const QString &connectionName, qint64 actorId, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM actor_search WHERE rowid = ?"));
    q.addBindValue(actorId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    return true;
}

void ActorSearchEngine::invalidate()
{
    m_loaded = false;
    m_rows.clear();
    m_rowOfId.clear();
    for (auto &r : m_ranks)
        r.clear();
    m_headcountYear = -1;
}

void ActorSearchEngine::refresh(qint64 actorId)
{
    for (auto &r : m_ranks)
        r.clear();
    m_headcountYear = -1;
    if (!m_loaded)
        return;
    if (actorId >= 0 && actorId < qint64(m_rowOfId.size()) && m_rowOfId[actorId] >= 0)
        m_rows[m_rowOfId[actorId]].flags |= Deleted;
    readRows(actorId);
}

void ActorSearchEngine::ensureLoaded()
{
    if (m_loaded)
        return;
    m_rows.clear();
    m_rowOfId.clear();
    m_loaded = readRows(-1);
}

void ActorSearchEngine::storeRow(const Row &row)
{
    if (row.id < 0)
        return;
    if (std::size_t(row.id) >= m_rowOfId.size())
        m_rowOfId.resize(std::size_t(row.id) + 1, -1);
    qint32 &slot = m_rowOfId[row.id];
    if (slot >= 0) {
        m_rows[slot] = row;
    } else {
        slot = qint32(m_rows.size());
        m_rows.push_back(row);
    }
}

bool ActorSearchEngine::readRows(qint64 onlyId)
{
    sqlite3 *db = handle();
    if (!db)
        return false;
    const char *all =
        "SELECT a.id, a.archived, a.family, COALESCE(a.sector_id, 0), COALESCE(c.rowid, 0), COALESCE(e.rowid, 0), "
        "a.employer, a.accepts_interns, a.charter_signed_on <> '' FROM actors a "
        "LEFT JOIN communes c ON c.insee = a.commune_insee LEFT JOIN epcis e ON e.siren = c.epci_siren";
    const char *one =
        "SELECT a.id, a.archived, a.family, COALESCE(a.sector_id, 0), COALESCE(c.rowid, 0), COALESCE(e.rowid, 0), "
        "a.employer, a.accepts_interns, a.charter_signed_on <> '' FROM actors a "
        "LEFT JOIN communes c ON c.insee = a.commune_insee LEFT JOIN epcis e ON e.siren = c.epci_siren WHERE a.id = ?";
    Statement stmt(db, onlyId >= 0 ? one : all);
    if (!stmt.isValid())
        return false;
    if (onlyId >= 0)
        sqlite3_bind_int64(stmt.get(), 1, onlyId);
    static const QStringList familyCodes = EssFamily::codes();
    std::vector<QByteArray> families;
    for (const QString &code : familyCodes)
        families.push_back(code.toUtf8());
    if (onlyId < 0) {
        m_rows.reserve(std::size_t(1) << 12);
    }
    while (stmt.step()) {
        sqlite3_stmt *s = stmt.get();
        Row row;
        row.id = qint32(sqlite3_column_int64(s, 0));
        if (sqlite3_column_int(s, 1))
            row.flags |= Archived;
        const char *family = reinterpret_cast<const char *>(sqlite3_column_text(s, 2));
        for (std::size_t i = 0; family && i < families.size(); ++i) {
            if (qstrcmp(family, families[i].constData()) == 0) {
                row.family = quint8(i + 1);
                break;
            }
        }
        row.sector = qint32(sqlite3_column_int64(s, 3));
        row.commune = qint32(sqlite3_column_int64(s, 4));
        row.epci = qint32(sqlite3_column_int64(s, 5));
        if (sqlite3_column_int(s, 6))
            row.flags |= Employer;
        if (sqlite3_column_int(s, 7))
            row.flags |= Interns;
        if (sqlite3_column_int(s, 8))
            row.flags |= Charter;
        storeRow(row);
    }
    return true;
}

qint32 ActorSearchEngine::rowidOf(const char *table, const char *keyColumn, const QString &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Table and column names are our constants, never user text.
    q.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(keyColumn)));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return -1;
}

std::vector<char> ActorSearchEngine::sectorSubtree(qint64 sectorId)
{
    std::vector<char> inTree;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT s.id FROM sectors s JOIN tree t ON s.parent_id = t.id) "
        "SELECT id FROM tree"));
    q.addBindValue(sectorId);
    if (q.exec()) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id < 0)
                continue;
            if (std::size_t(id) >= inTree.size())
                inTree.resize(std::size_t(id) + 1, 0);
            inTree[id] = 1;
        }
    }
    return inTree;
}

std::vector<qint32> ActorSearchEngine::match(const ActorFilter &filter)
{
    ensureLoaded();
    std::vector<qint32> result;

    quint8 family = 0;
    if (!filter.family.isEmpty())
        family = quint8(EssFamily::codes().indexOf(filter.family) + 1);
    const std::vector<char> sectors = filter.sectorId > 0 ? sectorSubtree(filter.sectorId) : std::vector<char>();
    const qint32 commune = filter.communeInsee.isEmpty() ? 0 : rowidOf("communes", "insee", filter.communeInsee);
    const qint32 epci = filter.epciSiren.isEmpty() ? 0 : rowidOf("epcis", "siren", filter.epciSiren);

    auto choice = [](ActorFilter::Choice c, bool value) {
        return c == ActorFilter::Choice::Any || (c == ActorFilter::Choice::Yes) == value;
    };
    auto passes = [&](const Row &row) {
        if (row.flags & Deleted)
            return false;
        if (!choice(filter.archived, row.flags & Archived) || !choice(filter.employer, row.flags & Employer)
            || !choice(filter.acceptsInterns, row.flags & Interns) || !choice(filter.charterSigned, row.flags & Charter))
            return false;
        if (family && row.family != family)
            return false;
        if (filter.sectorId > 0 && (row.sector <= 0 || std::size_t(row.sector) >= sectors.size() || !sectors[row.sector]))
            return false;
        if (commune && row.commune != commune)
            return false;
        if (epci && row.epci != epci)
            return false;
        return true;
    };

    const QString expression = matchExpression(filter.text);
    if (expression.isEmpty()) {
        result.reserve(m_rows.size());
        for (const Row &row : m_rows) {
            if (passes(row))
                result.push_back(row.id);
        }
        return result;
    }

    Statement stmt(handle(), "SELECT rowid FROM actor_search WHERE actor_search MATCH ?");
    if (!stmt.isValid())
        return result;
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(stmt.get(), 1, utf8.constData(), utf8.size(), SQLITE_STATIC);
    while (stmt.step()) {
        const qint64 id = sqlite3_column_int64(stmt.get(), 0);
        if (id < 0 || std::size_t(id) >= m_rowOfId.size() || m_rowOfId[id] < 0)
            continue;
        if (passes(m_rows[m_rowOfId[id]]))
            result.push_back(qint32(id));
    }
    return result;
}

int ActorSearchEngine::headcountYear()
{
    if (m_headcountYear < 0) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        m_headcountYear = q.exec(QStringLiteral("SELECT max(year) FROM actor_figures")) && q.next() ? q.value(0).toInt() : 0;
    }
    return m_headcountYear;
}

const std::vector<qint32> &ActorSearchEngine::ranks(SortKey key)
{
    ensureLoaded();
    auto &cached = m_ranks[std::size_t(key)];
    if (cached.empty() && !m_rows.empty())
        cached = computeRanks(key);
    return cached;
}

std::vector<qint32> ActorSearchEngine::computeRanks(SortKey key)
{
    std::vector<qint32> rank(m_rowOfId.size(), INT_MAX);
    sqlite3 *db = handle();
    if (!db)
        return rank;

    if (key == SortKey::Name) {
        Statement stmt(db, "SELECT id FROM actors ORDER BY name_key, id");
        qint32 position = 0;
        while (stmt.step()) {
            const qint64 id = sqlite3_column_int64(stmt.get(), 0);
            if (id >= 0 && std::size_t(id) < rank.size())
                rank[id] = position++;
        }
        return rank;
    }

    // Sort by the column's value, then by name; values are folded once per
    // distinct value, which keeps a 100,000-row sort to a few integer passes.
    const std::vector<qint32> &byName = ranks(SortKey::Name);
    struct Item {
        qint32 id;
        qint32 value;
        double number;
    };
    std::vector<Item> items;
    items.reserve(m_rows.size());
    QHash<QByteArray, qint32> distinct;
    std::vector<QString> distinctKeys;
    const bool numeric = isNumeric(key);

    Statement stmt(db, rankQuery(key));
    if (key == SortKey::Headcount) {
        sqlite3_bind_int(stmt.get(), 1, headcountYear());
        // Actors without a figure for that year sort after all others.
        for (const Row &row : m_rows)
            items.push_back(Item{row.id, 1, 0.0});
        std::vector<qint32> itemOf(rank.size(), -1);
        for (std::size_t i = 0; i < items.size(); ++i)
            itemOf[items[i].id] = qint32(i);
        while (stmt.step()) {
            const qint64 id = sqlite3_column_int64(stmt.get(), 0);
            if (id < 0 || std::size_t(id) >= itemOf.size() || itemOf[id] < 0
                || sqlite3_column_type(stmt.get(), 1) == SQLITE_NULL)
                continue;
            Item &item = items[itemOf[id]];
            item.value = 0;
            item.number = sqlite3_column_double(stmt.get(), 1);
        }
    } else {
        while (stmt.step()) {
            sqlite3_stmt *s = stmt.get();
            const qint32 id = qint32(sqlite3_column_int64(s, 0));
            if (numeric) {
                items.push_back(Item{id, 0, sqlite3_column_double(s, 1)});
                continue;
            }
            const QByteArray raw = columnBytes(s, 1);
            auto it = distinct.constFind(raw);
            qint32 index;
            if (it == distinct.constEnd()) {
                index = qint32(distinctKeys.size());
                distinct.insert(raw, index);
                QString text = QString::fromUtf8(raw);
                if (key == SortKey::Family)
                    text = EssFamily::label(text);
                distinctKeys.push_back(TextKey::fold(text));
            } else {
                index = it.value();
            }
            items.push_back(Item{id, index, 0.0});
        }
        // Replace distinct indexes by their order; empty values go last.
        std::vector<qint32> order(distinctKeys.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = qint32(i);
        std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
            const QString &ka = distinctKeys[a];
            const QString &kb = distinctKeys[b];
            if (ka.isEmpty() != kb.isEmpty())
                return kb.isEmpty();
            return ka < kb;
        });
        std::vector<qint32> position(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            position[order[i]] = qint32(i);
        for (Item &item : items)
            item.value = position[item.value];
    }

    auto nameRank = [&](qint32 id) { return std::size_t(id) < byName.size() ? byName[id] : INT_MAX; };
    std::sort(items.begin(), items.end(), [&](const Item &a, const Item &b) {
        if (a.value != b.value)
            return a.value < b.value;
        if (a.number != b.number)
            return a.number < b.number;
        return nameRank(a.id) < nameRank(b.id);
    });
    qint32 position = 0;
    for (const Item &item : items) {
        if (item.id >= 0 && std::size_t(item.id) < rank.size())
            rank[item.id] = position++;
    }
    return rank;
}

void ActorSearchEngine::sortRange(std::vector<qint32> &ids, std::size_t from, std::size_t to, SortKey key, Qt::SortOrder order)
{
    if (from >= ids.size() || from >= to)
        return;
    to = std::min(to, ids.size());
    const std::vector<qint32> &rank = ranks(key);
    auto rankOf = [&](qint32 id) { return std::size_t(id) < rank.size() ? rank[id] : INT_MAX; };
    if (order == Qt::AscendingOrder) {
        std::partial_sort(ids.begin() + from, ids.begin() + to, ids.end(),
                          [&](qint32 a, qint32 b) { return rankOf(a) < rankOf(b); });
    } else {
        std::partial_sort(ids.begin() + from, ids.begin() + to, ids.end(),
                          [&](qint32 a, qint32 b) { return rankOf(a) > rankOf(b); });
    }
}
