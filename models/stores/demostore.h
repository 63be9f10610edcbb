#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

/// The reads and the one write of the demo builders that no store of the
/// application needs: what the demo reads back of the directory it has just
/// written (to pick pilots, partners, registrants and figures) and the
/// project holders it adds. Reads return nothing, and writes false, with
/// the reason in errorString().
class DemoStore
{
public:
    /// A directory contact as the demo registers them to events.
    struct Person
    {
        qint64 contactId = 0;
        qint64 actorId = 0;
        QString name;
        QString email;
    };

    explicit DemoStore(const QString &connectionName);

    /// EPCI SIREN -> (name, population of its communes).
    std::optional<QHash<QString, QPair<QString, qint64>>> epciPopulations();
    /// Current employers without a headcount for @p year, with their last
    /// declared headcount (1 when they never declared one).
    std::optional<QList<QPair<qint64, int>>> employersWithoutHeadcount(int year);
    std::optional<QList<qint64>> archivedActorIds();
    /// Current actors of the ESS (not "hors champ"), by id.
    std::optional<QList<qint64>> currentEssActorIds();
    /// The first @p limit current actors, by id.
    std::optional<QList<qint64>> currentActorIds(int limit);
    /// The first @p limit contacts of current actors, by id.
    std::optional<QList<qint64>> currentContactIds(int limit);
    /// Every contact of a current actor, by id.
    std::optional<QList<Person>> currentPeople();
    /// 0 when there is none of that name.
    qint64 actorIdByName(const QString &name);
    qint64 sectorIdByName(const QString &name);
    /// A project holder outside the directory's actors; 0 on failure.
    qint64 addHolder(const QString &first, const QString &last, const QString &email);

    QString errorString() const { return m_error; }

private:
    std::optional<QList<qint64>> ids(const QString &sql, int limit = -1);
    qint64 idByName(const QString &sql, const QString &name);

    QString m_connectionName;
    QString m_error;
};
