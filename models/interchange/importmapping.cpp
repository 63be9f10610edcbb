#include "importmapping.h"

#include "importfield.h"

#include <QJsonDocument>
#include <QJsonObject>

ImportMapping::ImportMapping(const QStringList &header)
    : m_header(header)
{
    for (int i = 0; i < header.size(); ++i)
        m_fields << QString();
}

ImportMapping ImportMapping::guess(const QStringList &header)
{
    ImportMapping mapping(header);
    for (int i = 0; i < header.size(); ++i) {
        const QString code = ImportField::guess(header.at(i));
        if (!code.isEmpty() && mapping.column(code) < 0)
            mapping.m_fields[i] = code;
    }
    return mapping;
}

void ImportMapping::setField(int column, const QString &code)
{
    if (column < 0 || column >= m_fields.size())
        return;
    // One column per field: giving it to another column takes it from the first.
    if (!code.isEmpty()) {
        const int previous = this->column(code);
        if (previous >= 0)
            m_fields[previous].clear();
    }
    m_fields[column] = code;
}

bool ImportMapping::isEmpty() const
{
    for (const QString &f : m_fields) {
        if (!f.isEmpty())
            return false;
    }
    return true;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject object;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!m_fields.at(i).isEmpty())
            object.insert(m_header.value(i), m_fields.at(i));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ImportMapping ImportMapping::fromJson(const QByteArray &json, const QStringList &header)
{
    ImportMapping mapping(header);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QStringList known = ImportField::codes();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString code = it.value().toString();
        if (!known.contains(code))
            continue;
        for (int i = 0; i < header.size(); ++i) {
            if (ImportField::headerKey(header.at(i)) == ImportField::headerKey(it.key()) && mapping.m_fields.at(i).isEmpty()) {
                mapping.setField(i, code);
                break;
            }
        }
    }
    return mapping;
}
