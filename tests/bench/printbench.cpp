#include "printbench.h"

#include "models/observatory/observatoryfilter.h"
#include "models/stores/printsourcestore.h"
#include "models/stores/publicationstore.h"
#include "views/print/documentfactory.h"
#include "views/print/documentoutput.h"
#include "views/print/guidedocument.h"
#include "views/print/letterdocument.h"
#include "views/print/portraitdocument.h"
#include "views/print/printstyle.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

bool runPrintBench(const QString &connectionName, QTextStream &out, QTextStream &err)
{
    QTemporaryDir dir;
    CouncilIdentity identity;
    identity.name = QStringLiteral("Conseil local de l'ESS Sambre-Avesnois");
    QElapsedTimer timer;
    timer.start();
    // The guide of the first 1,000 actors of the directory (in the guide's
    // order), read from the database as the guide reads them.
    QList<GuideEntry> thousand = PrintSourceStore(connectionName).guideEntries();
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    if (thousand.size() < 1000) {
        err << "essaim-bench: the guide needs 1,000 actors with their consent; the directory has " << thousand.size() << "." << Qt::endl;
        return false;
    }
    thousand = thousand.mid(0, 1000);
    timer.restart();
    int pages = 0;
    QString error;
    {
        GuideDocument guide(thousand, GuideDocument::GroupBy::Sector, PrintStyle(identity));
        pages = DocumentOutput::writePdf(guide, PrintDocument::a4Portrait(), dir.filePath(QStringLiteral("guide.pdf")), &error);
    }
    const double guideMs = double(timer.nsecsElapsed()) / 1e6;
    if (pages <= 0) {
        err << "essaim-bench: the guide could not be printed: " << error << Qt::endl;
        return false;
    }
    out << "print.guide_1000_ms " << QString::number(guideMs, 'f', 0) << " ms" << Qt::endl;
    out << "print.guide_1000_ms.read_directory " << QString::number(readMs, 'f', 0) << " ms" << Qt::endl;
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
        pages = DocumentOutput::writePdf(document, PrintDocument::a4Portrait(), dir.filePath(QStringLiteral("letter.pdf")), &error);
    }
    if (pages <= 0) {
        err << "essaim-bench: the letter could not be printed: " << error << Qt::endl;
        return false;
    }
    out << "print.letter_ms " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 0) << " ms" << Qt::endl;
    out << "print.letter_pages " << pages << " pages" << Qt::endl;

    // The portrait of the whole territory of the benchmark's directory:
    // the observatory's figures, six charts and the tables, to PDF.
    timer.restart();
    {
        PublicationStore publications(connectionName);
        std::unique_ptr<PortraitDocument> portrait = DocumentFactory(connectionName, &publications).portrait(ObservatoryFilter(), &error);
        pages = portrait ? DocumentOutput::writePdf(*portrait, PrintDocument::a4Portrait(), dir.filePath(QStringLiteral("portrait.pdf")), &error) : -1;
    }
    if (pages <= 0) {
        err << "essaim-bench: the portrait could not be printed: " << error << Qt::endl;
        return false;
    }
    out << "print.portrait_ms " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 0) << " ms" << Qt::endl;
    out << "print.portrait_pages " << pages << " pages" << Qt::endl;
    return true;
}
