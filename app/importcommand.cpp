#include "importcommand.h"

#include "invocation.h"

#include "commandline.h"
#include "models/interchange/actorimporter.h"
#include "models/interchange/importsource.h"
#include "models/stores/actorstore.h"
#include "models/stores/importstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

int ImportCommand::checkRequest(const Request &r, QTextStream &err)
{
    ImportSource::Format format;
    if (!r.format.isEmpty() && !ImportSource::parseFormat(r.format, &format)) {
        err << tr("essaim: the import format “%1” is not known; use csv, sirene or rna.").arg(r.format) << Qt::endl;
        return 2;
    }
    ActorImporter::DuplicateMode mode;
    if (!r.onDuplicate.isEmpty() && !ActorImporter::parseMode(r.onDuplicate, &mode)) {
        err << tr("essaim: --on-duplicate takes skip, update, overwrite or create, not “%1”.").arg(r.onDuplicate) << Qt::endl;
        return 2;
    }
    TextDecoder::Encoding encoding;
    if (!r.encoding.isEmpty() && !TextDecoder::fromName(r.encoding, &encoding)) {
        err << tr("essaim: the encoding “%1” is not known; use UTF-8, Windows-1252, ISO-8859-15, UTF-16 or Mac Roman.").arg(r.encoding) << Qt::endl;
        return 2;
    }
    if (r.files.isEmpty()) {
        err << tr("essaim: import needs at least one file: “essaim --db FILE import actors FILE...”.") << Qt::endl;
        return 2;
    }
    return 0;
}

int ImportCommand::readOptions(const Request &r, ImportStore &store, ImportSource::Options *options, QTextStream &err)
{
    options->format = r.format.isEmpty() ? ImportSource::guessFormat(r.files) : ImportSource::Format::Csv;
    if (!r.format.isEmpty())
        ImportSource::parseFormat(r.format, &options->format);
    if (!r.encoding.isEmpty()) {
        TextDecoder::Encoding encoding;
        TextDecoder::fromName(r.encoding, &encoding);
        options->encoding = encoding;
    }
    options->keepOutsideTerritory = r.allCommunes;
    if (r.mapping.isEmpty())
        return 0;
    if (QFileInfo(r.mapping).isFile()) {
        QFile file(r.mapping);
        if (file.open(QIODevice::ReadOnly))
            options->presetJson = file.readAll();
    } else {
        options->presetJson = store.preset(r.mapping);
    }
    if (options->presetJson.isEmpty()) {
        err << tr("essaim: there is no saved column mapping named “%1”. Save one in the import wizard, or give a JSON file.").arg(r.mapping)
            << Qt::endl;
        return 2;
    }
    return 0;
}

int ImportCommand::importActors(const Request &r, const QString &connectionName, QTextStream &out, QTextStream &err)
{
    ImportStore store(connectionName);
    ImportSource::Options options;
    if (const int status = readOptions(r, store, &options, err))
        return status;
    // A register's news (a closure, a new band) reaches known actors by default.
    ActorImporter::DuplicateMode mode = options.format == ImportSource::Format::Csv ? ActorImporter::DuplicateMode::Skip
                                                                                   : ActorImporter::DuplicateMode::UpdateEmpty;
    if (!r.onDuplicate.isEmpty())
        ActorImporter::parseMode(r.onDuplicate, &mode);

    QList<ImportRecord> records;
    QList<RejectedRow> rejected;
    ImportSource source;
    if (!source.read(r.files, options, store.context(), &records, &rejected)) {
        err << CommandLine::failure(source.errorString() + tr(" Nothing was imported.")) << Qt::endl;
        return 1;
    }
    ActorStore actors(connectionName);
    ActorImporter importer(&actors);
    ActorImporter::Plan plan = importer.plan(std::move(records), rejected, mode);
    plan.format = ImportSource::formatName(options.format);
    plan.files = r.files;
    plan.report.dryRun = r.dryRun;
    plan.report.notes = source.notes() + plan.report.notes;
    // No undo on the command line: the importer keeps nothing of what it wrote.
    if (!r.dryRun && !importer.apply(plan, nullptr)) {
        err << CommandLine::failure(importer.errorString()) << Qt::endl;
        return 1;
    }
    printReport(plan, options.format, r.reportPath.isEmpty(), out);
    if (!r.reportPath.isEmpty()) {
        if (const Outcome<bool> written = plan.report.writeRejected(r.reportPath); !written) {
            err << CommandLine::failure(written.errorString()) << Qt::endl;
            return 1;
        }
    }
    return 0;
}

void ImportCommand::printReport(const ActorImporter::Plan &plan, ImportSource::Format format, bool suggestReport, QTextStream &out)
{
    out << plan.report.summary() << Qt::endl;
    for (const QString &note : std::as_const(plan.report.notes))
        out << note << Qt::endl;
    for (const RegisterChange &change : std::as_const(plan.report.changes)) {
        if (change.kind != RegisterChange::Kind::New || plan.report.changes.size() <= 50)
            out << ImportReport::describe(change) << Qt::endl;
    }
    if (format == ImportSource::Format::Sirene) {
        int listed = 0;
        for (const ImportRecord &record : std::as_const(plan.records)) {
            if (!record.entry || ++listed > 50)
                continue;
            out << tr("family: %1 (%2): %3").arg(record.entry->name, record.entry->key, record.entry->familyReason) << Qt::endl;
        }
        if (listed > 50)
            out << tr("… and the family of %n more unit(s).", nullptr, listed - 50) << Qt::endl;
    }
    const int shown = std::min<int>(20, plan.report.rejected());
    for (int i = 0; i < shown; ++i) {
        const RejectedRow &row = plan.report.rejectedRows.at(i);
        out << tr("rejected: line %1 of %2: %3").arg(row.line).arg(QFileInfo(row.file).fileName(), row.reason) << Qt::endl;
    }
    if (plan.report.rejected() > shown && suggestReport)
        out << tr("… and %n more rejected line(s): add --report FILE for the full list.", nullptr, plan.report.rejected() - shown) << Qt::endl;
    const int warnings = int(plan.report.warningRows.size());
    const int warningsShown = std::min(20, warnings);
    for (int i = 0; i < warningsShown; ++i) {
        const RejectedRow &row = plan.report.warningRows.at(i);
        out << tr("warning: line %1 of %2: %3").arg(row.line).arg(QFileInfo(row.file).fileName(), row.reason) << Qt::endl;
    }
    if (warnings > warningsShown && suggestReport)
        out << tr("… and %n more warning(s): add --report FILE for the full list.", nullptr, warnings - warningsShown) << Qt::endl;
}

QStringList ImportCommand::names() const
{
    // "import" alone answers an unknown object with the objects there are.
    return {QStringLiteral("import actors"), QStringLiteral("import")};
}

QString ImportCommand::help() const
{
    return tr("import actors FILE... [--format csv|sirene|rna] [--mapping NAME] [--on-duplicate skip|update|overwrite|create] [--dry-run] "
              "[--report FILE]: import actors");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("mapping"), tr("Import: saved column mapping (preset name or JSON file)."), tr("NAME")),
        QCommandLineOption(QStringLiteral("on-duplicate"),
                           tr("Import: what to do with an actor already in the directory: skip, update (empty fields), overwrite or create."),
                           tr("MODE")),
        QCommandLineOption(QStringLiteral("report"), tr("Import: write the rejected lines and their reasons to this CSV file."), tr("FILE")),
        QCommandLineOption(QStringLiteral("encoding"),
                           tr("Import: encoding of the files (UTF-8, Windows-1252, ISO-8859-15, UTF-16, Mac Roman) when the guess is wrong."), tr("NAME")),
        QCommandLineOption(QStringLiteral("all-communes"), tr("Import of RNA files: keep the associations outside the territory too.")),
    };
}

ImportCommand::Request ImportCommand::request(const Invocation &invocation)
{
    Request r;
    r.files = invocation.words().mid(2);
    r.format = invocation.value(QStringLiteral("format"));
    r.mapping = invocation.value(QStringLiteral("mapping"));
    r.onDuplicate = invocation.value(QStringLiteral("on-duplicate"));
    r.encoding = invocation.value(QStringLiteral("encoding"));
    r.reportPath = invocation.value(QStringLiteral("report"));
    r.dryRun = invocation.isSet(QStringLiteral("dry-run"));
    r.allCommunes = invocation.isSet(QStringLiteral("all-communes"));
    return r;
}

int ImportCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    if (invocation.word(1) != QLatin1String("actors")) {
        err << tr("essaim: import what? Write “essaim --db FILE import actors|events|plan|calls FILE...”.") << Qt::endl;
        return 2;
    }
    return checkRequest(request(invocation), err);
}

int ImportCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    return importActors(request(invocation), session.connectionName(), out, err);
}
