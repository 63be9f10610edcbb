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
    return readLineQuietly(err, tr("Password of %1 on the server: ").arg(user), true);
}

QString ServerLogin::readLineQuietly(QTextStream &err, const QString &prompt, bool terminal)
{
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return line;
}
