#include "models/interchange/actorgeojsonexporter.h"
#include "models/interchange/actorsiteexporter.h"
#include "models/interchange/actorvcardexporter.h"
#include "models/interchange/vcardwriter.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/sectorstore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QUuid>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

namespace {

/// One content line of a vCard, as an independent strict reader sees it.
struct VProperty
{
    QString name;
    QStringList parameters;
    QString rawValue;
};

using VCard = QList<VProperty>;

/// RFC 6350 §3.4 text unescaping; anything else after a backslash is an error.
bool unescapeText(const QString &raw, QString *out)
{
    out->clear();
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('\\')) {
            *out += c;
            continue;
        }
        if (++i >= raw.size())
            return false;
        switch (raw.at(i).unicode()) {
        case '\\': *out += QLatin1Char('\\'); break;
        case ',': *out += QLatin1Char(','); break;
        case ';': *out += QLatin1Char(';'); break;
        case 'n': case 'N': *out += QLatin1Char('\n'); break;
        default: return false;
        }
    }
    return true;
}

/// Splits a structured value at the semicolons that are not escaped.
QStringList splitComponents(const QString &raw)
{
    QStringList parts{QString()};
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1Char('\\') && i + 1 < raw.size()) {
            parts.last() += raw.mid(i, 2);
            ++i;
        } else if (raw.at(i) == QLatin1Char(';')) {
            parts << QString();
        } else {
            parts.last() += raw.at(i);
        }
    }
    return parts;
}

/// A small strict vCard 4.0 reader: CRLF only, physical lines of at most 75
/// octets each valid UTF-8 on its own (no character cut by folding),
/// BEGIN/VERSION:4.0/FN/END in place.
QList<VCard> parseVCards(const QByteArray &bytes, QString *error)
{
    QList<VCard> cards;
    if (!bytes.endsWith("\r\n")) {
        *error = QStringLiteral("the file does not end with CRLF");
        return {};
    }
    const QList<QByteArray> physical = bytes.left(bytes.size() - 2).split('\n');
    QStringList logical;
    int number = 0;
    for (QByteArray line : physical) {
        ++number;
        if (number < physical.size() && !line.endsWith('\r')) {
            *error = QStringLiteral("line %1 ends with LF alone").arg(number);
            return {};
        }
        if (number < physical.size())
            line.chop(1);
        if (line.contains('\r')) {
            *error = QStringLiteral("line %1 holds a bare CR").arg(number);
            return {};
        }
        if (line.size() > 75) {
            *error = QStringLiteral("line %1 is %2 octets long").arg(number).arg(line.size());
            return {};
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(line);
        if (decoder.hasError()) {
            *error = QStringLiteral("line %1 is not valid UTF-8 on its own").arg(number);
            return {};
        }
        if (text.startsWith(QLatin1Char(' '))) {
            if (logical.isEmpty()) {
                *error = QStringLiteral("line %1 continues nothing").arg(number);
                return {};
            }
            logical.last() += text.mid(1);
        } else {
            logical << text;
        }
    }
    VCard current;
    bool inCard = false;
    for (const QString &line : logical) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("no colon in “%1”").arg(line);
            return {};
        }
        QStringList head = line.left(colon).split(QLatin1Char(';'));
        VProperty p{head.takeFirst().toUpper(), head, line.mid(colon + 1)};
        if (p.name == QLatin1String("BEGIN")) {
            if (inCard || p.rawValue != QLatin1String("VCARD")) {
                *error = QStringLiteral("unexpected BEGIN");
                return {};
            }
            inCard = true;
            current.clear();
            continue;
        }
        if (!inCard) {
            *error = QStringLiteral("property outside a card");
            return {};
        }
        if (p.name == QLatin1String("END")) {
            if (current.isEmpty() || current.first().name != QLatin1String("VERSION") || current.first().rawValue != QLatin1String("4.0")) {
                *error = QStringLiteral("VERSION:4.0 is not the first property");
                return {};
            }
            if (std::none_of(current.cbegin(), current.cend(), [](const VProperty &v) { return v.name == QLatin1String("FN"); })) {
                *error = QStringLiteral("a card has no FN");
                return {};
            }
            cards << current;
            inCard = false;
            continue;
        }
        current << p;
    }
    if (inCard) {
        *error = QStringLiteral("END:VCARD missing");
        return {};
    }
    return cards;
}

const VProperty *vproperty(const VCard &card, const char *name)
{
    for (const VProperty &p : card) {
        if (p.name == QLatin1String(name))
            return &p;
    }
    return nullptr;
}

QString text(const VCard &card, const char *name)
{
    const VProperty *p = vproperty(card, name);
    QString value;
    if (p && !unescapeText(p->rawValue, &value))
        return QStringLiteral("<bad escape>");
    return value;
}

QStringList components(const VCard &card, const char *name)
{
    const VProperty *p = vproperty(card, name);
    if (!p)
        return {};
    QStringList out;
    for (const QString &raw : splitComponents(p->rawValue)) {
        QString value;
        if (!unescapeText(raw, &value))
            return {QStringLiteral("<bad escape>")};
        out << value;
    }
    return out;
}

QString htmlUnescape(QString s)
{
    s.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&nbsp;"), QString(QChar(0xA0)));
    return s.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace

/// vCard, GeoJSON and the static site, each read back by an independent
/// reader: a strict vCard parser, QJsonDocument, headless Chromium.
class TestExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::vector<qint32> m_ids;
    Actor m_jardins;
    Actor m_energie;
    Actor m_secret;
    Actor m_closed;
    Actor m_abroad;
    qint64 m_energySector = 0;
    qint64 m_envSector = 0;

    QString chromium() const { return QStandardPaths::findExecutable(QStringLiteral("chromium")); }
    /// Without chromium the browser tests cannot run: skipped on a developer's
    /// machine, a failure in CI (CI=true), where the set-up installs it.
    bool chromiumMissing() const
    {
        if (!chromium().isEmpty())
            return false;
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            qFatal("chromium is not installed, and CI needs it for the site's tests (scripts/setup.sh installs it)");
        return true;
    }

    QString runChromium(const QStringList &extra, const QString &url)
    {
        QTemporaryDir profile;
        QProcess process;
        process.start(chromium(), QStringList{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                              QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
                                              QStringLiteral("--disable-background-networking"),
                                              QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                                              QStringLiteral("--user-data-dir=") + profile.path()}
                                      + extra + QStringList{url});
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString dumpDom(const QString &file, const QString &fragment = QString())
    {
        QString url = QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded);
        if (!fragment.isEmpty())
            url += QLatin1Char('#') + fragment;
        return runChromium({QStringLiteral("--dump-dom")}, url);
    }

    static QList<qint64> resultIds(const QString &dom)
    {
        QList<qint64> ids;
        static const QRegularExpression re(QStringLiteral("<li class=\"card\" data-id=\"(\\d+)\""));
        auto it = re.globalMatch(dom);
        while (it.hasNext())
            ids << it.next().captured(1).toLongLong();
        return ids;
    }

    static int shownCount(const QString &dom)
    {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("data-count=\"(\\d+)\"")).match(dom);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    QString exportSite(const QString &name, const CouncilIdentity &identity = CouncilIdentity())
    {
        const QString folder = m_dir.filePath(name);
        ActorSiteExporter exporter(m_db.connectionName(), identity);
        if (!exporter.exportTo(folder, m_ids))
            return {};
        return folder;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("exports.essaim"))));
        for (const Sector &s : SectorStore(m_db.connectionName()).all()) {
            if (s.name == QStringLiteral("Énergie et transition écologique"))
                m_energySector = s.id;
            if (s.name == QStringLiteral("Environnement et recyclage"))
                m_envSector = s.id;
        }
        QVERIFY(m_energySector > 0 && m_envSector > 0);

        m_jardins = TestSupport::makeActor(QStringLiteral("Les Jardins d'Étrœungt; \"bio\", <b>solidaires</b> & cie"), QStringLiteral("59218"),
                                           QStringLiteral("Étrœungt"));
        m_jardins.acronym = QStringLiteral("JEBS");
        m_jardins.postcode = QStringLiteral("59219");
        m_jardins.address = QStringLiteral("Ferme du Pont\n12 rue de la Gare; bâtiment B, porte \\2");
        m_jardins.description = QStringLiteral("Maraîchage d'insertion <script>alert('x')</script>\n\nPaniers bio chaque vendredi.");
        m_jardins.website = QStringLiteral("javascript:alert(1)");
        m_jardins.sectorId = m_envSector;
        m_jardins.competencies << QStringLiteral("maraîchage");
        m_jardins.publicationConsent = true;
        Contact zoe;
        zoe.firstName = QStringLiteral("Zoé");
        zoe.lastName = QStringLiteral("Lefèvre-Dehaene de la Motte-Fénelon-Châteaubriand-Étrœungt");
        zoe.role = QStringLiteral("Présidente, fondatrice; trésorière \\ bénévole");
        zoe.email = QStringLiteral("zoe.lefevre-dehaene-de-la-motte-fenelon@jardins-etroeungt.example.org");
        zoe.phone = QStringLiteral("03 27 12 34 56");
        zoe.consentGuide = true;
        zoe.consentGuideOn = QDate(2024, 11, 8);
        zoe.consentGuideSource = QStringLiteral("Forum de l'ESS");
        Contact paul;
        paul.firstName = QStringLiteral("Paul");
        paul.lastName = QStringLiteral("Newsletter");
        paul.email = QStringLiteral("paul@example.org");
        paul.consentNewsletter = true;
        m_jardins.contacts << zoe << paul;

        m_energie = TestSupport::makeActor(QStringLiteral("Coopérative Énergie Sambre"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        m_energie.family = QStringLiteral("cooperative");
        m_energie.sectorId = m_energySector;
        m_energie.website = QStringLiteral("energie-sambre.example.org");
        m_energie.description = QStringLiteral("Production citoyenne d'électricité solaire.");
        m_energie.publicationConsent = true;
        Contact marc;
        marc.firstName = QStringLiteral("Marc");
        marc.lastName = QStringLiteral("Dupont");
        marc.phone = QStringLiteral("+33 3 27 00 00 00");
        marc.consentGuide = true;
        m_energie.contacts << marc;

        m_secret = TestSupport::makeActor(QStringLiteral("Association Discrète"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        Contact anne;
        anne.firstName = QStringLiteral("Anne");
        anne.lastName = QStringLiteral("Discrète");
        anne.consentGuide = true;
        m_secret.contacts << anne;

        m_closed = TestSupport::makeActor(QStringLiteral("Ancienne Ressourcerie"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        m_closed.publicationConsent = true;
        m_closed.archived = true;
        Contact luc;
        luc.firstName = QStringLiteral("Luc");
        luc.lastName = QStringLiteral("Archivé");
        luc.consentGuide = true;
        m_closed.contacts << luc;

        m_abroad = TestSupport::makeActor(QStringLiteral("Réseau transfrontalier"), QString(), QStringLiteral("Mons"));
        m_abroad.publicationConsent = true;

        QList<Actor> actors{m_jardins, m_energie, m_secret, m_closed, m_abroad};
        ActorStore store(m_db.connectionName());
        QVERIFY2(store.saveAll(actors), qPrintable(store.errorString()));
        m_jardins = actors[0];
        m_energie = actors[1];
        m_secret = actors[2];
        m_closed = actors[3];
        m_abroad = actors[4];
        // Every actor, archived too: the exporters must do the filtering.
        m_ids = {qint32(m_energie.id), qint32(m_jardins.id), qint32(m_secret.id), qint32(m_closed.id), qint32(m_abroad.id)};
    }

    void vcardFolding_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("folded");
        QTest::newRow("short") << QByteArray("FN:Zoé") << QByteArray("FN:Zoé\r\n");
        QTest::newRow("75 octets") << QByteArray(75, 'a') << QByteArray(75, 'a') + "\r\n";
        QTest::newRow("76 octets") << QByteArray(76, 'a') << QByteArray(75, 'a') + "\r\n a\r\n";
        // "é" is two octets: the cut moves back rather than split one.
        QTest::newRow("multibyte at the edge") << QByteArray(74, 'a') + "éb" << QByteArray(74, 'a') + "\r\n éb\r\n";
        QTest::newRow("three lines") << QByteArray(75 + 74 + 3, 'x')
                                     << QByteArray(75, 'x') + "\r\n " + QByteArray(74, 'x') + "\r\n xxx\r\n";
    }

    void vcardFolding()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, folded);
        QCOMPARE(VCardWriter::fold(line), folded);
    }

    void vcardEscaping()
    {
        QCOMPARE(VCardWriter::escape(QStringLiteral("a,b;c\\d\ne\r\nf\rg")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf\\ng"));
    }

    void telUri_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("uri");
        QTest::newRow("spaces") << QStringLiteral("03 27 12 34 56") << QStringLiteral("tel:+33327123456");
        QTest::newRow("dots") << QStringLiteral("06.12.34.56.78") << QStringLiteral("tel:+33612345678");
        QTest::newRow("international") << QStringLiteral("+33 3 27 00 00 00") << QStringLiteral("tel:+33327000000");
        QTest::newRow("00 prefix") << QStringLiteral("0033 327000000") << QStringLiteral("tel:+33327000000");
        QTest::newRow("belgian") << QStringLiteral("+32 65 12 34 56") << QString();
        QTest::newRow("short") << QStringLiteral("3975") << QString();
    }

    void telUri()
    {
        QFETCH(QString, phone);
        QFETCH(QString, uri);
        QCOMPARE(ActorVCardExporter::telUri(phone), uri);
    }

    void vcardReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("contacts.vcf"));
        ActorVCardExporter exporter(m_db.connectionName());
        QVERIFY2(exporter.exportTo(path, m_ids), qPrintable(exporter.errorString()));
        QCOMPARE(exporter.cardCount(), 3);
        QCOMPARE(exporter.withheldCount(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(bytes.contains("\r\n "), "the long lines must be folded");
        QString error;
        const QList<VCard> cards = parseVCards(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cards.size(), 3);

        // In the order of the ids; the newsletter-only contact, and the
        // contact of the archived actor, are not there.
        QCOMPARE(text(cards[0], "FN"), QStringLiteral("Marc Dupont"));
        QCOMPARE(components(cards[0], "ORG"), QStringList{QStringLiteral("Coopérative Énergie Sambre")});
        QCOMPARE(vproperty(cards[0], "TEL")->rawValue, QStringLiteral("tel:+33327000000"));
        QCOMPARE(vproperty(cards[0], "TEL")->parameters, (QStringList{QStringLiteral("VALUE=uri"), QStringLiteral("TYPE=work")}));
        QCOMPARE(text(cards[0], "URL"), QStringLiteral("energie-sambre.example.org"));

        const VCard &zoe = cards[1];
        QCOMPARE(text(zoe, "FN"), QStringLiteral("Zoé Lefèvre-Dehaene de la Motte-Fénelon-Châteaubriand-Étrœungt"));
        QCOMPARE(components(zoe, "N"), (QStringList{QStringLiteral("Lefèvre-Dehaene de la Motte-Fénelon-Châteaubriand-Étrœungt"),
                                                    QStringLiteral("Zoé"), QString(), QString(), QString()}));
        QCOMPARE(components(zoe, "ORG"), QStringList{m_jardins.name});
        QCOMPARE(text(zoe, "TITLE"), QStringLiteral("Présidente, fondatrice; trésorière \\ bénévole"));
        QCOMPARE(text(zoe, "EMAIL"), QStringLiteral("zoe.lefevre-dehaene-de-la-motte-fenelon@jardins-etroeungt.example.org"));
        QCOMPARE(vproperty(zoe, "TEL")->rawValue, QStringLiteral("tel:+33327123456"));
        QCOMPARE(components(zoe, "ADR"), (QStringList{QString(), QString(), m_jardins.address, QStringLiteral("Étrœungt"), QString(),
                                                      QStringLiteral("59219"), QStringLiteral("France")}));
        QCOMPARE(text(zoe, "NOTE"), QStringLiteral("Consent to the publication of these details given on 2024-11-08 (Forum de l'ESS)."));
        // The UID is the contact's name-based UUID (RFC 4122 version 5) and
        // REV the actor's last change, written exactly as before the
        // exports streamed.
        const std::optional<Actor> jardins = ActorStore(m_db.connectionName()).load(m_jardins.id);
        QVERIFY(jardins && !jardins->contacts.isEmpty());
        const QUuid uidNamespace(QStringLiteral("{6f1d3c52-4b0e-4c55-9a55-2a9d1e0c7e11}"));
        QCOMPARE(vproperty(zoe, "UID")->rawValue,
                 QStringLiteral("urn:uuid:")
                     + QUuid::createUuidV5(uidNamespace, QStringLiteral("contact/%1").arg(jardins->contacts.first().id))
                           .toString(QUuid::WithoutBraces));
        QCOMPARE(vproperty(zoe, "REV")->rawValue, jardins->updatedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        QCOMPARE(vproperty(zoe, "KIND")->rawValue, QStringLiteral("individual"));

        // The contact of an actor that refused publication consented
        // herself: her card is there.
        QCOMPARE(text(cards[2], "FN"), QStringLiteral("Anne Discrète"));
        QCOMPARE(components(cards[2], "ORG"), QStringList{QStringLiteral("Association Discrète")});

        // The same contact keeps the same UID from one export to the next.
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QVERIFY(exporter.write(&again, m_ids));
        const QList<VCard> second = parseVCards(again.data(), &error);
        QCOMPARE(vproperty(second[1], "UID")->rawValue, vproperty(zoe, "UID")->rawValue);
        QVERIFY(vproperty(second[0], "UID")->rawValue != vproperty(zoe, "UID")->rawValue);
    }

    void geojsonReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("actors.geojson"));
        ActorGeoJsonExporter exporter(m_db.connectionName());
        QVERIFY2(exporter.exportTo(path, m_ids), qPrintable(exporter.errorString()));
        QCOMPARE(exporter.featureCount(), 2);
        QCOMPARE(exporter.withheldCount(), 2); // no consent, archived
        QCOMPARE(exporter.unplacedCount(), 1); // commune outside the table
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
        QVERIFY(!root.contains(QStringLiteral("crs"))); // RFC 7946 dropped it: WGS 84 only
        const QJsonArray features = root.value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), 2);

        const QJsonObject energie = features.at(0).toObject();
        QCOMPARE(energie.value(QStringLiteral("type")).toString(), QStringLiteral("Feature"));
        QCOMPARE(energie.value(QStringLiteral("id")).toInteger(), m_energie.id);
        const QJsonObject point = energie.value(QStringLiteral("geometry")).toObject();
        QCOMPARE(point.value(QStringLiteral("type")).toString(), QStringLiteral("Point"));
        // Longitude first (RFC 7946 §3.1.1): Maubeuge's centre.
        const QJsonArray lonLat = point.value(QStringLiteral("coordinates")).toArray();
        QCOMPARE(lonLat.size(), 2);
        QCOMPARE(lonLat.at(0).toDouble(), 3.96328);
        QCOMPARE(lonLat.at(1).toDouble(), 50.28363);
        const QJsonObject p = energie.value(QStringLiteral("properties")).toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Coopérative Énergie Sambre"));
        QCOMPARE(p.value(QStringLiteral("family")).toString(), QStringLiteral("Cooperative"));
        QCOMPARE(p.value(QStringLiteral("family_code")).toString(), QStringLiteral("cooperative"));
        QCOMPARE(p.value(QStringLiteral("sector")).toString(), QStringLiteral("Environnement et recyclage › Énergie et transition écologique"));
        QCOMPARE(p.value(QStringLiteral("sector_color")).toString(), QStringLiteral("#117a65"));
        QCOMPARE(p.value(QStringLiteral("commune")).toString(), QStringLiteral("Maubeuge"));
        QCOMPARE(p.value(QStringLiteral("insee")).toString(), QStringLiteral("59392"));
        QCOMPARE(p.value(QStringLiteral("epci")).toString(), QStringLiteral("CA Maubeuge Val de Sambre"));
        QCOMPARE(p.value(QStringLiteral("website")).toString(), QStringLiteral("energie-sambre.example.org"));
        QCOMPARE(p.value(QStringLiteral("description")).toString(), QStringLiteral("Production citoyenne d'électricité solaire."));
        QCOMPARE(p.value(QStringLiteral("precision")).toString(), QStringLiteral("commune"));

        const QJsonObject jardins = features.at(1).toObject();
        const QJsonArray etroeungt = jardins.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
        QCOMPARE(etroeungt.at(0).toDouble(), 3.943196);
        QCOMPARE(etroeungt.at(1).toDouble(), 50.06206);
        const QJsonObject q = jardins.value(QStringLiteral("properties")).toObject();
        QCOMPARE(q.value(QStringLiteral("name")).toString(), m_jardins.name);
        QCOMPARE(q.value(QStringLiteral("address")).toString(), m_jardins.address);
        QCOMPARE(q.value(QStringLiteral("description")).toString(), m_jardins.description);
        QCOMPARE(q.value(QStringLiteral("sector")).toString(), QStringLiteral("Environnement et recyclage"));
        QCOMPARE(q.value(QStringLiteral("competencies")).toArray(), QJsonArray{QStringLiteral("maraîchage")});

        // An independent reader: Python's json module, strict (no NaN, no
        // duplicate keys), and the RFC 7946 shape a map tool relies on.
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const char *script =
            "import json, sys\n"
            "def strict(pairs):\n"
            "    keys = [k for k, _ in pairs]\n"
            "    assert len(keys) == len(set(keys)), 'duplicate key'\n"
            "    return dict(pairs)\n"
            "def bad(c):\n"
            "    raise ValueError('not JSON: ' + c)\n"
            "raw = open(sys.argv[1], 'rb').read()\n"
            "doc = json.loads(raw.decode('utf-8'), object_pairs_hook=strict, parse_constant=bad)\n"
            "assert doc['type'] == 'FeatureCollection'\n"
            "for f in doc['features']:\n"
            "    assert f['type'] == 'Feature' and isinstance(f['properties'], dict)\n"
            "    g = f['geometry']\n"
            "    assert g['type'] == 'Point' and len(g['coordinates']) == 2\n"
            "    lon, lat = g['coordinates']\n"
            "    assert -180 <= lon <= 180 and -90 <= lat <= 90\n"
            "print(len(doc['features']), doc['features'][0]['properties']['name'])\n";
        QProcess reader;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
        reader.setProcessEnvironment(env);
        reader.start(python, {QStringLiteral("-c"), QString::fromLatin1(script), path});
        QVERIFY(reader.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(reader.readAllStandardError()), QString());
        QCOMPARE(reader.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput()).trimmed(), QStringLiteral("2 Coopérative Énergie Sambre"));
    }

    void siteFiles()
    {
        CouncilIdentity identity;
        identity.name = QStringLiteral("Conseil local de l'ESS <Sambre> & Avesnois");
        identity.contactLine = QStringLiteral("03 27 00 00 00 · contact@example.org");
        identity.logo = QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>");
        identity.primary = QColor(0x12, 0x34, 0x56);
        const QString folder = m_dir.filePath(QStringLiteral("site-files"));
        ActorSiteExporter exporter(m_db.connectionName(), identity);
        QVERIFY2(exporter.exportTo(folder, m_ids), qPrintable(exporter.errorString()));
        QCOMPARE(exporter.pageCount(), 3);
        QCOMPARE(exporter.withheldCount(), 2);
        const QDir dir(folder);
        for (const char *name : {"index.html", "list.html", "data.js", "app.js", "style.css", "logo.svg", ".essaim-site"})
            QVERIFY2(dir.exists(QString::fromLatin1(name)), name);
        QStringList pages = QDir(dir.filePath(QStringLiteral("actors"))).entryList(QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), 3);
        QVERIFY(pages.contains(QStringLiteral("%1-les-jardins-d-etroeungt-bio-b-solidaires-b-cie.html").arg(m_jardins.id)));
        // Nothing of the structures that did not consent, or are archived.
        QFile data(dir.filePath(QStringLiteral("data.js")));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QByteArray js = data.readAll();
        QVERIFY(js.startsWith("window.ESSAIM_SITE = {"));
        QVERIFY(!js.contains("Discrète"));
        QVERIFY(!js.contains("Ancienne Ressourcerie"));
        // The plain list links every published page, and only those.
        QFile list(dir.filePath(QStringLiteral("list.html")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QString listHtml = QString::fromUtf8(list.readAll());
        QCOMPARE(listHtml.count(QStringLiteral("<li><a href=\"actors/")), 3);
        for (const QString &p : pages)
            QVERIFY2(listHtml.contains(QStringLiteral("href=\"actors/%1\"").arg(p)), qPrintable(p));
        QVERIFY(listHtml.contains(QStringLiteral("Les Jardins d'Étrœungt; &quot;bio&quot;, &lt;b&gt;solidaires&lt;/b&gt; &amp; cie</a> · Étrœungt")));
        QFile css(dir.filePath(QStringLiteral("style.css")));
        QVERIFY(css.open(QIODevice::ReadOnly));
        QVERIFY(css.readAll().startsWith(":root { --primary: #123456; --secondary: #e38b2c; }"));

        QFile page(dir.filePath(QStringLiteral("actors/") + pages.filter(QStringLiteral("jardins")).first()));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY(html.contains(QStringLiteral("Maraîchage d&#x27;insertion &lt;script&gt;")) || html.contains(QStringLiteral("Maraîchage d'insertion &lt;script&gt;alert")));
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));
        QVERIFY(!html.contains(QStringLiteral("<b>solidaires")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript:")));
        QVERIFY(html.contains(QStringLiteral("Conseil local de l'ESS &lt;Sambre&gt; &amp; Avesnois")));
        // Only the contact who consented, by name and role, never her e-mail.
        QVERIFY(html.contains(QStringLiteral("Zoé Lefèvre")));
        QVERIFY(!html.contains(QStringLiteral("Paul Newsletter")));
        QVERIFY(!html.contains(QStringLiteral("zoe.lefevre")));
    }

    void siteFolderRules()
    {
        // A folder with other files is refused and left as it was.
        const QString foreign = m_dir.filePath(QStringLiteral("documents"));
        QVERIFY(QDir().mkpath(foreign));
        QFile letter(foreign + QStringLiteral("/lettre.odt"));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.write("PK");
        letter.close();
        const QByteArray letterBefore = TestSupport::fileHash(letter.fileName());
        const QDateTime letterModified = QFileInfo(letter.fileName()).lastModified();
        QCOMPARE(ActorSiteExporter::folderState(foreign), ActorSiteExporter::FolderState::Foreign);
        ActorSiteExporter exporter(m_db.connectionName(), CouncilIdentity());
        QVERIFY(!exporter.exportTo(foreign, m_ids));
        QVERIFY(exporter.errorString().contains(QStringLiteral("is not empty")));
        QCOMPARE(QDir(foreign).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("lettre.odt")});

        // A file is no folder.
        QVERIFY(!exporter.exportTo(foreign + QStringLiteral("/lettre.odt"), m_ids));
        QCOMPARE(TestSupport::fileHash(foreign + QStringLiteral("/lettre.odt")), letterBefore);
        QCOMPARE(QFileInfo(letter.fileName()).lastModified(), letterModified);

        // An empty folder is used; a previous site is replaced whole, and
        // the page of an actor who withdrew consent goes with it.
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QCOMPARE(ActorSiteExporter::folderState(empty), ActorSiteExporter::FolderState::Empty);
        QVERIFY2(exporter.exportTo(empty, m_ids), qPrintable(exporter.errorString()));
        QCOMPARE(ActorSiteExporter::folderState(empty), ActorSiteExporter::FolderState::PreviousSite);
        QCOMPARE(QDir(empty + QStringLiteral("/actors")).entryList(QDir::Files).size(), 3);
        QVERIFY2(exporter.exportTo(empty, {qint32(m_energie.id)}), qPrintable(exporter.errorString()));
        QCOMPARE(QDir(empty + QStringLiteral("/actors")).entryList(QDir::Files).size(), 1);
        // No staging folder left behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".*essaim-*")}, QDir::AllEntries | QDir::Hidden), QStringList());
    }

    void siteInChromium_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QList<qint64>>("expected");
        // The order of the export is kept: Énergie, then the Jardins, then Mons.
        QTest::newRow("everything") << QString() << QList<qint64>{m_energie.id, m_jardins.id, m_abroad.id};
        QTest::newRow("search without accents") << QStringLiteral("q=energie") << QList<qint64>{m_energie.id};
        QTest::newRow("search with a ligature") << QStringLiteral("q=ETROEUNGT") << QList<qint64>{m_jardins.id};
        QTest::newRow("search by competency") << QStringLiteral("q=maraich") << QList<qint64>{m_jardins.id};
        QTest::newRow("two words") << QStringLiteral("q=cooperative%20sambre") << QList<qint64>{m_energie.id};
        QTest::newRow("nothing") << QStringLiteral("q=zzz") << QList<qint64>{};
        QTest::newRow("parent sector") << QStringLiteral("sector=") + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("Environnement et recyclage")))
                                       << QList<qint64>{m_energie.id, m_jardins.id};
        QTest::newRow("sub-sector")
            << QStringLiteral("sector=") + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("Environnement et recyclage › Énergie et transition écologique")))
            << QList<qint64>{m_energie.id};
        QTest::newRow("commune") << QStringLiteral("commune=") + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("Étrœungt")))
                                 << QList<qint64>{m_jardins.id};
        QTest::newRow("commune and search") << QStringLiteral("commune=Maubeuge&q=jardins") << QList<qint64>{};
        QTest::newRow("unknown commune ignored") << QStringLiteral("commune=Paris") << QList<qint64>{m_energie.id, m_jardins.id, m_abroad.id};
    }

    void siteInChromium()
    {
        if (chromiumMissing())
            QSKIP("chromium is not installed (scripts/setup.sh installs it)");
        QFETCH(QString, fragment);
        QFETCH(QList<qint64>, expected);
        static QString folder;
        if (folder.isEmpty())
            folder = exportSite(QStringLiteral("site-chromium"));
        QVERIFY(!folder.isEmpty());
        const QString dom = dumpDom(folder + QStringLiteral("/index.html"), fragment);
        QVERIFY2(dom.contains(QStringLiteral("data-ready=\"true\"")), "the script did not run");
        QCOMPARE(resultIds(dom), expected);
        QCOMPARE(shownCount(dom), int(expected.size()));
        QVERIFY(dom.contains(QStringLiteral("<button type=\"button\" id=\"more\" hidden=\"\">")));
        if (expected.isEmpty())
            QVERIFY(dom.contains(QStringLiteral("No structure matches this search.")));
    }

    void actorPageInChromium()
    {
        if (chromiumMissing())
            QSKIP("chromium is not installed (scripts/setup.sh installs it)");
        CouncilIdentity identity;
        identity.name = QStringLiteral("Conseil local de l'ESS <Sambre> & Avesnois");
        const QString folder = exportSite(QStringLiteral("site-page"), identity);
        QVERIFY(!folder.isEmpty());
        const QStringList pages = QDir(folder + QStringLiteral("/actors")).entryList({QStringLiteral("%1-*.html").arg(m_jardins.id)});
        QCOMPARE(pages.size(), 1);
        const QString dom = dumpDom(folder + QStringLiteral("/actors/") + pages.first());
        auto element = [&dom](const QString &id) {
            const QRegularExpression re(QStringLiteral("id=\"%1\"[^>]*>(.*?)</").arg(id), QRegularExpression::DotMatchesEverythingOption);
            return htmlUnescape(re.match(dom).captured(1));
        };
        // The browser reads back exactly what was typed: accents, quotes,
        // angle brackets and ampersands as text, not markup.
        QCOMPARE(element(QStringLiteral("name")), m_jardins.name);
        QCOMPARE(element(QStringLiteral("commune")), QStringLiteral("Étrœungt"));
        QCOMPARE(element(QStringLiteral("sector")), QStringLiteral("Environnement et recyclage"));
        QVERIFY(dom.contains(QStringLiteral("<p>Maraîchage d'insertion &lt;script&gt;alert('x')&lt;/script&gt;</p>")));
        QVERIFY(dom.contains(QStringLiteral("<p>Paniers bio chaque vendredi.</p>")));
        const QRegularExpression council(QStringLiteral("<h1 id=\"council-name\"><a href=\"../index.html\">(.*?)</a></h1>"));
        QCOMPARE(htmlUnescape(council.match(dom).captured(1)), QStringLiteral("Conseil local de l'ESS <Sambre> & Avesnois"));
        QCOMPARE(element(QStringLiteral("website")), QStringLiteral("javascript:alert(1)"));

        // On a phone (390 px wide) the index fits the screen's width: no
        // sideways scrolling, the search and the cards as wide as the screen.
        // A page beside it measures the index in a frame of that width.
        const QString probe = m_dir.filePath(QStringLiteral("phone-probe.html"));
        QFile page(probe);
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write(QStringLiteral("<!doctype html><html><body style=\"margin:0\">"
                                  "<iframe id=\"f\" src=\"%1\" style=\"width:390px;height:844px;border:0\"></iframe><script>"
                                  "document.getElementById('f').onload = function () {"
                                  "  var d = this.contentDocument, card = d.querySelector('li.card');"
                                  "  document.body.setAttribute('data-client-width', d.documentElement.clientWidth);"
                                  "  document.body.setAttribute('data-scroll-width', d.documentElement.scrollWidth);"
                                  "  document.body.setAttribute('data-card-width', card ? Math.round(card.getBoundingClientRect().width) : -1);"
                                  "};</script></body></html>")
                       .arg(QUrl::fromLocalFile(folder + QStringLiteral("/index.html")).toString(QUrl::FullyEncoded))
                       .toUtf8());
        page.close();
        const QString measured = runChromium({QStringLiteral("--allow-file-access-from-files"), QStringLiteral("--dump-dom")},
                                             QUrl::fromLocalFile(probe).toString(QUrl::FullyEncoded));
        const QRegularExpression widths(
            QStringLiteral("data-client-width=\"(\\d+)\" data-scroll-width=\"(\\d+)\" data-card-width=\"(-?\\d+)\""));
        const QRegularExpressionMatch m = widths.match(measured);
        QVERIFY2(m.hasMatch(), qPrintable(measured.left(400)));
        const int client = m.captured(1).toInt();
        QVERIFY2(client > 340 && client <= 390, qPrintable(m.captured(1))); // the frame, less a scroll bar
        QCOMPARE(m.captured(2).toInt(), client);                             // nothing wider: no sideways scrolling
        QVERIFY2(m.captured(3).toInt() > 300 && m.captured(3).toInt() <= client, qPrintable(m.captured(3)));
    }

    void siteShowsTwoHundredAtATime()
    {
        if (chromiumMissing())
            QSKIP("chromium is not installed (scripts/setup.sh installs it)");
        QList<Actor> many;
        for (int i = 0; i < 450; ++i) {
            Actor a = TestSupport::makeActor(QStringLiteral("Structure n° %1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("59392"),
                                             QStringLiteral("Maubeuge"));
            a.publicationConsent = true;
            many << a;
        }
        QVERIFY(ActorStore(m_db.connectionName()).saveAll(many));
        std::vector<qint32> ids;
        for (const Actor &a : many)
            ids.push_back(qint32(a.id));
        const QString folder = m_dir.filePath(QStringLiteral("site-many"));
        ActorSiteExporter exporter(m_db.connectionName(), CouncilIdentity());
        QVERIFY(exporter.exportTo(folder, ids));
        QCOMPARE(exporter.pageCount(), 450);
        const QString dom = dumpDom(folder + QStringLiteral("/index.html"));
        QCOMPARE(shownCount(dom), 450);
        QCOMPARE(resultIds(dom).size(), 200);
        QCOMPARE(resultIds(dom).first(), many.first().id);
        QVERIFY(dom.contains(QStringLiteral("<button type=\"button\" id=\"more\">")));
        QVERIFY(dom.contains(QStringLiteral("450 structures")));
        // A search narrows below the page size: the button goes.
        const QString narrowed = dumpDom(folder + QStringLiteral("/index.html"), QStringLiteral("q=n%C2%B0%2044"));
        QCOMPARE(resultIds(narrowed).size(), 14); // 044, 144, 244, 344, 440 ... 449
        QVERIFY(narrowed.contains(QStringLiteral("<button type=\"button\" id=\"more\" hidden=\"\">")));
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
