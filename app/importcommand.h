#pragma once

#include "command.h"

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
};
