#pragma once

#include <QCoreApplication>
#include <QString>

/// A file size as a French desk writes it: "760 Ko", "3,2 Mo", "900 octets"
/// (powers of 1024, the units Windows Explorer shows), with a non-breaking
/// space so the number never parts from its unit. QLocale::formattedDataSize
/// writes "760 ko" with a plain space in French.
class DataSize
{
    Q_DECLARE_TR_FUNCTIONS(DataSize)

public:
    static QString text(qint64 bytes);
};
