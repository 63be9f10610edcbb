#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// RFC 4180 reader for text already decoded: quoted fields may hold the
/// separator, doubled quotes and line breaks; CRLF, LF and CR all end a record.
class CsvReader
{
public:
    explicit CsvReader(QChar separator = QLatin1Char(','));

    /// Every record of @p text; a trailing empty line yields no record.
    QList<QStringList> parse(const QString &text) const;

    /// Reads a UTF-8 file (resources included); a BOM is skipped.
    static QList<QStringList> readFile(const QString &path, QChar separator, QString *error = nullptr);

private:
    QChar m_separator;
};
