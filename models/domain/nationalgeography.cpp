#include "nationalgeography.h"

#include "textkey.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace {

const QString resourcePath = QStringLiteral(":/data/geography.bin");

/// Indexes of the entries whose key starts with @p key, in key order.
QList<int> prefixRange(const std::vector<std::pair<QString, int>> &index, const QString &key, int limit)
{
    QList<int> result;
    if (key.isEmpty())
        return result;
    auto it = std::lower_bound(index.begin(), index.end(), key,
                               [](const std::pair<QString, int> &e, const QString &k) { return e.first < k; });
    for (; it != index.end() && it->first.startsWith(key) && result.size() < limit; ++it) {
        if (!result.contains(it->second))
            result << it->second;
    }
    return result;
}

} // namespace

const NationalGeography &NationalGeography::instance()
{
    // A function-local static: loaded once, on first use, thread-safely.
    static const NationalGeography geography(resourcePath);
    return geography;
}

NationalGeography::NationalGeography(const QString &path)
{
    if (load(path))
        buildIndexes();
}

bool NationalGeography::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    const QString text = QString::fromUtf8(qUncompress(file.readAll()));
    if (!text.startsWith(QLatin1String("#essaim-geography"))) {
        m_error = QStringLiteral("not a geography file");
        return false;
    }
    QString section;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#'))) {
            section = line.mid(1).split(QLatin1Char('\t')).first().toString();
            continue;
        }
        const QList<QStringView> f = line.split(QLatin1Char('\t'));
        auto at = [&f](int i) { return i < f.size() ? f.at(i).toString() : QString(); };
        if (section == QLatin1String("regions")) {
            m_regions.insert(at(0), at(1));
        } else if (section == QLatin1String("departments")) {
            m_departments.push_back({at(0), at(2), at(1)});
        } else if (section == QLatin1String("epcis")) {
            m_epcis.push_back({at(0), at(2), at(1), {}});
        } else if (section == QLatin1String("communes")) {
            Place p;
            p.insee = at(0);
            p.name = at(2);
            p.department = at(3);
            p.region = at(4);
            p.epciSiren = at(5);
            p.postcodes = at(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            p.population = at(7).toInt();
            p.siren = at(8);
            p.latitude = at(9).toDouble();
            p.longitude = at(10).toDouble();
            p.parent = at(11);
            m_places.push_back(p);
        } else if (section == QLatin1String("former")) {
            m_former.push_back({at(0), at(1), at(2)});
        }
    }
    return !m_places.empty();
}

void NationalGeography::buildIndexes()
{
    for (int i = 0; i < int(m_epcis.size()); ++i) {
        m_epciBySiren.insert(m_epcis[std::size_t(i)].siren, i);
        m_epciKeys.push_back(TextKey::normalizedName(m_epcis[std::size_t(i)].name));
    }
    for (int i = 0; i < int(m_departments.size()); ++i)
        m_departmentByCode.insert(m_departments[std::size_t(i)].code, i);
    m_placeNames.reserve(m_places.size());
    for (int i = 0; i < int(m_places.size()); ++i) {
        const Place &p = m_places[std::size_t(i)];
        m_placeByInsee.insert(p.insee, i);
        m_placeNames.emplace_back(TextKey::normalizedName(p.name), i);
        if (p.isArrondissement())
            continue;
        ++m_currentCount;
        for (const QString &postcode : p.postcodes)
            m_placesByPostcode[postcode] << i;
        m_placesByDepartment[p.department] << i;
        const auto e = m_epciBySiren.constFind(p.epciSiren);
        if (e != m_epciBySiren.constEnd()) {
            m_epcis[std::size_t(e.value())].members << i;
            m_epciOfPlace.insert(p.insee, e.value());
        }
    }
    std::sort(m_placeNames.begin(), m_placeNames.end());
    for (int i = 0; i < int(m_former.size()); ++i) {
        const FormerCommune &f = m_former[std::size_t(i)];
        if (!m_formerByCode.contains(f.code) || !f.name.isEmpty())
            m_formerByCode.insert(f.code, i);
        if (!f.name.isEmpty())
            m_formerNames.emplace_back(TextKey::normalizedName(f.name), i);
    }
    std::sort(m_formerNames.begin(), m_formerNames.end());
}

const NationalGeography::Place *NationalGeography::place(const QString &insee) const
{
    const auto it = m_placeByInsee.constFind(insee.trimmed().toUpper());
    return it == m_placeByInsee.constEnd() ? nullptr : &m_places[std::size_t(it.value())];
}

const NationalGeography::Place *NationalGeography::currentCommune(const QString &code) const
{
    const Place *p = place(code);
    if (p && p->isArrondissement())
        return place(p->parent);
    if (p)
        return p;
    const FormerCommune *f = formerCommune(code);
    return f ? place(f->currentInsee) : nullptr;
}

const NationalGeography::FormerCommune *NationalGeography::formerCommune(const QString &code) const
{
    // A commune nouvelle often keeps the code of its chef-lieu: that code is current.
    if (m_placeByInsee.contains(code.trimmed().toUpper()))
        return nullptr;
    const auto it = m_formerByCode.constFind(code.trimmed().toUpper());
    return it == m_formerByCode.constEnd() ? nullptr : &m_former[std::size_t(it.value())];
}

QList<const NationalGeography::Place *> NationalGeography::placesByNamePrefix(const QString &text, int limit) const
{
    QList<const Place *> result;
    for (int i : prefixRange(m_placeNames, TextKey::normalizedName(text), limit))
        result << &m_places[std::size_t(i)];
    return result;
}

QList<const NationalGeography::FormerCommune *> NationalGeography::formerByNamePrefix(const QString &text, int limit) const
{
    QList<const FormerCommune *> result;
    for (int i : prefixRange(m_formerNames, TextKey::normalizedName(text), limit))
        result << &m_former[std::size_t(i)];
    return result;
}

QList<const NationalGeography::Place *> NationalGeography::placesByPostcode(const QString &postcode) const
{
    QList<const Place *> result;
    for (int i : m_placesByPostcode.value(postcode.trimmed()))
        result << &m_places[std::size_t(i)];
    return result;
}

QList<const NationalGeography::Place *> NationalGeography::communesOfDepartment(const QString &code) const
{
    QList<const Place *> result;
    for (int i : m_placesByDepartment.value(code.trimmed().toUpper()))
        result << &m_places[std::size_t(i)];
    return result;
}

const NationalGeography::Epci *NationalGeography::epci(const QString &siren) const
{
    const auto it = m_epciBySiren.constFind(siren.trimmed());
    return it == m_epciBySiren.constEnd() ? nullptr : &m_epcis[std::size_t(it.value())];
}

QList<const NationalGeography::Epci *> NationalGeography::epcisByName(const QString &text, int limit) const
{
    QList<const Epci *> result;
    const QString key = TextKey::normalizedName(text);
    if (key.isEmpty())
        return result;
    for (std::size_t i = 0; i < m_epcis.size() && result.size() < limit; ++i) {
        if (m_epciKeys[i].contains(key))
            result << &m_epcis[i];
    }
    return result;
}

const NationalGeography::Epci *NationalGeography::epciOfCommune(const QString &insee) const
{
    const auto it = m_epciOfPlace.constFind(insee);
    return it == m_epciOfPlace.constEnd() ? nullptr : &m_epcis[std::size_t(it.value())];
}

const NationalGeography::Department *NationalGeography::department(const QString &code) const
{
    const auto it = m_departmentByCode.constFind(code.trimmed().toUpper());
    return it == m_departmentByCode.constEnd() ? nullptr : &m_departments[std::size_t(it.value())];
}

QList<const NationalGeography::Department *> NationalGeography::departmentsByName(const QString &text) const
{
    QList<const Department *> result;
    const QString key = TextKey::normalizedName(text);
    if (key.isEmpty())
        return result;
    for (const Department &d : m_departments) {
        if (TextKey::normalizedName(d.name).startsWith(key) || d.code.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            result << &d;
    }
    return result;
}

QString NationalGeography::regionName(const QString &code) const
{
    return m_regions.value(code);
}

std::vector<int> NationalGeography::resolve(const QList<TerritorySpec> &specs, QStringList *unknown) const
{
    QSet<int> chosen;
    for (const TerritorySpec &spec : specs) {
        bool found = false;
        switch (spec.kind) {
        case TerritorySpec::Kind::Epci:
            if (const Epci *e = epci(spec.code)) {
                found = true;
                for (int i : e->members)
                    chosen.insert(i);
            }
            break;
        case TerritorySpec::Kind::Department:
            if (department(spec.code)) {
                found = true;
                for (int i : m_placesByDepartment.value(spec.code))
                    chosen.insert(i);
            }
            break;
        case TerritorySpec::Kind::Commune:
            if (const Place *p = currentCommune(spec.code)) {
                found = true;
                chosen.insert(m_placeByInsee.value(p->insee));
            }
            break;
        }
        if (!found && unknown)
            *unknown << spec.toString();
    }
    std::vector<int> result(chosen.begin(), chosen.end());
    // The places are stored in INSEE order, so index order is code order.
    std::sort(result.begin(), result.end());
    return result;
}

QString NationalGeography::specName(const TerritorySpec &spec) const
{
    switch (spec.kind) {
    case TerritorySpec::Kind::Epci:
        if (const Epci *e = epci(spec.code))
            return e->name;
        break;
    case TerritorySpec::Kind::Department:
        if (const Department *d = department(spec.code))
            return d->name;
        break;
    case TerritorySpec::Kind::Commune:
        if (const Place *p = currentCommune(spec.code))
            return p->name;
        break;
    }
    return {};
}

Commune NationalGeography::communeRecord(const QString &code, const QSet<QString> &territory) const
{
    Commune c;
    const Place *p = currentCommune(code);
    if (!p)
        return c;
    c.insee = p->insee;
    c.name = p->name;
    c.postcodes = p->postcodes;
    c.epciSiren = p->epciSiren;
    if (const Epci *e = epci(p->epciSiren))
        c.epciName = e->name;
    c.population = p->population;
    c.latitude = p->latitude;
    c.longitude = p->longitude;
    c.inTerritory = territory.contains(p->insee);
    return c;
}
