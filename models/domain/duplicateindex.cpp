#include "duplicateindex.h"

#include "actorvalidator.h"
#include "textkey.h"

#include <algorithm>

DuplicateIndex::Keys DuplicateIndex::keysOf(const QString &name, const QString &siren, const QString &siret, const QString &rna,
                                            const QString &insee, const QString &communeName)
{
    Keys keys;
    keys.siret = siret;
    keys.siren = ActorValidator::sirenOf(siren, siret);
    keys.rna = rna;
    const QString n = TextKey::normalizedName(name);
    if (!n.isEmpty())
        keys.place = n + QLatin1Char('|') + (insee.isEmpty() ? TextKey::normalizedName(communeName) : insee);
    return keys;
}

DuplicateIndex::Keys DuplicateIndex::keysOf(const Actor &a)
{
    return keysOf(a.name, a.siren, a.siret, a.rna, a.communeInsee, a.communeName);
}

void DuplicateIndex::add(qint64 id, const QString &name, const QString &communeName, const Keys &keys)
{
    if (!keys.siret.isEmpty())
        m_siret.insert(keys.siret, id);
    if (!keys.siren.isEmpty())
        m_siren.insert(keys.siren, id);
    if (!keys.rna.isEmpty())
        m_rna.insert(keys.rna, id);
    if (!keys.place.isEmpty())
        m_place.insert(keys.place, id);
    // name() answers "" for an id without one: an empty name is not stored.
    if (!name.isEmpty())
        m_names.insert(id, name);
    if (!communeName.isEmpty())
        m_communes.insert(id, communeName);
}

void DuplicateIndex::reserve(qsizetype actors)
{
    for (QMultiHash<QString, qint64> *keys : {&m_siret, &m_siren, &m_rna, &m_place})
        keys->reserve(actors);
}

qint64 DuplicateIndex::find(const Keys &keys, DuplicateCandidate::Reason *reason) const
{
    using Reason = DuplicateCandidate::Reason;
    const std::pair<const QMultiHash<QString, qint64> *, const QString *> order[] = {
        {&m_siret, &keys.siret}, {&m_siren, &keys.siren}, {&m_rna, &keys.rna}, {&m_place, &keys.place}};
    const Reason reasons[] = {Reason::SameSiret, Reason::SameSiren, Reason::SameRna, Reason::SameNameAndCommune};
    for (int i = 0; i < 4; ++i) {
        if (order[i].second->isEmpty())
            continue;
        const auto it = order[i].first->constFind(*order[i].second);
        if (it != order[i].first->constEnd()) {
            *reason = reasons[i];
            return it.value();
        }
    }
    return 0;
}

QList<DuplicateCandidate> DuplicateIndex::findAll(const Keys &keys, qint64 exceptId) const
{
    using Reason = DuplicateCandidate::Reason;
    const std::pair<const QMultiHash<QString, qint64> *, const QString *> order[] = {
        {&m_siret, &keys.siret}, {&m_siren, &keys.siren}, {&m_rna, &keys.rna}, {&m_place, &keys.place}};
    const Reason reasons[] = {Reason::SameSiret, Reason::SameSiren, Reason::SameRna, Reason::SameNameAndCommune};
    QList<DuplicateCandidate> found;
    for (int i = 0; i < 4; ++i) {
        if (order[i].second->isEmpty())
            continue;
        QList<qint64> ids = order[i].first->values(*order[i].second);
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            const bool already = std::any_of(found.cbegin(), found.cend(), [id](const DuplicateCandidate &c) { return c.id == id; });
            if (id != exceptId && !already)
                found << DuplicateCandidate{id, m_names.value(id), m_communes.value(id), reasons[i]};
        }
    }
    return found;
}

QString DuplicateIndex::reasonText(DuplicateCandidate::Reason reason)
{
    switch (reason) {
    case DuplicateCandidate::Reason::SameSiret: return tr("same SIRET");
    case DuplicateCandidate::Reason::SameSiren: return tr("same SIREN");
    case DuplicateCandidate::Reason::SameRna: return tr("same RNA number");
    case DuplicateCandidate::Reason::SameNameAndCommune: return tr("same name in the same commune");
    }
    return {};
}
