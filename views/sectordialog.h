#pragma once

#include <QDialog>

class QTreeView;
class SectorStore;
class SectorTreeModel;

/// Edits the hierarchy of sectors: add, add a sub-sector, rename in place,
/// choose a colour, remove an unused sector.
class SectorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SectorDialog(SectorStore *store, QWidget *parent = nullptr);

private:
    void addSector(bool asChild);
    void chooseColor();
    void removeSector();

    SectorStore *m_store;
    SectorTreeModel *m_model;
    QTreeView *m_tree;
};
