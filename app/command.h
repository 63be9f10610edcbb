#pragma once

#include "models/storage/database.h"
#include "models/stores/session.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <QTextStream>

class Invocation;

/// One command of the command line, as the table lists it: the words that
/// name it, its options, its lines of help, the check of its words and
/// options before anything is opened, and its run on the open database.
/// Every command answers in the same way: an exit status (0 done, 1 failed,
/// 2 wrong usage), the result on @p out, one sentence per failure on @p err.
class Command
{
public:
    virtual ~Command() = default;

    /// The words that name it: "stats", or a verb and its object
    /// ("import events"); the longest name that matches wins.
    virtual QStringList names() const = 0;
    /// Its lines in `essaim --help`, translated when asked.
    virtual QString help() const = 0;
    /// The options only it reads (the shared ones are the table's).
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// True when it lays text out or draws charts: a widget application
    /// on the offscreen platform, still without a display.
    virtual bool needsGui(const Invocation &) const { return false; }
    /// Whether a missing database is created, refused, or not opened at all
    /// (init makes its own).
    enum class DatabaseUse { Create, Existing, None };
    virtual DatabaseUse databaseUse(const Invocation &) const { return DatabaseUse::Create; }
    /// 0 when the words and options make sense, else the exit status after
    /// one sentence on @p err.
    virtual int checkUsage(const Invocation &, QTextStream &) const { return 0; }
    /// Runs on the open @p session (its database not open when databaseUse() is None).
    virtual int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const = 0;
};
