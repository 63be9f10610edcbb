#include "exportcommand.h"

#include "commandline.h"
#include "invocation.h"
#include "models/interchange/actorcsvexporter.h"
#include "models/interchange/actorgeojsonexporter.h"
#include "models/interchange/actorsiteexporter.h"
#include "models/interchange/actorvcardexporter.h"
#include "models/privacy/privacycheck.h"
#include "models/stores/publicationstore.h"

#include <QDir>

QStringList ExportCommand::formats()
{
    return {QStringLiteral("csv"), QStringLiteral("csv-rfc"), QStringLiteral("vcf"), QStringLiteral("geojson"),
            QStringLiteral("html")};
}

int ExportCommand::exportActors(const QString &connectionName, const QString &format, const QString &output,
                                const CouncilIdentity &identity, QTextStream &out, QTextStream &err)
{
    const QString shownPath = QDir::toNativeSeparators(output);
    auto fail = [&err](const QString &message) {
        err << CommandLine::failure(message) << Qt::endl;
        return 1;
    };
    const std::vector<qint32> ids = ActorCsvExporter(connectionName).activeIdsByName();

    if (format == QLatin1String("csv") || format == QLatin1String("csv-rfc")) {
        ActorCsvExporter exporter(connectionName);
        const auto flavour = format == QLatin1String("csv-rfc") ? CsvWriter::Flavour::Rfc4180 : CsvWriter::Flavour::ExcelFrench;
        if (!exporter.exportTo(output, ids, flavour))
            return fail(exporter.errorString());
        out << tr("%n actor(s) exported to “%1”.", nullptr, int(ids.size())).arg(shownPath) << Qt::endl;
        return 0;
    }
    if (format == QLatin1String("vcf")) {
        ActorVCardExporter exporter(connectionName);
        if (!exporter.exportTo(output, ids))
            return fail(exporter.errorString());
        out << tr("%n contact card(s) written to “%1”; contacts left out for want of consent to publication: %2.", nullptr,
                  exporter.cardCount())
                   .arg(shownPath)
                   .arg(exporter.withheldCount())
            << Qt::endl;
        PrivacyCheck::recordPublication(connectionName, format, output);
        return 0;
    }
    if (format == QLatin1String("geojson")) {
        ActorGeoJsonExporter exporter(connectionName);
        if (!exporter.exportTo(output, ids))
            return fail(exporter.errorString());
        out << tr("%n actor(s) placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the "
                  "reference communes.",
                  nullptr, exporter.featureCount())
                   .arg(shownPath)
                   .arg(exporter.withheldCount())
                   .arg(exporter.unplacedCount())
            << Qt::endl;
        PrivacyCheck::recordPublication(connectionName, format, output);
        return 0;
    }
    if (format == QLatin1String("html")) {
        ActorSiteExporter exporter(connectionName, identity);
        if (!exporter.exportTo(output, ids))
            return fail(exporter.errorString());
        out << tr("Site of %n actor(s) written to “%1”: open index.html; left out: %2 without consent to publication.",
                  nullptr, exporter.pageCount())
                   .arg(shownPath)
                   .arg(exporter.withheldCount())
            << Qt::endl;
        PrivacyCheck::recordPublication(connectionName, format, output);
        return 0;
    }
    err << tr("essaim: the format “%1” is not known for actors; use %2.").arg(format, formats().join(QLatin1Char('|')))
        << Qt::endl;
    return 2;
}

QStringList ExportCommand::names() const
{
    // "export" alone answers every other object with the way to write it.
    return {QStringLiteral("export actors"), QStringLiteral("export")};
}

QString ExportCommand::help() const
{
    return tr("export actors --format csv|csv-rfc|vcf|geojson|html -o OUT: export the directory");
}

int ExportCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    if (invocation.word(1) != QLatin1String("actors")) {
        err << tr("essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.") << Qt::endl;
        return 2;
    }
    if (!invocation.isSet(QStringLiteral("output"))) {
        err << tr("essaim: export needs a file to write: add -o FILE.") << Qt::endl;
        return 2;
    }
    const QString format = invocation.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("csv") : invocation.value(QStringLiteral("format"));
    if (!formats().contains(format)) {
        err << tr("essaim: the format “%1” is not known for actors; use %2.").arg(format, formats().join(QLatin1Char('|'))) << Qt::endl;
        return 2;
    }
    return 0;
}

int ExportCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    // The web site carries the council's identity.
    const QString format = invocation.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("csv") : invocation.value(QStringLiteral("format"));
    return exportActors(session.connectionName(), format, invocation.value(QStringLiteral("output")), PublicationStore(session.connectionName()).identity(),
                        out, err);
}
