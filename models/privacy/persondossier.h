#pragma once

#include "models/domain/contact.h"
#include "personaldatajournal.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

/// Everything Essaim holds about one person, for the right of access and
/// portability: a directory contact, or the registrations made under a name
/// and an e-mail without a contact.
struct PersonDossier
{
    struct Registration {
        qint64 id = 0;
        QString eventTitle;
        QDateTime occurrenceStart;
        QString status; ///< registered, present, excused, absent
        QString name;
        QString email;
    };
    struct PilotedAction {
        qint64 id = 0;
        QString planName;
        QString title;
    };
    struct HeldProject {
        qint64 id = 0;
        QString name;
        QString stage;            ///< the stored key: idea, emergence, feasibility…
        QDate lastInteraction;    ///< invalid when none was recorded
    };
    struct Exchange {
        qint64 id = 0;
        QString projectName;
        QDate date;
        QString participants;
        QString notes;
        QString nextStep;
    };
    struct JournalMention {
        qint64 id = 0;
        QString actionTitle;
        QDate date;
        QString author;
        QString text;
    };

    bool isContact = false;
    Contact contact;          ///< identity and consents (a registrant's name and e-mail otherwise)
    QString actorName;        ///< the actor the contact belongs to
    QList<PersonalDataJournal::ConsentChange> consentHistory;
    QList<Registration> registrations;
    QList<PilotedAction> pilotedActions;
    QList<HeldProject> heldProjects; ///< the accompaniment of the projects they hold
    QList<JournalMention> journalMentions;
    QList<Exchange> exchanges; ///< the accompaniment's exchanges naming the person
    QList<PersonalDataJournal::Entry> audit;

    QString displayName() const { return contact.displayName(); }
};
