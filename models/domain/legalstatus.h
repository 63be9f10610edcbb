#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The status shortcuts a coordinator types ("SCOP", "Association loi 1901"):
/// choosing one fills in the family and the INSEE legal category.
struct LegalStatus
{
    QString name;
    QString family;
    QString legalCategory;

    static QList<LegalStatus> all();
    static LegalStatus find(const QString &name);
};
