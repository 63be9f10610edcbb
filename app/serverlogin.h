#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;
class ServerAddress;

/// Where a command of the command line finds the password of the council's
/// server: the desktop's secret store when one was saved there, else asked
/// on the terminal without echo; in a script, PostgreSQL's own library reads
/// PGPASSWORD or ~/.pgpass. Never from the command line, where others could
/// read it.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    static QString password(const ServerAddress &address, const QString &user);
    /// One line of the standard input; on a terminal, after @p prompt on
    /// @p err and without echo (a password).
    static QString readLineQuietly(QTextStream &err, const QString &prompt, bool terminal);
};
