#include "councilfactory.h"

#include "models/demo/demodatabuilder.h"
#include "models/domain/nationalgeography.h"
#include "models/storage/database.h"
#include "publicationstore.h"
#include "territorystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

CouncilFactory::Result CouncilFactory::create(const QString &path, const CouncilIdentity &identity,
                                              const QList<TerritorySpec> &territory, bool withDemo)
{
    m_error.clear();
    QStringList unknown;
    NationalGeography::instance().resolve(territory, &unknown);
    if (!unknown.isEmpty()) {
        m_error = tr("Unknown in the national list of communes and intercommunalities: %1. Check the codes "
                     "(an EPCI by its SIREN, a département by its code, a commune by its INSEE code).")
                      .arg(unknown.join(QStringLiteral(", ")));
        return Result::UnknownCode;
    }
    if (QFileInfo::exists(path)) {
        m_error = tr("“%1” already exists and may hold a council: a new council is never written over a file. Choose another file name.")
                      .arg(QDir::toNativeSeparators(path));
        return Result::FileExists;
    }
    Database db;
    if (!db.open(path, Database::OpenMode::CreateIfMissing)) {
        m_error = db.errorString();
        return Result::Failed;
    }
    if (fill(db.connectionName(), identity, territory, withDemo))
        return Result::Created;
    const QString file = db.filePath();
    db.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(file + suffix);
    return Result::Failed;
}

bool CouncilFactory::fill(const QString &connectionName, const CouncilIdentity &identity, const QList<TerritorySpec> &territory,
                          bool withDemo)
{
    TerritoryStore store(connectionName);
    if (!store.setSpecs(territory)) {
        m_error = store.errorString();
        return false;
    }
    if (withDemo) {
        DemoDataBuilder demo(connectionName);
        if (!demo.build()) {
            m_error = demo.errorString();
            return false;
        }
    }
    PublicationStore publications(connectionName);
    CouncilIdentity written = withDemo ? publications.identity() : identity;
    if (!identity.name.trimmed().isEmpty())
        written.name = identity.name;
    if (!identity.address.trimmed().isEmpty())
        written.address = identity.address;
    if (!identity.logo.isEmpty())
        written.logo = identity.logo;
    if (!publications.setIdentity(written)) {
        m_error = publications.errorString();
        return false;
    }
    m_communes = store.communeCount();
    m_population = store.population();
    return true;
}
