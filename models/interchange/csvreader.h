#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/// RFC 4180 reader for text already decoded: quoted fields may hold the
/// separator, doubled quotes and line breaks; CRLF, LF and CR all end a record.
///
/// read() streams the records with the line each begins on, so a file of
/// 100,000 rows is never held twice; it stops with a sentence for the user
/// on a field that never closes (a truncated file) or that is longer than
/// maxFieldLength() (a file that is not a table).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Called for each record with its first physical line (1-based); return
    /// false to stop reading.
    using RecordHandler = std::function<bool(int line, const QStringList &fields)>;
    /// Same, with views into the text (valid during the call only): no copy
    /// of the fields a reader skips.
    using ViewHandler = std::function<bool(int line, const QList<QStringView> &fields)>;

    explicit CsvReader(QChar separator = QLatin1Char(','));

    /// Every record of @p text; a trailing empty line yields no record.
    QList<QStringList> parse(const QString &text) const;

    /// Streams the records of @p text to @p handler. False on a malformed
    /// text (see errorString()) or when the handler stopped.
    bool read(const QString &text, const RecordHandler &handler);
    bool readViews(const QString &text, const ViewHandler &handler);

    void setMaxFieldLength(qsizetype length) { m_maxField = length; }
    qsizetype maxFieldLength() const { return m_maxField; }
    QString errorString() const { return m_error; }
    /// Line where the problem lies, 0 when none.
    int errorLine() const { return m_errorLine; }

    /// The separator among ; , tab and | that cuts @p sample into the most
    /// regular table; ',' when nothing fits better.
    static QChar detectSeparator(const QString &sample);

    /// Reads a UTF-8 file (Essaim's own resources); a BOM is skipped. No
    /// rows when it cannot be read: the callers check what they need.
    static QList<QStringList> readFile(const QString &path, QChar separator);

private:
    struct Cursor;
    /// A quoted field at the cursor, its doubled quotes undone (the text
    /// kept in @p scratch); false on a field that never closes or is too long.
    bool readQuoted(Cursor &cursor, QList<QString> &scratch, QStringView *field);
    bool readPlain(Cursor &cursor, QStringView *field);
    bool tooLong(int line);

    QChar m_separator;
    qsizetype m_maxField = qsizetype(1) << 20;
    QString m_error;
    int m_errorLine = 0;
};
