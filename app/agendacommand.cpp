#include "agendacommand.h"

#include "commandline.h"
#include "invocation.h"
#include "models/domain/agendatime.h"
#include "models/domain/occurrenceexpander.h"
#include "models/interchange/csvwriter.h"
#include "models/interchange/icsexporter.h"
#include "models/interchange/icsimporter.h"
#include "models/stores/eventstore.h"

#include <QBuffer>
#include <QDir>
#include <QLocale>

namespace {
QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

bool AgendaCommand::range(const Options &options, QDateTime *from, QDateTime *to, QTextStream &err)
{
    *from = {};
    *to = {};
    if (!options.from.isEmpty()) {
        const QDate d = QDate::fromString(options.from, Qt::ISODate);
        if (!d.isValid()) {
            err << tr("essaim: the date “%1” cannot be read; write it as 2026-03-31.").arg(options.from) << Qt::endl;
            return false;
        }
        *from = AgendaTime::wall(d);
    }
    if (!options.to.isEmpty()) {
        const QDate d = QDate::fromString(options.to, Qt::ISODate);
        if (!d.isValid()) {
            err << tr("essaim: the date “%1” cannot be read; write it as 2026-03-31.").arg(options.to) << Qt::endl;
            return false;
        }
        *to = AgendaTime::wall(d.addDays(1));
    }
    if (from->isValid() && to->isValid() && *to <= *from) {
        err << tr("essaim: --to must not come before --from.") << Qt::endl;
        return false;
    }
    return true;
}

int AgendaCommand::checkOptions(const QString &command, const Options &options, QTextStream &err)
{
    QDateTime from;
    QDateTime to;
    if (command == QLatin1String("import")) {
        if (options.file.isEmpty()) {
            err << tr("essaim: import events needs a file: “essaim --db FILE import events FILE.ics”.") << Qt::endl;
            return 2;
        }
        return 0;
    }
    if (command == QLatin1String("export")) {
        if (options.output.isEmpty()) {
            err << tr("essaim: export needs a file to write: add -o FILE.") << Qt::endl;
            return 2;
        }
        if (!options.format.isEmpty() && options.format != QLatin1String("ics")) {
            err << tr("essaim: the format “%1” is not known for events; use ics.").arg(options.format) << Qt::endl;
            return 2;
        }
        return range(options, &from, &to, err) ? 0 : 2;
    }
    // agenda
    if (options.from.isEmpty() || options.to.isEmpty()) {
        err << tr("essaim: agenda needs a period: add --from DATE --to DATE.") << Qt::endl;
        return 2;
    }
    if (!options.format.isEmpty() && options.format != QLatin1String("csv") && options.format != QLatin1String("ics")) {
        err << tr("essaim: the format “%1” is not known for the agenda; use csv or ics.").arg(options.format) << Qt::endl;
        return 2;
    }
    return range(options, &from, &to, err) ? 0 : 2;
}

int AgendaCommand::importEvents(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err)
{
    EventStore store(connectionName);
    IcsImporter importer;
    importer.setTypes(store.types());
    if (!importer.readFile(options.file)) {
        err << tr("essaim: “%1” was not imported: %2").arg(nativePath(options.file), importer.errorString()) << Qt::endl;
        return 1;
    }
    // Conflicts are looked for against what the agenda held before.
    QStringList conflicts;
    for (const Event &e : importer.events()) {
        for (const Occurrence &o : store.conflicts(e)) {
            if (o.uid == e.uid)
                continue;
            conflicts << tr("Warning: “%1” overlaps “%2” of %3 at the same place (%4).")
                             .arg(e.title, o.title, QLocale().toString(o.start, QLocale::ShortFormat), o.location);
        }
    }
    int created = 0;
    int updated = 0;
    if (!store.importEvents(importer.events(), options.dryRun, &created, &updated)) {
        err << tr("essaim: the events could not be written: %1. Nothing was imported.").arg(store.errorString()) << Qt::endl;
        return 1;
    }
    if (options.dryRun)
        out << tr("Dry run, nothing was written.") << Qt::endl;
    out << tr("%n event(s) imported", nullptr, created) << QStringLiteral(", ")
        << tr("%n updated", nullptr, updated) << QStringLiteral(", ")
        << tr("%n defect(s) skipped", nullptr, int(importer.issues().size())) << QStringLiteral(".") << Qt::endl;
    for (const IcsImporter::Issue &i : importer.issues()) {
        if (i.line > 0)
            out << QStringLiteral("  ") << tr("line %1: %2").arg(i.line).arg(i.message) << Qt::endl;
        else
            out << QStringLiteral("  ") << i.message << Qt::endl;
    }
    for (const QString &c : conflicts)
        out << c << Qt::endl;
    return 0;
}

int AgendaCommand::exportEvents(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err)
{
    QDateTime from;
    QDateTime to;
    if (!range(options, &from, &to, err))
        return 2;
    EventStore store(connectionName);
    QList<Event> events;
    for (const Event &e : store.events(from, to)) {
        // A series is written whole when one of its occurrences is in the period.
        if ((!from.isValid() && !to.isValid())
            || !OccurrenceExpander::expand(e, from.isValid() ? from : e.start, to.isValid() ? to : QDateTime(QDate(9999, 1, 1), QTime(), Qt::UTC)).isEmpty())
            events << e;
    }
    IcsExporter exporter;
    exporter.setTypes(store.types());
    if (!exporter.writeFile(options.output, exporter.exportEvents(events))) {
        err << CommandLine::failure(exporter.errorString()) << Qt::endl;
        return 1;
    }
    out << tr("%n event(s) exported to “%1”.", nullptr, int(events.size())).arg(nativePath(options.output)) << Qt::endl;
    return 0;
}

int AgendaCommand::listAgenda(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err)
{
    QDateTime from;
    QDateTime to;
    if (!range(options, &from, &to, err))
        return 2;
    EventStore store(connectionName);
    const QList<Occurrence> occurrences = store.occurrences(from, to);
    QByteArray bytes;
    if (options.format == QLatin1String("ics")) {
        IcsExporter exporter;
        exporter.setTypes(store.types());
        bytes = exporter.exportOccurrences(occurrences);
    } else {
        QHash<qint64, QString> typeNames;
        for (const EventType &t : store.types())
            typeNames.insert(t.id, t.name);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer, CsvWriter::Flavour::ExcelFrench);
        csv.writeRecord({QStringLiteral("uid"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("all_day"),
                         QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("location")});
        for (const Occurrence &o : occurrences) {
            const auto when = [&o](const QDateTime &t) {
                return o.allDay ? t.date().toString(Qt::ISODate) : AgendaTime::toText(t);
            };
            csv.writeRecord({o.uid, when(o.start), when(o.end), o.allDay ? QStringLiteral("1") : QStringLiteral("0"), o.title,
                             typeNames.value(o.typeId), o.location});
        }
        buffer.close();
        // The BOM is for Excel opening a file, not for a terminal or a pipe.
        if (options.output.isEmpty() && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
    }
    if (options.output.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return 0;
    }
    IcsExporter writer;
    if (!writer.writeFile(options.output, bytes)) {
        err << CommandLine::failure(writer.errorString()) << Qt::endl;
        return 1;
    }
    return 0;
}

QStringList AgendaCommand::names() const
{
    return {QStringLiteral("import events"), QStringLiteral("export events"), QStringLiteral("agenda")};
}

QString AgendaCommand::help() const
{
    return tr("import events FILE.ics [--dry-run]: import an iCalendar file into the agenda\n"
              "export events --format ics [--from DATE --to DATE] -o FILE: export the agenda\n"
              "agenda --from DATE --to DATE [--format csv|ics] [-o FILE]: list the occurrences of a period");
}

AgendaCommand::Options AgendaCommand::options(const Invocation &invocation)
{
    Options options;
    options.file = invocation.word(2);
    options.output = invocation.value(QStringLiteral("output"));
    options.format = invocation.value(QStringLiteral("format"));
    options.from = invocation.value(QStringLiteral("from"));
    options.to = invocation.value(QStringLiteral("to"));
    options.dryRun = invocation.isSet(QStringLiteral("dry-run"));
    return options;
}

int AgendaCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    return checkOptions(invocation.word(0), options(invocation), err);
}

int AgendaCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    const QString verb = invocation.word(0);
    if (verb == QLatin1String("import"))
        return importEvents(session.connectionName(), options(invocation), out, err);
    if (verb == QLatin1String("export"))
        return exportEvents(session.connectionName(), options(invocation), out, err);
    return listAgenda(session.connectionName(), options(invocation), out, err);
}
