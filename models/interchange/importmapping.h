#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Which directory field (ImportField code) each column of a table fills.
/// Guessed from the column names, edited by the user, and saved as a named
/// preset keyed by column names so it applies to the next file of the same
/// partner whatever the column order.
class ImportMapping
{
public:
    ImportMapping() = default;
    explicit ImportMapping(const QStringList &header);

    /// Guesses every column of @p header; a field is given to its first column only.
    static ImportMapping guess(const QStringList &header);

    int columnCount() const { return int(m_fields.size()); }
    QString field(int column) const { return m_fields.value(column); }
    void setField(int column, const QString &code);
    /// Column of @p code, -1 when no column fills it.
    int column(const QString &code) const { return int(m_fields.indexOf(code)); }
    bool isEmpty() const;
    QStringList header() const { return m_header; }

    /// {"column name": "field code"} as JSON.
    QByteArray toJson() const;
    /// Applies a preset saved with toJson() to the columns of @p header.
    static ImportMapping fromJson(const QByteArray &json, const QStringList &header);

private:
    QStringList m_header;
    QStringList m_fields;
};
