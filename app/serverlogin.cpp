#include "serverlogin.h"

#include "models/sync/serveraddress.h"
#include "models/sync/secretstore.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

QString ServerLogin::password(const ServerAddress &address, const QString &user)
{
    SecretStore secrets;
    if (const std::optional<QString> saved = secrets.load(address.toString(), user))
        return *saved;
    // Without a terminal, libpq itself reads PGPASSWORD or ~/.pgpass.
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD") || !isatty(fileno(stdin)))
        return {};
    QTextStream err(stderr);
    err << tr("Password of %1 on the server: ").arg(user) << Qt::flush;
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
