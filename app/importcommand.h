#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

/// `essaim --db FILE import actors FILE... [--format csv|sirene|rna]
/// [--mapping NAME] [--on-duplicate skip|update|overwrite|create] [--dry-run]
/// [--report FILE]`: reads every file first and imports nothing when one
/// cannot be read; then imports in one transaction and prints the counts.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
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
    static int checkUsage(const Request &request, QTextStream &err);
    static int run(const Request &request, const QString &connectionName, QTextStream &out, QTextStream &err);
};
