#pragma once

#include <QDate>
#include <QString>

#include <optional>

/// Reads the values of spreadsheet cells as French users type them: dates
/// as 31/12/2012 or 2012-12-31, numbers with a decimal comma and thousands
/// separators ("1 234,5", "200.000.000"), yes/no in French or English.
namespace ImportValue {

/// Invalid date for an empty cell or a register's null date (0001-01-01);
/// std::nullopt when the text is not a date.
std::optional<QDate> date(const QString &text);
std::optional<double> decimal(const QString &text);
std::optional<bool> boolean(const QString &text);
/// Euros to integer cents ("1 234,56 €" -> 123456).
std::optional<qint64> cents(const QString &text);

} // namespace ImportValue
