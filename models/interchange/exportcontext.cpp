#include "exportcontext.h"

#include "actorstore.h"
#include "referencestore.h"
#include "sectorstore.h"

ExportContext::ExportContext(const QString &connectionName)
    : m_connectionName(connectionName)
{
    const QList<Commune> communes = ReferenceStore(connectionName).communes();
    for (const Commune &c : communes)
        m_communes.insert(c.insee, c);
    const QList<Sector> sectors = SectorStore(connectionName).all();
    for (const Sector &s : sectors)
        m_sectors.insert(s.id, s);
}

std::optional<Actor> ExportContext::load(qint64 id) const
{
    return ActorStore(m_connectionName).load(id);
}

const Commune *ExportContext::commune(const QString &insee) const
{
    const auto it = m_communes.constFind(insee);
    return it == m_communes.constEnd() ? nullptr : &it.value();
}

QStringList ExportContext::sectorChain(qint64 sectorId) const
{
    QStringList names;
    for (int guard = 0; sectorId > 0 && guard < 16; ++guard) {
        const auto it = m_sectors.constFind(sectorId);
        if (it == m_sectors.constEnd())
            break;
        names.prepend(it->name);
        sectorId = it->parentId;
    }
    QStringList chain;
    for (int i = 1; i <= names.size(); ++i)
        chain << names.mid(0, i).join(QStringLiteral(" › "));
    return chain;
}

QString ExportContext::sectorPath(qint64 sectorId) const
{
    const QStringList chain = sectorChain(sectorId);
    return chain.isEmpty() ? QString() : chain.last();
}

QString ExportContext::sectorColor(qint64 sectorId) const
{
    const auto it = m_sectors.constFind(sectorId);
    return it == m_sectors.constEnd() || !it->color.isValid() ? QString() : it->color.name();
}
