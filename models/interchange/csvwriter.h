#pragma once

#include <QIODevice>
#include <QStringList>

/// Writes CSV records. Excel flavour (French Excel opens it right with a
/// double click): UTF-8 with BOM, ';' separator. RFC 4180 flavour: UTF-8
/// without BOM, ',' separator. Both end records with CRLF and quote fields
/// that hold the separator, a quote or a line break.
class CsvWriter
{
public:
    enum class Flavour { ExcelFrench, Rfc4180 };

    CsvWriter(QIODevice *device, Flavour flavour);

    void writeRecord(const QStringList &fields);
    QChar separator() const { return m_separator; }
    Flavour flavour() const { return m_flavour; }

private:
    QIODevice *m_device;
    Flavour m_flavour;
    QChar m_separator;
    bool m_started = false;
};
