#include "directorypickermodel.h"

DirectoryPickerModel::DirectoryPickerModel(const QString &connectionName, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_lookup(connectionName)
    , m_kind(kind)
{
}

void DirectoryPickerModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    beginResetModel();
    m_matches = m_kind == Kind::Actors ? m_lookup.findActors(text, limit()) : m_lookup.findContacts(text, limit());
    endResetModel();
}

int DirectoryPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant DirectoryPickerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matches.size())
        return {};
    const DirectoryLookup::Match &m = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.detail.isEmpty() ? m.name : QStringLiteral("%1 — %2").arg(m.name, m.detail);
    case Qt::EditRole:
    case NameRole:
        return m.name;
    case Qt::ToolTipRole:
        return m.email.isEmpty() ? QVariant() : QVariant(m.email);
    case IdRole:
        return m.id;
    case ActorIdRole:
        return m.actorId;
    case DetailRole:
        return m.detail;
    case EmailRole:
        return m.email;
    }
    return {};
}
