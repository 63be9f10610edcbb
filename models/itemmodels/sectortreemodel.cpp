#include "sectortreemodel.h"

#include "models/stores/sectorstore.h"

SectorTreeModel::SectorTreeModel(SectorStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(store, &SectorStore::sectorsChanged, this, &SectorTreeModel::reload);
    reload();
}

void SectorTreeModel::reload()
{
    beginResetModel();
    m_sectors = m_store->all();
    m_parentItem.clear();
    m_children = QList<QList<int>>(m_sectors.size() + 1);
    for (int i = 0; i < m_sectors.size(); ++i) {
        int parentItem = -1;
        for (int j = 0; j < i; ++j) {
            if (m_sectors.at(j).id == m_sectors.at(i).parentId) {
                parentItem = j;
                break;
            }
        }
        m_parentItem << parentItem;
        m_children[parentItem < 0 ? m_sectors.size() : parentItem] << i;
    }
    endResetModel();
}

QList<int> SectorTreeModel::childrenOf(int item) const
{
    return m_children.value(item < 0 ? m_sectors.size() : item);
}

int SectorTreeModel::rowOf(int item) const
{
    return childrenOf(m_parentItem.value(item, -1)).indexOf(item);
}

QModelIndex SectorTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const int parentItem = parent.isValid() ? int(parent.internalId()) : -1;
    const QList<int> children = childrenOf(parentItem);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex SectorTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentItem = m_parentItem.value(int(child.internalId()), -1);
    if (parentItem < 0)
        return {};
    return createIndex(rowOf(parentItem), 0, quintptr(parentItem));
}

int SectorTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int SectorTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Sector SectorTreeModel::sectorAt(const QModelIndex &index) const
{
    return index.isValid() ? m_sectors.value(int(index.internalId())) : Sector();
}

QVariant SectorTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Sector &s = m_sectors.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.name;
    case Qt::DecorationRole:
    case ColorRole:
        return s.color;
    case IdRole:
        return s.id;
    case PathRole: {
        QStringList parts{s.name};
        for (int p = m_parentItem.value(int(index.internalId()), -1); p >= 0; p = m_parentItem.value(p, -1))
            parts.prepend(m_sectors.at(p).name);
        return parts.join(QStringLiteral(" › "));
    }
    }
    return {};
}

bool SectorTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Sector s = m_sectors.at(int(index.internalId()));
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == s.name)
            return false;
        s.name = name;
    } else if (role == ColorRole) {
        s.color = value.value<QColor>();
    } else {
        return false;
    }
    // The store's signal reloads the whole tree.
    return m_store->update(s);
}

Qt::ItemFlags SectorTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant SectorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Sector");
    return {};
}

QModelIndex SectorTreeModel::indexById(qint64 id) const
{
    for (int i = 0; i < m_sectors.size(); ++i) {
        if (m_sectors.at(i).id == id)
            return createIndex(rowOf(i), 0, quintptr(i));
    }
    return {};
}
