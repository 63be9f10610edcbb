#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/// Which directory field (ImportField code) each column of a table fills.
/// Guessed from the column names, edited by the user, and saved as a named
/// preset keyed by column names so it applies to the next file of the same
/// partner whatever the column order.
class ImportMapping
{
public:
    /// What to do with a value of a column that the directory does not know
    /// ("Bâtiment" for a sector): chosen in the wizard's value mapping step.
    struct ValueChoice {
        enum class Kind { LeaveEmpty, Existing, CreateNew };
        Kind kind = Kind::LeaveEmpty;
        QString value; ///< Existing: the sector's name, family code, legal category, INSEE code or postcode
    };

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
    /// The field code of each column, empty for a column not imported.
    QStringList fields() const { return m_fields; }

    void setValueChoice(const QString &field, const QString &value, const ValueChoice &choice);
    void clearValueChoices() { m_values.clear(); }
    /// The choice made for @p value of @p field (compared folded), if any.
    std::optional<ValueChoice> valueChoice(const QString &field, const QString &value) const;

    /// {"column name": "field code"} as JSON, with the value choices under "values".
    QByteArray toJson() const;
    /// Applies a preset saved with toJson() to the columns of @p header.
    static ImportMapping fromJson(const QByteArray &json, const QStringList &header);

private:
    QStringList m_header;
    QStringList m_fields;
    QHash<QString, QHash<QString, ValueChoice>> m_values; ///< field -> folded value -> choice
};
