#include "csvwriter.h"

CsvWriter::CsvWriter(QIODevice *device, Flavour flavour)
    : m_device(device)
    , m_flavour(flavour)
    , m_separator(flavour == Flavour::ExcelFrench ? QLatin1Char(';') : QLatin1Char(','))
{
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    if (!m_started && m_flavour == Flavour::ExcelFrench)
        line += QChar(0xFEFF);
    m_started = true;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_separator;
        QString field = fields.at(i);
        if (field.contains(m_separator) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            field.replace(QLatin1String("\""), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        line += field;
    }
    line += QLatin1String("\r\n");
    m_device->write(line.toUtf8());
}
