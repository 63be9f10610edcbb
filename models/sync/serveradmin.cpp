#include "serveradmin.h"

#include "models/domain/nationalgeography.h"
#include "models/domain/territoryspec.h"
#include "models/storage/transaction.h"
#include "serverconnection.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <algorithm>

namespace {

/// The schema, in the order it is installed.
const QStringList scripts = {QStringLiteral(":/server/001_tables.sql"), QStringLiteral(":/server/002_functions.sql"),
                             QStringLiteral(":/server/003_security.sql")};

/// PostgreSQL's names hold 63 bytes: "essaim_" + database + "_contributor".
const int longestDatabaseName = 63 - int(qstrlen("essaim__contributor"));

/// What PostgreSQL said, without the driver's "QPSQL: Unable to …" prefix.
QString serverText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

} // namespace

ServerAdmin::ServerAdmin(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QStringList ServerAdmin::roles()
{
    return {QStringLiteral("coordinator"), QStringLiteral("contributor"), QStringLiteral("reader")};
}

QString ServerAdmin::groupRole(const QString &database, const QString &role)
{
    return QStringLiteral("essaim_%1_%2").arg(database, role);
}

QVariant ServerAdmin::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_error = tr("The server refused a question: %1").arg(serverText(query.lastError()));
        return QVariant();
    }
    return query.value(0).isNull() ? QVariant(QString()) : query.value(0);
}

bool ServerAdmin::checkCanInitialise()
{
    const QString database = QSqlDatabase::database(m_connectionName, false).databaseName();
    const QVariant hasSchema = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'essaim')"));
    if (!hasSchema.isValid())
        return false;
    if (hasSchema.toBool()) {
        m_error = tr("The database “%1” is an Essaim server already: nothing was changed. Add people with “essaim server user add”; "
                     "to start again from nothing, drop the database and create it anew.")
                      .arg(database);
        return false;
    }
    if (database.toUtf8().size() > longestDatabaseName) {
        m_error = tr("The name of the database “%1” is too long for its roles: choose a name of at most %2 letters.")
                      .arg(database)
                      .arg(longestDatabaseName);
        return false;
    }
    const QVariant mayCreate = scalar(QStringLiteral("SELECT r.rolsuper OR (r.rolcreaterole AND d.datdba = r.oid) FROM pg_roles r, "
                                                     "pg_database d WHERE r.rolname = current_user AND d.datname = current_database()"));
    if (!mayCreate.isValid())
        return false;
    if (!mayCreate.toBool()) {
        m_error = tr("The user you connected as may not prepare this database: connect as the database's owner with the CREATEROLE right, "
                     "or as postgres (write the user in the address, postgresql://USER@HOST/%1).")
                      .arg(database);
        return false;
    }
    const QVariant leftover = scalar(QStringLiteral("SELECT string_agg(rolname, ', ') FROM pg_roles WHERE rolname IN (?, ?, ?)"),
                                     {groupRole(database, roles().at(0)), groupRole(database, roles().at(1)), groupRole(database, roles().at(2))});
    if (!leftover.isValid())
        return false;
    if (!leftover.toString().isEmpty()) {
        m_error = tr("The roles %1 exist already, left by an earlier database of the same name: remove them (DROP ROLE, after their "
                     "members) or choose another name for the database.")
                      .arg(leftover.toString());
        return false;
    }
    return true;
}

bool ServerAdmin::runScript(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The file %1 is missing from this build of Essaim.").arg(resource);
        return false;
    }
    // Several statements, functions with $$ bodies: sent whole, as psql would.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QString::fromUtf8(file.readAll()))) {
        m_error = tr("The server refused to create Essaim's tables (%1): %2").arg(resource.section(QLatin1Char('/'), -1), serverText(query.lastError()));
        return false;
    }
    return true;
}

bool ServerAdmin::initialise(const QString &councilName)
{
    if (!checkCanInitialise())
        return false;
    Transaction transaction(m_connectionName);
    if (!transaction.isActive()) {
        m_error = tr("The server refused to start a transaction: %1").arg(transaction.errorString());
        return false;
    }
    for (const QString &script : scripts) {
        if (!runScript(script))
            return false;
    }
    if (!councilName.trimmed().isEmpty()) {
        const QVariant comment = scalar(QStringLiteral("SELECT format('COMMENT ON DATABASE %I IS %L', current_database(), ?::text)"),
                                        {councilName.trimmed()});
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!comment.isValid() || !query.exec(comment.toString())) {
            m_error = tr("The server refused to note the council's name: %1").arg(serverText(query.lastError()));
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = tr("The server refused to keep Essaim's tables: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

Outcome<bool> ServerAdmin::checkName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9][a-z0-9._@-]{0,62}$"));
    if (!allowed.match(name).hasMatch()) {
        return Outcome<bool>::failure(tr("“%1” cannot be a user's name: use lower-case letters without accents, digits, and . _ @ - "
                                         "(at most 63), for example camille.martin.")
                                          .arg(name));
    }
    if (name == QLatin1String("postgres") || name.startsWith(QLatin1String("pg_")) || name.startsWith(QLatin1String("essaim_"))) {
        return Outcome<bool>::failure(tr("The name “%1” is kept for PostgreSQL or Essaim themselves: choose another.").arg(name));
    }
    return true;
}

bool ServerAdmin::addMember(const Member &member, const QString &password)
{
    if (const Outcome<bool> valid = checkName(member.name); !valid)
        return m_error = valid.errorString(), false;
    if (!roles().contains(member.role)) {
        m_error = tr("“%1” is not a role: write coordinator, contributor or reader.").arg(member.role);
        return false;
    }
    if (password.size() < 8) {
        m_error = tr("The password of “%1” is too short: give at least 8 characters.").arg(member.name);
        return false;
    }
    const QVariant exists = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"), {member.name});
    if (!exists.isValid())
        return false;
    if (exists.toBool()) {
        m_error = tr("There is a user “%1” on this server already (of this council or of another one sharing the server): choose another name.")
                      .arg(member.name);
        return false;
    }
    QString verifier;
    if (!encryptPassword(member.name, password, &verifier))
        return false;
    Transaction transaction(m_connectionName);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT essaim.add_member(?, ?, ?, coalesce(?, ''), string_to_array(coalesce(?, ''), ' '))"));
    query.addBindValue(member.name);
    query.addBindValue(verifier);
    query.addBindValue(member.role);
    query.addBindValue(member.territorySpec);
    query.addBindValue(member.communes.join(QLatin1Char(' ')));
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        m_error = tr("The server refused to add “%1”: %2").arg(member.name, serverText(query.lastError()));
        return false;
    }
    return true;
}

bool ServerAdmin::encryptPassword(const QString &name, const QString &password, QString *verifier)
{
    // What psql's \password does: libpq turns the password into its SCRAM
    // verifier here, so the password itself never reaches the server.
    PGconn *connection = ServerConnection::libpqHandle(m_connectionName);
    if (!connection) {
        m_error = tr("The connection to the server is not a PostgreSQL one: the password of “%1” cannot be prepared.").arg(name);
        return false;
    }
    char *encrypted = PQencryptPasswordConn(connection, password.toUtf8().constData(), name.toUtf8().constData(), "scram-sha-256");
    if (!encrypted) {
        m_error = tr("The password of “%1” could not be prepared: %2").arg(name, QString::fromUtf8(PQerrorMessage(connection)).trimmed());
        return false;
    }
    *verifier = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return true;
}

bool ServerAdmin::removeMember(const QString &name)
{
    const QVariant exists = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM essaim.members WHERE name = ?)"), {name});
    if (!exists.isValid())
        return false;
    if (!exists.toBool()) {
        m_error = tr("There is no user “%1” in this council: “essaim server user list” shows who there is.").arg(name);
        return false;
    }
    Transaction transaction(m_connectionName);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT essaim.remove_member(?)"));
    query.addBindValue(name);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        m_error = tr("The server refused to remove “%1”: %2").arg(name, serverText(query.lastError()));
        return false;
    }
    return true;
}

std::optional<QList<ServerAdmin::Member>> ServerAdmin::members()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT name, role, territory_spec, array_to_string(communes, ' ') FROM essaim.members ORDER BY name"))) {
        m_error = tr("The server did not give the list of users: %1").arg(serverText(query.lastError()));
        return std::nullopt;
    }
    QList<Member> list;
    while (query.next()) {
        Member m;
        m.name = query.value(0).toString();
        m.role = query.value(1).toString();
        m.territorySpec = query.value(2).toString();
        m.communes = query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        list << m;
    }
    return list;
}

Outcome<QStringList> ServerAdmin::expandTerritory(const QStringList &specs)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    static const QRegularExpression siren(QStringLiteral("^\\d{9}$"));
    QList<TerritorySpec> pieces;
    for (const QString &text : specs) {
        for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
            // A bare code, as --territory takes it elsewhere: nine digits are an EPCI's SIREN, else a commune's INSEE code.
            const QString written = piece.contains(QLatin1Char(':'))
                ? piece
                : (siren.match(piece).hasMatch() ? QStringLiteral("epci:") : QStringLiteral("commune:")) + piece;
            const Outcome<TerritorySpec> spec = TerritorySpec::parse(written);
            if (!spec)
                return Outcome<QStringList>::failure(spec.errorString());
            if (!pieces.contains(*spec))
                pieces << *spec;
        }
    }
    QStringList unknown;
    const NationalGeography &geography = NationalGeography::instance();
    QStringList communes;
    for (const int index : geography.resolve(pieces, &unknown))
        communes.append(geography.places().at(size_t(index)).insee);
    if (!unknown.isEmpty()) {
        return Outcome<QStringList>::failure(tr("Unknown in the national list of communes and intercommunalities: %1. Give an EPCI by its "
                                                "SIREN and a commune by its INSEE code.")
                                                 .arg(unknown.join(QStringLiteral(", "))));
    }
    std::sort(communes.begin(), communes.end());
    return communes;
}
