#include "printsourcestore.h"

#include "models/domain/essfamily.h"
#include "models/observatory/observatoryengine.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

PrintSourceStore::PrintSourceStore(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

void PrintSourceStore::addCompetencies(QList<GuideEntry> &entries, const QHash<qint64, int> &indexOf) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.actor_id, t.name FROM actor_tags t JOIN actors a ON a.id = t.actor_id "
                             "WHERE t.kind = 'competency' AND a.archived = 0 AND a.publication_consent = 1 "
                             "ORDER BY t.actor_id, t.position"));
    if (!q.exec())
        return;
    while (q.next()) {
        const auto it = indexOf.constFind(q.value(0).toLongLong());
        if (it != indexOf.constEnd())
            entries[*it].competencies << q.value(1).toString();
    }
}

void PrintSourceStore::addGuideContacts(QList<GuideEntry> &entries, const QHash<qint64, int> &indexOf) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // Only people who said yes to the guide: the RGPD consent is per purpose.
    q.prepare(QStringLiteral("SELECT c.actor_id, c.first_name, c.last_name, c.role, c.email, c.phone FROM contacts c "
                             "JOIN actors a ON a.id = c.actor_id WHERE c.consent_guide = 1 AND a.archived = 0 "
                             "AND a.publication_consent = 1 ORDER BY c.actor_id, c.position, c.id"));
    if (!q.exec())
        return;
    while (q.next()) {
        const auto it = indexOf.constFind(q.value(0).toLongLong());
        if (it == indexOf.constEnd())
            continue;
        GuideContact c;
        c.name = QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString()).trimmed();
        c.role = q.value(3).toString();
        c.email = q.value(4).toString();
        c.phone = q.value(5).toString();
        entries[*it].contacts << c;
    }
}

QList<GuideEntry> PrintSourceStore::guideEntries(const QDateTime &createdSince, const QDateTime &createdBefore) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<GuideEntry> entries;
    QHash<qint64, int> indexOf;
    const QString since = createdSince.isValid() ? createdSince.toUTC().toString(Qt::ISODate) : QStringLiteral("");
    const QString before = createdBefore.isValid() ? createdBefore.toUTC().toString(Qt::ISODate) : QStringLiteral("");
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT a.id, a.name, a.acronym, a.legal_status, a.family, a.address, a.postcode, a.commune_name, a.phone, "
            "a.email, a.website, a.description, a.accepts_interns, "
            "COALESCE(p.name, s.name, ''), COALESCE(p.color, s.color, ''), CASE WHEN p.id IS NULL THEN '' ELSE s.name END "
            "FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id LEFT JOIN sectors p ON p.id = s.parent_id "
            "WHERE a.archived = 0 AND a.publication_consent = 1 AND (? = '' OR a.created_at >= ?) AND (? = '' OR a.created_at < ?) "
            "ORDER BY a.sort_key, a.id"));
        q.addBindValue(since);
        q.addBindValue(since);
        q.addBindValue(before);
        q.addBindValue(before);
        if (!q.exec())
            return entries;
        while (q.next()) {
            GuideEntry e;
            e.id = q.value(0).toLongLong();
            e.name = q.value(1).toString();
            e.acronym = q.value(2).toString();
            e.status = q.value(3).toString();
            if (e.status.isEmpty())
                e.status = EssFamily::label(q.value(4).toString());
            e.address = q.value(5).toString();
            e.postcode = q.value(6).toString();
            e.commune = q.value(7).toString();
            e.phone = q.value(8).toString();
            e.email = q.value(9).toString();
            e.website = q.value(10).toString();
            e.description = q.value(11).toString();
            e.acceptsInterns = q.value(12).toBool();
            e.sector = q.value(13).toString();
            e.sectorColor = QColor(q.value(14).toString());
            e.subSector = q.value(15).toString();
            indexOf.insert(e.id, int(entries.size()));
            entries << e;
        }
    }
    if (entries.isEmpty())
        return entries;
    addCompetencies(entries, indexOf);
    addGuideContacts(entries, indexOf);
    return entries;
}

QList<MailingAddress> PrintSourceStore::mailingAddresses(Audience audience) const
{
    QList<MailingAddress> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (audience == Audience::Actors) {
        q.prepare(QStringLiteral("SELECT '', name, address, postcode, commune_name FROM actors "
                                 "WHERE archived = 0 AND publication_consent = 1 AND address <> '' ORDER BY sort_key, id"));
    } else {
        q.prepare(QStringLiteral("SELECT c.first_name || ' ' || c.last_name, a.name, a.address, a.postcode, a.commune_name "
                                 "FROM contacts c JOIN actors a ON a.id = c.actor_id "
                                 "WHERE c.consent_newsletter = 1 AND a.archived = 0 AND a.address <> '' "
                                 "ORDER BY a.sort_key, c.position, c.id"));
    }
    if (!q.exec())
        return out;
    while (q.next()) {
        MailingAddress m;
        const QString person = q.value(0).toString().trimmed();
        if (!person.isEmpty())
            m.lines << person;
        m.lines << q.value(1).toString();
        // "Maison des associations, 12 rue ..." : the complement goes on its own line.
        const QString address = q.value(2).toString();
        const int comma = int(address.indexOf(QStringLiteral(", ")));
        if (comma > 0 && !address.at(0).isDigit()) {
            m.lines << address.left(comma) << address.mid(comma + 2);
        } else {
            m.lines << address;
        }
        m.lines << QStringLiteral("%1 %2").arg(q.value(3).toString(), q.value(4).toString().toUpper()).trimmed();
        out << m;
    }
    return out;
}

KeyFigures PrintSourceStore::keyFigures() const
{
    // The observatory's own figures for the whole territory and its latest
    // year: the letter and the plaquette never quote other numbers than the
    // Observatoire tab and "essaim stats" (partners outside the ESS and
    // actors outside the territory are not counted as ESS structures).
    KeyFigures k;
    ObservatoryEngine engine(m_connectionName);
    if (engine.latestYear() <= 0)
        return k;
    const ObservatoryStats stats = engine.compute(ObservatoryFilter(), 1);
    k.year = stats.filter.year;
    k.actors = stats.totals.actors;
    k.employers = stats.totals.employerActors;
    k.headcount = int(stats.totals.jobs);
    k.fte = stats.totals.fte;
    k.volunteers = int(stats.totals.volunteers);
    QList<ObservatoryFigures> families = stats.byFamily;
    std::stable_sort(families.begin(), families.end(), [](const ObservatoryFigures &a, const ObservatoryFigures &b) { return a.actors > b.actors; });
    for (const ObservatoryFigures &f : std::as_const(families)) {
        if (f.actors > 0)
            k.actorsByFamily << qMakePair(f.label, f.actors);
    }
    k.source = tr("Essaim directory, figures declared by the actors for %1").arg(k.year);
    return k;
}
