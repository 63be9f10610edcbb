#pragma once

#include "actor.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// The rules a directory record must follow, shared by the form, the
/// imports and the command line.
class ActorValidator
{
    Q_DECLARE_TR_FUNCTIONS(ActorValidator)

public:
    /// Keeps the digits only: "123 456 789" -> "123456789".
    /// The SIREN an actor has: its own, else the first nine digits of its
    /// fourteen-digit SIRET (the SIRET starts with its unit's SIREN).
    static QString sirenOf(const QString &siren, const QString &siret);
    static QString digitsOnly(const QString &text);
    /// True for a number a spreadsheet wrote in scientific notation
    /// ("8,45123E+13"): a SIRET typed into a number cell, its last digits lost.
    static bool isScientificNotation(const QString &text);
    static bool luhn(const QString &digits);
    static bool isValidSiren(const QString &siren);
    static bool isValidSiret(const QString &siret);
    /// RNA number: "W" followed by nine characters (W595000123).
    static bool isValidRna(const QString &rna);
    static bool isValidEmail(const QString &email);
    static bool isValidPostcode(const QString &postcode);

    /// Every problem of @p actor. @p communePostcodes are the postcodes of the
    /// chosen reference commune (empty for a commune outside the territory).
    static QList<ValidationIssue> validate(const Actor &actor, const QStringList &communePostcodes);
    /// Whether an import must reject a record with @p issue: no name, or a
    /// SIREN, SIRET or RNA number whose check fails (a typo that would make a
    /// duplicate). Any other issue leaves a field empty, with a warning.
    static bool isBlocking(const ValidationIssue &issue);
};
