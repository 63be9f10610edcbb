#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The ESS families of the law of 2014 plus "outside the ESS"; stored as
/// stable codes, shown with translated labels.
class EssFamily
{
    Q_DECLARE_TR_FUNCTIONS(EssFamily)

public:
    static QStringList codes();
    static QString label(const QString &code);
    static QString codeForLabel(const QString &label);
};
