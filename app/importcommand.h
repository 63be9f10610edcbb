#pragma once

#include "command.h"
#include "models/interchange/actorimporter.h"
#include "models/interchange/importsource.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

/// `essaim --db FILE import actors FILE... [--format csv|sirene|rna]
/// [--mapping NAME] [--on-duplicate skip|update|overwrite|create] [--dry-run]
/// [--report FILE]`: reads every file first and imports nothing when one
/// cannot be read; then imports in one transaction and prints the counts.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QStringList names() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

private:
    struct Request {
        QStringList files;
        QString format;      ///< empty: guessed from the columns
        QString mapping;     ///< preset name or JSON file
        QString onDuplicate; ///< empty: skip
        QString encoding;    ///< empty: detected
        QString reportPath;
        bool dryRun = false;
        bool allCommunes = false;
    };

    /// Checks the arguments before the database is opened; 0 when usable,
    /// else the exit status (the reason is on @p err).
    static Request request(const Invocation &invocation);
    static int checkRequest(const Request &request, QTextStream &err);
    static int importActors(const Request &request, const QString &connectionName, QTextStream &out, QTextStream &err);
    /// The import options the request gives; 0, else the exit status (the
    /// mapping named does not exist; the reason is on @p err).
    static int readOptions(const Request &request, ImportStore &store, ImportSource::Options *options, QTextStream &err);
    /// The counts, notes, register news, rejected lines and warnings;
    /// @p suggestReport: no --report was given, so long lists say how to get them whole.
    static void printReport(const ActorImporter::Plan &plan, ImportSource::Format format, bool suggestReport, QTextStream &out);
};
