#include "exportcontext.h"

#include "models/stores/actorstore.h"

#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

ExportContext::ExportContext(const QString &connectionName)
    : m_connectionName(connectionName)
{
    const QList<Commune> communes = ReferenceStore(connectionName).allCommunes();
    for (const Commune &c : communes)
        m_communes.insert(c.insee, c);
    const QList<Sector> sectors = SectorStore(connectionName).all();
    for (const Sector &s : sectors)
        m_sectors.insert(s.id, s);
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

bool ExportContext::forEachActor(const std::vector<qint32> &ids, const std::function<void(const Actor &)> &visit)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const std::size_t chunk = 500;
    for (std::size_t start = 0; start < ids.size(); start += chunk) {
        const std::size_t end = std::min(ids.size(), start + chunk);
        QString placeholders = QStringLiteral("?,").repeated(int(end - start));
        placeholders.chop(1);
        auto prepare = [&](QSqlQuery &q, const QString &sql) {
            q.setForwardOnly(true);
            q.prepare(sql.arg(placeholders));
            for (std::size_t i = start; i < end; ++i)
                q.addBindValue(ids[i]);
            if (q.exec())
                return true;
            m_error = tr("The directory could not be read (%1).").arg(q.lastError().databaseText());
            return false;
        };
        QHash<qint64, Actor> actors;
        {
            QSqlQuery q(db);
            if (!prepare(q, QStringLiteral("SELECT %1 FROM actors WHERE id IN (%2)").arg(ActorStore::actorColumns(), QStringLiteral("%1"))))
                return false;
            while (q.next()) {
                Actor a = ActorStore::readActorRow(q);
                actors.insert(a.id, a);
            }
        }
        {
            QSqlQuery q(db);
            if (!prepare(q, QStringLiteral("SELECT actor_id, kind, name FROM actor_tags WHERE actor_id IN (%1) "
                                           "ORDER BY actor_id, kind, position")))
                return false;
            while (q.next()) {
                const auto it = actors.find(q.value(0).toLongLong());
                if (it == actors.end())
                    continue;
                if (q.value(1).toString() == QLatin1String("competency"))
                    it->competencies << q.value(2).toString();
                else
                    it->networks << q.value(2).toString();
            }
        }
        {
            QSqlQuery q(db);
            if (!prepare(q, QStringLiteral(
                    "SELECT actor_id, id, first_name, last_name, role, email, phone, consent_guide, consent_guide_on, "
                    "consent_guide_source, consent_newsletter, consent_newsletter_on, consent_newsletter_source "
                    "FROM contacts WHERE actor_id IN (%1) ORDER BY actor_id, position, id")))
                return false;
            while (q.next()) {
                const auto it = actors.find(q.value(0).toLongLong());
                if (it == actors.end())
                    continue;
                Contact c;
                c.actorId = it->id;
                c.id = q.value(1).toLongLong();
                c.firstName = q.value(2).toString();
                c.lastName = q.value(3).toString();
                c.role = q.value(4).toString();
                c.email = q.value(5).toString();
                c.phone = q.value(6).toString();
                c.consentGuide = q.value(7).toBool();
                c.consentGuideOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
                c.consentGuideSource = q.value(9).toString();
                c.consentNewsletter = q.value(10).toBool();
                c.consentNewsletterOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
                c.consentNewsletterSource = q.value(12).toString();
                it->contacts << c;
            }
        }
        for (std::size_t i = start; i < end; ++i) {
            const auto it = actors.constFind(ids[i]);
            if (it != actors.constEnd())
                visit(it.value());
        }
    }
    return true;
}
