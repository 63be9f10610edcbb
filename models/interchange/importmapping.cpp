#include "importmapping.h"

#include "importfield.h"
#include "models/domain/textkey.h"

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

namespace {
const QLatin1String valuesKey("values");

QString kindName(ImportMapping::ValueChoice::Kind kind)
{
    switch (kind) {
    case ImportMapping::ValueChoice::Kind::Existing: return QStringLiteral("existing");
    case ImportMapping::ValueChoice::Kind::CreateNew: return QStringLiteral("new");
    case ImportMapping::ValueChoice::Kind::LeaveEmpty: break;
    }
    return QStringLiteral("empty");
}
} // namespace

void ImportMapping::setValueChoice(const QString &field, const QString &value, const ValueChoice &choice)
{
    m_values[field].insert(TextKey::fold(value.trimmed()), choice);
}

std::optional<ImportMapping::ValueChoice> ImportMapping::valueChoice(const QString &field, const QString &value) const
{
    const auto byField = m_values.constFind(field);
    if (byField == m_values.constEnd())
        return std::nullopt;
    const auto it = byField->constFind(TextKey::fold(value.trimmed()));
    if (it == byField->constEnd())
        return std::nullopt;
    return *it;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject object;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!m_fields.at(i).isEmpty())
            object.insert(m_header.value(i), m_fields.at(i));
    }
    // Under a key no column name folds to a field code, so older Essaim
    // versions read the preset as before and ignore it.
    QJsonObject values;
    for (auto field = m_values.cbegin(); field != m_values.cend(); ++field) {
        QJsonObject choices;
        for (auto it = field->cbegin(); it != field->cend(); ++it)
            choices.insert(it.key(), QJsonObject{{QStringLiteral("kind"), kindName(it->kind)}, {QStringLiteral("value"), it->value}});
        values.insert(field.key(), choices);
    }
    if (!values.isEmpty())
        object.insert(valuesKey, values);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ImportMapping ImportMapping::fromJson(const QByteArray &json, const QStringList &header)
{
    ImportMapping mapping(header);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QStringList known = ImportField::codes();
    const QJsonObject values = object.value(valuesKey).toObject();
    for (auto field = values.begin(); field != values.end(); ++field) {
        const QJsonObject choices = field.value().toObject();
        for (auto it = choices.begin(); it != choices.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            ValueChoice choice;
            const QString kind = c.value(QStringLiteral("kind")).toString();
            choice.kind = kind == QLatin1String("existing") ? ValueChoice::Kind::Existing
                : kind == QLatin1String("new")              ? ValueChoice::Kind::CreateNew
                                                            : ValueChoice::Kind::LeaveEmpty;
            choice.value = c.value(QStringLiteral("value")).toString();
            mapping.m_values[field.key()].insert(it.key(), choice);
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == valuesKey)
            continue;
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
