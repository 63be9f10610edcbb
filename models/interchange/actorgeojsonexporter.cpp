#include "actorgeojsonexporter.h"
#include "utf8appender.h"

#include "models/stores/directorysnapshot.h"

#include <QFileDevice>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace {
// RFC 7946 §11.2: six decimals are about 10 cm, more is noise.
double rounded(double degrees)
{
    return std::round(degrees * 1e6) / 1e6;
}

/// Appends JSON text (RFC 8259) to a buffer: strings escaped, numbers in
/// their shortest exact form. A feature costs a few appends, not a JSON tree.
class JsonText
{
public:
    explicit JsonText(QByteArray &out)
        : m_out(out)
    {
    }
    void string(const QString &text)
    {
        m_out += '"';
        const qsizetype start = m_out.size();
        appendUtf8(text);
        // Most values need no escape: their UTF-8 went in whole, straight
        // into the buffer; the others are written again, escaped.
        const char *data = m_out.constData();
        for (qsizetype i = start; i < m_out.size(); ++i) {
            const auto c = uchar(data[i]);
            if (c == '"' || c == '\\' || c < 0x20) {
                const QByteArray utf8 = m_out.mid(start);
                m_out.truncate(start);
                escaped(utf8);
                break;
            }
        }
        m_out += '"';
    }
    void property(const char *key, const QString &value)
    {
        m_out += m_first ? "\"" : ",\"";
        m_first = false;
        m_out += key;
        m_out += "\":";
        string(value);
    }
    void property(const char *key, const QStringList &values)
    {
        m_out += m_first ? "\"" : ",\"";
        m_first = false;
        m_out += key;
        m_out += "\":[";
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                m_out += ',';
            string(values.at(i));
        }
        m_out += ']';
    }
    void property(const char *key, double number)
    {
        m_out += m_first ? "\"" : ",\"";
        m_first = false;
        m_out += key;
        m_out += "\":";
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }

    /// A property already written as JSON text (`"key":value`).
    void fragment(const QByteArray &text)
    {
        m_out += m_first ? "" : ",";
        m_first = false;
        m_out += text;
    }

private:
    void appendUtf8(const QString &text) { m_utf8.append(m_out, text); }
    void escaped(const QByteArray &utf8)
    {
        // Runs of plain characters go in whole; only quotes, backslashes
        // and control characters are escaped one by one.
        qsizetype plain = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const auto c = uchar(utf8.at(i));
            if (c != '"' && c != '\\' && c >= 0x20)
                continue;
            m_out.append(utf8.constData() + plain, i - plain);
            plain = i + 1;
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += char(c);
            } else {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 0xf];
            }
        }
        m_out.append(utf8.constData() + plain, utf8.size() - plain);
    }

    QByteArray &m_out;
    Utf8Appender m_utf8;
    bool m_first = true;
};

/// The JSON text that every actor of a commune, a sector or a family
/// shares, made once per export: at 100,000 actors, formatting the same
/// coordinates and escaping the same labels again for each actor cost a
/// third of the export.
class SharedText
{
public:
    struct Place
    {
        const Commune *commune = nullptr;
        QByteArray coordinates; ///< "longitude,latitude"
        QByteArray epci; ///< "epci":"…"
    };

    explicit SharedText(const DirectorySnapshot &context)
        : m_context(context)
    {
    }
    /// The commune's place; its commune is nullptr outside the reference table.
    const Place &place(const QString &insee)
    {
        auto it = m_places.find(insee);
        if (it == m_places.end()) {
            Place p;
            p.commune = m_context.commune(insee);
            if (p.commune) {
                p.coordinates = QByteArray::number(rounded(p.commune->longitude), 'g', QLocale::FloatingPointShortest) + ','
                    + QByteArray::number(rounded(p.commune->latitude), 'g', QLocale::FloatingPointShortest);
                JsonText(p.epci).property("epci", p.commune->epciName);
            }
            it = m_places.insert(insee, p);
        }
        return it.value();
    }
    /// "family":"…"
    const QByteArray &family(const QString &code)
    {
        auto it = m_families.find(code);
        if (it == m_families.end()) {
            QByteArray text;
            JsonText(text).property("family", m_context.familyLabel(code));
            it = m_families.insert(code, text);
        }
        return it.value();
    }
    /// "sector":"…","sector_color":"…"
    const QByteArray &sector(qint64 sectorId)
    {
        auto it = m_sectors.find(sectorId);
        if (it == m_sectors.end()) {
            QByteArray text;
            JsonText json(text);
            json.property("sector", m_context.sectorPath(sectorId));
            json.property("sector_color", m_context.sectorColor(sectorId));
            it = m_sectors.insert(sectorId, text);
        }
        return it.value();
    }

private:
    const DirectorySnapshot &m_context;
    QHash<QString, Place> m_places;
    QHash<QString, QByteArray> m_families;
    QHash<qint64, QByteArray> m_sectors;
};

void feature(const Actor &a, const SharedText::Place &place, SharedText &shared, QByteArray &out)
{
    out += "{\"type\":\"Feature\",\"id\":";
    out += QByteArray::number(a.id);
    out += ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[";
    out += place.coordinates;
    out += "]},\"properties\":{";
    JsonText json(out);
    json.property("name", a.name);
    json.property("acronym", a.acronym);
    json.fragment(shared.family(a.family));
    json.property("family_code", a.family);
    json.property("legal_status", a.legalStatus);
    json.fragment(shared.sector(a.sectorId));
    json.property("address", a.address);
    json.property("postcode", a.postcode);
    json.property("commune", a.communeName);
    json.property("insee", a.communeInsee);
    json.fragment(place.epci);
    json.property("phone", a.phone);
    json.property("email", a.email);
    json.property("website", a.website);
    json.property("description", a.description);
    json.property("competencies", a.competencies);
    json.property("networks", a.networks);
    json.property("siret", a.siret);
    json.property("rna", a.rna);
    json.fragment(QByteArrayLiteral("\"precision\":\"commune\""));
    if (a.creationYear > 0)
        json.property("creation_year", double(a.creationYear));
    out += "}}";
}
} // namespace

ActorGeoJsonExporter::ActorGeoJsonExporter(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool ActorGeoJsonExporter::exportTo(const QString &path, const std::vector<qint32> &ids)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("The file “%1” cannot be written (%2). Choose another folder or name.").arg(path, file.errorString());
        return false;
    }
    if (!write(&file, ids)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("The file “%1” could not be saved (%2). Check the free space and try again.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ActorGeoJsonExporter::write(QIODevice *device, const std::vector<qint32> &ids)
{
    m_features = 0;
    m_withheld = 0;
    m_unplaced = 0;
    m_error.clear();
    DirectorySnapshot context(m_connectionName);
    SharedText shared(context);
    // Written feature by feature through a small buffer, so that a large
    // directory is never held whole, nor written a few bytes at a time.
    QByteArray buffer("{\"type\":\"FeatureCollection\",\"features\":[\n");
    buffer.reserve(1 << 17);
    const bool read = context.forEachActor(ids, DirectorySnapshot::Tags, [&](const Actor &a) {
        const Actor *actor = &a;
        if (!DirectorySnapshot::isPublic(*actor)) {
            ++m_withheld;
            return;
        }
        const SharedText::Place &place = shared.place(actor->communeInsee);
        const Commune *commune = place.commune;
        if (!commune || (commune->latitude == 0 && commune->longitude == 0)) {
            ++m_unplaced;
            return;
        }
        if (m_features > 0)
            buffer += ",\n";
        feature(*actor, place, shared, buffer);
        ++m_features;
        if (buffer.size() > (1 << 16)) {
            device->write(buffer);
            buffer.resize(0); // keeps its capacity, unlike clear()
        }
    });
    if (!read) {
        m_error = context.errorString();
        return false;
    }
    buffer += "\n]}\n";
    device->write(buffer);
    const auto *file = qobject_cast<QFileDevice *>(device);
    if (file && file->error() != QFileDevice::NoError) {
        m_error = tr("The file could not be written (%1).").arg(device->errorString());
        return false;
    }
    return true;
}
