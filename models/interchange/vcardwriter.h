#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <initializer_list>

#include "utf8appender.h"

/// Writes vCard 4.0 content lines (RFC 6350): UTF-8, CRLF line ends, lines
/// folded at 75 octets without cutting a UTF-8 sequence, and text values
/// escaped (backslash, comma, semicolon, newline) so that any reader splits
/// structured values (N, ADR, ORG) where the writer meant it.
class VCardWriter
{
public:
    explicit VCardWriter(QIODevice *device);
    /// Writes what is still buffered.
    ~VCardWriter();
    VCardWriter(const VCardWriter &) = delete;
    VCardWriter &operator=(const VCardWriter &) = delete;

    /// Hands the buffered lines to the device (they are written in blocks).
    void flush();

    void begin();
    void end();
    /// One property with a single text value, escaped.
    void addText(const char *name, const QString &value, const QByteArray &parameters = {});
    /// One property whose value is a list of components separated by ';'
    /// (N, ADR, ORG), each escaped on its own.
    void addStructured(const char *name, std::initializer_list<QString> components, const QByteArray &parameters = {});
    /// One property whose value is written as is (a URI, a timestamp).
    void addRaw(const char *name, const QString &value, const QByteArray &parameters = {});
    /// The same, for a value already in UTF-8 (ASCII: a UID, a timestamp).
    void addRawUtf8(const char *name, const QByteArray &value, const QByteArray &parameters = {});

    static QString escape(const QString &text);
    /// Folds one logical line into physical lines of at most 75 octets each.
    static QByteArray fold(const QByteArray &line);

private:
    static void appendFolded(const QByteArray &line, QByteArray &out);
    /// A line is written straight into the buffer, then folded there when
    /// it is too long: a card costs no temporary line per property.
    void startLine(const char *name, const QByteArray &parameters);
    void appendEscaped(const QString &value);
    /// Appends @p text as UTF-8 straight into the buffer, without a
    /// temporary QByteArray per value.
    void appendUtf8(QStringView text);
    void endLine();
    void writeLine(const char *line);

    QIODevice *m_device;
    Utf8Appender m_utf8;
    QByteArray m_buffer;
    qsizetype m_lineStart = 0;
};
