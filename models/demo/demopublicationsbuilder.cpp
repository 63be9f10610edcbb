#include "demopublicationsbuilder.h"

#include "democalendar.h"
#include "models/stores/publicationstore.h"

#include <QFile>

DemoPublicationsBuilder::DemoPublicationsBuilder(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool DemoPublicationsBuilder::build()
{
    PublicationStore store(m_connectionName);
    CouncilIdentity identity;
    // Invented, like the rest of the demo: example.org is reserved for examples.
    identity.name = QStringLiteral("Conseil local de l'ESS Sambre-Avesnois");
    identity.address = QStringLiteral("Maison de l'ESS\n12 rue de la République\n59600 Maubeuge");
    identity.contactLine = QStringLiteral("03 27 00 00 00 · contact@ess-sambre-avesnois.example.org · ess-sambre-avesnois.example.org");
    QFile logo(QStringLiteral(":/demo/logo-conseil.svg"));
    if (logo.open(QIODevice::ReadOnly))
        identity.logo = logo.readAll();
    if (!store.setIdentity(identity)) {
        m_error = store.errorString();
        return false;
    }

    LetterIssue first;
    first.number = 1;
    // Two issues of this year: the first in January, the latest today.
    const QDate today = DemoCalendar::today();
    first.date = std::min(today, QDate(today.year(), 1, 5));
    first.title = QStringLiteral("Le printemps de l'ESS en Sambre-Avesnois");
    first.editorialHtml = QStringLiteral(
        "<p>Chères actrices, chers acteurs de l'ESS,</p><p>Voici le premier numéro de notre <b>Lettre de l'ESS</b>. "
        "Chaque trimestre, elle vous donnera les rendez-vous du territoire, présentera les structures qui nous ont "
        "rejoints et partagera quelques chiffres de l'observatoire.</p>");
    first.sections = {LetterIssue::AgendaSection, LetterIssue::NewActorsSection, LetterIssue::KeyFiguresSection};
    LetterIssue second;
    second.number = 2;
    second.date = today;
    second.title = QStringLiteral("Le Mois de l'ESS en Sambre-Avesnois");
    second.editorialHtml = QStringLiteral(
        "<p>La rentrée est le temps des ateliers : le <b>Guide des acteurs</b>, l'<i>Événementiel</i> et les "
        "<i>Finances solidaires</i> reprennent en septembre. Le Mois de l'ESS se prépare déjà : proposez vos "
        "portes ouvertes avant le 30 septembre.</p>");
    second.sections = LetterIssue::allSections();
    second.articleTitle = QStringLiteral("Mutualiser les compétences");
    second.articleHtml = QStringLiteral(
        "<p>Un poste de comptable partagé entre trois associations, une camionnette prêtée pour les collectes, une "
        "salle ouverte aux réunions des autres : l'annuaire recense désormais les compétences que chaque structure "
        "peut mettre en commun.</p><ul><li>comptabilité et paie</li><li>prêt de salle et de matériel</li>"
        "<li>communication et graphisme</li></ul><p>Faites-nous connaître les vôtres.</p>");
    for (LetterIssue *issue : {&first, &second}) {
        if (!store.saveIssue(*issue)) {
            m_error = store.errorString();
            return false;
        }
    }
    return true;
}
