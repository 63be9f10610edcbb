#include "actorlistreader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

ActorListReader::ActorListReader(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool ActorListReader::read(const std::vector<qint32> &ids, std::size_t from, std::size_t to, int headcountYear,
                           QHash<qint32, ActorListRow> *rows)
{
    if (from >= to)
        return true;
    QString placeholders = QStringLiteral("?,").repeated(int(to - from));
    placeholders.chop(1);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.name, a.acronym, a.family, a.legal_status, s.name, s.color, a.commune_name, e.name, "
        "a.postcode, a.siret, a.rna, a.employer, f.headcount, a.accepts_interns, a.charter_signed_on, "
        "a.updated_at, a.archived, COALESCE(c.in_territory, 1) FROM actors a "
        "LEFT JOIN sectors s ON s.id = a.sector_id "
        "LEFT JOIN communes c ON c.insee = a.commune_insee "
        "LEFT JOIN epcis e ON e.siren = c.epci_siren "
        "LEFT JOIN actor_figures f ON f.actor_id = a.id AND f.year = ? "
        "WHERE a.id IN (%1)").arg(placeholders));
    q.addBindValue(headcountYear);
    for (std::size_t i = from; i < to; ++i)
        q.addBindValue(ids[i]);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        ActorListRow r;
        r.id = q.value(0).toInt();
        r.name = q.value(1).toString();
        r.acronym = q.value(2).toString();
        r.family = q.value(3).toString();
        r.legalStatus = q.value(4).toString();
        r.sector = q.value(5).toString();
        r.sectorColor = q.value(6).isNull() ? QColor() : QColor(q.value(6).toString());
        r.commune = q.value(7).toString();
        r.epci = q.value(8).toString();
        r.postcode = q.value(9).toString();
        r.siret = q.value(10).toString();
        r.rna = q.value(11).toString();
        r.employer = q.value(12).toBool();
        r.headcount = q.value(13);
        r.acceptsInterns = q.value(14).toBool();
        r.charter = QDate::fromString(q.value(15).toString(), Qt::ISODate);
        r.updated = QDateTime::fromString(q.value(16).toString(), Qt::ISODate);
        r.archived = q.value(17).toBool();
        r.outside = !q.value(18).toBool();
        rows->insert(r.id, r);
    }
    return true;
}
