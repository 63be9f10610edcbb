#include "actorsearchengine.h"

#include "models/storage/database.h"

#include "models/domain/essfamily.h"
#include "models/domain/textkey.h"
#include "models/stores/actorstore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <cstring>
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

bool isBlank(uchar c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/// Appends TextKey::fold() of UTF-8 text to @p out. Plain ASCII, the common
/// case (codes, numbers, dates), takes a shortcut that gives the same units:
/// fold() only lowers its case and collapses its blanks.
void appendFolded(const char *text, int size, std::vector<char16_t> &out)
{
    const std::size_t start = out.size();
    bool pendingSpace = false;
    for (int i = 0; i < size; ++i) {
        const uchar c = uchar(text[i]);
        if (c >= 0x80) {
            out.resize(start);
            const QString folded = TextKey::fold(QString::fromUtf8(text, size));
            out.insert(out.end(), folded.utf16(), folded.utf16() + folded.size());
            return;
        }
        if (isBlank(c)) {
            pendingSpace = out.size() > start;
            continue;
        }
        if (pendingSpace) {
            out.push_back(u' ');
            pendingSpace = false;
        }
        out.push_back(char16_t(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
    }
}

/// The values of one text column: each actor's value is the number of a
/// distinct raw value, and each distinct value is folded once. Raw values
/// and keys live in two arenas, found again through an open-addressing
/// table, so that 100,000 distinct values cost no allocation each.
class ColumnValues
{
public:
    ColumnValues(std::size_t idCount, bool familyLabels)
        : m_valueOf(idCount, -1)
        , m_familyLabels(familyLabels)
    {
    }

    void setFromColumn(qint64 id, sqlite3_stmt *stmt, int column)
    {
        set(id, reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)), sqlite3_column_bytes(stmt, column));
    }
    void set(qint64 id, const char *text, int size) { setValue(id, intern(text, size)); }
    void setValue(qint64 id, qint32 value)
    {
        if (id >= 0 && std::size_t(id) < m_valueOf.size())
            m_valueOf[id] = value;
    }
    /// Number of the raw value @p text; values are numbered in the order
    /// they are first seen. A null text is the empty text.
    qint32 intern(const char *text, int size);

    const std::vector<qint32> &valueOf() const { return m_valueOf; }

    /// Position of each distinct value in the sort: folded keys in order,
    /// empty ones last. Distinct values whose keys are equal keep the order
    /// std::sort gives them from the order they were seen in; @p ties says
    /// whether there were any.
    std::vector<qint32> positions(bool *ties) const;

private:
    struct Value {
        std::size_t rawOffset;
        std::size_t keyOffset;
        int rawSize;
        int keySize;
        std::size_t hash;
    };
    QStringView key(std::size_t value) const
    {
        const Value &v = m_values[value];
        return QStringView(m_keys.data() + v.keyOffset, qsizetype(v.keySize));
    }
    void grow();

    std::vector<qint32> m_valueOf;
    bool m_familyLabels;
    std::vector<Value> m_values;
    std::vector<char> m_raw;
    std::vector<char16_t> m_keys;
    std::vector<qint32> m_slots; ///< value numbers, -1 for a free slot; size a power of two
};

qint32 ColumnValues::intern(const char *text, int size)
{
    if (!text || size < 0)
        size = 0;
    const std::size_t hash = qHashBits(text ? text : "", std::size_t(size));
    if (m_slots.empty() || 2 * (m_values.size() + 1) > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash & mask;
    while (m_slots[slot] >= 0) {
        const Value &v = m_values[std::size_t(m_slots[slot])];
        if (v.hash == hash && v.rawSize == size && (size == 0 || memcmp(m_raw.data() + v.rawOffset, text, std::size_t(size)) == 0))
            return m_slots[slot];
        slot = (slot + 1) & mask;
    }
    Value v;
    v.rawOffset = m_raw.size();
    v.rawSize = size;
    v.hash = hash;
    if (size > 0)
        m_raw.insert(m_raw.end(), text, text + size);
    v.keyOffset = m_keys.size();
    if (m_familyLabels) {
        const QString folded = TextKey::fold(EssFamily::label(QString::fromUtf8(text, size)));
        m_keys.insert(m_keys.end(), folded.utf16(), folded.utf16() + folded.size());
    } else {
        appendFolded(text, size, m_keys);
    }
    v.keySize = int(m_keys.size() - v.keyOffset);
    const qint32 number = qint32(m_values.size());
    m_values.push_back(v);
    m_slots[slot] = number;
    return number;
}

void ColumnValues::grow()
{
    std::vector<qint32> table(std::max<std::size_t>(1024, m_slots.size() * 2), -1);
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        std::size_t slot = m_values[i].hash & mask;
        while (table[slot] >= 0)
            slot = (slot + 1) & mask;
        table[slot] = qint32(i);
    }
    m_slots.swap(table);
}

std::vector<qint32> ColumnValues::positions(bool *ties) const
{
    // Each key carries its first UTF-16 code units packed big-endian in two
    // integers (sixteen units when all keys are Latin-1, eight otherwise), so
    // most comparisons are two integer comparisons; equal prefixes compare the
    // whole strings. The answer of every comparison is the one of
    // "empty last, then QString::operator<", so std::sort orders as it would
    // with that comparison.
    const bool latin1 = std::all_of(m_keys.cbegin(), m_keys.cend(), [](char16_t c) { return c <= 0xff; });
    struct Entry {
        quint64 high;
        quint64 low;
        qint32 value;
        bool empty;
    };
    std::vector<Entry> entries(m_values.size());
    const int bits = latin1 ? 8 : 16;
    const int perWord = 64 / bits;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const QStringView k = key(i);
        quint64 words[2] = {0, 0};
        for (int u = 0; u < 2 * perWord && u < k.size(); ++u)
            words[u / perWord] |= quint64(k.at(u).unicode()) << (64 - bits * (u % perWord + 1));
        entries[i] = Entry{words[0], words[1], qint32(i), k.isEmpty()};
    }
    const auto less = [this](const Entry &a, const Entry &b) {
        if (a.empty != b.empty)
            return b.empty;
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return key(std::size_t(a.value)).compare(key(std::size_t(b.value))) < 0;
    };
    // Values read from an index often come sorted already; a strictly
    // increasing sequence is the only order any sort can give it.
    bool strictlyIncreasing = true;
    for (std::size_t i = 1; i < entries.size() && strictlyIncreasing; ++i)
        strictlyIncreasing = less(entries[i - 1], entries[i]);
    if (!strictlyIncreasing)
        std::sort(entries.begin(), entries.end(), less);
    *ties = false;
    std::vector<qint32> position(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        position[std::size_t(entries[i].value)] = qint32(i);
        if (i > 0 && !less(entries[i - 1], entries[i]))
            *ties = true;
    }
    return position;
}

bool isNumeric(ActorSearchEngine::SortKey key)
{
    using K = ActorSearchEngine::SortKey;
    return key == K::Employer || key == K::AcceptsInterns || key == K::Headcount;
}

/// The non-empty SIRET or RNA numbers, from the partial indexes actors_siret
/// and actors_rna; false when they cannot be read.
bool readIndexedNumbers(sqlite3 *db, ActorSearchEngine::SortKey key, ColumnValues &values)
{
    Statement stmt(db, key == ActorSearchEngine::SortKey::Siret ? "SELECT id, siret FROM actors WHERE siret <> ''"
                                                                 : "SELECT id, rna FROM actors WHERE rna <> ''");
    while (stmt.step())
        values.setFromColumn(sqlite3_column_int64(stmt.get(), 0), stmt.get(), 1);
    return stmt.isValid();
}

/// The name of each actor's sector or EPCI, read from the covering index of
/// the actors' sector or commune with the few dozen names in memory; false
/// when a value is of another type than the join compares, left to the full scan.
bool readNamedValues(sqlite3 *db, bool sector, ColumnValues &values)
{
    // Keys of the same SQL type as the joins compare: integer sector ids,
    // text INSEE codes.
    const int keyType = sector ? SQLITE_INTEGER : SQLITE_TEXT;
    QHash<QByteArray, QByteArray> nameOf;
    Statement names(db, sector ? "SELECT id, name FROM sectors"
                               : "SELECT c.insee, e.name FROM communes c JOIN epcis e ON e.siren = c.epci_siren");
    bool ordered = names.isValid();
    while (names.step()) {
        sqlite3_stmt *s = names.get();
        if (sqlite3_column_type(s, 0) != keyType)
            ordered = false;
        else if (sqlite3_column_type(s, 1) != SQLITE_NULL)
            nameOf.insert(columnBytes(s, 0), columnBytes(s, 1));
    }
    Statement stmt(db, sector ? "SELECT id, sector_id FROM actors" : "SELECT id, commune_insee FROM actors");
    ordered = ordered && stmt.isValid();
    while (ordered && stmt.step()) {
        sqlite3_stmt *s = stmt.get();
        const qint64 id = sqlite3_column_int64(s, 0);
        const int type = sqlite3_column_type(s, 1);
        QByteArray name;
        if (type == keyType) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, 1));
            name = nameOf.value(QByteArray::fromRawData(text, sqlite3_column_bytes(s, 1)));
        } else if (type != SQLITE_NULL) {
            ordered = false;
        }
        values.set(id, name.constData(), int(name.size()));
    }
    return ordered;
}

} // namespace

ActorSearchEngine::ActorSearchEngine(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

sqlite3 *ActorSearchEngine::handle() const
{
    return Database::sqliteHandle(m_connectionName);
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

bool ActorSearchEngine::reindexAll(const QString &connectionName, QString *error)
{
    // The same entry as reindex(), for every actor (see 002_search.sql).
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    const bool ok = q.exec(QStringLiteral("DELETE FROM actor_search"))
        && q.exec(QStringLiteral(
            "INSERT INTO actor_search(rowid, name, acronym, commune, sector, competencies, contacts) "
            "SELECT a.id, a.name, a.acronym, a.commune_name, COALESCE(s.name, ''), "
            "COALESCE((SELECT group_concat(t.name, ' ') FROM actor_tags t WHERE t.actor_id = a.id AND t.kind = 'competency'), ''), "
            "COALESCE((SELECT group_concat(c.first_name || ' ' || c.last_name, ' ') FROM contacts c WHERE c.actor_id = a.id), '') "
            "FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id"));
    if (!ok && error)
        *error = q.lastError().databaseText();
    return ok;
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
    // One actor: a join. All actors: joining each of them to its commune and
    // EPCI would search the reference tables 100,000 times; those tables are
    // small, so they are read once into a map from INSEE code to the commune's
    // and the EPCI's rowids, and the actors table is read alone.
    const char *all =
        "SELECT a.id, a.archived, a.family, COALESCE(a.sector_id, 0), a.commune_insee, "
        "a.employer, a.accepts_interns, a.charter_signed_on <> '' FROM actors a";
    const char *one =
        "SELECT a.id, a.archived, a.family, COALESCE(a.sector_id, 0), COALESCE(c.rowid, 0), COALESCE(e.rowid, 0), "
        "a.employer, a.accepts_interns, a.charter_signed_on <> '' FROM actors a "
        "LEFT JOIN communes c ON c.insee = a.commune_insee LEFT JOIN epcis e ON e.siren = c.epci_siren WHERE a.id = ?";
    QHash<QByteArray, std::pair<qint32, qint32>> communeRowids;
    if (onlyId < 0) {
        Statement communes(db, "SELECT c.insee, c.rowid, COALESCE(e.rowid, 0) FROM communes c "
                               "LEFT JOIN epcis e ON e.siren = c.epci_siren");
        if (!communes.isValid())
            return false;
        while (communes.step()) {
            sqlite3_stmt *s = communes.get();
            // The join compares INSEE codes as text: other values never match.
            if (sqlite3_column_type(s, 0) == SQLITE_TEXT)
                communeRowids.insert(columnBytes(s, 0), {qint32(sqlite3_column_int64(s, 1)), qint32(sqlite3_column_int64(s, 2))});
        }
    }
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
        int column = 4;
        if (onlyId >= 0) {
            row.commune = qint32(sqlite3_column_int64(s, column++));
            row.epci = qint32(sqlite3_column_int64(s, column++));
        } else {
            if (sqlite3_column_type(s, column) == SQLITE_TEXT) {
                const auto *insee = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
                const auto it = communeRowids.constFind(QByteArray::fromRawData(insee, sqlite3_column_bytes(s, column)));
                if (it != communeRowids.constEnd()) {
                    row.commune = it->first;
                    row.epci = it->second;
                }
            }
            ++column;
        }
        if (sqlite3_column_int(s, column++))
            row.flags |= Employer;
        if (sqlite3_column_int(s, column++))
            row.flags |= Interns;
        if (sqlite3_column_int(s, column++))
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

    std::vector<char> allowed;
    if (filter.restrictToIds) {
        allowed.assign(m_rowOfId.size(), 0);
        for (const qint32 id : filter.onlyIds) {
            if (id >= 0 && std::size_t(id) < allowed.size())
                allowed[std::size_t(id)] = 1;
        }
    }
    auto choice = [](ActorFilter::Choice c, bool value) {
        return c == ActorFilter::Choice::Any || (c == ActorFilter::Choice::Yes) == value;
    };
    auto passes = [&](const Row &row) {
        if (row.flags & Deleted)
            return false;
        if (filter.restrictToIds && (std::size_t(row.id) >= allowed.size() || !allowed[std::size_t(row.id)]))
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
    if (m_headcountYear < 0)
        m_headcountYear = ActorStore(m_connectionName).latestFiguresYear();
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
    sqlite3 *db = handle();
    if (!db)
        return std::vector<qint32>(m_rowOfId.size(), INT_MAX);
    if (key == SortKey::Name)
        return nameRanks(db);
    // Sort by the column's value, then by name.
    const std::vector<qint32> &byName = ranks(SortKey::Name);
    if (isNumeric(key))
        return numericRanks(db, key, byName);
    return textRanks(db, key, byName);
}

std::vector<qint32> ActorSearchEngine::nameRanks(sqlite3 *db) const
{
    std::vector<qint32> rank(m_rowOfId.size(), INT_MAX);
    Statement stmt(db, "SELECT id FROM actors ORDER BY sort_key, id");
    qint32 position = 0;
    while (stmt.step()) {
        const qint64 id = sqlite3_column_int64(stmt.get(), 0);
        if (id >= 0 && std::size_t(id) < rank.size())
            rank[id] = position++;
    }
    return rank;
}

std::vector<qint32> ActorSearchEngine::numericRanks(sqlite3 *db, SortKey key, const std::vector<qint32> &byName)
{
    std::vector<qint32> rank(m_rowOfId.size(), INT_MAX);
    auto nameRank = [&](qint32 id) { return std::size_t(id) < byName.size() ? byName[id] : INT_MAX; };
    struct Item {
        qint32 id;
        qint32 value;
        double number;
    };
    std::vector<Item> items;
    items.reserve(m_rows.size());
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
        while (stmt.step())
            items.push_back(Item{qint32(sqlite3_column_int64(stmt.get(), 0)), 0, sqlite3_column_double(stmt.get(), 1)});
    }
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

std::vector<qint32> ActorSearchEngine::textRanks(sqlite3 *db, SortKey key, const std::vector<qint32> &byName) const
{
    // Each distinct value is folded once and the distinct values are
    // ordered, then the actors are dealt into one bucket per value in name
    // order. Some columns are read from a small index or from the rows
    // already in memory instead of the whole actors table; that reads the
    // values in another order, which only matters when two different values
    // fold to the same key (their order is then the one the full scan
    // gives), so in that case the column is read again in full.
    const std::size_t idCount = m_rowOfId.size();
    ColumnValues values(idCount, key == SortKey::Family);
    std::vector<qint32> position;
    bool ordered = false;
    if (key == SortKey::Siret || key == SortKey::Rna) {
        const qint32 empty = values.intern(nullptr, 0);
        for (const Row &row : m_rows) {
            if (!(row.flags & Deleted))
                values.setValue(row.id, empty);
        }
        ordered = readIndexedNumbers(db, key, values);
    } else if (key == SortKey::Sector || key == SortKey::Epci) {
        ordered = readNamedValues(db, key == SortKey::Sector, values);
    }
    if (ordered) {
        bool ties = false;
        position = values.positions(&ties);
        ordered = !ties;
    }
    if (!ordered) {
        values = ColumnValues(idCount, key == SortKey::Family);
        Statement stmt(db, rankQuery(key));
        while (stmt.step())
            values.setFromColumn(sqlite3_column_int64(stmt.get(), 0), stmt.get(), 1);
        bool ties = false;
        position = values.positions(&ties);
    }
    return dealByValue(values.valueOf(), position, byName, idCount);
}

std::vector<qint32> ActorSearchEngine::dealByValue(const std::vector<qint32> &valueOf, const std::vector<qint32> &position,
                                                   const std::vector<qint32> &byName, std::size_t idCount)
{
    // The actors without a name rank come last in their bucket, as in a
    // sort on (value, name rank).
    std::vector<qint32> rank(idCount, INT_MAX);
    auto nameRank = [&](qint32 id) { return std::size_t(id) < byName.size() ? byName[id] : INT_MAX; };
    const std::size_t ids = std::min(valueOf.size(), rank.size());
    std::vector<qint32> nameOrder;
    for (std::size_t id = 0; id < ids && id < byName.size(); ++id) {
        const qint32 r = byName[id];
        if (r == INT_MAX || r < 0)
            continue;
        if (std::size_t(r) >= nameOrder.size())
            nameOrder.resize(std::size_t(r) + 1, -1);
        nameOrder[r] = qint32(id);
    }
    std::vector<qint32> next(position.size() + 1, 0);
    for (std::size_t id = 0; id < ids; ++id) {
        if (valueOf[id] >= 0)
            ++next[std::size_t(position[valueOf[id]]) + 1];
    }
    for (std::size_t p = 1; p < next.size(); ++p)
        next[p] += next[p - 1];
    std::vector<qint32> dealt(std::size_t(next.back()), -1);
    for (const qint32 id : nameOrder) {
        if (id >= 0 && valueOf[id] >= 0)
            dealt[next[position[valueOf[id]]]++] = id;
    }
    for (std::size_t id = 0; id < ids; ++id) {
        if (valueOf[id] >= 0 && nameRank(qint32(id)) == INT_MAX)
            dealt[next[position[valueOf[id]]]++] = qint32(id);
    }
    for (std::size_t i = 0; i < dealt.size(); ++i) {
        if (dealt[i] >= 0)
            rank[dealt[i]] = qint32(i);
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
