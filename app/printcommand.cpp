#include "printcommand.h"

#include "invocation.h"

#include "commandline.h"
#include "models/privacy/privacycheck.h"

#include "models/domain/clock.h"
#include "models/domain/clock.h"
#include "models/domain/event.h"
#include "models/domain/planvocabulary.h"
#include "models/observatory/observatoryengine.h"
#include "models/storage/database.h"
#include "models/stores/accompanimentreader.h"
#include "models/stores/planstore.h"
#include "models/stores/publicationstore.h"
#include "views/print/accompanimentreportdocument.h"
#include "views/print/attendancesheetdocument.h"
#include "views/print/bookletdocument.h"
#include "views/print/documentfactory.h"
#include "views/print/documentoutput.h"
#include "views/print/labelsheetdocument.h"
#include "views/print/letterbuilder.h"
#include "views/print/letterdocument.h"
#include "views/print/planreportdocument.h"
#include "views/print/plaquettedocument.h"
#include "views/print/portraitdocument.h"
#include "views/print/posterdocument.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QLocale>
#include <QPageSize>

namespace {
QString say(const QString &sentence)
{
    return CommandLine::failure(sentence);
}
} // namespace

QStringList PrintCommand::documents()
{
    return {QStringLiteral("letter"),   QStringLiteral("plaquette"),  QStringLiteral("guide"),  QStringLiteral("observatory"),
            QStringLiteral("plan"),     QStringLiteral("attendance"), QStringLiteral("poster"), QStringLiteral("labels"),
            QStringLiteral("accompaniment")};
}

QList<QCommandLineOption> PrintCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("issue"), tr("print letter: the issue number (the latest when omitted)."), tr("N")),
        QCommandLineOption(QStringLiteral("group-by"), tr("print guide: group the actors by sector or by commune."), tr("sector|commune")),
        QCommandLineOption(QStringLiteral("paper"), tr("print guide|letter: paper size, a4 or a5."), tr("a4|a5")),
        QCommandLineOption(QStringLiteral("booklet"),
                           tr("print guide: an A5 booklet, two pages on each side of an A4 landscape sheet; print on both sides "
                              "(flip on the short edge) and fold. The pages are A5: --paper may only be a5.")),
        QCommandLineOption(QStringLiteral("sheet"),
                           tr("print labels: the label sheet, 3x7 (63.5 × 38.1 mm), 2x7 (99.1 × 38.1 mm), 3x8 (70 × 37 mm), "
                              "2x8 (105 × 37 mm) or 70x42 (3 × 7 of 70 × 42.3 mm)."),
                           tr("3x7|2x7|3x8|2x8|70x42")),
        QCommandLineOption(QStringLiteral("start"), tr("print labels: the first free label on the sheet, from 1."), tr("N")),
        QCommandLineOption(QStringLiteral("audience"), tr("print labels: actors (who accept publication) or newsletter (contacts who accept the Lettre)."),
                           tr("actors|newsletter")),
        QCommandLineOption(QStringLiteral("html"), tr("print letter: also write the self-contained HTML for e-mailing."), tr("FILE")),
        QCommandLineOption(QStringLiteral("event"), tr("print attendance|poster: the event's identifier (UID, as in “essaim agenda”)."), tr("UID")),
        QCommandLineOption(QStringLiteral("date"), tr("print attendance|poster: the day of the occurrence (default: the next one)."), tr("DATE")),
    };
}

QString PrintCommand::help() const
{
    // The documents after the colon: a word of sixty letters would be cut anywhere by the help's wrapping.
    return tr("print DOCUMENT [options] -o FILE.pdf: print a document to PDF; DOCUMENT is letter, plaquette, guide, observatory, plan, "
              "attendance, poster, labels or accompaniment");
}

int PrintCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    const QStringList words = invocation.words();
    const QCommandLineParser &parser = invocation.parser();
    const QString what = words.value(1);
    if (!documents().contains(what)) {
        err << say(tr("print what? Write “essaim --db FILE print letter|plaquette|guide|observatory|plan|attendance|poster|labels|accompaniment -o FILE.pdf”."))
            << Qt::endl;
        return 2;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        err << say(tr("print needs a PDF file to write: add -o FILE.pdf.")) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("issue"))) {
        bool ok = false;
        if (parser.value(QStringLiteral("issue")).toInt(&ok) <= 0 || !ok) {
            err << say(tr("the issue “%1” is not a number; write for example --issue 12.").arg(parser.value(QStringLiteral("issue")))) << Qt::endl;
            return 2;
        }
    }
    const QString groupBy = parser.value(QStringLiteral("group-by"));
    if (!groupBy.isEmpty() && groupBy != QLatin1String("sector") && groupBy != QLatin1String("commune")) {
        err << say(tr("the guide is grouped by sector or by commune, not by “%1”.").arg(groupBy)) << Qt::endl;
        return 2;
    }
    const QString paper = parser.value(QStringLiteral("paper"));
    if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("a5")) {
        err << say(tr("the paper “%1” is not known; use a4 or a5.").arg(paper)) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("booklet"))) {
        if (what != QLatin1String("guide")) {
            err << say(tr("only the guide is printed as a booklet: “print %1” takes no --booklet.").arg(what)) << Qt::endl;
            return 2;
        }
        if (paper == QLatin1String("a4")) {
            err << say(tr("a booklet has A5 pages, two on each A4 sheet: leave out --paper a4.")) << Qt::endl;
            return 2;
        }
    }
    const QString sheet = parser.value(QStringLiteral("sheet"));
    if (!sheet.isEmpty() && !LabelSheet::named(sheet)) {
        err << say(tr("the label sheet “%1” is not known; use 3x7, 2x7, 3x8, 2x8 or 70x42.").arg(sheet)) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("start"))) {
        const int perSheet = LabelSheet::named(sheet.isEmpty() ? QStringLiteral("3x7") : sheet)->perSheet();
        bool ok = false;
        const int start = parser.value(QStringLiteral("start")).toInt(&ok);
        if (!ok || start < 1 || start > perSheet) {
            err << say(tr("the first label must be between 1 and %1 on this sheet, not “%2”.").arg(perSheet).arg(parser.value(QStringLiteral("start"))))
                << Qt::endl;
            return 2;
        }
    }
    const QString audience = parser.value(QStringLiteral("audience"));
    if (!audience.isEmpty() && audience != QLatin1String("actors") && audience != QLatin1String("newsletter")) {
        err << say(tr("labels are printed for actors or newsletter, not for “%1”.").arg(audience)) << Qt::endl;
        return 2;
    }
    if (what == QLatin1String("observatory")) {
        if (const int status = StatsCommand::checkFilter(filterOptions(parser), err))
            return status;
    }
    for (const char *name : {"from", "to", "date"}) {
        const QString value = parser.value(QString::fromLatin1(name));
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid()) {
            err << say(tr("the date “%1” cannot be read; write it as 2026-03-31.").arg(value)) << Qt::endl;
            return 2;
        }
    }
    if ((what == QLatin1String("attendance") || what == QLatin1String("poster")) && parser.value(QStringLiteral("event")).isEmpty()) {
        err << say(tr("which event? Add --event UID; “essaim --db FILE agenda --from DATE --to DATE” lists them with their UID.")) << Qt::endl;
        return 2;
    }
    return 0;
}

StatsCommand::Options PrintCommand::filterOptions(const QCommandLineParser &parser)
{
    return {parser.value(QStringLiteral("year")), parser.value(QStringLiteral("territory")), parser.value(QStringLiteral("family")),
            parser.value(QStringLiteral("sector")), QString()};
}

int PrintCommand::planReport(Database &db, const DocumentFactory &factory, const QCommandLineParser &parser,
                             std::unique_ptr<PrintDocument> *document, QString *error)
{
    const PlanStore plans(db.connectionName());
    std::optional<Plan> plan;
    const QString name = parser.value(QStringLiteral("plan"));
    if (!name.isEmpty()) {
        plan = plans.planByName(name);
        if (!plan) {
            QStringList names;
            for (const Plan &p : plans.plans())
                names << QStringLiteral("“%1”").arg(p.name);
            *error = names.isEmpty() ? tr("there is no plan “%1”: the database holds no plan of action yet.").arg(name)
                                     : tr("there is no plan “%1”; the plans are %2.").arg(name, QLocale().createSeparatedList(names));
            return 1;
        }
    } else {
        const QList<Plan> all = plans.plans();
        if (all.isEmpty()) {
            *error = tr("the database holds no plan of action yet: import one with “essaim import plan”.");
            return 1;
        }
        plan = *std::max_element(all.cbegin(), all.cend(), [](const Plan &a, const Plan &b) { return a.periodEnd < b.periodEnd; });
    }
    // By default the plan's whole period up to today.
    QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    if (!from.isValid())
        from = PlanVocabulary::firstDay(plan->periodStart).isValid() ? PlanVocabulary::firstDay(plan->periodStart) : QDate(Clock::today().year(), 1, 1);
    QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!to.isValid()) {
        const QDate end = PlanVocabulary::lastDay(plan->periodEnd);
        to = end.isValid() && end < Clock::today() ? end : Clock::today();
    }
    *document = factory.planReport(plan->id, from, to, error);
    return *document ? 0 : 1;
}

std::unique_ptr<PrintDocument> PrintCommand::accompanimentReport(Database &db, const DocumentFactory &factory,
                                                                 const QCommandLineParser &parser, QString *error)
{
    // By default the year so far.
    const QDate today = Clock::today();
    const QDate from = parser.isSet(QStringLiteral("from")) ? QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate)
                                                            : QDate(today.year(), 1, 1);
    const QDate to = parser.isSet(QStringLiteral("to")) ? QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate) : today;
    if (to < from) {
        *error = tr("the period ends on %1, before it starts on %2.").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate));
        return nullptr;
    }
    return std::make_unique<AccompanimentReportDocument>(AccompanimentReader(db.connectionName()).report(from, to), factory.style());
}

bool PrintCommand::letterDocument(Database &db, const DocumentFactory &factory, const PublicationStore &publications,
                                  const QCommandLineParser &parser, LetterContent *letter,
                                  std::unique_ptr<PrintDocument> *document, QString *error)
{
    std::optional<LetterIssue> issue;
    if (parser.isSet(QStringLiteral("issue"))) {
        const int number = parser.value(QStringLiteral("issue")).toInt();
        issue = publications.issue(number);
        if (!issue)
            *error = tr("there is no issue no. %1 of the Lettre de l'ESS in “%2”.").arg(number).arg(QDir::toNativeSeparators(db.filePath()));
    } else {
        issue = publications.latestIssue();
        if (!issue)
            *error = tr("“%1” holds no issue of the Lettre de l'ESS yet: write one in the Publications tab.").arg(QDir::toNativeSeparators(db.filePath()));
    }
    if (!issue)
        return false;
    *letter = factory.letterContent(*issue);
    *document = std::make_unique<LetterDocument>(*letter, factory.style());
    return true;
}

int PrintCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    Database &db = session.database();
    const QStringList words = invocation.words();
    const QCommandLineParser &parser = invocation.parser();
    const QString what = words.value(1);
    const QString path = parser.value(QStringLiteral("output"));
    PublicationStore publications(db.connectionName());
    DocumentFactory factory(db.connectionName(), &publications);
    std::unique_ptr<PrintDocument> document;
    QString error;
    QString htmlPath;
    LetterContent letter;

    if (what == QLatin1String("guide")) {
        const auto groupBy = parser.value(QStringLiteral("group-by")) == QLatin1String("commune") ? GuideDocument::GroupBy::Commune
                                                                                                  : GuideDocument::GroupBy::Sector;
        auto guide = factory.guide(groupBy);
        if (parser.isSet(QStringLiteral("booklet")))
            document = std::make_unique<BookletDocument>(std::move(guide));
        else
            document = std::move(guide);
    } else if (what == QLatin1String("labels")) {
        const LabelSheet sheet = *LabelSheet::named(parser.value(QStringLiteral("sheet")).isEmpty() ? QStringLiteral("3x7")
                                                                                                   : parser.value(QStringLiteral("sheet")));
        const int start = parser.isSet(QStringLiteral("start")) ? parser.value(QStringLiteral("start")).toInt() : 1;
        const auto audience = parser.value(QStringLiteral("audience")) == QLatin1String("newsletter") ? PrintSourceStore::Audience::NewsletterContacts
                                                                                                     : PrintSourceStore::Audience::Actors;
        document = factory.labels(audience, sheet, start, &error);
    } else if (what == QLatin1String("plaquette")) {
        document = factory.plaquette();
    } else if (what == QLatin1String("observatory")) {
        ObservatoryEngine engine(db.connectionName());
        ObservatoryFilter filter;
        if (const int status = StatsCommand::resolveFilter(db, filterOptions(parser), engine, &filter, err))
            return status;
        document = factory.portrait(filter, &error, &engine);
    } else if (what == QLatin1String("plan")) {
        planReport(db, factory, parser, &document, &error);
    } else if (what == QLatin1String("accompaniment")) {
        document = accompanimentReport(db, factory, parser, &error);
    } else if (what == QLatin1String("attendance") || what == QLatin1String("poster")) {
        Occurrence occurrence;
        if (factory.findOccurrence(parser.value(QStringLiteral("event")), QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate),
                                   &occurrence, &error)) {
            if (what == QLatin1String("attendance"))
                document = factory.attendanceSheet(occurrence, &error);
            else
                document = factory.poster(occurrence, &error);
        }
    } else if (letterDocument(db, factory, publications, parser, &letter, &document, &error)) {
        htmlPath = parser.value(QStringLiteral("html"));
    }
    if (!document) {
        err << say(error) << Qt::endl;
        return 1;
    }
    QPageLayout layout = document->defaultPageLayout();
    if (parser.value(QStringLiteral("paper")) == QLatin1String("a5") && document->acceptsPageSetup()) {
        layout.setPageSize(QPageSize(QPageSize::A5));
        layout.setMargins(QMarginsF(12, 12, 12, 12));
    }
    const int pages = DocumentOutput::writePdf(*document, layout, path, &error);
    if (pages < 0) {
        err << say(error) << Qt::endl;
        return 1;
    }
    if (!htmlPath.isEmpty() && !LetterBuilder::exportHtml(letter, factory.style(), htmlPath, &error)) {
        err << say(error) << Qt::endl;
        return 1;
    }
    // Public documents are remembered, so a later withdrawal of consent
    // can say they need printing again (essaim privacy check).
    if (PrivacyCheck::publicOutputs().contains(what))
        PrivacyCheck::recordPublication(db.connectionName(), what, path);
    if (!htmlPath.isEmpty())
        PrivacyCheck::recordPublication(db.connectionName(), QStringLiteral("letter-html"), htmlPath);
    out << tr("“%1” written: %n page(s).", nullptr, pages).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return 0;
}
