#pragma once

#include "models/domain/contact.h"
#include "models/domain/event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Which entries of the audit journal to show.
struct PersonalDataFilter {
    QString recordKind; ///< empty: every kind
    qint64 recordId = 0; ///< 0: every record
    QString action;     ///< empty: every action
    QString text;       ///< found in the user, fields or detail
};

/// The audit journal of personal data and the history of consents: who
/// created, changed, exported, erased or imported which record, and which
/// fields, never their values. The stores write it inside their own
/// transaction, so a change and its trace are committed together.
class PersonalDataJournal
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataJournal)

public:
    struct Entry {
        qint64 id = 0;
        QDateTime at;
        QString userName;
        QString action;     ///< create, change, consent, delete, export, erase, erase-undone, import, keep, keep-undone, publish
        QString recordKind; ///< contact, registration, actor, register
        qint64 recordId = 0;
        QStringList fields;
        QString detail;
    };
    using Filter = PersonalDataFilter;
    struct ConsentChange {
        QString purpose; ///< guide, newsletter
        std::optional<bool> previousGiven;
        QDate previousOn;
        QString previousSource;
        bool given = false;
        QDate givenOn;
        QString source;
        QDateTime recordedAt;
    };

    explicit PersonalDataJournal(const QString &connectionName);

    /// The OS user name of the session, the "who" of every entry.
    static QString sessionUser();

    bool record(const QString &action, const QString &recordKind, qint64 recordId, const QStringList &fields,
                const QString &detail = QString());
    /// The contact as stored, before a change overwrites it.
    std::optional<Contact> storedContact(qint64 id) const;
    /// Journals a contact's creation or change (the fields that differ) and
    /// writes one consent_history row per purpose whose consent changed.
    bool recordContactChange(const std::optional<Contact> &before, const Contact &after);
    /// Journals the registrations of one event created, changed (name,
    /// e-mail, contact, attendance) or deleted between @p before and @p after.
    bool recordRegistrationChanges(const QList<Registration> &before, const QList<Registration> &after);

    QList<Entry> entries(const Filter &filter = Filter()) const;
    QList<ConsentChange> consentHistory(qint64 contactId) const;
    /// The instant of the latest erasure, invalid when none.
    QDateTime lastErasure() const;
    /// CSV for French Excel (UTF-8 with BOM, `;`).
    bool exportCsv(const QString &path, const Filter &filter = Filter());

    static QString actionLabel(const QString &action);
    QString errorString() const { return m_error; }

private:
    bool recordConsent(qint64 contactId, const QString &purpose, const std::optional<Contact> &before, const Contact &after);

    QString m_connectionName;
    QString m_error;
};
