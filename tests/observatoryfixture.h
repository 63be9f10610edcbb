#pragma once

// A small directory whose observatory figures were computed by hand
// (tests/tst_observatory.cpp lists them). Shared by the model, GUI and CLI
// tests of the observatory.

#include "models/stores/actorstore.h"
#include "models/stores/observatorystore.h"
#include "models/stores/referencefigurestore.h"
#include "models/stores/sectorstore.h"
#include "testsupport.h"

#include <QHash>

namespace ObservatoryFixture {

inline const QString maubeuge = QStringLiteral("59392");
inline const QString fourmies = QStringLiteral("59249");
inline const QString leQuesnoy = QStringLiteral("59481");
inline const QString avesnes = QStringLiteral("59036");
inline const QString agglo = QStringLiteral("200043396");
inline const QString sudAvesnois = QStringLiteral("200043404");

inline YearFigures figures(int year, std::optional<int> headcount, std::optional<double> fte = std::nullopt,
                           std::optional<int> volunteers = std::nullopt, std::optional<int> members = std::nullopt)
{
    YearFigures f;
    f.year = year;
    f.headcount = headcount;
    f.fte = fte;
    f.volunteers = volunteers;
    f.members = members;
    return f;
}

/// Ids by short name: a1 ... a8.
inline QHash<QString, qint64> build(const QString &connection)
{
    ActorStore actors(connection);
    ObservatoryStore observatory(connection);
    qint64 social = 0, childhood = 0, culture = 0;
    for (const Sector &s : SectorStore(connection).all()) {
        if (s.name == QLatin1String("Action sociale"))
            social = s.id;
        else if (s.name == QLatin1String("Petite enfance et familles"))
            childhood = s.id;
        else if (s.name == QLatin1String("Culture"))
            culture = s.id;
    }
    QHash<QString, qint64> ids;
    auto add = [&](const QString &key, const QString &name, const QString &family, const QString &insee, const QString &commune,
                   qint64 sector, bool employer, int created, const QList<YearFigures> &figs, bool archived = false) {
        Actor a = TestSupport::makeActor(name, insee, commune);
        a.family = family;
        a.sectorId = sector;
        a.employer = employer;
        a.creationYear = created;
        a.figures = figs;
        a.archived = archived;
        if (!actors.save(a))
            qFatal("fixture: %s", qPrintable(actors.errorString()));
        ids.insert(key, a.id);
    };
    add(QStringLiteral("a1"), QStringLiteral("Association Alpha"), QStringLiteral("association"), maubeuge, QStringLiteral("Maubeuge"),
        social, true, 2000, {figures(2022, 8, 7.0, 18, 90), figures(2023, 10, 8.5, 20, 100)});
    add(QStringLiteral("a2"), QStringLiteral("Coopérative Beta"), QStringLiteral("cooperative"), maubeuge, QStringLiteral("Maubeuge"),
        culture, true, 2005, {figures(2022, 30, 25.0)});
    add(QStringLiteral("a3"), QStringLiteral("Mutuelle Gamma"), QStringLiteral("mutuelle"), fourmies, QStringLiteral("Fourmies"),
        childhood, true, 1990, {figures(2023, 40, 35.5, std::nullopt, 5000)});
    add(QStringLiteral("a4"), QStringLiteral("Association Delta"), QStringLiteral("association"), leQuesnoy, QStringLiteral("Le Quesnoy"),
        culture, false, 2010, {figures(2023, 0, 0.0, 12, 50)});
    add(QStringLiteral("a5"), QStringLiteral("Association Epsilon"), QStringLiteral("association"), fourmies, QStringLiteral("Fourmies"),
        culture, true, 1995, {figures(2022, 5, 4.0, 3, 30)}, true);
    add(QStringLiteral("a6"), QStringLiteral("Coopérative Zeta"), QStringLiteral("cooperative"), maubeuge, QStringLiteral("Maubeuge"),
        culture, true, 2024, {figures(2024, 2, 2.0)});
    add(QStringLiteral("a7"), QStringLiteral("Association Eta de Lille"), QStringLiteral("association"), QString(), QStringLiteral("Lille"),
        social, true, 2000, {figures(2023, 100, 90.0)});
    add(QStringLiteral("a8"), QStringLiteral("Association Theta"), QStringLiteral("association"), avesnes, QStringLiteral("Avesnes-sur-Helpe"),
        social, true, 0, {});
    observatory.setHeadcountBand(ids.value(QStringLiteral("a2")), QStringLiteral("12"));
    observatory.setHeadcountBand(ids.value(QStringLiteral("a8")), QStringLiteral("01"));
    observatory.setArchivedOn(ids.value(QStringLiteral("a5")), QDate(2023, 3, 15));

    ReferenceFigureStore references(connection);
    auto ref = [](ReferenceFigure::Kind kind, const QString &code, int year, std::optional<qint64> total,
                  std::optional<double> share, const QString &source) {
        ReferenceFigure f;
        f.kind = kind;
        f.code = code;
        f.year = year;
        f.totalEmployment = total;
        f.essSharePct = share;
        f.source = source;
        return f;
    };
    using K = ReferenceFigure::Kind;
    references.saveAll({
        ref(K::Territory, QStringLiteral("all"), 2023, 1000, std::nullopt, QStringLiteral("INSEE test")),
        ref(K::Epci, agglo, 2022, 400, std::nullopt, QStringLiteral("INSEE agglo")),
        ref(K::Epci, sudAvesnois, 2023, 800, std::nullopt, QStringLiteral("INSEE sud")),
        ref(K::Commune, maubeuge, 2023, 300, std::nullopt, QStringLiteral("INSEE communes")),
        ref(K::Commune, leQuesnoy, 2023, 200, std::nullopt, QStringLiteral("INSEE communes")),
        ref(K::Region, QStringLiteral("32"), 2019, std::nullopt, 10.8, QStringLiteral("CRESS Panorama")),
        ref(K::France, QStringLiteral("FR"), 2019, std::nullopt, 10.2, QStringLiteral("ESS France")),
    });
    ObservatoryStore::CommuneList list;
    list.name = QStringLiteral("Contrat de ville");
    list.communes = {maubeuge, leQuesnoy};
    observatory.saveCommuneList(list);

    // Social utility: a1 and a3 in 2023, a1 in 2022.
    SocialUtilityScores a1;
    for (const QString &c : SocialUtilityGrid::allCriteria())
        a1.insert(c, 2);
    observatory.setScores(ids.value(QStringLiteral("a1")), 2023, a1);
    SocialUtilityScores a3 = a1;
    a3.insert(QStringLiteral("social_ties"), 3);
    a3.insert(QStringLiteral("innovation"), 0);
    observatory.setScores(ids.value(QStringLiteral("a3")), 2023, a3);
    SocialUtilityScores a1old;
    a1old.insert(QStringLiteral("social_ties"), 1);
    observatory.setScores(ids.value(QStringLiteral("a1")), 2022, a1old);
    return ids;
}

} // namespace ObservatoryFixture
