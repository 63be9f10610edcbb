#include "serverlogin.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <unistd.h>

QString ServerLogin::password()
{
    const QByteArray fromEnv = qgetenv("ESSAIM_SERVER_PASSWORD");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    if (isatty(fileno(stdin)))
        return {};
    QTextStream in(stdin);
    return in.readLine();
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
    if (u.port() > 0)
        db.setPort(u.port());
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
