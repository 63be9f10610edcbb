#pragma once

#include "models/stores/directorylookup.h"

#include <QAbstractListModel>

/// The offers of a search-as-you-type picker of an actor or a contact: at
/// most limit() matches of the text typed so far, asked of DirectoryLookup
/// at each change of the text. The display names the match and what tells
/// two namesakes apart (the actor's commune, the contact's actor); NameRole
/// is what the picker's field shows once chosen.
class DirectoryPickerModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Actors, Contacts };
    enum Role { IdRole = Qt::UserRole + 1, ActorIdRole, NameRole, DetailRole, EmailRole };

    DirectoryPickerModel(const QString &connectionName, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    static constexpr int limit() { return 50; }
    /// Looks the text up again (nothing for an empty text).
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    DirectoryLookup::Match match(int row) const { return m_matches.value(row); }
    /// The actors @p ids with their names (the partners already chosen).
    QList<DirectoryLookup::Match> actors(const QList<qint64> &ids) const { return m_lookup.actors(ids); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    DirectoryLookup m_lookup;
    Kind m_kind;
    QString m_text;
    QList<DirectoryLookup::Match> m_matches;
};
