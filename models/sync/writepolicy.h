#pragma once

#include "syncstatus.h"

#include <QCoreApplication>
#include <QString>

struct Actor;
struct Event;
struct Project;

/// What the person at this desktop may change, from their role on the
/// council's shared server. Every tab asks this one object, so the window
/// says the same thing everywhere, and says it before the server refuses
/// (it enforces the same rule: essaim.may_write in
/// resources/server/002_functions.sql).
///
/// - A database that is not shared, and a coordinator: everything.
/// - A reader: nothing shared; printing, exporting and local settings stay.
/// - A contributor: the actors, events and projects of their communes. An
///   actor and a project belong to their own commune; an event to its
///   organiser's (an event without organiser belongs to no territory).
///   What has no territory (the plan, event types, sectors, calls for
///   projects, reference figures, the council's territory and identity)
///   is the coordinator's.
class WritePolicy
{
    Q_DECLARE_TR_FUNCTIONS(WritePolicy)

public:
    /// Everything may change (a database of one desktop).
    WritePolicy() = default;
    /// @p connectionName is the local database, where an event's organiser is read.
    WritePolicy(const SyncStatus &status, const QString &connectionName);
    /// The policy of the database open on @p connectionName.
    static WritePolicy read(const QString &connectionName);

    /// A reader: no shared data may change.
    bool isReadOnly() const { return !m_status.canWrite(); }
    /// Whether some change is refused at all (a reader or a contributor).
    bool isRestricted() const { return m_status.isShared() && m_status.role != QLatin1String("coordinator"); }

    /// Why this person may not change what has no territory (the plan, the
    /// event types, the reference figures…); empty when they may.
    QString councilRefusal() const;
    /// Why this person may not create anything shared (a reader); empty
    /// when they may, within their territory.
    QString readerRefusal() const;
    QString actorRefusal(const Actor &actor) const;
    /// An event belongs to the territory of its organiser's commune.
    QString eventRefusal(const Event &event) const;
    QString projectRefusal(const Project &project) const;

private:
    QString organiserCommune(qint64 actorId) const;

    SyncStatus m_status;
    QString m_connectionName;
};
