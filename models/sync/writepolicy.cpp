#include "writepolicy.h"

#include "models/domain/actor.h"
#include "models/domain/event.h"
#include "models/domain/project.h"

#include <QSqlDatabase>
#include <QSqlQuery>

WritePolicy::WritePolicy(const SyncStatus &status, const QString &connectionName)
    : m_status(status)
    , m_connectionName(connectionName)
{
}

WritePolicy WritePolicy::read(const QString &connectionName)
{
    const std::optional<SyncStatus> status = SyncStatus::read(connectionName);
    return status ? WritePolicy(*status, connectionName) : WritePolicy();
}

QString WritePolicy::readerRefusal() const
{
    return m_status.canWrite() ? QString() : m_status.refusal(QString(), QString());
}

QString WritePolicy::councilRefusal() const
{
    if (!isRestricted())
        return {};
    if (isReadOnly())
        return readerRefusal();
    return tr("Only the council's coordinator makes this change on the shared server: it is not tied to the communes of your territory. "
              "You can read and print; ask the council's coordinator.");
}

QString WritePolicy::actorRefusal(const Actor &actor) const
{
    return m_status.refusal(actor.name, actor.communeInsee);
}

QString WritePolicy::eventRefusal(const Event &event) const
{
    if (!isRestricted())
        return {};
    if (isReadOnly())
        return readerRefusal();
    if (event.organiserId > 0 && m_status.mayEditIn(organiserCommune(event.organiserId)))
        return {};
    return tr("“%1” is not organised by an actor of your territory on the shared server, so you cannot change it. "
              "Choose an organiser of your territory, or ask the council's coordinator.")
        .arg(event.title);
}

QString WritePolicy::projectRefusal(const Project &project) const
{
    return m_status.refusal(project.name, project.communeInsee);
}

QString WritePolicy::organiserCommune(qint64 actorId) const
{
    // Unread (a closed database) reads as no commune: the change is refused
    // here as the server would refuse it, never allowed by mistake.
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT commune_insee FROM actors WHERE id = ?"));
    q.addBindValue(actorId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}
