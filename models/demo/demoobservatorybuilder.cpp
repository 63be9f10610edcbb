#include "demoobservatorybuilder.h"

#include "democalendar.h"
#include "models/observatory/headcountband.h"
#include "models/observatory/socialutilitygrid.h"
#include "models/stores/demostore.h"
#include "models/stores/observatorystore.h"
#include "models/stores/referencefigurestore.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

DemoObservatoryBuilder::DemoObservatoryBuilder(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool DemoObservatoryBuilder::build()
{
    ReferenceFigureStore references(m_connectionName);
    DemoStore demo(m_connectionName);
    const auto epcis = demo.epciPopulations();
    if (!epcis) {
        m_error = demo.errorString();
        return false;
    }
    QList<ReferenceFigure> figures = publishedFigures();
    figures << demonstrationTotals(*epcis);
    if (!references.saveAll(figures)) {
        m_error = references.errorString();
        return false;
    }
    QRandomGenerator draw(20141105); // the Mois de l'ESS 2014: any fixed seed will do
    ObservatoryStore observatory(m_connectionName);
    return writeHeadcountBands(demo, observatory) && writeClosures(demo, observatory) && writeSocialUtility(demo, observatory, draw);
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

QList<ReferenceFigure> DemoObservatoryBuilder::demonstrationTotals(const QHash<QString, QPair<QString, qint64>> &epciPopulation)
{
    // Salaried jobs of about 0.24 per inhabitant, the order of magnitude of
    // a former industrial arrondissement; not official.
    using K = ReferenceFigure::Kind;
    const QString demoSource = QStringLiteral("Données de démonstration (ordre de grandeur, non officielles)");
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

bool DemoObservatoryBuilder::writeHeadcountBands(DemoStore &demo, ObservatoryStore &observatory)
{
    // The employers that have not declared their latest headcount get the
    // SIRENE band of their last declared one.
    const auto missing = demo.employersWithoutHeadcount(DemoCalendar::lastFigureYear());
    if (!missing) {
        m_error = demo.errorString();
        return false;
    }
    for (const auto &m : *missing) {
        const int band = HeadcountBand::indexForHeadcount(std::max(1, m.second));
        if (band >= 0 && !observatory.setHeadcountBand(m.first, HeadcountBand::all().at(band).code)) {
            m_error = observatory.errorString();
            return false;
        }
    }
    return true;
}

bool DemoObservatoryBuilder::writeClosures(DemoStore &demo, ObservatoryStore &observatory)
{
    // The association dissolved in March of the year after its last figures (see DemoDataBuilder's closures).
    const auto archived = demo.archivedActorIds();
    if (!archived) {
        m_error = demo.errorString();
        return false;
    }
    for (qint64 id : *archived) {
        if (!observatory.setArchivedOn(id, QDate(2022 + DemoCalendar::yearShift(), 3, 15))) {
            m_error = observatory.errorString();
            return false;
        }
    }
    return true;
}

bool DemoObservatoryBuilder::writeSocialUtility(DemoStore &demo, ObservatoryStore &observatory, QRandomGenerator &draw)
{
    // Grids for one actor in three, three years ago and last year, a little
    // better the second time.
    const auto found = demo.currentEssActorIds();
    if (!found) {
        m_error = demo.errorString();
        return false;
    }
    const QList<qint64> ids = *found;
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
