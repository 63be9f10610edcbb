#include "sectordialog.h"

#include "models/itemmodels/sectortreemodel.h"
#include "models/stores/sectorstore.h"
#include "prompter.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

SectorDialog::SectorDialog(SectorStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new SectorTreeModel(store, this))
{
    setObjectName(QStringLiteral("sectorDialog"));
    setWindowTitle(tr("Sectors of activity"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("sectorTree"));
    m_tree->setModel(m_model);
    m_tree->header()->hide();
    m_tree->expandAll();
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    layout->addWidget(m_tree);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add a sector"), this);
    auto *addChild = new QPushButton(tr("Add a &sub-sector"), this);
    auto *rename = new QPushButton(tr("&Rename"), this);
    auto *color = new QPushButton(tr("&Colour…"), this);
    auto *remove = new QPushButton(tr("R&emove"), this);
    for (QPushButton *b : {add, addChild, rename, color, remove})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, [this] { addSector(false); });
    connect(addChild, &QPushButton::clicked, this, [this] { addSector(true); });
    connect(rename, &QPushButton::clicked, this, [this] { m_tree->edit(m_tree->currentIndex()); });
    connect(color, &QPushButton::clicked, this, &SectorDialog::chooseColor);
    connect(remove, &QPushButton::clicked, this, &SectorDialog::removeSector);
    resize(420, 480);
}

void SectorDialog::addSector(bool asChild)
{
    Sector s;
    s.name = tr("New sector");
    const Sector current = m_model->sectorAt(m_tree->currentIndex());
    if (asChild && current.id == 0) {
        Prompter::warning(this, windowTitle(), tr("Select the sector that will hold the sub-sector first."));
        return;
    }
    s.parentId = asChild ? current.id : current.parentId;
    s.color = asChild ? current.color.lighter(120) : QColor(QStringLiteral("#808080"));
    if (!m_store->add(s)) {
        Prompter::warning(this, windowTitle(), tr("The sector could not be added (%1).").arg(m_store->errorString()));
        return;
    }
    const QModelIndex index = m_model->indexById(s.id);
    m_tree->setCurrentIndex(index);
    m_tree->edit(index);
}

void SectorDialog::chooseColor()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    const QColor color = QColorDialog::getColor(m_model->sectorAt(index).color, this, tr("Colour of the sector"));
    if (color.isValid())
        m_model->setData(index, color, SectorTreeModel::ColorRole);
}

void SectorDialog::removeSector()
{
    const Sector s = m_model->sectorAt(m_tree->currentIndex());
    if (s.id == 0)
        return;
    if (!m_store->remove(s.id))
        Prompter::warning(this, windowTitle(), tr("“%1” cannot be removed: %2").arg(s.name, m_store->errorString()));
}
