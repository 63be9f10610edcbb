#pragma once

#include "models/domain/outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The coordinator's work on a council's shared server, on a connection
/// opened by ServerConnection (Expect::AnyDatabase) as a role that may
/// create roles (the database's owner with CREATEROLE, or postgres):
/// installing the schema of resources/server/ on an empty database, and
/// adding, listing and removing the people who may connect. What each
/// person may do is then enforced by PostgreSQL (grants and row-level
/// security), not by Essaim.
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)

public:
    /// A person of the council as essaim.members holds them.
    struct Member
    {
        QString name;
        QString role; ///< coordinator, contributor or reader
        QString territorySpec; ///< as typed: "200039857 59350"
        QStringList communes; ///< INSEE codes a contributor writes in
    };

    explicit ServerAdmin(const QString &connectionName);

    /// Creates the schema, the group roles of this database, the grants and
    /// the policies, in one transaction; refuses a database that has them
    /// already. @p councilName (may be empty) becomes the database's comment.
    bool initialise(const QString &councilName);
    bool addMember(const Member &member, const QString &password);
    bool removeMember(const QString &name);
    std::optional<QList<Member>> members();

    QString errorString() const { return m_error; }

    /// coordinator, contributor, reader.
    static QStringList roles();
    /// The group role of @p role in @p database: essaim_DATABASE_ROLE.
    static QString groupRole(const QString &database, const QString &role);
    /// Checks a new user's name; false with a sentence in @p error.
    static Outcome<bool> checkName(const QString &name);
    /// The communes (INSEE codes, sorted) of EPCI SIRENs, commune INSEE codes
    /// and the epci:/dep:/commune: forms, from the national geography;
    /// false with a sentence naming the unknown pieces.
    static Outcome<QStringList> expandTerritory(const QStringList &specs);

private:
    /// Checks that the database is empty of Essaim and the user may install it.
    bool checkCanInitialise();
    bool runScript(const QString &resource);
    /// The SCRAM-SHA-256 verifier of @p password, computed on this computer.
    bool encryptPassword(const QString &name, const QString &password, QString *verifier);
    /// A one-value query with bound @p values; invalid (and errorString) when it fails.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    QString m_connectionName;
    QString m_error;
};
