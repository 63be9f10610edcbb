#include "serveraddress.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

/// Seconds libpq waits for a server that does not answer, so that an
/// unreachable server is told within seconds instead of after minutes.
const int connectTimeoutSeconds = 10;

} // namespace

bool ServerAddress::parse(const QString &text)
{
    *this = ServerAddress();
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        m_error = tr("“%1” is not the address of a PostgreSQL server: write postgresql://[USER@]HOST[:PORT]/DATABASE, or "
                     "postgresql:///DATABASE?host=/SOCKET/FOLDER for a server on this computer.")
                      .arg(trimmed);
        return false;
    }
    if (!url.password().isEmpty()) {
        m_error = tr("The address holds a password: leave it out, Essaim asks for it and keeps it in the desktop's secret store.");
        return false;
    }
    const QString path = url.path(QUrl::FullyDecoded);
    const QString database = path.mid(1);
    if (!path.startsWith(QLatin1Char('/')) || database.isEmpty() || database.contains(QLatin1Char('/'))) {
        m_error = tr("The address “%1” names no database: end it with /DATABASE, the database of your council on that server.").arg(trimmed);
        return false;
    }
    m_user = url.userName(QUrl::FullyDecoded);
    m_host = url.host(QUrl::FullyDecoded);
    m_port = url.port(5432);
    if (!parseQuery(url.query(QUrl::FullyEncoded)) || !checkSslMode())
        return false;
    m_database = database;
    return true;
}

bool ServerAddress::parseQuery(const QString &text)
{
    const QUrlQuery query(text);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString &key = item.first;
        const QString &value = item.second;
        if (key == QLatin1String("host") && m_host.isEmpty() && !value.isEmpty()) {
            m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            m_port = value.toInt(&ok);
            if (!ok || m_port <= 0 || m_port > 65535) {
                m_error = tr("The port “%1” of the address is not a number between 1 and 65535.").arg(value);
                return false;
            }
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes.contains(value)) {
                m_error = tr("The sslmode “%1” of the address is unknown: write require, verify-ca or verify-full.").arg(value);
                return false;
            }
            m_sslMode = value;
        } else {
            m_error = tr("The address has a setting Essaim does not read, “%1”: keep only host, port and sslmode after the “?”.").arg(key);
            return false;
        }
    }
    return true;
}

bool ServerAddress::checkSslMode()
{
    if (isLocal())
        return true;
    if (m_sslMode.isEmpty())
        m_sslMode = QStringLiteral("require");
    if (sslModes.indexOf(m_sslMode) < sslModes.indexOf(QStringLiteral("require"))) {
        m_error = tr("The server %1 is not on this computer, so Essaim reaches it over an encrypted connection (TLS) only: "
                     "remove “sslmode=%2” from the address, or write sslmode=verify-full.")
                      .arg(m_host, m_sslMode);
        return false;
    }
    return true;
}

bool ServerAddress::isLocal() const
{
    if (isSocket())
        return true;
    const QString host = m_host.toLower();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    QUrlQuery query;
    if (isSocket()) {
        url.setHost(QString());
        if (!m_host.isEmpty())
            query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    } else {
        url.setHost(m_host);
        if (m_port != 5432)
            url.setPort(m_port);
    }
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    url.setPath(QLatin1Char('/') + m_database);
    if (!query.isEmpty())
        url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl drops the empty authority of the socket form; libpq and users write it.
    if (isSocket() && !text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString ServerAddress::connectOptions() const
{
    QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds)};
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    return options.join(QLatin1Char(';'));
}
