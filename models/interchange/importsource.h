#pragma once

#include "csvactorreader.h"
#include "importcontext.h"
#include "importmapping.h"
#include "importrecord.h"
#include "textdecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

/// Reads the files of one import, whatever their kind, into records for
/// ActorImporter: spreadsheets through a column mapping (given, from a
/// preset, or guessed), SIRENE stock files, RNA files. A file that cannot be
/// read stops everything: the caller then imports nothing.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    enum class Format { Csv, Sirene, Rna };

    struct Options {
        Format format = Format::Csv;
        std::optional<TextDecoder::Encoding> encoding;
        QChar separator;
        /// Mapping per file path; missing ones come from presetJson, else are guessed.
        QHash<QString, ImportMapping> mappings;
        QByteArray presetJson;
        bool keepOutsideTerritory = false; ///< RNA only
    };

    static bool parseFormat(const QString &text, Format *format);
    static QString formatName(Format format);
    /// The format the files' columns say (SIRENE and RNA names), else Csv.
    static Format guessFormat(const QStringList &paths);

    bool read(const QStringList &paths, const Options &options, const ImportContext &context, QList<ImportRecord> *records,
              QList<RejectedRow> *rejected, const std::function<bool()> &keepGoing = {});
    /// Notes for the report: rows outside the territory or the ESS, lost characters.
    QStringList notes() const { return m_notes; }
    /// SIRENE units of the territory left aside as outside the ESS.
    QList<RegisterEntry> asideEntries() const { return m_aside; }
    /// Spreadsheets: each value the directory did not know, with its rows
    /// (the wizard's value mapping step).
    QList<CsvActorReader::UnknownValue> unknownValues() const { return m_unknown; }
    QString errorString() const { return m_error; }

private:
    QStringList m_notes;
    QList<RegisterEntry> m_aside;
    QList<CsvActorReader::UnknownValue> m_unknown;
    QString m_error;
};
