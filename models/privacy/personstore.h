#pragma once

#include "persondossier.h"
#include "personerasure.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class PersonalDataJournal;

/// The rights of a person over the data Essaim holds (RGPD articles 15 to
/// 21): finding the person, gathering everything about them, erasing them
/// while keeping the anonymous counts the observatory and the plan rely on,
/// withdrawing a consent. Every operation is journaled.
class PersonStore
{
    Q_DECLARE_TR_FUNCTIONS(PersonStore)

public:
    struct Match {
        qint64 contactId = 0;      ///< 0 for a registration without a contact
        qint64 registrationId = 0; ///< the first registration of a registrant
        QString name;
        QString email;
        QString phone;
        QString actorName;
    };

    explicit PersonStore(const QString &connectionName);

    /// Contacts and registrants whose name, e-mail or phone holds @p text,
    /// accents, case and the spacing of phone numbers ignored.
    QList<Match> find(const QString &text) const;

    bool contactExists(qint64 contactId) const;
    bool registrationExists(qint64 registrationId) const;
    PersonDossier contactDossier(qint64 contactId) const;
    /// Every registration made under the same e-mail (or, without one, the
    /// same name) as @p registrationId without a directory contact.
    PersonDossier registrantDossier(qint64 registrationId) const;
    static QJsonObject toJson(const PersonDossier &dossier);
    /// Writes the JSON of the dossier and journals the export.
    bool exportJson(const PersonDossier &dossier, const QString &path);
    /// Journals an export made in another format (the PDF).
    bool recordExport(const PersonDossier &dossier, const QString &format);

    /// Anonymises the contact everywhere in one transaction, then clears the
    /// freed pages, the search index and the journal file of its values.
    /// @p erasure receives what was removed (memory only, for undo).
    /// Many erasures in a row compact the file once: @p scrub false, then
    /// scrubFile() after the last.
    bool eraseContact(qint64 contactId, PersonErasure *erasure, bool scrub = true);
    bool eraseRegistrant(qint64 registrationId, PersonErasure *erasure);
    /// Puts an erasure back (undo during the session).
    bool restore(const PersonErasure &erasure);

    /// Withdraws the consent to @p purpose (guide, newsletter), dated today.
    bool withdrawConsent(qint64 contactId, const QString &purpose, const QString &source);

    /// Makes deleted values unreadable in the file: the search index merged,
    /// the file rebuilt (VACUUM) and its write-ahead log emptied.
    bool scrubFile();

    QString errorString() const { return m_error; }

private:
    bool change(const QString &table, qint64 id, const QStringList &columns, const QVariantList &values,
                PersonErasure *erasure);
    QList<PersonDossier::JournalMention> journalMentions(const QString &name) const;
    QList<PersonDossier::HeldProject> heldProjects(qint64 contactId) const;
    QList<PersonDossier::Exchange> exchangeMentions(const QString &name) const;
    // The steps of an erasure, inside its transaction.
    bool enableSecureDelete();
    bool keepContactRow(qint64 contactId, PersonErasure *erasure);
    bool anonymiseRegistrationsOf(const Contact &contact, PersonErasure *erasure);
    bool erasePilotAndHistory(const Contact &contact, PersonErasure *erasure);
    bool removeContact(const Contact &contact);
    bool journalContactErasure(PersonalDataJournal &journal, qint64 contactId, int registrations, int mentions);
    bool anonymiseMentions(const QString &name, PersonErasure *erasure, int *count);
    /// The accompaniment's exchanges naming the person (participants, notes, next step).
    bool anonymiseInteractionMentions(const QString &name, PersonErasure *erasure, int *count);
    bool failQuery(const class QSqlQuery &query);

    QString m_connectionName;
    mutable QString m_error; ///< also the reads' failures
};
