#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

/// The retention review: the contacts without a sign of life (a consent
/// given or renewed, a registration, a change of their record, a decision
/// to keep them) for longer than the register's period, and the former
/// registrations of events older than that period, to anonymise.
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

    explicit RetentionReview(const QString &connectionName);

    /// Parses "3y", "18m", "36" (months) into months; 0 when unreadable.
    static int parsePeriod(const QString &text);
    /// Contacts whose last sign is older than @p months before @p today.
    QList<Candidate> candidates(const QDate &today, int months) const;
    /// Registrations of dates older than the period that still name someone.
    int formerRegistrations(const QDate &today, int months) const;
    /// Anonymises them (name, e-mail and contact removed; the actor kept so
    /// the observatory's counts do not change), in one transaction.
    bool anonymiseFormerRegistrations(const QDate &today, int months, int *count = nullptr);
    /// Keeps the contact past the period, with the reason and today's date.
    bool keep(qint64 contactId, const QString &reason);

    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
};
