#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// Where a desktop stands with its server: for the status bar, the
/// commands and what the window lets a user do.
struct SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatus)

public:
    QString serverUrl;
    QString user;
    QString role;
    QStringList communes;
    QString lastSyncAt;
    int pendingChanges = 0;
    int openConflicts = 0;
    /// The first synchronisation stopped part way (cancelled, cut): the
    /// next one carries on receiving the council.
    bool joining = false;

    bool isShared() const { return !serverUrl.isEmpty(); }
    bool canWrite() const { return !isShared() || role != QLatin1String("reader"); }
    /// Whether this user may change an actor of @p communeInsee ("" when
    /// the actor has no commune).
    bool mayEditIn(const QString &communeInsee) const
    {
        return !isShared() || role == QLatin1String("coordinator") || (role == QLatin1String("contributor") && communes.contains(communeInsee));
    }

    /// Why this user may not change the actor @p name of @p communeInsee on
    /// the shared server, in a sentence; empty when they may. The server
    /// refuses it anyway: this tells the person before they type.
    QString refusal(const QString &name, const QString &communeInsee) const;

    /// The status of the database open on @p connectionName.
    static std::optional<SyncStatus> read(const QString &connectionName);
};
