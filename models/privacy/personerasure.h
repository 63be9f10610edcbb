#pragma once

#include "models/domain/contact.h"

#include <QList>
#include <QString>
#include <QVariantList>

/// What an erasure removed, kept in memory only so that Edit > Undo can put
/// it back during the session; never written anywhere.
struct PersonErasure
{
    struct Row {
        QString table;
        qint64 id = 0;
        QStringList columns;
        QVariantList values;
    };
    bool hadContact = false;
    Contact contact;
    qint64 contactPosition = 0;
    QList<Row> rows; ///< the rows changed, as they were
    QList<QVariantList> consentHistory;
    QList<QVariantList> retentionDecisions;
    QList<QVariantList> projectHolders; ///< the projects they held: the link goes with the contact
    qint64 actorId = 0;
    int registrations = 0;
    bool committed = false; ///< the erasure is in the file (even if compacting it failed)
};
