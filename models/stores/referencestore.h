#pragma once

#include "models/domain/commune.h"

#include <QList>
#include <QPair>
#include <QString>

/// Read access to the reference tables: communes and EPCI, INSEE legal
/// categories. Small tables, read whole.
class ReferenceStore
{
public:
    explicit ReferenceStore(const QString &connectionName);

    /// The communes of the council's territory, by name.
    QList<Commune> communes() const;
    /// Every commune of the table: the territory's and those outside it where actors are.
    QList<Commune> allCommunes() const;
    Commune commune(const QString &insee) const;
    /// Reference communes whose name folds to the same key as @p name.
    QList<Commune> communesNamed(const QString &name) const;
    /// (SIREN, name) of every EPCI of the territory, by name.
    QList<QPair<QString, QString>> epcis() const;
    /// (code, label) of every INSEE legal category, by code.
    QList<QPair<QString, QString>> legalCategories() const;
    QString legalCategoryLabel(const QString &code) const;
    /// ESS family suggested for a legal category, empty when it says nothing.
    QString familyOfLegalCategory(const QString &code) const;

private:
    QString m_connectionName;
};
