#include "accompanimentreader.h"

#include "models/domain/calleligibility.h"
#include "models/domain/projectvocabulary.h"

#include <QHash>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The projects accompanied in [:from, :to]: named once, used by every query.
const char accompanied[] =
    "SELECT p.id FROM projects p WHERE p.created_on <= :to AND ("
    "  EXISTS (SELECT 1 FROM project_interactions i WHERE i.project_id = p.id AND i.on_date BETWEEN :from AND :to)"
    "  OR EXISTS (SELECT 1 FROM project_stages s WHERE s.project_id = p.id AND s.since BETWEEN :from AND :to))";

const char founded[] =
    "SELECT DISTINCT s.project_id FROM project_stages s WHERE s.stage = 'creation' AND s.since BETWEEN :from AND :to";

QSqlQuery periodQuery(const QString &connection, const QString &sql, const QDate &from, const QDate &to)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!q.exec())
        qWarning("AccompanimentReader: %s", qPrintable(q.lastError().text()));
    return q;
}

} // namespace

AccompanimentReader::AccompanimentReader(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

AccompanimentFigures AccompanimentReader::figures(const QDate &from, const QDate &to) const
{
    AccompanimentFigures f;
    const QString sql = QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM (%1)), "
        "       (SELECT COUNT(*) FROM (%2)), "
        "       (SELECT COALESCE(SUM(jobs_expected), 0) FROM projects WHERE id IN (%1)), "
        "       (SELECT COALESCE(SUM(jobs_created), 0) FROM projects WHERE id IN (%2)), "
        "       (SELECT COALESCE(SUM(granted_cents), 0) FROM funding_requests "
        "        WHERE project_id IS NOT NULL AND status = 'granted' AND decided_on BETWEEN :from AND :to)")
                            .arg(QLatin1String(accompanied), QLatin1String(founded));
    QSqlQuery q = periodQuery(m_connectionName, sql, from, to);
    if (q.next()) {
        f.projects = q.value(0).toInt();
        f.founded = q.value(1).toInt();
        f.jobsExpected = q.value(2).toInt();
        f.jobsCreated = q.value(3).toInt();
        f.fundingGrantedCents = q.value(4).toLongLong();
    }
    return f;
}

AccompanimentReportData AccompanimentReader::report(const QDate &from, const QDate &to) const
{
    AccompanimentReportData data;
    data.from = from;
    data.to = to;
    data.figures = figures(from, to);
    readStages(data);
    readBreakdowns(data);
    readFunding(data);
    readJournal(data);
    return data;
}

void AccompanimentReader::readStages(AccompanimentReportData &data) const
{
    // The stage of each project on the last day: its last change up to then.
    QSqlQuery atEnd = periodQuery(m_connectionName, QStringLiteral(
        "SELECT s.stage, COUNT(*) FROM project_stages s "
        "WHERE s.position = (SELECT MAX(t.position) FROM project_stages t WHERE t.project_id = s.project_id AND t.since <= :to) "
        "AND :from <= :to GROUP BY s.stage"), data.from, data.to);
    while (atEnd.next()) {
        if (const auto stage = ProjectVocabulary::stageFromKey(atEnd.value(0).toString()))
            data.atEnd[*stage] = atEnd.value(1).toInt();
    }
    QSqlQuery entered = periodQuery(m_connectionName, QStringLiteral(
        "SELECT stage, COUNT(*) FROM project_stages WHERE since BETWEEN :from AND :to GROUP BY stage"), data.from, data.to);
    while (entered.next()) {
        if (const auto stage = ProjectVocabulary::stageFromKey(entered.value(0).toString()))
            data.entered[*stage] = entered.value(1).toInt();
    }
}

void AccompanimentReader::readBreakdowns(AccompanimentReportData &data) const
{
    const QString sql = QStringLiteral(
        "SELECT %3, COUNT(*), SUM(p.jobs_expected), SUM(CASE WHEN p.id IN (%2) THEN p.jobs_created ELSE 0 END) "
        "FROM projects p LEFT JOIN sectors s ON s.id = p.sector_id LEFT JOIN communes c ON c.insee = p.commune_insee "
        "LEFT JOIN epcis e ON e.siren = c.epci_siren "
        "WHERE p.id IN (%1) GROUP BY 1 ORDER BY 2 DESC, 1");
    const QString noSector = tr("No sector");
    const QString noEpci = tr("Outside the EPCIs of the territory");
    for (const bool bySector : {true, false}) {
        const QString key = bySector ? QStringLiteral("COALESCE(s.name, '')") : QStringLiteral("COALESCE(e.name, '')");
        QSqlQuery q = periodQuery(m_connectionName, sql.arg(QLatin1String(accompanied), QLatin1String(founded), key),
                                  data.from, data.to);
        while (q.next()) {
            QString label = q.value(0).toString();
            if (label.isEmpty())
                label = bySector ? noSector : noEpci;
            (bySector ? data.bySector : data.byEpci)
                << AccompanimentReportData::Breakdown{label, q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
        }
    }
}

void AccompanimentReader::readFunding(AccompanimentReportData &data) const
{
    // A request belongs to the period when it was submitted or decided in it.
    const QString inPeriod = QStringLiteral("f.project_id IS NOT NULL AND (f.submitted_on BETWEEN :from AND :to OR f.decided_on BETWEEN :from AND :to)");
    QSqlQuery funders = periodQuery(m_connectionName, QStringLiteral(
        "SELECT COALESCE(a.name, f.funder_name), COUNT(*), SUM(f.asked_cents), SUM(CASE WHEN f.status = 'granted' THEN f.granted_cents ELSE 0 END) "
        "FROM funding_requests f LEFT JOIN actors a ON a.id = f.funder_actor_id WHERE %1 GROUP BY 1 ORDER BY 4 DESC, 1").arg(inPeriod),
        data.from, data.to);
    while (funders.next())
        data.funders << AccompanimentReportData::Funder{funders.value(0).toString(), funders.value(1).toInt(),
                                                        funders.value(2).toLongLong(), funders.value(3).toLongLong()};
    QSqlQuery calls = periodQuery(m_connectionName, QStringLiteral(
        "SELECT c.title, c.funder, COUNT(*), SUM(CASE WHEN f.status = 'granted' THEN f.granted_cents ELSE 0 END) "
        "FROM funding_requests f JOIN calls_for_projects c ON c.id = f.call_id WHERE %1 GROUP BY c.id ORDER BY c.closes_on, c.title").arg(inPeriod),
        data.from, data.to);
    while (calls.next())
        data.calls << AccompanimentReportData::CallAnswered{calls.value(0).toString(), calls.value(1).toString(),
                                                            calls.value(2).toInt(), calls.value(3).toLongLong()};
}

void AccompanimentReader::readJournal(AccompanimentReportData &data) const
{
    QSqlQuery count = periodQuery(m_connectionName, QStringLiteral(
        "SELECT COUNT(*) FROM project_interactions WHERE on_date BETWEEN :from AND :to"), data.from, data.to);
    data.journalTotal = count.next() ? count.value(0).toInt() : 0;
    // The latest entries, read newest first through the limit, then put back in date order.
    QSqlQuery q = periodQuery(m_connectionName, QStringLiteral(
        "SELECT i.on_date, p.name, i.kind, i.notes, i.next_step FROM project_interactions i JOIN projects p ON p.id = i.project_id "
        "WHERE i.on_date BETWEEN :from AND :to ORDER BY i.on_date DESC, p.sort_key DESC, i.id DESC LIMIT %1")
        .arg(AccompanimentReportData::JournalLimit), data.from, data.to);
    while (q.next())
        data.journal.prepend(AccompanimentReportData::JournalLine{
            QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
            ProjectVocabulary::interactionKindFromKey(q.value(2).toString()).value_or(ProjectInteraction::Kind::Meeting),
            q.value(3).toString(), q.value(4).toString()});
}

QList<AccompanimentReader::Candidate> AccompanimentReader::eligible(const CallForProjects &call) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QHash<qint64, QPair<qint64, QString>> sectors;
    QSqlQuery s(db);
    if (s.exec(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name FROM sectors"))) {
        while (s.next())
            sectors.insert(s.value(0).toLongLong(), {s.value(1).toLongLong(), s.value(2).toString()});
    }
    const auto lineage = [&sectors](qint64 id) {
        QStringList names;
        for (int depth = 0; id != 0 && depth < 16; ++depth) {
            names << sectors.value(id).second;
            id = sectors.value(id).first;
        }
        return names;
    };
    QList<Candidate> result;
    const QString place = QStringLiteral(
        "COALESCE(x.sector_id, 0), x.family, COALESCE(c.insee, ''), COALESCE(c.name, ''), COALESCE(c.epci_siren, ''), "
        "COALESCE(e.name, ''), COALESCE(c.department, ''), COALESCE(c.region, '') FROM %1 x "
        "LEFT JOIN communes c ON c.insee = x.commune_insee LEFT JOIN epcis e ON e.siren = c.epci_siren ");
    const QString projects = QStringLiteral("SELECT x.id, x.name, ") + place.arg(QStringLiteral("projects"))
        + QStringLiteral("WHERE x.stage IN ('idea', 'emergence', 'feasibility') ORDER BY x.name");
    const QString actors = QStringLiteral("SELECT x.id, x.name, ") + place.arg(QStringLiteral("actors"))
        + QStringLiteral("WHERE x.archived = 0 AND x.family <> 'hors_champ' ORDER BY x.name_key");
    for (const auto &[kind, sql] : {std::pair{Candidate::Kind::Project, projects}, std::pair{Candidate::Kind::Actor, actors}}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            continue;
        while (q.next()) {
            const CallEligibility::Place where{q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                               q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
            if (CallEligibility::isEligible(call, lineage(q.value(2).toLongLong()), q.value(3).toString(), where))
                result << Candidate{kind, q.value(0).toLongLong(), q.value(1).toString()};
        }
    }
    return result;
}

QList<AccompanimentReader::Candidate> AccompanimentReader::applicants(qint64 callId) const
{
    QList<Candidate> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT CASE WHEN f.project_id IS NULL THEN 1 ELSE 0 END, COALESCE(f.project_id, f.actor_id), "
                             "COALESCE(p.name, a.name) FROM funding_requests f LEFT JOIN projects p ON p.id = f.project_id "
                             "LEFT JOIN actors a ON a.id = f.actor_id WHERE f.call_id = ? ORDER BY 3"));
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next())
            result << Candidate{q.value(0).toInt() ? Candidate::Kind::Actor : Candidate::Kind::Project, q.value(1).toLongLong(),
                                q.value(2).toString()};
    }
    return result;
}
