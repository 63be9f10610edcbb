#include "serverlogin.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

QString ServerLogin::password()
{
    // Without a terminal, libpq itself reads PGPASSWORD or ~/.pgpass.
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD") || !isatty(fileno(stdin)))
        return {};
    QTextStream err(stderr);
    err << tr("Password on the server: ") << Qt::flush;
    termios before{};
    tcgetattr(fileno(stdin), &before);
    termios quiet = before;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fileno(stdin), TCSANOW, &quiet);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(fileno(stdin), TCSANOW, &before);
    err << Qt::endl;
    return line;
}

bool ServerLogin::open(const QString &url, const QString &user, const QString &password, const QString &connectionName, QString *error)
{
    const QUrl u(url);
    if (!u.isValid() || (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")) || u.path().size() < 2) {
        *error = tr("“%1” is not the address of a server. Write it as postgresql://host/database.").arg(url);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    const QString socketDir = QUrlQuery(u).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    db.setHostName(socketDir.isEmpty() ? u.host() : socketDir);
    const QString port = QUrlQuery(u).queryItemValue(QStringLiteral("port"));
    if (u.port() > 0 || !port.isEmpty())
        db.setPort(u.port() > 0 ? u.port() : port.toInt());
    db.setDatabaseName(u.path().mid(1));
    db.setUserName(user.isEmpty() ? u.userName() : user);
    db.setPassword(password);
    if (!db.open()) {
        *error = tr("The server %1 cannot be reached (%2). Check the address, the user and the password, and that the network is there.")
                     .arg(url, db.lastError().text().trimmed());
        return false;
    }
    return true;
}

void ServerLogin::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
