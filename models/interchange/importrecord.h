#pragma once

#include "actor.h"

#include <QSet>
#include <QString>

#include <optional>

/// What an official register (SIRENE, RNA) said of one unit at an import;
/// kept so the next import can tell what changed.
struct RegisterEntry
{
    QString kind; ///< "sirene" or "rna"
    QString key;  ///< SIREN or RNA number
    qint64 actorId = 0;
    QString name;
    QString legalCategory;
    QString essFlag;
    QString family;
    QString familyReason;
    QString headcountBand;
    int bandYear = 0;
    QString address;
    QString postcode;
    QString communeInsee;
    QString communeName;
    QString createdOn;
    bool closed = false;
    QString closedOn;
    qint64 batchId = 0;
};

/// One row of an imported file turned into an actor, with the fields the
/// file gave (so an "update empty fields" knows what to bring).
struct ImportRecord
{
    QString file;
    int line = 0;
    Actor actor;
    QSet<QString> provided; ///< ImportField codes with a value
    std::optional<RegisterEntry> entry;
};

/// A row that was not imported, and why.
struct RejectedRow
{
    QString file;
    int line = 0;
    QString reason;
};
