#pragma once

#include "models/domain/sector.h"

#include <QAbstractItemModel>
#include <QList>

class SectorStore;

/// The sector hierarchy as a tree, with each sector's colour as decoration.
/// Names are edited in place; other changes go through the store and reload.
class SectorTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, ColorRole, PathRole };

    explicit SectorTreeModel(SectorStore *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexById(qint64 id) const;
    Sector sectorAt(const QModelIndex &index) const;
    void reload();

private:
    int rowOf(int item) const;
    QList<int> childrenOf(int item) const;

    SectorStore *m_store;
    QList<Sector> m_sectors;  ///< depth-first
    QList<int> m_parentItem;  ///< index in m_sectors of each item's parent, -1 at top
    QList<QList<int>> m_children; ///< children of each item; last slot = top level
};
