#include "checkcommand.h"

#include "models/stores/actorstore.h"

#include <QDir>

QString CheckCommand::help() const
{
    return tr("check: check the database's integrity and schema");
}

int CheckCommand::run(Session &session, const Invocation &, QTextStream &out, QTextStream &err) const
{
    Database &db = session.database();
    QStringList problems;
    if (!db.checkIntegrity(&problems)) {
        err << tr("essaim: the database “%1” has problems: %2").arg(QDir::toNativeSeparators(db.filePath()), problems.join(QLatin1String("; ")))
            << Qt::endl;
        return 1;
    }
    ActorStore store(db.connectionName());
    out << tr("The database “%1” is sound: schema version %2, %n actor(s).", nullptr, store.count())
               .arg(QDir::toNativeSeparators(db.filePath()))
               .arg(db.schemaVersion())
        << Qt::endl;
    return 0;
}
