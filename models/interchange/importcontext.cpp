#include "importcontext.h"

#include "textkey.h"

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
    return m_byInsee.contains(insee);
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
    int found = m_byInsee.value(insee.trimmed(), -1);
    if (found < 0 && !name.trimmed().isEmpty()) {
        const QList<int> candidates = m_byName.values(TextKey::normalizedName(name));
        for (int i : candidates) {
            if (found < 0 || communes.at(i).postcodes.contains(postcode))
                found = i;
        }
    }
    if (found < 0 && name.trimmed().isEmpty() && !postcode.isEmpty()) {
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
    } else {
        actor.communeInsee.clear();
        actor.communeName = name.simplified();
    }
}
