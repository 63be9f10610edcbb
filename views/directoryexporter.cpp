#include "directoryexporter.h"

#include "exportdialog.h"
#include "models/interchange/actorcsvexporter.h"
#include "models/interchange/actorgeojsonexporter.h"
#include "models/interchange/actorsiteexporter.h"
#include "models/interchange/actorvcardexporter.h"
#include "models/privacy/privacycheck.h"
#include "prompter.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

DirectoryExporter::DirectoryExporter(const QString &connectionName, const CouncilIdentity &identity)
    : m_connectionName(connectionName)
    , m_identity(identity)
{
}

QString DirectoryExporter::key(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::CsvRfc: return QStringLiteral("csv-rfc");
    case Format::VCard: return QStringLiteral("vcf");
    case Format::GeoJson: return QStringLiteral("geojson");
    case Format::Site: return QStringLiteral("html");
    }
    return QStringLiteral("csv");
}

DirectoryExporter::Format DirectoryExporter::formatForKey(const QString &key)
{
    for (Format f : {Format::Csv, Format::CsvRfc, Format::VCard, Format::GeoJson, Format::Site}) {
        if (DirectoryExporter::key(f) == key)
            return f;
    }
    return Format::Csv;
}

bool DirectoryExporter::exportTo(Format format, const QString &path, const std::vector<qint32> &ids, QString *summary)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (format) {
    case Format::Csv:
    case Format::CsvRfc: {
        ActorCsvExporter exporter(m_connectionName);
        if (!exporter.exportTo(path, ids, format == Format::CsvRfc ? CsvWriter::Flavour::Rfc4180 : CsvWriter::Flavour::ExcelFrench)) {
            m_error = exporter.errorString();
            return false;
        }
        *summary = tr("%n actor(s) exported to “%1”.", nullptr, int(ids.size())).arg(shown);
        return true;
    }
    case Format::VCard: {
        ActorVCardExporter exporter(m_connectionName);
        if (!exporter.exportTo(path, ids)) {
            m_error = exporter.errorString();
            return false;
        }
        *summary = tr("%n contact card(s) written to “%1”; contacts left out for want of consent to publication: %2.", nullptr,
                      exporter.cardCount())
                       .arg(shown)
                       .arg(exporter.withheldCount());
        return true;
    }
    case Format::GeoJson: {
        ActorGeoJsonExporter exporter(m_connectionName);
        if (!exporter.exportTo(path, ids)) {
            m_error = exporter.errorString();
            return false;
        }
        *summary = tr("%n actor(s) placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the "
                      "reference communes.",
                      nullptr, exporter.featureCount())
                       .arg(shown)
                       .arg(exporter.withheldCount())
                       .arg(exporter.unplacedCount());
        return true;
    }
    case Format::Site: {
        ActorSiteExporter exporter(m_connectionName, m_identity);
        if (!exporter.exportTo(path, ids)) {
            m_error = exporter.errorString();
            return false;
        }
        *summary = tr("Site of %n actor(s) written to “%1”: open index.html; left out: %2 without consent to publication.",
                      nullptr, exporter.pageCount())
                       .arg(shown)
                       .arg(exporter.withheldCount());
        return true;
    }
    }
    return false;
}

QString DirectoryExporter::run(QWidget *parent, const std::vector<qint32> &ids)
{
    QSettings settings;
    // The last format used, else the CSV flavour of the preferences.
    const QString csvDefault = settings.value(QStringLiteral("export/csvFlavour")).toString() == QLatin1String("rfc")
        ? QStringLiteral("csv-rfc")
        : QStringLiteral("csv");
    const Format initial = formatForKey(settings.value(QStringLiteral("export/format"), csvDefault).toString());
    static const char *const names[] = {QT_TR_NOOP("actors.csv"), QT_TR_NOOP("actors.csv"), QT_TR_NOOP("contacts.vcf"),
                                        QT_TR_NOOP("actors.geojson"), QT_TR_NOOP("ess-directory")};
    const QString dir = settings.value(QStringLiteral("export/lastDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    // The site goes back where it went last time: re-publishing is the
    // usual case, and the folder is then a previous site.
    const QString lastSite = settings.value(QStringLiteral("export/lastSite")).toString();

    ExportDialog dialog(int(ids.size()), parent);
    dialog.setDestination(initial == Format::Site && !lastSite.isEmpty() ? lastSite : QDir(dir).filePath(tr(names[int(initial)])));
    dialog.setFormat(initial);
    if (Prompter::exec(&dialog) != QDialog::Accepted)
        return {};
    const Format format = dialog.format();
    const QString path = QDir::fromNativeSeparators(dialog.destination());
    if (path.isEmpty())
        return {};
    if (format == Format::Site && ActorSiteExporter::folderState(path) == ActorSiteExporter::FolderState::PreviousSite) {
        const auto answer = Prompter::question(parent, tr("Replace the site?"),
                                               tr("The folder “%1” holds a site exported earlier. Replace it with the actors shown now?")
                                                   .arg(QDir::toNativeSeparators(path)),
                                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return {};
    }
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("export/format"), key(format));
    QString summary;
    if (!exportTo(format, path, ids, &summary)) {
        Prompter::warning(parent, tr("Export failed"), m_error);
        return {};
    }
    if (format == Format::Site)
        settings.setValue(QStringLiteral("export/lastSite"), path);
    // Public outputs are remembered for the privacy check (made before a withdrawal?).
    if (format != Format::Csv && format != Format::CsvRfc)
        PrivacyCheck::recordPublication(m_connectionName, key(format), path);
    return summary;
}
