#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Finds actors and contacts by what the user types, for the pickers of the
/// dialogs (organiser, partners, registrations), a few dozen at a time: a
/// picker never reads the whole directory, so a dialog opens at once at
/// 100,000 actors. Words match as prefixes, accents and case ignored, through
/// the directory's full-text index (actor_search).
class DirectoryLookup
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryLookup)

public:
    struct Match
    {
        qint64 id = 0;      ///< actor id, or contact id for a contact
        qint64 actorId = 0; ///< the contact's actor (0 when none)
        QString name;       ///< actor name, or "First Last" for a contact
        QString detail;     ///< the actor's commune, or the contact's actor
        QString email;
    };

    explicit DirectoryLookup(const QString &connectionName);

    /// Active actors whose name or acronym holds every typed word (as a
    /// prefix), by name, at most @p limit.
    QList<Match> findActors(const QString &text, int limit) const;
    /// Contacts of active actors (and contacts without actor) whose name or
    /// actor's name holds every typed word, by last name, at most @p limit.
    QList<Match> findContacts(const QString &text, int limit) const;
    /// The actors @p ids with their names, in that order (unknown ids left out).
    QList<Match> actors(const QList<qint64> &ids) const;

private:
    QString m_connectionName;
};
