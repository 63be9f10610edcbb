#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// How a person recognises a shared record in the list of conflicts:
/// "Acteur « Les Jardins de Cocagne »", "Événement « Forum de l'ESS »".
class SyncRecordLabel
{
    Q_DECLARE_TR_FUNCTIONS(SyncRecordLabel)

public:
    static QString of(const QString &kind, const QJsonObject &data);
    /// The kind of record in words ("Actor", "Event"…).
    static QString kindName(const QString &kind);
    /// A field in words ("Phone" for phone); the column's name when it has none.
    static QString fieldName(const QString &field);
};
