#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

/// The retention review: the contacts without a sign of life (a consent
/// given or renewed, a registration, a change of their record, a decision
/// to keep them, an exchange about a project they hold) for longer than the
/// register's period, and the former registrations of events older than
/// that period, to anonymise.
class RetentionReview
{
    Q_DECLARE_TR_FUNCTIONS(RetentionReview)

public:
    struct Candidate {
        qint64 contactId = 0;
        QString name;
        QString actorName;
        QDate lastSign;   ///< invalid when nothing was ever recorded
        QString reason;   ///< a sentence: what the last sign was, and when
    };
    /// A contact kept past the period: the day of the decision and why.
    struct Decision {
        qint64 contactId = 0;
        QDate keptOn;
        QString reason;
        bool operator==(const Decision &o) const
        {
            return contactId == o.contactId && keptOn == o.keptOn && reason == o.reason;
        }
    };
    /// A registration of a former event as it is before anonymising (held
    /// in memory only, so that Edit > Undo can put it back in the session).
    struct FormerRegistration {
        qint64 id = 0;
        QVariant contactId; ///< null when none
        QVariant actorId;   ///< null when none
        QString name;
        QString email;
        bool operator==(const FormerRegistration &o) const
        {
            return id == o.id && contactId == o.contactId && actorId == o.actorId && name == o.name && email == o.email;
        }
    };

    explicit RetentionReview(const QString &connectionName);

    /// Parses "3y", "18m", "36" (months) into months; 0 when unreadable.
    static int parsePeriod(const QString &text);
    /// Contacts whose last sign is older than @p months before @p today.
    QList<Candidate> candidates(const QDate &today, int months) const;
    /// Registrations of dates older than the period that still name someone.
    int formerRegistrations(const QDate &today, int months) const;
    /// The same registrations, as they are now.
    QList<FormerRegistration> formerRegistrationRows(const QDate &today, int months) const;
    /// Anonymises them (name, e-mail and contact removed; the actor kept so
    /// the observatory's counts do not change), in one transaction.
    bool anonymiseFormerRegistrations(const QDate &today, int months, int *count = nullptr);
    /// Anonymises exactly these registrations, in one transaction, journaled.
    bool anonymiseRegistrations(const QList<FormerRegistration> &rows);
    /// Writes these registrations back as they were (undo in the session).
    bool restoreRegistrations(const QList<FormerRegistration> &rows);

    /// Keeps the contact past the period, with the reason and today's date.
    bool keep(qint64 contactId, const QString &reason);
    /// The decisions recorded for these contacts (only those that have one).
    QList<Decision> decisions(const QList<qint64> &contactIds) const;
    /// Makes the decisions of @p contactIds exactly @p decisions (a contact
    /// not among them has none), in one transaction, journaled as @p action
    /// (keep, keep-undone). A decision without a reason is refused.
    bool setDecisions(const QList<qint64> &contactIds, const QList<Decision> &decisions, const QString &action);

    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    mutable QString m_error; ///< also the reads' failures
};
