#pragma once

#include "models/domain/actor.h"
#include "models/domain/commune.h"
#include "models/domain/sector.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

/// The directory as the exports read it, read-only: the reference communes
/// (coordinates, EPCI), the sector tree (paths, colours), the legal
/// categories, and the actors themselves with their tags, contacts and the
/// figures of their latest year.
///
/// forEachActor() reads the actors in one ordered pass: the ids to export go
/// into a temporary table with their position, and one statement per table
/// (actors, tags, contacts, figures) is stepped in that order, each joined
/// to the positions, so that the actors come in the caller's order without
/// a sort, one at a time: memory does not grow with the directory. It goes
/// around Qt Sql (Database::sqliteHandle()): at 100,000 actors the QVariant
/// of each value cost more than SQLite's read.
class DirectorySnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DirectorySnapshot)

public:
    /// What forEachActor() reads beside the actor's own row.
    enum Part { Tags = 0x1, Contacts = 0x2, LatestFigures = 0x4 };

    explicit DirectorySnapshot(const QString &connectionName);
    ~DirectorySnapshot();
    DirectorySnapshot(const DirectorySnapshot &) = delete;
    DirectorySnapshot &operator=(const DirectorySnapshot &) = delete;

    /// Ids of every non-archived actor, by name (the command line's export).
    static std::vector<qint32> activeIdsByName(const QString &connectionName);

    /// Calls @p visit with each actor of @p ids that exists, in the order of
    /// @p ids, with the @p parts asked for (figures: the latest year only).
    /// False, with errorString(), when the database cannot be read.
    bool forEachActor(const std::vector<qint32> &ids, int parts, const std::function<void(const Actor &)> &visit);
    QString errorString() const { return m_error; }

    /// A commune of the reference table, nullptr for a commune outside it.
    const Commune *commune(const QString &insee) const;
    /// The sector's own name, empty for no sector.
    QString sectorName(qint64 sectorId) const;
    /// "Parent › Child", empty for no sector.
    QString sectorPath(qint64 sectorId) const;
    /// The paths of the sector and of its ancestors, root first, so that a
    /// filter on a parent sector also finds the actors of its sub-sectors.
    QStringList sectorChain(qint64 sectorId) const;
    QString sectorColor(qint64 sectorId) const;
    /// EssFamily::label(), translated once per export.
    QString familyLabel(const QString &code) const;
    /// The INSEE label of a legal category, empty when unknown.
    QString legalCategoryLabel(const QString &code) const;

    /// An actor the public may see: consent to publication given and not archived.
    static bool isPublic(const Actor &actor) { return actor.publicationConsent && !actor.archived; }

private:
    class Cursor;

    QStringList chainOf(qint64 sectorId) const;
    static Actor readActor(const Cursor &q);
    static Contact readContact(const Cursor &q, qint64 actorId);
    static YearFigures readFigures(const Cursor &q);
    bool fillOrder(const std::vector<qint32> &ids);
    void dropOrder();
    bool fail();

    QString m_connectionName;
    sqlite3 *m_db = nullptr;
    QString m_error;
    QHash<QString, Commune> m_communes;
    QHash<qint64, Sector> m_sectors;
    QHash<qint64, QStringList> m_chains;
    QHash<qint64, QString> m_colors;
    QHash<QString, QString> m_legalCategories;
    mutable QHash<QString, QString> m_familyLabels;
};
