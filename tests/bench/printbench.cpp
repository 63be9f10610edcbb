#include "printbench.h"

#include "documentfactory.h"
#include "documentoutput.h"
#include "observatoryfilter.h"
#include "portraitdocument.h"
#include "publicationstore.h"
#include "guidedocument.h"
#include "letterdocument.h"
#include "printstyle.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const char *const words[] = {"Association", "Coopérative", "Atelier", "Jardins", "Solidarité", "Énergie", "Insertion",
                             "Culture", "Sport", "Santé", "Habitat", "Réemploi", "Théâtre", "Musique", "Entraide",
                             "du Bocage", "de la Sambre", "de l'Helpe", "de l'Avesnois", "de Mormal", "Citoyenne"};
const char *const sectors[] = {"Action sociale", "Culture", "Sport", "Environnement et recyclage", "Formation", "Santé",
                               "Habitat", "Finance solidaire", "Agriculture et circuits courts", "Services à la personne"};
const char *const communes[] = {"Maubeuge", "Hautmont", "Fourmies", "Avesnes-sur-Helpe", "Le Quesnoy", "Jeumont",
                                "Aulnoye-Aymeries", "Feignies", "Louvroil", "Landrecies", "Bavay", "Anor"};

QList<GuideEntry> entries(int count)
{
    QRandomGenerator gen(1000);
    auto pick = [&gen](const auto &list) { return QString::fromUtf8(list[gen.bounded(int(std::size(list)))]); };
    QList<GuideEntry> out;
    for (int i = 0; i < count; ++i) {
        GuideEntry e;
        e.id = i + 1;
        e.name = QStringLiteral("%1 %2 %3 %4").arg(pick(words), pick(words), pick(words)).arg(i + 1);
        e.status = QStringLiteral("Association loi 1901");
        e.sector = pick(sectors);
        e.commune = pick(communes);
        e.postcode = QStringLiteral("59600");
        e.address = QStringLiteral("%1 rue de la République").arg(i % 180 + 1);
        e.phone = QStringLiteral("03 27 00 00 00");
        e.email = QStringLiteral("contact%1@example.org").arg(i);
        e.website = QStringLiteral("https://www.example.org/structure-%1").arg(i);
        e.description = QStringLiteral("Accueil, accompagnement et animation pour les habitants du territoire : ateliers, "
                                       "permanences et rencontres, avec des bénévoles et des salariés.");
        e.competencies = {QStringLiteral("comptabilité"), QStringLiteral("animation"), QStringLiteral("prêt de salle")};
        e.acceptsInterns = i % 3 == 0;
        e.contacts << GuideContact{QStringLiteral("Marie Delattre"), QStringLiteral("Présidente"), QStringLiteral("marie@example.org"),
                                   QStringLiteral("03 27 11 22 33")};
        out << e;
    }
    return out;
}

} // namespace

void runPrintBench(const QString &connectionName, QTextStream &out)
{
    QTemporaryDir dir;
    const QList<GuideEntry> thousand = entries(1000);
    CouncilIdentity identity;
    identity.name = QStringLiteral("Conseil local de l'ESS Sambre-Avesnois");
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    {
        GuideDocument guide(thousand, GuideDocument::GroupBy::Sector, PrintStyle(identity));
        QString error;
        pages = DocumentOutput::writePdf(guide, PrintDocument::a4Portrait(), dir.filePath(QStringLiteral("guide.pdf")), &error);
    }
    const double guideMs = double(timer.nsecsElapsed()) / 1e6;
    out << "print.guide_1000_ms " << QString::number(guideMs, 'f', 0) << " ms" << Qt::endl;
    out << "print.guide_1000_pages " << pages << " pages" << Qt::endl;

    // One issue with every section: editorial, agenda, 20 new actors, key figures and chart, plan, article.
    LetterContent letter;
    letter.issue.number = 12;
    letter.issue.date = QDate(2026, 11, 6);
    letter.issue.title = QStringLiteral("Le Mois de l'ESS");
    letter.issue.editorialHtml = QStringLiteral("<p>%1</p>").arg(QStringLiteral("Un édito de quelques lignes, <b>avec du gras</b>. ").repeated(12));
    letter.issue.sections = LetterIssue::allSections();
    letter.issue.articleTitle = QStringLiteral("Mutualiser");
    letter.issue.articleHtml = letter.issue.editorialHtml;
    for (int i = 0; i < 8; ++i)
        letter.agenda << LetterAgendaItem{QDateTime(QDate(2026, 11, 6).addDays(7 * i), QTime(9, 0)), false, QStringLiteral("Rendez-vous de l'ESS"),
                                          QStringLiteral("Maison de l'ESS, Maubeuge"), QString()};
    letter.newActors = thousand.mid(0, 20);
    letter.figures.year = 2025;
    letter.figures.actors = 1000;
    letter.figures.actorsByFamily = {{QStringLiteral("Association"), 750}, {QStringLiteral("Coopérative"), 130}, {QStringLiteral("Mutuelle"), 40}};
    for (int i = 0; i < 10; ++i)
        letter.plan << PlanProgressRow{QStringLiteral("Objectif %1").arg(i / 3 + 1), QStringLiteral("Action %1").arg(i + 1), QStringLiteral("en cours"), 10 * i, i == 4};
    timer.restart();
    {
        LetterDocument document(letter, PrintStyle(identity));
        QString error;
        pages = DocumentOutput::writePdf(document, PrintDocument::a4Portrait(), dir.filePath(QStringLiteral("letter.pdf")), &error);
    }
    out << "print.letter_ms " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 0) << " ms" << Qt::endl;
    out << "print.letter_pages " << pages << " pages" << Qt::endl;

    // The portrait of the whole territory of the benchmark's directory:
    // the observatory's figures, six charts and the tables, to PDF.
    timer.restart();
    {
        PublicationStore publications(connectionName);
        QString error;
        std::unique_ptr<PortraitDocument> portrait = DocumentFactory(connectionName, &publications).portrait(ObservatoryFilter(), &error);
        pages = portrait ? DocumentOutput::writePdf(*portrait, PrintDocument::a4Portrait(), dir.filePath(QStringLiteral("portrait.pdf")), &error) : -1;
    }
    out << "print.portrait_ms " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 0) << " ms" << Qt::endl;
    out << "print.portrait_pages " << pages << " pages" << Qt::endl;
}
