#pragma once

#include <QString>
#include <QTextStream>

/// Synchronisation figures for essaim-bench, against a PostgreSQL server of
/// its own (tests/pgserver.h):
/// - sync.initial_s (and sync.initial_100k_s at 100,000 actors): a new
///   desktop joining a server that holds the directory of @p source;
/// - sync.incremental_ms: one synchronisation that sends 100 changes and
///   receives 100 others;
/// - the load test: 20 desktops, each making 200 edits on overlapping
///   records and fields and synchronising as they go, all at once; then
///   sync.load_converged (1 when every desktop holds the same, by digest),
///   sync.load_conflicts, sync.load_lost_updates (edits neither kept, nor
///   kept in a conflict, nor seen by the edit that replaced them: 0).
/// False when the work failed (the server would not start, a sync failed).
bool runSyncBench(const QString &folder, const QString &source, int actors, QTextStream &out, QTextStream &err);
