#include "importsource.h"

#include "csvactorreader.h"
#include "rnareader.h"
#include "sirenereader.h"
#include "tabularfile.h"

#include <QDir>
#include <QFileInfo>

bool ImportSource::parseFormat(const QString &text, Format *format)
{
    if (text == QLatin1String("csv") || text == QLatin1String("tsv"))
        *format = Format::Csv;
    else if (text == QLatin1String("sirene"))
        *format = Format::Sirene;
    else if (text == QLatin1String("rna"))
        *format = Format::Rna;
    else
        return false;
    return true;
}

namespace {
/// The columns of a header as one line for a message: a name holding a
/// line break or tabs (a header cell over two lines) is shown on one.
QString columnList(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names << name.simplified();
    return names.join(QLatin1String(", ")).left(300);
}
} // namespace

QString ImportSource::formatName(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Sirene: return QStringLiteral("sirene");
    case Format::Rna: return QStringLiteral("rna");
    }
    return {};
}

ImportSource::Format ImportSource::guessFormat(const QStringList &paths)
{
    for (const QString &path : paths) {
        TabularFile file;
        if (!file.load(path))
            continue;
        if (SireneReader::isUnitHeader(file.header()) || SireneReader::isEstablishmentHeader(file.header()))
            return Format::Sirene;
        if (RnaReader::isRnaHeader(file.header()))
            return Format::Rna;
    }
    return Format::Csv;
}

bool ImportSource::read(const QStringList &paths, const Options &options, const ImportContext &context,
                        QList<ImportRecord> *records, QList<RejectedRow> *rejected, const std::function<bool()> &keepGoing)
{
    m_notes.clear();
    m_aside.clear();
    m_unknown.clear();
    m_error.clear();
    if (paths.isEmpty()) {
        m_error = tr("No file to import was given.");
        return false;
    }
    // Every file must be there before anything is read.
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            m_error = tr("The file “%1” does not exist or cannot be read. Check its name and folder.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    TabularFile::Options fileOptions;
    fileOptions.encoding = options.encoding;
    fileOptions.separator = options.separator;
    switch (options.format) {
    case Format::Sirene: {
        SireneReader reader(&context);
        reader.setFileOptions(fileOptions);
        if (!reader.read(paths, records, rejected, keepGoing)) {
            m_error = reader.errorString();
            return false;
        }
        m_notes << reader.fileWarnings();
        m_aside = reader.asideEntries();
        const SireneReader::Counts c = reader.counts();
        m_notes << tr("%n unit(s) in the file,", nullptr, c.units) + QLatin1Char(' ')
                       + tr("%n with a head office outside the territory,", nullptr, c.outsideTerritory) + QLatin1Char(' ')
                       + tr("%n in the territory but outside the ESS.", nullptr, c.outsideEss);
        return true;
    }
    case Format::Rna: {
        RnaReader reader(&context);
        reader.setKeepOutsideTerritory(options.keepOutsideTerritory);
        reader.setFileOptions(fileOptions);
        if (!reader.read(paths, records, rejected, keepGoing)) {
            m_error = reader.errorString();
            return false;
        }
        m_notes << reader.fileWarnings();
        if (reader.outsideTerritory() > 0)
            m_notes << tr("%n association(s) outside the territory were left aside.", nullptr, reader.outsideTerritory());
        return true;
    }
    case Format::Csv:
        break;
    }
    for (const QString &path : paths) {
        TabularFile file;
        if (!file.load(path, fileOptions)) {
            m_error = file.errorString();
            return false;
        }
        m_notes << file.warnings();
        ImportMapping mapping = options.mappings.value(path);
        bool guessed = false;
        if (mapping.columnCount() != file.header().size()) {
            guessed = options.presetJson.isEmpty();
            mapping = guessed ? ImportMapping::guess(file.header()) : ImportMapping::fromJson(options.presetJson, file.header());
        }
        if (mapping.isEmpty()) {
            m_error = tr("No column of “%1” matches a field of the directory (columns: %2). Name the columns as in the directory's export, or map them in the import wizard.")
                          .arg(file.fileName(), columnList(file.header()));
            return false;
        }
        // Columns matched by their names only: say which ones were left
        // out, so that a "N° adhérent" or "Observations" is not lost unseen.
        QStringList unused;
        for (int i = 0; guessed && i < file.header().size(); ++i) {
            if (mapping.field(i).isEmpty() && !file.header().at(i).simplified().isEmpty())
                unused << file.header().at(i).simplified();
        }
        if (!unused.isEmpty()) {
            m_notes << tr("%n column(s) of “%1” matched no field of the directory and were not imported: %2. Map them in the import wizard, or with --mapping.",
                          nullptr, int(unused.size()))
                           .arg(QFileInfo(file.fileName()).fileName(), unused.join(QLatin1String(", ")).left(300));
        }
        CsvActorReader reader(&context);
        if (!reader.read(file, mapping, records, rejected, keepGoing)) {
            m_error = reader.errorString();
            return false;
        }
        m_unknown << reader.unknownValues();
    }
    return true;
}
