#include "demodatabuilder.h"

#include "demoagendabuilder.h"
#include "democalendar.h"
#include "demoplanbuilder.h"
#include "demoprojectsbuilder.h"
#include "demopublicationsbuilder.h"
#include "models/stores/territorystore.h"

#include "demoobservatorybuilder.h"
#include "models/domain/actor.h"
#include "models/domain/actorvalidator.h"
#include "models/domain/commune.h"
#include "models/domain/legalstatus.h"
#include "models/domain/textkey.h"
#include "models/stores/actorstore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <algorithm>
#include <cmath>

namespace {

// Every name, person, number and address below is invented. Any likeness to
// a real structure is a coincidence; e-mail addresses use example.org and
// example.fr, which are reserved for examples.

/// One actor of the demo directory, as written by hand. What is not given
/// here (numbers, address, contacts, figures...) is drawn from the seed.
struct Template
{
    const char *name;
    const char *acronym;
    const char *sector; ///< name of a sector of resources/data/sectors.csv
    const char *status; ///< LegalStatus name, or "SARL" / "SAS" for an actor outside the ESS
    /// A commune of the reference table, "@agglo" / "@mormal" / "@coeur" / "@sud"
    /// for any commune of that EPCI, "" for any commune, "Name|postcode" outside the territory.
    const char *place;
    const char *naf;
    const char *iae;
    int size;    ///< 0 not an employer, 1: 1-5 employees, 2: 6-25, 3: 26 and more
    int created; ///< creation year, 0 to draw one
    const char *description;
};

// clang-format off
const Template templates[] = {
    // Action sociale
    {"Accueil et Entraide du Val de Sambre", "AEVS", "Action sociale", "Association loi 1901", "Maubeuge", "88.99B", "", 2, 1984,
     "Accueil de jour, domiciliation et accompagnement des personnes sans domicile stable. L'association tient aussi une bagagerie solidaire."},
    {"Épicerie Solidaire Le Panier Hautmontois", "", "Action sociale", "Association loi 1901", "Hautmont", "88.99B", "", 1, 2006,
     "Épicerie sociale ouverte aux familles orientées par les travailleurs sociaux. Des ateliers cuisine et budget y sont proposés chaque semaine."},
    {"Le Partage Fourmisien", "", "Action sociale", "Association loi 1901", "Fourmies", "88.99B", "", 0, 1987,
     "Distribution alimentaire et vestimentaire assurée par des bénévoles, deux après-midi par semaine."},
    {"Vestiaire Solidaire de Rousies", "", "Action sociale", "Association loi 1901", "Rousies", "88.99B", "", 0, 1996,
     "Vestiaire tenu par des bénévoles : vêtements à petits prix et boutique de dépannage pour les familles."},
    {"Solidarité Seniors du Quercitain", "", "Action sociale", "Association loi 1901", "Le Quesnoy", "88.10A", "", 0, 2003,
     "Visites de convivialité aux personnes âgées isolées et transport solidaire assuré par des chauffeurs bénévoles."},
    {"Écoute et Partage Sambre", "", "Action sociale", "Association loi 1901", "@agglo", "88.99B", "", 1, 1999,
     "Ligne d'écoute et groupes de parole pour les personnes isolées et les aidants familiaux."},
    {"Boutique Solidaire de Wignehies", "", "Action sociale", "Association loi 1901", "Wignehies", "47.79Z", "", 0, 2011,
     "Boutique de vêtements et d'objets de seconde main dont les recettes financent des aides d'urgence."},
    {"Maison des Familles de Jeumont", "", "Petite enfance et familles", "Association loi 1901", "Jeumont", "88.99B", "", 2, 1992,
     "Lieu d'accueil parents-enfants, soutien à la parentalité et sorties familiales. Un relais petite enfance y tient une permanence."},
    {"Crèche parentale Les P'tits Loups de l'Helpe", "", "Petite enfance et familles", "Association loi 1901", "Avesnes-sur-Helpe", "88.91A", "", 2, 1991,
     "Crèche parentale de vingt berceaux gérée par les familles, avec une équipe de professionnelles de la petite enfance."},
    {"Centre social Le Trait d'Union", "", "Petite enfance et familles", "Association loi 1901", "Louvroil", "88.99B", "", 3, 1972,
     "Centre social agréé par la CAF : accueil de loisirs, accompagnement à la scolarité, ateliers socio-linguistiques et actions pour les seniors."},
    {"Association Familiale de l'Avesnois", "AFA", "Petite enfance et familles", "Association loi 1901", "@coeur", "88.99B", "", 1, 1958,
     "Médiation familiale, point d'accès au droit et aide aux démarches administratives."},
    {"Foyer de vie Les Tilleuls", "", "Handicap et dépendance", "Association reconnue d'utilité publique", "Landrecies", "87.20A", "", 3, 1968,
     "Foyer de vie pour adultes en situation de handicap : activités de jour, hébergement et accueil temporaire."},
    {"ESAT Les Ateliers du Bocage", "", "Handicap et dépendance", "Association loi 1901", "Sains-du-Nord", "88.10C", "", 3, 1976,
     "Établissement et service d'aide par le travail : conditionnement, entretien d'espaces verts et blanchisserie pour les entreprises du territoire."},
    {"Fondation Marie-Hélène Delval pour l'Autonomie", "", "Handicap et dépendance", "Fondation", "Maubeuge", "88.10B", "", 3, 1963,
     "Fondation qui gère un service d'accompagnement à la vie sociale. Elle finance aussi des aides techniques pour les personnes âgées à domicile."},

    // Services à la personne
    {"Aide à Domicile du Pays de Mormal", "ADPM", "Services à la personne", "Association loi 1901", "@mormal", "88.10A", "", 3, 1962,
     "Service d'aide et d'accompagnement à domicile : ménage, courses, aide à la toilette et portage de repas pour les personnes âgées."},
    {"Présence Sambre Services", "", "Services à la personne", "Association loi 1901", "Hautmont", "88.10A", "", 3, 1989,
     "Aide à domicile et garde d'enfants à domicile sur l'agglomération maubeugeoise."},
    {"SCOP Domicile Plus Avesnois", "", "Services à la personne", "SCOP (SARL)", "@coeur", "81.21Z", "", 2, 2009,
     "Coopérative de salariées qui assure l'entretien du logement, le repassage et des temps de répit pour les aidants."},
    {"Les Petits Services de Jeumont", "", "Services à la personne", "Société commerciale de l'ESS", "Jeumont", "81.30Z", "", 2, 2014,
     "Petits travaux de jardinage et de bricolage chez les particuliers. La société recrute en priorité des demandeurs d'emploi du quartier."},
    {"Familles Rurales du Bocage", "", "Services à la personne", "Association loi 1901", "@coeur", "88.10A", "", 2, 1955,
     "Portage de repas, téléassistance et activités pour les aînés dans les villages du bocage avesnois."},
    {"Entraide Ménagère Fourmisienne", "", "Services à la personne", "Association loi 1901", "Fourmies", "88.10A", "", 1, 1981,
     "Repassage et ménage à domicile, en lien avec les caisses de retraite."},

    // Insertion par l'activité économique
    {"Chantier Nature et Patrimoine de l'Avesnois", "CNPA", "Ateliers et chantiers d'insertion", "Association d'insertion", "@coeur", "81.30Z", "ACI", 3, 1994,
     "Atelier et chantier d'insertion qui restaure les murets, les haies et les sentiers du bocage. Vingt-quatre salariés en parcours y préparent leur retour à l'emploi."},
    {"Atelier Vélo Solidaire de la Sambre", "AVS", "Ateliers et chantiers d'insertion", "Association d'insertion", "Maubeuge", "95.29Z", "ACI", 2, 2012,
     "Réparation et revente de vélos d'occasion, ateliers d'autoréparation ouverts à tous et vélo-école pour les adultes."},
    {"Les Jardins Solidaires de la Sambre", "", "Ateliers et chantiers d'insertion", "Association d'insertion", "@agglo", "01.13Z", "ACI", 3, 1998,
     "Maraîchage biologique en chantier d'insertion. Les légumes sont distribués en paniers hebdomadaires aux adhérents."},
    {"Chantier École du Quesnoy", "", "Ateliers et chantiers d'insertion", "Association d'insertion", "Le Quesnoy", "43.39Z", "ACI", 2, 2001,
     "Chantier d'insertion dans le second œuvre du bâtiment, qui rénove des logements communaux et des salles associatives."},
    {"Régie de Quartier Hautmont Sud", "", "Ateliers et chantiers d'insertion", "Association d'insertion", "Hautmont", "81.10Z", "ACI", 2, 1997,
     "Entretien des espaces communs, médiation et petits travaux dans les quartiers d'habitat social, avec des habitants salariés en insertion."},
    {"Sambre Intérim Solidaire", "SIS", "Entreprises d'insertion et ETTI", "Société commerciale de l'ESS", "Maubeuge", "78.20Z", "ETTI", 2, 2004,
     "Entreprise de travail temporaire d'insertion : missions dans l'industrie, la logistique et le bâtiment, avec un accompagnement socioprofessionnel."},
    {"SCOP Les Menuisiers du Bocage", "", "Entreprises d'insertion et ETTI", "SCOP (SARL)", "@mormal", "16.23Z", "EI", 2, 1993,
     "Entreprise d'insertion en menuiserie : fabrication de mobilier en bois local et agencement de locaux."},
    {"Propreté Sambre Insertion", "PSI", "Entreprises d'insertion et ETTI", "SCIC (SAS)", "Louvroil", "81.21Z", "EI", 3, 2008,
     "Entreprise d'insertion de nettoyage de locaux et de vitrerie. Deux tiers de ses quarante salariés sont en parcours d'insertion."},
    {"Avesnois Emploi Services", "AES", "Insertion par l'activité économique", "Association intermédiaire", "Avesnes-sur-Helpe", "78.30Z", "AI", 2, 1988,
     "Association intermédiaire qui met des demandeurs d'emploi à disposition des particuliers, des collectivités et des associations."},
    {"Mormal Services Emploi", "", "Insertion par l'activité économique", "Association intermédiaire", "Landrecies", "78.30Z", "AI", 2, 1990,
     "Mise à disposition de personnel pour le ménage, le jardinage et la manutention, avec un suivi individuel des parcours."},

    // Culture
    {"Compagnie Théâtrale La Bobine", "", "Spectacle vivant", "Association loi 1901", "Maubeuge", "90.01Z", "", 1, 1996,
     "Compagnie de théâtre qui crée des spectacles jeune public et anime des ateliers dans les écoles de l'agglomération."},
    {"Les Amis de la Musique d'Aulnoye", "", "Spectacle vivant", "Association loi 1901", "Aulnoye-Aymeries", "90.01Z", "", 0, 1952,
     "Harmonie de quarante musiciens amateurs et école de musique associative."},
    {"Festival Les Nuits du Bocage", "", "Spectacle vivant", "Association loi 1901", "@coeur", "90.02Z", "", 1, 2005,
     "Organise chaque été un festival de musiques actuelles en plein air et des concerts dans les granges de l'Avesnois."},
    {"Collectif Arts de Rue de Jeumont", "", "Spectacle vivant", "Association loi 1901", "Jeumont", "90.01Z", "", 1, 2010,
     "Arts de la rue, cirque et fanfares : le collectif anime les fêtes de quartier et initie les jeunes aux arts du cirque."},
    {"Studio Musiques Actuelles Sambre", "SMAS", "Spectacle vivant", "SCIC (SARL)", "Maubeuge", "90.04Z", "", 2, 2013,
     "Coopérative qui gère des studios de répétition et d'enregistrement et accompagne les groupes amateurs du territoire."},
    {"Ciné-Club de la Sambre", "", "Culture", "Association loi 1901", "@agglo", "59.14Z", "", 0, 1965,
     "Projections-débats mensuelles et séances itinérantes dans les villages."},
    {"SCOP L'Atelier Typographique", "", "Culture", "SCOP (SARL)", "@mormal", "18.12Z", "", 1, 2002,
     "Imprimerie coopérative spécialisée dans les impressions artisanales, les affiches et l'édition de livres d'artistes."},
    {"Lire en Thiérache", "", "Culture", "Association loi 1901", "Anor", "91.01Z", "", 1, 1986,
     "Bibliothèque associative, lectures à voix haute et portage de livres à domicile."},
    {"Les Amis du Patrimoine Bavaisien", "", "Patrimoine et musées", "Association loi 1901", "Bavay", "94.99Z", "", 0, 1971,
     "Visites guidées, publication d'une revue d'histoire locale et sauvegarde du petit patrimoine rural."},
    {"Fondation Hennebert pour les Métiers d'Art", "", "Patrimoine et musées", "Fondation", "@sud", "91.02Z", "", 2, 1979,
     "Soutient la transmission des savoir-faire verriers et textiles de l'Avesnois. Elle gère un atelier-musée ouvert aux scolaires."},
    {"Maison du Bocage et des Vergers", "", "Patrimoine et musées", "Association loi 1901", "Maroilles", "91.02Z", "", 1, 1983,
     "Petit musée des métiers du bocage, animations autour des vergers haute-tige et fête annuelle de la pomme."},

    // Sport
    {"Union Sportive Hautmontoise Football", "USH", "Sport", "Association loi 1901", "Hautmont", "93.12Z", "", 1, 1950,
     "Club de football de trois cents licenciés, avec une école de football et une section féminine."},
    {"Cercle de Tennis de Table de Feignies", "", "Sport", "Association loi 1901", "Feignies", "93.12Z", "", 0, 1969,
     "Tennis de table en loisir et en compétition, dès sept ans."},
    {"Sambre Aviron Club", "", "Sport", "Association loi 1901", "@agglo", "93.12Z", "", 1, 1957,
     "Aviron et canoë sur la Sambre. Des séances d'aviron santé accueillent les personnes en rémission."},
    {"Randonneurs de la Forêt de Mormal", "", "Sport", "Association loi 1901", "Locquignol", "93.19Z", "", 0, 1978,
     "Randonnées pédestres hebdomadaires, balisage des sentiers et marche nordique."},
    {"Judo Club Fourmisien", "", "Sport", "Association loi 1901", "Fourmies", "93.12Z", "", 1, 1961,
     "Judo, jujitsu et taïso dès quatre ans. Le club intervient aussi dans les écoles."},
    {"Basket Club Aulnoye-Berlaimont", "BCAB", "Sport", "Association loi 1901", "Aulnoye-Aymeries", "93.12Z", "", 1, 1974,
     "Club de basket de deux cents licenciés, avec une section de basket-fauteuil."},
    {"Cyclo-Club du Val de Sambre", "", "Sport", "Association loi 1901", "@agglo", "93.12Z", "", 0, 1980,
     "Cyclotourisme et VTT ; le club organise une randonnée annuelle entre Sambre et Helpe."},
    {"Gymnastique Volontaire de Jeumont", "", "Sport", "Association loi 1901", "Jeumont", "93.12Z", "", 0, 1975,
     "Cours de gymnastique douce, de pilates et d'activité physique adaptée pour les seniors."},
    {"Sport Adapté Avesnois", "", "Sport", "Association loi 1901", "", "93.12Z", "", 1, 2000,
     "Activités sportives pour les personnes en situation de handicap mental ou psychique, en lien avec les établissements spécialisés."},
    {"Athlétic Club Le Quesnoy", "ACQ", "Sport", "Association loi 1901", "Le Quesnoy", "93.12Z", "", 1, 1967,
     "Athlétisme et course hors stade ; le club organise chaque printemps les Foulées des Remparts."},
    {"Groupement d'Employeurs Sport et Animation Sambre", "GESAS", "Sport", "Groupement d'employeurs", "Maubeuge", "78.30Z", "", 2, 2007,
     "Met des éducateurs sportifs et des animateurs à disposition des clubs et des associations, qui partagent ainsi des emplois durables."},

    // Éducation populaire et loisirs
    {"MJC Les Trois Rivières", "MJC", "Éducation populaire et loisirs", "Association loi 1901", "Maubeuge", "94.99Z", "", 2, 1964,
     "Maison des jeunes et de la culture : ateliers artistiques, accueil de loisirs et accompagnement de projets de jeunes."},
    {"Centre de Loisirs Les Écureuils de Mormal", "", "Éducation populaire et loisirs", "Association loi 1901", "@mormal", "88.91B", "", 1, 1985,
     "Accueil de loisirs pendant les vacances scolaires et séjours nature en forêt de Mormal."},
    {"Foyer Rural de Sars-Poteries", "", "Éducation populaire et loisirs", "Association loi 1901", "Sars-Poteries", "94.99Z", "", 0, 1959,
     "Foyer rural qui anime la vie du village : club du jeudi, bibliothèque, théâtre amateur et repas de fête."},
    {"Éclaireurs de l'Helpe", "", "Éducation populaire et loisirs", "Association loi 1901", "", "94.99Z", "", 0, 1977,
     "Groupe de scoutisme laïque : week-ends, camps d'été et projets de solidarité."},
    {"Ludothèque La Toupie", "", "Éducation populaire et loisirs", "Association loi 1901", "@agglo", "93.29Z", "", 1, 2004,
     "Prêt de jeux, soirées jeux de société et animations dans les fêtes de quartier."},
    {"Amicale Laïque de Louvroil", "", "Éducation populaire et loisirs", "Association loi 1901", "Louvroil", "94.99Z", "", 1, 1953,
     "Loisirs éducatifs, accompagnement scolaire et classes de découverte."},
    {"Université Populaire de la Sambre", "UPS", "Éducation populaire et loisirs", "Association loi 1901", "Maubeuge", "85.59B", "", 1, 2008,
     "Conférences gratuites, cours du soir et cycles de débats sur l'histoire, les sciences et la citoyenneté."},
    {"Les Séjours de l'Helpe", "", "Éducation populaire et loisirs", "Association loi 1901", "Liessies", "55.20Z", "", 2, 1966,
     "Centre de vacances de soixante lits pour les classes vertes et les colonies de vacances."},
    {"Club Informatique Seniors de Fourmies", "", "Éducation populaire et loisirs", "Association loi 1901", "Fourmies", "94.99Z", "", 0, 2001,
     "Initiation à l'ordinateur et à la tablette, aide aux démarches en ligne pour les retraités."},
    {"Association Jeunesse et Citoyenneté de Jeumont", "AJCJ", "Éducation populaire et loisirs", "Association loi 1901", "Jeumont", "94.99Z", "", 1, 1995,
     "Accueil des 11-17 ans, chantiers de jeunes et séjours d'été. L'association anime aussi un conseil des jeunes."},

    // Environnement et recyclage
    {"Ressourcerie de l'Helpe", "", "Recyclage et réemploi", "Association d'insertion", "Avesnes-sur-Helpe", "38.32Z", "ACI", 3, 2007,
     "Collecte, valorise et revend les objets dont les habitants se séparent : meubles, vaisselle, textiles. La boutique emploie des salariés en insertion."},
    {"Recyclerie du Val de Sambre", "", "Recyclage et réemploi", "SCIC (SAS)", "@agglo", "38.32Z", "", 2, 2015,
     "Coopérative d'intérêt collectif qui associe salariés, collectivités et habitants pour le réemploi des appareils électriques."},
    {"Repair Café de Feignies", "", "Recyclage et réemploi", "Association loi 1901", "Feignies", "95.29Z", "", 0, 2016,
     "Un samedi par mois, des bénévoles aident les habitants à réparer leurs objets plutôt qu'à les jeter."},
    {"Sambre Textile Réemploi", "", "Recyclage et réemploi", "Société commerciale de l'ESS", "@agglo", "38.32Z", "", 2, 2011,
     "Collecte de textiles usagés en conteneurs, tri et revente en friperie solidaire."},
    {"Compost'Sambre", "", "Recyclage et réemploi", "Association loi 1901", "Louvroil", "38.21Z", "", 1, 2014,
     "Installe et anime des composteurs collectifs en pied d'immeuble et forme des guides composteurs."},
    {"Énergies Citoyennes de l'Avesnois", "ECA", "Énergie et transition écologique", "SCIC (SAS)", "", "35.11Z", "", 1, 2016,
     "Coopérative citoyenne qui installe des centrales photovoltaïques sur des toits publics et partage les revenus avec ses sociétaires."},
    {"Point Info Énergie du Bocage", "", "Énergie et transition écologique", "Association loi 1901", "@coeur", "71.12B", "", 1, 2006,
     "Conseils gratuits aux habitants pour la rénovation énergétique et les économies d'énergie."},
    {"Nature et Bocage Avesnois", "", "Environnement et recyclage", "Association loi 1901", "", "94.99Z", "", 1, 1982,
     "Inventaires naturalistes, plantation de haies et sorties nature pour le grand public."},
    {"Collectif Zéro Déchet Maubeuge", "", "Environnement et recyclage", "Association loi 1901", "Maubeuge", "94.99Z", "", 0, 2017,
     "Ateliers de fabrication de produits ménagers, compostage partagé et défi Familles zéro déchet."},

    // Agriculture et circuits courts
    {"CUMA de la Thiérache Avesnoise", "", "Agriculture et circuits courts", "CUMA", "@sud", "01.61Z", "", 1, 1964,
     "Coopérative d'utilisation de matériel agricole : quarante exploitations partagent tracteurs, presses et matériel de fenaison."},
    {"Coopérative Laitière du Bocage", "", "Agriculture et circuits courts", "Coopérative agricole", "@mormal", "10.51C", "", 3, 1951,
     "Collecte le lait de cent vingt éleveurs et fabrique des fromages de tradition de l'Avesnois."},
    {"AMAP Les Paniers de Mormal", "", "Agriculture et circuits courts", "Association loi 1901", "@mormal", "94.99Z", "", 0, 2010,
     "Association pour le maintien d'une agriculture paysanne : un panier de légumes biologiques par semaine, en lien direct avec deux maraîchers."},
    {"Coopérative Le Panier Paysan de Fourmies", "", "Agriculture et circuits courts", "Coopérative de consommateurs", "Fourmies", "47.11C", "", 1, 2012,
     "Magasin coopératif de produits locaux géré par ses sociétaires consommateurs."},
    {"Terres Partagées du Bocage", "", "Agriculture et circuits courts", "SCIC (SARL)", "@coeur", "68.20B", "", 1, 2014,
     "Coopérative qui achète des terres agricoles pour y installer de jeunes paysans en agriculture biologique."},
    {"La Ferme des Trois Vallées", "", "Agriculture et circuits courts", "Société commerciale de l'ESS", "@coeur", "10.32Z", "", 1, 2013,
     "Ferme pédagogique qui transforme les fruits des vergers voisins en jus et en compotes."},
    {"Marché Paysan de l'Avesnois", "", "Agriculture et circuits courts", "Association loi 1901", "Avesnes-sur-Helpe", "94.99Z", "", 0, 1998,
     "Organise un marché de producteurs chaque mois et une fête des circuits courts à l'automne."},
    {"Association des Jardins Ouvriers de Rousies", "", "Agriculture et circuits courts", "Association loi 1901", "Rousies", "94.99Z", "", 0, 1950,
     "Soixante parcelles de jardins familiaux, un verger collectif et des ateliers de jardinage au naturel."},
    {"Jardinerie du Val Joly", "", "Agriculture et circuits courts", "SAS", "Eppe-Sauvage", "47.76Z", "", 2, 1990,
     "Jardinerie partenaire du réseau : elle vend les plants produits par un chantier d'insertion voisin et accueille des stagiaires."},

    // Formation
    {"Coopérative d'Activités Sambre Entreprendre", "CASE", "Formation", "CAE", "Maubeuge", "70.22Z", "", 2, 2006,
     "Coopérative d'activité et d'emploi : les porteurs de projet y testent leur activité comme entrepreneurs salariés, avec un accompagnement collectif."},
    {"Savoirs pour Tous Sambre-Avesnois", "", "Formation", "Association loi 1901", "@agglo", "85.59A", "", 2, 1985,
     "Formations aux savoirs de base, français langue étrangère et préparation aux concours."},
    {"Atelier Pédagogique Personnalisé de Fourmies", "APP", "Formation", "Association loi 1901", "Fourmies", "85.59A", "", 1, 1993,
     "Remise à niveau individualisée en français, en mathématiques et en bureautique pour les adultes."},
    {"SCOP Compétences et Territoires", "", "Formation", "SCOP (SA)", "@mormal", "85.59A", "", 1, 1999,
     "Bureau d'études et organisme de formation coopératif au service des collectivités et des associations."},
    {"Auto-École Sociale du Val de Sambre", "", "Formation", "Association loi 1901", "@agglo", "85.53Z", "", 1, 2009,
     "Auto-école associative qui prépare au permis de conduire les personnes en insertion, avec une pédagogie adaptée."},

    // Santé
    {"Mutuelle Familiale de la Sambre", "MFS", "Santé", "Mutuelle", "Maubeuge", "65.12Z", "", 3, 1950,
     "Mutuelle de santé qui couvre douze mille adhérents et gère un centre d'optique mutualiste."},
    {"Mutuelle des Cheminots et Métallurgistes de l'Avesnois", "MCMA", "Santé", "Mutuelle", "Aulnoye-Aymeries", "65.12Z", "", 2, 1953,
     "Complémentaire santé et prévoyance des salariés et retraités des entreprises du rail et de la métallurgie."},
    {"Centre de Santé Mutualiste de Fourmies", "", "Santé", "Mutuelle", "Fourmies", "86.21Z", "", 3, 1976,
     "Centre de santé pluridisciplinaire : médecine générale, soins dentaires et infirmiers, sans dépassement d'honoraires."},
    {"Association de Prévention Santé Sambre-Avesnois", "APSSA", "Santé", "Association loi 1901", "", "86.90F", "", 1, 1994,
     "Actions de prévention des addictions et de promotion de la santé dans les collèges et les quartiers."},
    {"Fondation Lemoine pour la Santé Rurale", "", "Santé", "Fondation", "@mormal", "94.99Z", "", 2, 1988,
     "Finance des maisons de santé et des bourses pour les étudiants en médecine qui s'installent dans l'Avesnois."},
    {"Les Bénévoles de l'Accompagnement", "", "Santé", "Association loi 1901", "@coeur", "88.99B", "", 0, 1997,
     "Des bénévoles formés accompagnent les personnes en fin de vie et leurs proches, à domicile et à l'hôpital."},

    // Finance solidaire
    {"Caisse Solidaire du Hainaut-Avesnois", "", "Finance solidaire", "Banque coopérative", "Maubeuge", "64.19Z", "", 3, 1950,
     "Banque coopérative régionale. Son agence de Maubeuge finance les associations et les entreprises de l'ESS du territoire."},
    {"Club d'Épargnants Solidaires de la Sambre", "", "Finance solidaire", "Association loi 1901", "@agglo", "64.99Z", "", 0, 2004,
     "Des épargnants mettent en commun une partie de leur épargne pour financer la création d'entreprises locales."},
    {"Microcrédit Avesnois Solidarité", "MAS", "Finance solidaire", "Association loi 1901", "", "64.92Z", "", 1, 2008,
     "Accompagne des particuliers vers un microcrédit personnel pour passer le permis, acheter un véhicule ou équiper un logement."},
    {"Assurance Mutuelle Solidaire de l'Avesnois", "AMSA", "Finance solidaire", "Société d'assurance mutuelle", "Avesnes-sur-Helpe", "65.12Z", "", 2, 1961,
     "Assure les associations, les coopératives et leurs bénévoles, et conseille les petites structures sur leurs contrats."},
    {"Fonds Territorial d'Initiatives Sambre-Avesnois", "FTISA", "Finance solidaire", "Association loi 1901", "Maubeuge", "64.92Z", "", 1, 1996,
     "Prêts d'honneur et garanties bancaires pour les créateurs d'entreprise et les structures de l'ESS."},

    // Habitat
    {"Coopérative HLM Le Toit Sambrien", "", "Habitat", "Coopérative HLM", "@agglo", "41.10A", "", 3, 1954,
     "Coopérative d'habitations à loyer modéré qui construit des logements en accession sociale à la propriété."},
    {"Toits Solidaires de l'Avesnois", "", "Habitat", "Association loi 1901", "", "43.39Z", "", 1, 2003,
     "Chantiers d'auto-réhabilitation accompagnée : les habitants rénovent leur logement avec l'aide d'animateurs techniques."},
    {"Résidence Sociale Les Hirondelles", "", "Habitat", "Association loi 1901", "Jeumont", "87.90B", "", 2, 1979,
     "Résidence sociale de trente-deux logements pour les jeunes travailleurs et les personnes en difficulté de logement."},
    {"Habitat Participatif Les Remparts", "", "Habitat", "SCIC (SARL)", "Le Quesnoy", "68.20A", "", 1, 2015,
     "Coopérative d'habitants qui porte un projet d'habitat participatif et intergénérationnel de douze logements."},
    {"Agence Immobilière Solidaire de la Sambre", "AISS", "Habitat", "Association loi 1901", "Maubeuge", "68.31Z", "", 2, 2002,
     "Gère des logements de propriétaires privés pour les louer à des ménages modestes, avec un accompagnement des locataires."},
    {"Menuiserie Delcourt", "", "Habitat", "SARL", "@mormal", "43.32A", "", 2, 1978,
     "Entreprise de menuiserie partenaire de l'ESS : elle accueille des salariés en insertion pour des périodes d'immersion."},

    // Outside the territory
    {"Union Régionale des Ressourceries du Nord", "URRN", "Recyclage et réemploi", "Association loi 1901", "Lille|59000", "94.99Z", "", 1, 2005,
     "Tête de réseau régionale des ressourceries : formation, mutualisation et plaidoyer."},
    {"SCOP Conseil Hainaut Coopération", "", "Formation", "SCOP (SARL)", "Valenciennes|59300", "70.22Z", "", 1, 1997,
     "Accompagne la création et la transmission d'entreprises en coopérative dans le Hainaut."},
    {"Épargne Solidaire du Cambrésis et de l'Avesnois", "", "Finance solidaire", "Association loi 1901", "Cambrai|59400", "64.99Z", "", 1, 2001,
     "Collecte une épargne solidaire auprès des habitants et finance des projets de l'ESS dans le Cambrésis et l'Avesnois."},
};
// clang-format on

/// Actors that stopped their activity: archived, figures up to that year.
struct Closure
{
    const char *name;
    int lastYear;
    const char *note;
};
const Closure closures[] = {
    {"Club Informatique Seniors de Fourmies", 2021, "Dissolution votée en assemblée générale en mars %1 ; les adhérents ont rejoint l'Université Populaire."},
};

const char *const streets[] = {
    "rue de la République", "rue Jean Jaurès", "rue Victor Hugo", "place du Général de Gaulle", "rue Gambetta",
    "rue Pasteur", "rue de la Gare", "rue des Écoles", "avenue de la Libération", "rue Roger Salengro",
    "rue du Maréchal Foch", "rue Léo Lagrange", "rue Henri Barbusse", "rue de l'Église", "Grand'Rue",
    "rue du Moulin", "chemin des Prés", "rue de Mons", "rue d'Avesnes", "rue de la Sambre",
    "boulevard de l'Europe", "rue des Tilleuls", "rue Pierre et Marie Curie", "avenue Jean Mermoz",
    "rue du 8 Mai 1945", "rue Louise Michel", "rue des Verriers", "rue du Bocage", "rue Émile Zola",
    "rue de la Fontaine", "place de l'Hôtel de Ville", "rue des Déportés", "rue Anatole France",
};
const char *const complements[] = {
    "Maison des associations", "Bâtiment B", "Espace Jean Moulin", "Pôle ESS", "1er étage", "Cour de la ferme",
};

struct Person
{
    const char *firstName;
    bool woman;
};
const Person firstNames[] = {
    {"Marie", true}, {"Nathalie", true}, {"Isabelle", true}, {"Sylvie", true}, {"Catherine", true},
    {"Sandrine", true}, {"Véronique", true}, {"Céline", true}, {"Aurélie", true}, {"Émilie", true},
    {"Julie", true}, {"Camille", true}, {"Laëtitia", true}, {"Hélène", true}, {"Béatrice", true},
    {"Françoise", true}, {"Mélanie", true}, {"Chloé", true}, {"Anne-Sophie", true}, {"Josiane", true},
    {"Jean", false}, {"Philippe", false}, {"Michel", false}, {"Alain", false}, {"Patrick", false},
    {"Christophe", false}, {"Stéphane", false}, {"Frédéric", false}, {"Laurent", false}, {"Sébastien", false},
    {"Thierry", false}, {"Jérôme", false}, {"Mickaël", false}, {"Julien", false}, {"Guillaume", false},
    {"Jean-Marc", false}, {"Bernard", false}, {"Rémi", false}, {"Hervé", false}, {"Kévin", false},
};
const char *const lastNames[] = {
    "Lefebvre", "Leroy", "Delattre", "Dufour", "Lemaire", "Carpentier", "Deprez", "Wattiez", "Vandenbussche",
    "Delcourt", "Bauduin", "Descamps", "Lecomte", "Roussel", "Mortier", "Brasseur", "Delhaye", "Hennebert",
    "Caudron", "Leclercq", "Duhamel", "Pruvost", "Jacquart", "Debève", "Mahieu", "Cuvelier", "Tison",
    "Flament", "Lemoine", "Fontaine", "Boulanger", "Delval", "Meunier", "Vasseur", "Dehon", "Lussiez",
    "Plateau", "Gosselin", "Wiart", "Degand", "Bécourt", "Noiret", "Lenglet", "Druon", "Hanot",
};
/// Where a consent was given; an event gives its own date.
struct ConsentSource
{
    const char *source;
    int year, month, day; ///< 0 when the date is drawn
};
const ConsentSource consentSources[] = {
    {"formulaire papier", 0, 0, 0}, {"courriel", 0, 0, 0}, {"Forum de l'ESS 2012", 2012, 10, 12},
    {"formulaire en ligne", 0, 0, 0}, {"téléphone", 0, 0, 0}, {"Rendez-vous de l'ESS", 0, 0, 0},
    {"Mois de l'ESS 2019", 2019, 11, 21}, {"Forum de l'ESS 2022", 2022, 10, 14},
};
const char *const generalCompetencies[] = {
    "comptabilité", "communication", "accueil de publics", "animation", "gestion de projet", "montage de dossiers",
    "recherche de financements", "gestion des bénévoles", "formation", "informatique", "graphisme",
    "logistique", "ressources humaines", "médiation", "événementiel", "prêt de salle",
};
const char *const notes[] = {
    "Adhérent du conseil depuis 2013.", "A participé au Mois de l'ESS 2022.", "Relancer pour la mise à jour des chiffres.",
    "Intéressé par la mutualisation d'un poste de comptable.", "Rencontré au Forum de l'ESS 2019.",
    "Présente aux Rendez-vous de l'ESS de façon régulière.", "Souhaite figurer dans la prochaine plaquette.",
};

QStringList sectorCompetencies(const QString &sector)
{
    auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    };
    if (sector.contains(QLatin1String("sociale")) || sector.contains(QLatin1String("enfance")) || sector.contains(QLatin1String("Handicap")))
        return list({"accompagnement social", "aide alimentaire", "soutien à la parentalité", "écoute", "accès aux droits"});
    if (sector.contains(QLatin1String("personne")))
        return list({"aide à domicile", "portage de repas", "entretien du logement", "garde d'enfants"});
    if (sector.contains(QLatin1String("insertion")) || sector.contains(QLatin1String("ETTI")))
        return list({"accompagnement socioprofessionnel", "encadrement technique", "espaces verts", "second œuvre", "mise à disposition de personnel"});
    if (sector.contains(QLatin1String("Culture")) || sector.contains(QLatin1String("Spectacle")) || sector.contains(QLatin1String("Patrimoine")))
        return list({"spectacle vivant", "médiation culturelle", "sonorisation", "édition", "visites guidées"});
    if (sector == QLatin1String("Sport"))
        return list({"encadrement sportif", "sport santé", "organisation de compétitions", "prêt de matériel"});
    if (sector.contains(QStringLiteral("Éducation")))
        return list({"accueil de loisirs", "animation jeunesse", "accompagnement scolaire", "séjours", "jeux"});
    if (sector.contains(QLatin1String("Environnement")) || sector.contains(QStringLiteral("réemploi")) || sector.contains(QStringLiteral("Énergie")))
        return list({"réemploi", "collecte", "réparation", "compostage", "sensibilisation à l'environnement", "rénovation énergétique"});
    if (sector.contains(QLatin1String("Agriculture")))
        return list({"maraîchage", "circuits courts", "transformation alimentaire", "prêt de matériel agricole", "vente directe"});
    if (sector == QLatin1String("Formation"))
        return list({"formation", "remise à niveau", "accompagnement à la création", "conseil", "bilan de compétences"});
    if (sector == QStringLiteral("Santé"))
        return list({"prévention santé", "complémentaire santé", "soins", "accompagnement des aidants"});
    if (sector.contains(QLatin1String("Finance")))
        return list({"microcrédit", "épargne solidaire", "prêts d'honneur", "conseil financier", "assurance"});
    if (sector == QLatin1String("Habitat"))
        return list({"logement", "auto-réhabilitation", "gestion locative", "menuiserie", "accompagnement des locataires"});
    return {};
}

QStringList sectorNetworks(const QString &sector, const QString &status, const QString &family)
{
    QStringList out;
    auto add = [&out](const char *n) { out << QString::fromUtf8(n); };
    if (status.startsWith(QLatin1String("SCOP")) || status.startsWith(QLatin1String("SCIC")) || status == QLatin1String("CAE"))
        add("URSCOP Hauts-de-France");
    if (status == QLatin1String("CUMA"))
        add("Fédération des CUMA du Nord");
    if (family == QLatin1String("mutuelle"))
        add("Mutualité Française Hauts-de-France");
    if (family == QLatin1String("association"))
        add("Le Mouvement associatif Hauts-de-France");
    if (sector.contains(QLatin1String("insertion")) || sector.contains(QLatin1String("ETTI")))
        add("Chantier école");
    if (sector.contains(QStringLiteral("réemploi")))
        add("Réseau des ressourceries");
    if (sector.contains(QStringLiteral("Énergie")))
        add("Énergie partagée");
    if (sector.contains(QStringLiteral("Éducation")))
        add("Ligue de l'enseignement du Nord");
    if (sector.contains(QLatin1String("Finance")))
        add("Finansol");
    if (sector.contains(QLatin1String("Agriculture")) && family == QLatin1String("association"))
        add("Réseau des AMAP Hauts-de-France");
    return out;
}

/// The check digit that makes @p prefix + digit pass the Luhn test.
QChar luhnDigit(const QString &prefix)
{
    for (int d = 0; d <= 9; ++d) {
        const QString candidate = prefix + QChar(u'0' + d);
        if (ActorValidator::luhn(candidate))
            return QChar(u'0' + d);
    }
    return QChar(u'0');
}

class Draw
{
public:
    explicit Draw(quint32 seed)
        : m_gen(seed)
    {
    }
    int between(int low, int high) { return low + int(m_gen.bounded(quint32(high - low + 1))); }
    double real(double low, double high) { return low + m_gen.generateDouble() * (high - low); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[m_gen.bounded(quint32(N))]; }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QChar(u'0' + between(0, 9));
        return out;
    }
    QDate day(const QDate &from, const QDate &to) { return from.addDays(between(0, int(from.daysTo(to)))); }
    QDate date(int fromYear, int toYear)
    {
        const QDate from(fromYear, 1, 1);
        const int days = int(from.daysTo(QDate(toYear, 12, 31)));
        return from.addDays(between(0, days));
    }
    QString phone()
    {
        QString out = QStringLiteral("03 27");
        for (int i = 0; i < 3; ++i)
            out += QLatin1Char(' ') + digits(2);
        return out;
    }

private:
    QRandomGenerator m_gen;
};

QString slug(const QString &text, int maxWords)
{
    static const QStringList skipped = {QStringLiteral("de"), QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("les"),
                                        QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("l"), QStringLiteral("d"),
                                        QStringLiteral("et"), QStringLiteral("pour"), QStringLiteral("en")};
    QStringList words;
    for (const QString &w : TextKey::normalizedName(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!skipped.contains(w))
            words << w;
        if (words.size() == maxWords)
            break;
    }
    return words.join(QLatin1Char('-'));
}

QList<YearFigures> drawFigures(Draw &draw, const Template &t, const QString &family, const QString &status, int firstYear, int lastYear,
                               bool headcountKnown, int latestYear)
{
    const QString sector = QString::fromUtf8(t.sector);
    const bool association = family == QLatin1String("association");
    const bool covidHit = sector == QLatin1String("Sport") || sector.contains(QLatin1String("Culture"))
        || sector.contains(QLatin1String("Spectacle")) || sector.contains(QLatin1String("Patrimoine"))
        || sector.contains(QStringLiteral("Éducation"));

    double headcount = 0;
    switch (t.size) {
    case 1: headcount = draw.between(1, 5); break;
    case 2: headcount = draw.between(6, 25); break;
    case 3: headcount = draw.between(26, 110); break;
    default: break;
    }
    const double fteRatio = draw.real(0.55, 0.9);
    const double costPerHead = draw.real(32000, 47000);
    double volunteers = association ? (t.size == 0 ? draw.between(6, 60) : draw.between(3, 35)) : 0;
    double members = 0;
    if (association)
        members = sector == QLatin1String("Sport") ? draw.between(80, 380) : draw.between(15, 260);
    else if (family == QLatin1String("mutuelle"))
        members = draw.between(3000, 18000);
    else if (status == QStringLiteral("Banque coopérative"))
        members = draw.between(6000, 15000);
    else if (status == QLatin1String("CUMA"))
        members = draw.between(20, 60);
    else if (status == QStringLiteral("Coopérative agricole"))
        members = draw.between(80, 150);
    else if (status == QStringLiteral("Coopérative de consommateurs") || status == QStringLiteral("Coopérative HLM"))
        members = draw.between(200, 900);
    else if (status.startsWith(QLatin1String("SCOP")) || status == QLatin1String("CAE"))
        members = std::max(2.0, headcount * draw.real(0.5, 1.0) + draw.between(0, 3)); // the workers are the members
    else if (family == QLatin1String("cooperative"))
        members = draw.between(20, 300);
    const double operating = t.size == 0 ? draw.real(1500, 35000) : draw.real(8000, 150000);
    const double trend = draw.real(-0.03, 0.06);
    const bool skipsLatest = lastYear == latestYear && draw.chance(0.08);

    QList<YearFigures> figures;
    double growth = 1.0;
    for (int year = firstYear; year <= lastYear; ++year) {
        if (year == latestYear && skipsLatest)
            break; // not declared yet
        if (year > firstYear)
            growth *= 1.0 + trend + draw.real(-0.05, 0.05);
        const double covid = covidHit && year == 2020 ? 0.75 : (covidHit && year == 2021 ? 0.9 : 1.0);
        YearFigures f;
        f.year = year;
        if (t.size > 0) {
            const int h = std::max(1, int(std::lround(headcount * growth)));
            f.headcount = h;
            double fte = std::round(h * std::min(0.95, fteRatio + draw.real(-0.04, 0.04)) * 10.0) / 10.0;
            if (fte >= h)
                fte = h - 0.2;
            f.fte = std::max(0.3, fte);
            f.budgetCents = qint64(std::llround((h * costPerHead + operating) * growth * covid)) * 100;
        } else {
            if (headcountKnown) {
                f.headcount = 0;
                f.fte = 0.0;
            }
            f.budgetCents = qint64(std::llround(operating * growth * covid)) * 100;
        }
        if (volunteers > 0 && !draw.chance(0.04))
            f.volunteers = std::max(1, int(std::lround(volunteers * (0.9 + 0.1 * growth) * covid + draw.between(-2, 2))));
        if (members > 0 && !draw.chance(0.04))
            f.members = std::max(2, int(std::lround(members * growth * (covid < 1 ? 0.92 : 1.0))));
        figures << f;
    }
    return figures;
}

/// The name, status, family and legal category a template gives (no draw).
void setIdentity(Actor &a, const Template &t)
{
    a.name = QString::fromUtf8(t.name);
    a.acronym = QString::fromUtf8(t.acronym);
    a.description = QString::fromUtf8(t.description);
    a.naf = QString::fromUtf8(t.naf);
    a.iaeAgreement = QString::fromUtf8(t.iae);

    const QString statusName = QString::fromUtf8(t.status);
    const LegalStatus status = LegalStatus::find(statusName);
    if (!status.name.isEmpty()) {
        a.legalStatus = status.name;
        a.family = status.family;
        a.legalCategory = status.legalCategory;
    } else {
        // Outside the ESS: an ordinary company, categories of the INSEE list.
        a.legalStatus = statusName;
        a.family = QStringLiteral("hors_champ");
        a.legalCategory = statusName == QLatin1String("SAS") ? QStringLiteral("5710") : QStringLiteral("5499");
    }
}

/// A commune of the EPCI named by @p epciWord (any when none matches). Big
/// towns weigh more: the weight grows with the population, less than linearly.
const Commune &pickCommune(Draw &draw, const QList<Commune> &communes, const QString &epciWord)
{
    QList<int> candidates;
    for (int i = 0; i < communes.size(); ++i) {
        if (epciWord.isEmpty() || communes.at(i).epciName.contains(epciWord, Qt::CaseInsensitive))
            candidates << i;
    }
    if (candidates.isEmpty()) {
        for (int i = 0; i < communes.size(); ++i)
            candidates << i;
    }
    double total = 0;
    for (int i : candidates)
        total += std::pow(std::max(communes.at(i).population, 50), 0.85);
    double at = draw.real(0, total);
    for (int i : candidates) {
        at -= std::pow(std::max(communes.at(i).population, 50), 0.85);
        if (at <= 0)
            return communes.at(i);
    }
    return communes.at(candidates.last());
}

/// The commune and address of an actor: "name|postcode" as written, a
/// commune by name, or one drawn in the EPCI an "@word" names. Returns the
/// commune's postcodes, which validation checks the postcode against.
QStringList drawPlace(Draw &draw, Actor &a, const QString &place, const QList<Commune> &communes,
                      const QHash<QString, int> &communeByName)
{
    static const QHash<QString, QString> epciWords = {
        {QStringLiteral("@agglo"), QStringLiteral("Maubeuge")},
        {QStringLiteral("@mormal"), QStringLiteral("Mormal")},
        {QStringLiteral("@coeur"), QStringLiteral("Coeur")},
        {QStringLiteral("@sud"), QStringLiteral("Sud Avesnois")},
    };
    QStringList communePostcodes;
    if (place.contains(QLatin1Char('|'))) {
        a.communeName = place.section(QLatin1Char('|'), 0, 0);
        a.postcode = place.section(QLatin1Char('|'), 1, 1);
    } else {
        const Commune *c = nullptr;
        if (!place.isEmpty() && !place.startsWith(QLatin1Char('@')) && communeByName.contains(TextKey::fold(place)))
            c = &communes.at(communeByName.value(TextKey::fold(place)));
        if (!c)
            c = &pickCommune(draw, communes, epciWords.value(place));
        a.communeInsee = c->insee;
        a.communeName = c->name;
        a.postcode = c->postcodes.value(0);
        communePostcodes = c->postcodes;
    }
    a.address = QStringLiteral("%1 %2").arg(draw.between(1, 180)).arg(QString::fromUtf8(draw.pick(streets)));
    if (draw.chance(0.12))
        a.address = QString::fromUtf8(draw.pick(complements)) + QStringLiteral(", ") + a.address;
    return communePostcodes;
}

void drawDatesAndFlags(Draw &draw, Actor &a, const Template &t, int shift)
{
    a.creationYear = (t.created > 0 ? t.created : draw.between(1950, 2014)) + shift;
    a.employer = t.size > 0;
    a.acceptsInterns = draw.chance(a.employer ? 0.45 : 0.1);
    if (draw.chance(0.35))
        a.charterSignedOn = draw.date(std::max(2011 + shift, a.creationYear + 1), 2023 + shift);
    const bool insertion = !a.iaeAgreement.isEmpty();
    const bool esusLikely = insertion || a.family == QLatin1String("societe_commerciale")
        || a.legalStatus.startsWith(QLatin1String("SCIC")) || a.legalStatus == QLatin1String("CAE");
    if (a.family != QLatin1String("hors_champ") && draw.chance(esusLikely ? 0.85 : 0.05)) {
        a.esusAgreement = true;
        a.esusAgreedOn = draw.date(std::max(2015 + shift, a.creationYear + 1), 2023 + shift);
    }
    a.publicationConsent = draw.chance(0.9);
    // Entered in the directory up to yesterday: the Lettre of this year has new actors.
    a.createdAt = QDateTime(draw.day(QDate(2012 + shift, 1, 1), DemoCalendar::today().addDays(-1)),
                            QTime(draw.between(8, 18), draw.between(0, 59)), Qt::UTC);
    if (draw.chance(0.2))
        a.notes = QString::fromUtf8(draw.pick(notes));
}

/// SIREN, SIRET and RNA numbers with valid check digits, never reused.
void drawNumbers(Draw &draw, Actor &a, QStringList &usedSirens)
{
    const bool association = a.family == QLatin1String("association");
    const bool hasSiren = a.employer || !association || draw.chance(0.5);
    if (hasSiren) {
        QString siren;
        do {
            const QString prefix = QChar(u'0' + draw.between(3, 8)) + draw.digits(7);
            siren = prefix + luhnDigit(prefix);
        } while (usedSirens.contains(siren) || siren.startsWith(QLatin1String("356000000")));
        usedSirens << siren;
        a.siren = siren;
        const QString nic = QStringLiteral("000") + QChar(u'0' + draw.between(1, 4));
        a.siret = siren + nic + luhnDigit(siren + nic);
    }
    if (association && draw.chance(0.88))
        a.rna = QStringLiteral("W59") + draw.digits(7);
}

void drawMeansOfContact(Draw &draw, Actor &a)
{
    const QString handle = a.acronym.isEmpty() ? slug(a.name, 3) : slug(a.acronym, 1) + QLatin1Char('-') + slug(a.communeName, 1);
    if (draw.chance(0.9))
        a.phone = draw.phone();
    if (draw.chance(0.85))
        a.email = handle + (draw.chance(0.5) ? QStringLiteral("@example.org") : QStringLiteral("@example.fr"));
    if (draw.chance(0.6))
        a.website = QStringLiteral("https://www.example.org/") + handle;
}

/// Competencies of the sector and general ones; networks of the ESS.
void drawTags(Draw &draw, Actor &a, const QString &sectorName)
{
    QStringList pool = sectorCompetencies(sectorName);
    const int specific = std::min(int(pool.size()), draw.between(1, 3));
    for (int i = 0; i < specific; ++i) {
        const QString tag = pool.takeAt(draw.between(0, int(pool.size()) - 1));
        a.competencies << tag;
    }
    const int general = draw.between(0, 2);
    for (int i = 0; i < general; ++i) {
        const QString tag = QString::fromUtf8(draw.pick(generalCompetencies));
        if (!a.competencies.contains(tag))
            a.competencies << tag;
    }
    if (a.family != QLatin1String("hors_champ")) {
        if (draw.chance(0.45))
            a.networks << QStringLiteral("CRESS Hauts-de-France");
        if (draw.chance(0.3))
            a.networks << QStringLiteral("APES");
        for (const QString &n : sectorNetworks(sectorName, a.legalStatus, a.family)) {
            if (draw.chance(0.7))
                a.networks << n;
        }
        if (draw.chance(a.employer ? 0.2 : 0.05))
            a.networks << QStringLiteral("France Active");
    }
}

/// The title of the head of the structure, by its legal form.
QString headRole(const Actor &a, bool woman)
{
    const bool w = woman;
    if (a.family == QLatin1String("association") || a.legalStatus == QLatin1String("CUMA"))
        return w ? QStringLiteral("Présidente") : QStringLiteral("Président");
    if (a.family == QLatin1String("fondation"))
        return w ? QStringLiteral("Déléguée générale") : QStringLiteral("Délégué général");
    if (a.family == QLatin1String("mutuelle") || a.legalStatus.startsWith(QStringLiteral("Coopérative "))
        || a.legalStatus == QStringLiteral("Banque coopérative"))
        return w ? QStringLiteral("Directrice") : QStringLiteral("Directeur");
    if (a.legalStatus.contains(QLatin1String("SA")) && !a.legalStatus.contains(QLatin1String("SARL")))
        return w ? QStringLiteral("Directrice générale") : QStringLiteral("Directeur général");
    return w ? QStringLiteral("Gérante") : QStringLiteral("Gérant");
}

/// Contact number @p i of an actor: the head first, then one or two people
/// of the team, each with a name not yet used in it.
Contact drawContact(Draw &draw, const Actor &a, int i, QStringList &usedNames, int shift)
{
    const bool association = a.family == QLatin1String("association");
    const bool insertion = !a.iaeAgreement.isEmpty();
    Contact c;
    Person person;
    QString lastName;
    do {
        person = draw.pick(firstNames);
        lastName = QString::fromUtf8(draw.pick(lastNames));
    } while (usedNames.contains(lastName));
    usedNames << lastName;
    c.firstName = QString::fromUtf8(person.firstName);
    c.lastName = lastName;
    const bool w = person.woman;
    if (i == 0) {
        c.role = headRole(a, w);
    } else if (i == 1 && association && a.employer) {
        c.role = w ? QStringLiteral("Directrice") : QStringLiteral("Directeur");
    } else if (insertion && draw.chance(0.5)) {
        c.role = w ? QStringLiteral("Chargée d'accompagnement socioprofessionnel") : QStringLiteral("Encadrant technique");
    } else {
        static const char *const associationRoles[][2] = {
            {"Chargé de mission", "Chargée de mission"}, {"Coordinateur", "Coordinatrice"},
            {"Trésorier", "Trésorière"}, {"Secrétaire", "Secrétaire"},
            {"Responsable administratif", "Responsable administrative"}, {"Animateur", "Animatrice"},
        };
        static const char *const companyRoles[][2] = {
            {"Chargé de mission", "Chargée de mission"}, {"Coordinateur", "Coordinatrice"},
            {"Responsable administratif", "Responsable administrative"},
            {"Responsable commercial", "Responsable commerciale"}, {"Chef d'équipe", "Cheffe d'équipe"},
        };
        const auto &role = association ? draw.pick(associationRoles) : draw.pick(companyRoles);
        c.role = QString::fromUtf8(role[w ? 1 : 0]);
    }
    const QString first = TextKey::normalizedName(c.firstName).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString last = TextKey::normalizedName(c.lastName).replace(QLatin1Char(' '), QLatin1Char('-'));
    if (draw.chance(0.9))
        c.email = first + QLatin1Char('.') + last + (draw.chance(0.6) ? QStringLiteral("@example.org") : QStringLiteral("@example.fr"));
    if (i == 0 || draw.chance(0.6))
        c.phone = draw.phone();
    auto consent = [&draw, shift](QDate *on, QString *source) {
        const ConsentSource &s = draw.pick(consentSources);
        *source = QString::fromUtf8(s.source);
        *on = s.year > 0 ? QDate(s.year, s.month, s.day) : draw.date(2012 + shift, 2024 + shift);
    };
    if (draw.chance(0.8)) {
        c.consentGuide = true;
        consent(&c.consentGuideOn, &c.consentGuideSource);
    }
    if (!c.email.isEmpty() && draw.chance(0.65)) {
        c.consentNewsletter = true;
        consent(&c.consentNewsletterOn, &c.consentNewsletterSource);
    }
    return c;
}

/// Ten years of figures (fewer for the young and the closed).
void drawYearFigures(Draw &draw, Actor &a, const Template &t, int shift)
{
    int lastYear = DemoCalendar::lastFigureYear();
    for (const Closure &closure : closures) {
        if (a.name == QString::fromUtf8(closure.name)) {
            lastYear = closure.lastYear + shift;
            a.archived = true;
            a.notes = QString::fromUtf8(closure.note).arg(lastYear + 1);
        }
    }
    const bool headcountKnown = a.employer || draw.chance(0.75);
    a.figures = drawFigures(draw, t, a.family, a.legalStatus, std::max(DemoCalendar::firstFigureYear(), a.creationYear), lastYear,
                            headcountKnown, DemoCalendar::lastFigureYear());
}

} // namespace

DemoDataBuilder::DemoDataBuilder(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QList<TerritorySpec> DemoDataBuilder::sambreAvesnois()
{
    QList<TerritorySpec> specs;
    // CA Maubeuge Val de Sambre, CC du Pays de Mormal, CC Cœur de l'Avesnois, CC du Sud Avesnois
    for (const char *siren : {"200043263", "200043321", "200043396", "200043404"})
        specs << TerritorySpec{TerritorySpec::Kind::Epci, QString::fromLatin1(siren)};
    return specs;
}

bool DemoDataBuilder::build()
{
    m_count = 0;
    m_error.clear();
    ActorStore store(m_connectionName);
    const QString file = QSqlDatabase::database(m_connectionName, false).databaseName();
    const int existing = store.count(true);
    if (existing > 0) {
        m_error = tr("The database “%1” already holds %n actor(s): the demo data goes into a new, empty database. Give another file name with --db.",
                     nullptr, existing)
                      .arg(file);
        return false;
    }
    if (!setTerritory())
        return false;
    QList<Actor> actors;
    if (!drawActors(file, &actors))
        return false;
    if (!store.saveAll(actors)) {
        m_error = tr("The demo actors could not be written to “%1”: %2").arg(file, store.errorString());
        return false;
    }
    m_count = int(actors.size());
    return buildOtherParts(file);
}

bool DemoDataBuilder::setTerritory()
{
    TerritoryStore territory(m_connectionName);
    const QList<TerritorySpec> sambre = DemoDataBuilder::sambreAvesnois();
    if (territory.specs() != sambre && !territory.setSpecs(sambre)) {
        m_error = territory.errorString();
        return false;
    }
    return true;
}

bool DemoDataBuilder::drawActors(const QString &file, QList<Actor> *actors)
{
    // Reference data: sectors by folded name, communes by name and by EPCI.
    const QList<Sector> sectors = SectorStore(m_connectionName).all();
    QHash<QString, qint64> sectorByName;
    for (const Sector &s : sectors)
        sectorByName.insert(TextKey::fold(s.name), s.id);
    const QList<Commune> communes = ReferenceStore(m_connectionName).communes();
    if (communes.isEmpty()) {
        m_error = tr("The database “%1” has no reference communes, so the demo actors cannot be placed. Create a new database with --db.").arg(file);
        return false;
    }
    QHash<QString, int> communeByName;
    for (int i = 0; i < communes.size(); ++i)
        communeByName.insert(TextKey::fold(communes.at(i).name), i);

    // Every draw below comes in a fixed order: changing it changes the demo.
    Draw draw(20120601); // the first Rendez-vous de l'ESS: any fixed seed will do
    // The demo's years follow today's: figures up to last year.
    const int shift = DemoCalendar::yearShift();
    QStringList usedSirens;
    for (const Template &t : templates) {
        Actor a;
        setIdentity(a, t);
        // Sector: by name, else none (a renamed list still gets its actors).
        const QString sectorName = QString::fromUtf8(t.sector);
        a.sectorId = sectorByName.value(TextKey::fold(sectorName), 0);
        const QStringList communePostcodes = drawPlace(draw, a, QString::fromUtf8(t.place), communes, communeByName);
        drawDatesAndFlags(draw, a, t, shift);
        drawNumbers(draw, a, usedSirens);
        drawMeansOfContact(draw, a);
        drawTags(draw, a, sectorName);
        const int contactCount = t.size >= 2 ? draw.between(2, 3) : draw.between(1, 2);
        QStringList usedNames;
        for (int i = 0; i < contactCount; ++i)
            a.contacts << drawContact(draw, a, i, usedNames, shift);
        drawYearFigures(draw, a, t, shift);

        const QList<ValidationIssue> issues = ActorValidator::validate(a, communePostcodes);
        if (!issues.isEmpty()) {
            m_error = tr("The demo actor “%1” does not pass validation: %2").arg(a.name, issues.first().message);
            return false;
        }
        *actors << a;
    }
    return true;
}

bool DemoDataBuilder::buildOtherParts(const QString &file)
{
    DemoObservatoryBuilder observatory(m_connectionName);
    if (!observatory.build()) {
        m_error = tr("The demo observatory figures could not be written to “%1”: %2").arg(file, observatory.errorString());
        return false;
    }
    DemoPlanBuilder plans(m_connectionName);
    if (!plans.build()) {
        m_error = plans.errorString();
        return false;
    }
    DemoAgendaBuilder agenda(m_connectionName);
    if (!agenda.build()) {
        m_error = agenda.errorString();
        return false;
    }
    DemoPublicationsBuilder publications(m_connectionName);
    if (!publications.build()) {
        m_error = publications.errorString();
        return false;
    }
    DemoProjectsBuilder projects(m_connectionName);
    if (!projects.build()) {
        m_error = projects.errorString();
        return false;
    }
    return true;
}
