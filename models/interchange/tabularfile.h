#pragma once

#include "csvreader.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

/// A CSV or TSV file opened for an import: its bytes checked (empty, binary,
/// truncated), its encoding and separator guessed or forced, its header read.
/// The rows are then streamed with their line numbers, never held twice.
class TabularFile
{
    Q_DECLARE_TR_FUNCTIONS(TabularFile)

public:
    struct Options {
        std::optional<TextDecoder::Encoding> encoding; ///< guessed when empty
        QChar separator;                               ///< guessed when null
    };

    bool load(const QString &path, const Options &options = {});
    /// Same checks on bytes in memory (tests, the fuzzer); @p name is shown in messages.
    bool loadData(const QByteArray &bytes, const QString &name, const Options &options = {});

    QString fileName() const { return m_name; }
    TextDecoder::Encoding encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    QStringList header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    /// Sentences about oddities that do not stop the import (characters lost
    /// before the file reached us).
    QStringList warnings() const { return m_warnings; }

    /// The first @p count rows after the header, with their line numbers.
    QList<QPair<int, QStringList>> preview(int count) const;
    /// Streams every row after the header. False on a malformed file (see
    /// errorString(), which names the line) or when @p handler stopped.
    bool forEachRow(const CsvReader::RecordHandler &handler);
    /// At least as many as the rows forEachRow() gives (every line end
    /// counts, quoted ones too): to reserve room for them at once.
    int rowCountBound() const;
    /// Same with views valid during the call only (readers that skip most rows).
    bool forEachRowView(const CsvReader::ViewHandler &handler);

    QString errorString() const { return m_error; }

    /// Display name of a separator ("semicolon", "tab" ...).
    static QString separatorName(QChar separator);

private:
    QString m_name;
    QString m_text;
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Utf8;
    QChar m_separator = QLatin1Char(',');
    QStringList m_header;
    int m_headerLine = 0;
    QStringList m_warnings;
    QString m_error;
};
