#pragma once

#include "actorfilter.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <vector>

struct sqlite3;

/// Finds and orders the actors the directory shows, fast enough to answer
/// every keystroke at 100,000 actors.
///
/// The words go to SQLite FTS5 (accent- and case-insensitive prefixes); the
/// facets and the sort are answered from a compact in-memory table of a few
/// integers per actor (ids, family, sector, commune, flags, and one rank
/// array per sorted column), so no keystroke joins or sorts the whole table.
/// This is the one class that speaks SQLite's own API; everything else goes
/// through Qt Sql.
class ActorSearchEngine
{
public:
    enum class SortKey {
        Name, Acronym, Family, LegalStatus, Sector, Commune, Epci, Postcode, Siret, Rna,
        Employer, Headcount, AcceptsInterns, CharterSigned, Updated, Count
    };

    explicit ActorSearchEngine(const QString &connectionName);

    /// Rewrites the search entry of one actor from its rows (inside the
    /// caller's transaction).
    static bool reindex(const QString &connectionName, qint64 actorId, QString *error);
    static bool unindex(const QString &connectionName, qint64 actorId, QString *error);
    /// Rewrites every actor's search entry: one pass after many actors
    /// arrived at once, cheaper than one reindex() each.
    static bool reindexAll(const QString &connectionName, QString *error);
    /// FTS5 query for what the user typed: every word as a prefix, all required.
    /// Empty when the text holds no word.
    static QString matchExpression(const QString &text);

    /// Forget everything loaded (another database, an import).
    void invalidate();
    /// One actor changed or was removed.
    void refresh(qint64 actorId);

    /// Ids of the actors that pass @p filter, in no particular order.
    std::vector<qint32> match(const ActorFilter &filter);
    /// Orders ids[from, to) so they hold, in order, the items that come
    /// there in a full sort of @p ids; the rest stays unordered.
    void sortRange(std::vector<qint32> &ids, std::size_t from, std::size_t to, SortKey key, Qt::SortOrder order);

    /// Year of the Headcount column.
    int headcountYear();

private:
    struct Row {
        qint32 id = 0;
        qint32 sector = 0;
        qint32 commune = 0; ///< rowid in communes, 0 when outside the table
        qint32 epci = 0;    ///< rowid in epcis
        quint8 family = 0;
        quint8 flags = 0;
    };
    enum Flag : quint8 { Archived = 1, Employer = 2, Interns = 4, Charter = 8, Deleted = 16 };

    sqlite3 *handle() const;
    void ensureLoaded();
    bool readRows(qint64 onlyId);
    void storeRow(const Row &row);
    const std::vector<qint32> &ranks(SortKey key);
    std::vector<qint32> computeRanks(SortKey key);
    std::vector<qint32> nameRanks(sqlite3 *db) const;
    std::vector<qint32> numericRanks(sqlite3 *db, SortKey key, const std::vector<qint32> &byName);
    std::vector<qint32> textRanks(sqlite3 *db, SortKey key, const std::vector<qint32> &byName) const;
    /// Ranks from each actor's value and the values' positions, in name
    /// order within a value: a counting sort rather than a sort on (value, name rank).
    static std::vector<qint32> dealByValue(const std::vector<qint32> &valueOf, const std::vector<qint32> &position,
                                           const std::vector<qint32> &byName, std::size_t idCount);
    std::vector<char> sectorSubtree(qint64 sectorId);
    qint32 rowidOf(const char *table, const char *keyColumn, const QString &key);

    QString m_connectionName;
    bool m_loaded = false;
    std::vector<Row> m_rows;
    std::vector<qint32> m_rowOfId; ///< index in m_rows by actor id, -1 when none
    std::array<std::vector<qint32>, std::size_t(SortKey::Count)> m_ranks;
    int m_headcountYear = -1;
};
