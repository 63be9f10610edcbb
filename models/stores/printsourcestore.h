#pragma once

#include "models/domain/guideentry.h"
#include "models/domain/keyfigures.h"
#include "models/domain/mailingaddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

/// Reads what the public and internal documents print, in a few bulk
/// queries: the guide's entries (only actors who consented to publication,
/// only contacts who consented to the guide), the addresses for labels and
/// the key figures of the directory.
class PrintSourceStore
{
    Q_DECLARE_TR_FUNCTIONS(PrintSourceStore)

public:
    enum class Audience {
        Actors,            ///< current actors who consented to publication, at their address
        NewsletterContacts ///< contacts who accept the Lettre, at their actor's address
    };

    explicit PrintSourceStore(const QString &connectionName);

    /// Current actors who consented to publication, by name; with
    /// @p createdSince (and @p createdBefore) valid, only those entered in
    /// the directory since then (and before that).
    QList<GuideEntry> guideEntries(const QDateTime &createdSince = QDateTime(), const QDateTime &createdBefore = QDateTime()) const;
    QList<MailingAddress> mailingAddresses(Audience audience) const;
    /// The directory's figures for the latest year with declared figures.
    KeyFigures keyFigures() const;

private:
    // The guide's lists, added to the entries found by id (@p indexOf).
    void addCompetencies(QList<GuideEntry> &entries, const QHash<qint64, int> &indexOf) const;
    void addGuideContacts(QList<GuideEntry> &entries, const QHash<qint64, int> &indexOf) const;

    QString m_connectionName;
};
