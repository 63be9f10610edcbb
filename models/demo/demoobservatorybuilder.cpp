#include "demoobservatorybuilder.h"

#include "democalendar.h"
#include "models/observatory/headcountband.h"
#include "models/observatory/socialutilitygrid.h"
#include "models/stores/observatorystore.h"
#include "models/stores/referencefigurestore.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

DemoObservatoryBuilder::DemoObservatoryBuilder(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool DemoObservatoryBuilder::build()
{
    ReferenceFigureStore references(m_connectionName);
    QList<ReferenceFigure> figures = publishedFigures();
    figures << demonstrationTotals();
    if (!references.saveAll(figures)) {
        m_error = references.errorString();
        return false;
    }
    QRandomGenerator draw(20141105); // the Mois de l'ESS 2014: any fixed seed will do
    ObservatoryStore observatory(m_connectionName);
    return writeHeadcountBands(observatory) && writeClosures(observatory) && writeSocialUtility(observatory, draw);
}

QList<ReferenceFigure> DemoObservatoryBuilder::publishedFigures()
{
    // ../shared/data/README.md
    using K = ReferenceFigure::Kind;
    ReferenceFigure france;
    france.kind = K::France;
    france.code = QStringLiteral("FR");
    france.name = tr("France");
    france.year = 2019;
    france.essSharePct = 10.2;
    france.essJobs = 2600000;
    france.essEstablishments = 210000;
    france.source = QStringLiteral("ESS France, fin 2019 (13,6 % de l'emploi salarié privé ; 150 000 entreprises)");
    ReferenceFigure region;
    region.kind = K::Region;
    region.code = QStringLiteral("32");
    region.name = QStringLiteral("Hauts-de-France");
    region.year = 2019;
    region.essSharePct = 10.8;
    region.source = QStringLiteral("CRESS Hauts-de-France, Panorama 2020-2021 (associations 84,4 %, coopératives 9,1 %, "
                                   "mutuelles 3,2 %, fondations 3,4 % des emplois de l'ESS)");
    return {france, region};
}

QHash<QString, QPair<QString, qint64>> DemoObservatoryBuilder::epciPopulations() const
{
    QHash<QString, QPair<QString, qint64>> epciPopulation;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("SELECT e.siren, e.name, sum(c.population) FROM communes c JOIN epcis e ON e.siren = c.epci_siren "
                          "GROUP BY e.siren, e.name"));
    while (q.next())
        epciPopulation.insert(q.value(0).toString(), qMakePair(q.value(1).toString(), q.value(2).toLongLong()));
    return epciPopulation;
}

QList<ReferenceFigure> DemoObservatoryBuilder::demonstrationTotals() const
{
    // Salaried jobs of about 0.24 per inhabitant, the order of magnitude of
    // a former industrial arrondissement; not official.
    using K = ReferenceFigure::Kind;
    const QString demoSource = QStringLiteral("Données de démonstration (ordre de grandeur, non officielles)");
    const QHash<QString, QPair<QString, qint64>> epciPopulation = epciPopulations();
    const int shift = DemoCalendar::yearShift();
    QList<ReferenceFigure> figures;
    for (int year : {2016 + shift, 2019 + shift, 2022 + shift}) {
        const double trend = 1.0 + 0.006 * (year - 2019 - shift);
        qint64 whole = 0;
        for (auto it = epciPopulation.cbegin(); it != epciPopulation.cend(); ++it) {
            ReferenceFigure epci;
            epci.kind = K::Epci;
            epci.code = it.key();
            epci.name = it->first;
            epci.year = year;
            // The agglomeration concentrates the jobs.
            const double ratio = it->first.startsWith(QLatin1String("CA")) ? 0.29 : 0.19;
            epci.totalEmployment = qint64(std::llround(double(it->second) * ratio * trend / 10.0)) * 10;
            epci.privateEmployment = qint64(std::llround(double(*epci.totalEmployment) * 0.68 / 10.0)) * 10;
            epci.employerEstablishments = qint64(std::llround(double(it->second) / 38.0));
            epci.source = demoSource;
            whole += *epci.totalEmployment;
            figures << epci;
        }
        ReferenceFigure territory;
        territory.kind = K::Territory;
        territory.code = QStringLiteral("all");
        territory.name = tr("Whole territory");
        territory.year = year;
        territory.totalEmployment = whole;
        territory.source = demoSource;
        figures << territory;
    }
    return figures;
}

bool DemoObservatoryBuilder::writeHeadcountBands(ObservatoryStore &observatory)
{
    // The employers that have not declared their latest headcount get the
    // SIRENE band of their last declared one.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT a.id, (SELECT f.headcount FROM actor_figures f WHERE f.actor_id = a.id AND f.headcount IS NOT NULL "
                             "ORDER BY f.year DESC LIMIT 1) FROM actors a WHERE a.employer = 1 AND a.archived = 0 AND NOT EXISTS "
                             "(SELECT 1 FROM actor_figures g WHERE g.actor_id = a.id AND g.year = ? AND g.headcount IS NOT NULL)"));
    q.addBindValue(DemoCalendar::lastFigureYear());
    q.exec();
    QList<QPair<qint64, int>> missing;
    while (q.next())
        missing << qMakePair(q.value(0).toLongLong(), q.value(1).isNull() ? 1 : q.value(1).toInt());
    for (const auto &m : missing) {
        const int band = HeadcountBand::indexForHeadcount(std::max(1, m.second));
        if (band >= 0 && !observatory.setHeadcountBand(m.first, HeadcountBand::all().at(band).code)) {
            m_error = observatory.errorString();
            return false;
        }
    }
    return true;
}

bool DemoObservatoryBuilder::writeClosures(ObservatoryStore &observatory)
{
    // The association dissolved in March of the year after its last figures (see DemoDataBuilder's closures).
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("SELECT id FROM actors WHERE archived = 1"));
    QList<qint64> archived;
    while (q.next())
        archived << q.value(0).toLongLong();
    for (qint64 id : archived)
        observatory.setArchivedOn(id, QDate(2022 + DemoCalendar::yearShift(), 3, 15));
    return true;
}

bool DemoObservatoryBuilder::writeSocialUtility(ObservatoryStore &observatory, QRandomGenerator &draw)
{
    // Grids for one actor in three, three years ago and last year, a little
    // better the second time.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("SELECT id, family FROM actors WHERE archived = 0 AND family <> 'hors_champ' ORDER BY id"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    const int shift = DemoCalendar::yearShift();
    const QStringList criteria = SocialUtilityGrid::allCriteria();
    for (int i = 0; i < ids.size(); i += 3) {
        SocialUtilityScores first, second;
        for (const QString &c : criteria) {
            const int base = int(draw.bounded(4));
            first.insert(c, base);
            second.insert(c, std::min(SocialUtilityGrid::MaxScore, base + (draw.bounded(3) == 0 ? 1 : 0)));
        }
        if (!observatory.setScores(ids.at(i), 2021 + shift, first) || !observatory.setScores(ids.at(i), 2024 + shift, second)) {
            m_error = observatory.errorString();
            return false;
        }
    }
    return true;
}
