#pragma once

#include "models/domain/actor.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
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

/// A register entry that may be absent, stored apart: most records of a
/// spreadsheet have none, and an empty entry inline would cost every one of
/// a 100,000-row import some 500 bytes. Used like std::optional.
class OptionalEntry
{
public:
    OptionalEntry() = default;
    OptionalEntry &operator=(const RegisterEntry &entry)
    {
        m_entry = std::make_shared<const RegisterEntry>(entry);
        return *this;
    }
    explicit operator bool() const { return bool(m_entry); }
    bool has_value() const { return bool(m_entry); }
    const RegisterEntry &operator*() const { return *m_entry; }
    const RegisterEntry *operator->() const { return m_entry.get(); }

private:
    std::shared_ptr<const RegisterEntry> m_entry;
};

/// One row of an imported file turned into an actor, with the fields the
/// file gave (so an "update empty fields" knows what to bring).
struct ImportRecord
{
    QString file;
    int line = 0;
    Actor actor;
    QSet<QString> provided; ///< ImportField codes with a value
    OptionalEntry entry;
    /// What was left empty because the directory does not know it (an
    /// unknown sector, a postcode of another commune...), one sentence each.
    QStringList warnings;
    /// Values the directory did not know, as (field code, text), for the
    /// wizard's value mapping step.
    QList<QPair<QString, QString>> unknown;
    /// A sector to create at the import (value mapping "create"), by name.
    QString newSector;

    /// Leaves a field empty without losing what the file said: @p noteLine
    /// ("Secteur d'origine : Bâtiment") goes to the actor's notes, @p warning
    /// to the report.
    void keepOriginal(const QString &noteLine, const QString &warning)
    {
        actor.notes = actor.notes.isEmpty() ? noteLine : actor.notes + QLatin1Char('\n') + noteLine;
        provided.insert(QStringLiteral("notes"));
        warnings << warning;
    }
};

/// A row that was not imported, and why.
struct RejectedRow
{
    QString file;
    int line = 0;
    QString reason;
};
