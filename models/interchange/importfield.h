#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The directory fields a column of an imported table can fill, as stable
/// codes ("name", "postcode" ...), with their labels and the column names
/// (French, English, SIRENE, RNA) that suggest them.
class ImportField
{
    Q_DECLARE_TR_FUNCTIONS(ImportField)

public:
    static QStringList codes();
    static QString label(const QString &code);
    /// The field a column named @p header most likely holds; empty if none.
    static QString guess(const QString &header);
    /// Compact form of a column name: folded, letters and digits only.
    static QString headerKey(const QString &header);
};
