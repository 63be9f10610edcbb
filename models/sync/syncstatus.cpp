#include "syncstatus.h"

#include "changejournal.h"
#include "conflictstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

std::optional<SyncStatus> SyncStatus::read(const QString &connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName));
    if (!q.exec(QStringLiteral("SELECT server_url, user_name, role, communes, last_sync_at, receiving FROM sync_state WHERE id = 1")) || !q.next())
        return std::nullopt;
    SyncStatus s;
    s.serverUrl = q.value(0).toString();
    s.user = q.value(1).toString();
    s.role = q.value(2).toString();
    s.communes = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.lastSyncAt = q.value(4).toString();
    s.joining = q.value(5).toInt() != 0;
    if (s.isShared()) {
        s.pendingChanges = ChangeJournal(connectionName).pendingCount();
        s.openConflicts = ConflictStore(connectionName).openCount();
    }
    return s;
}

QString SyncStatus::refusal(const QString &name, const QString &communeInsee) const
{
    if (!canWrite())
        return tr("You are a reader of this council's shared data: you can read and print it, not change it. Ask the council's coordinator.");
    if (mayEditIn(communeInsee))
        return {};
    return tr("“%1” is outside your territory on the shared server, so you cannot change it. Ask the council's coordinator.").arg(name);
}
