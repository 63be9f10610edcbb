#include "importcontext.h"

#include "models/domain/nationalgeography.h"
#include "models/domain/textkey.h"

void ImportContext::index() const
{
    if (m_indexed)
        return;
    for (int i = 0; i < communes.size(); ++i) {
        m_byInsee.insert(communes.at(i).insee, i);
        m_byName.insert(TextKey::normalizedName(communes.at(i).name), i);
    }
    m_indexed = true;
}

bool ImportContext::isTerritoryCommune(const QString &insee) const
{
    index();
    if (m_byInsee.contains(insee))
        return true;
    // A former code (a commune nouvelle) or an arrondissement of Paris, Lyon,
    // Marseille counts for the commune that holds it today.
    const NationalGeography::Place *current = NationalGeography::instance().currentCommune(insee);
    return current && m_byInsee.contains(current->insee);
}

QStringList ImportContext::postcodesOf(const QString &insee) const
{
    index();
    const int i = m_byInsee.value(insee, -1);
    return i >= 0 ? communes.at(i).postcodes : QStringList();
}

void ImportContext::resolveCommune(Actor &actor, const QString &insee, const QString &name, const QString &postcode) const
{
    index();
    QString code = insee.trimmed();
    int found = m_byInsee.value(code, -1);
    // A commune of the territory, by its code or its name, needs nothing
    // more: the table of France (tens of thousands of communes, a tenth of a
    // second to load) is read only for a commune that is not.
    if (found < 0 && code.isEmpty() && !name.trimmed().isEmpty())
        found = territoryCommuneNamed(name, postcode);
    if (found >= 0) {
        actor.communeInsee = communes.at(found).insee;
        actor.communeName = communes.at(found).name;
        return;
    }
    resolveOutside(actor, code, name, postcode);
}

int ImportContext::territoryCommuneNamed(const QString &name, const QString &postcode) const
{
    int found = -1;
    const QList<int> candidates = m_byName.values(TextKey::normalizedName(name));
    for (int i : candidates) {
        if (found < 0 || communes.at(i).postcodes.contains(postcode))
            found = i;
    }
    return found;
}

void ImportContext::resolveOutside(Actor &actor, QString code, const QString &name, const QString &postcode) const
{
    const NationalGeography &geo = NationalGeography::instance();
    if (!code.isEmpty()) {
        if (const NationalGeography::FormerCommune *former = geo.formerCommune(code)) {
            // The actor lands in the commune nouvelle; its former commune's
            // name stays in the address, as La Poste still delivers by it.
            const QString formerName = !former->name.isEmpty() ? former->name : name.simplified();
            if (!formerName.isEmpty() && !actor.address.contains(formerName, Qt::CaseInsensitive))
                actor.address = actor.address.isEmpty() ? formerName : actor.address + QStringLiteral(", ") + formerName;
            code = former->currentInsee;
        } else if (const NationalGeography::Place *current = geo.currentCommune(code)) {
            code = current->insee;
        }
    }
    int found = m_byInsee.value(code, -1);
    // A code of France outside the territory is trusted over a homonym inside it.
    const bool knownCode = geo.place(code) != nullptr;
    if (found < 0 && !knownCode && !name.trimmed().isEmpty())
        found = territoryCommuneNamed(name, postcode);
    if (found < 0 && !knownCode && !name.trimmed().isEmpty())
        found = formerCommuneNamed(actor, name);
    if (found < 0 && !knownCode && name.trimmed().isEmpty() && !postcode.isEmpty()) {
        int matches = 0;
        for (int i = 0; i < communes.size(); ++i) {
            if (communes.at(i).postcodes.contains(postcode)) {
                found = i;
                ++matches;
            }
        }
        if (matches != 1)
            found = -1;
    }
    if (found >= 0) {
        actor.communeInsee = communes.at(found).insee;
        actor.communeName = communes.at(found).name;
    } else if (const NationalGeography::Place *outside = knownCode ? geo.place(code) : nullptr) {
        // Outside the territory, yet a commune of France: the actor keeps it.
        actor.communeInsee = outside->insee;
        actor.communeName = outside->name;
    } else {
        actor.communeInsee.clear();
        actor.communeName = name.simplified();
    }
}

int ImportContext::formerCommuneNamed(Actor &actor, const QString &name) const
{
    // The name of a former commune of the territory: the commune nouvelle.
    const QString key = TextKey::normalizedName(name);
    for (const NationalGeography::FormerCommune *former : NationalGeography::instance().formerByNamePrefix(name, 20)) {
        if (TextKey::normalizedName(former->name) == key && m_byInsee.contains(former->currentInsee)) {
            if (!actor.address.contains(former->name, Qt::CaseInsensitive))
                actor.address = actor.address.isEmpty() ? former->name : actor.address + QStringLiteral(", ") + former->name;
            return m_byInsee.value(former->currentInsee);
        }
    }
    return -1;
}
