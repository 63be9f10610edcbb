#include "projectboard.h"

#include "models/domain/projectvocabulary.h"
#include "models/itemmodels/projectfilterproxy.h"
#include "models/itemmodels/projecttablemodel.h"
#include "projectboardcolumn.h"
#include "projectcarddelegate.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QVBoxLayout>

ProjectBoard::ProjectBoard(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("projectBoard"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *delegate = new ProjectCardDelegate(this);
    for (const Project::Stage stage : ProjectVocabulary::stages()) {
        const int key = int(stage);
        auto *proxy = new ProjectFilterProxy(this);
        proxy->setSourceModel(model);
        proxy->setStage(key);
        proxy->sort(ProjectTableModel::Name);
        auto *column = new ProjectBoardColumn(key, this);
        column->setObjectName(QStringLiteral("boardColumn_%1").arg(ProjectVocabulary::stageKey(stage)));
        column->setModel(proxy);
        column->setItemDelegate(delegate);
        column->setMinimumWidth(150);
        auto *header = new QLabel(this);
        header->setObjectName(QStringLiteral("boardHeader_%1").arg(ProjectVocabulary::stageKey(stage)));
        auto *box = new QVBoxLayout;
        box->addWidget(header);
        box->addWidget(column, 1);
        layout->addLayout(box, 1);
        m_columns << column;
        m_proxies << proxy;
        m_headers << header;
        connect(column, &ProjectBoardColumn::projectsDropped, this, &ProjectBoard::stageChangeRequested);
        connect(column, &QAbstractItemView::doubleClicked, this,
                [this](const QModelIndex &index) { emit openRequested(index.data(ProjectTableModel::IdRole).toLongLong()); });
        connect(column->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, column](const QModelIndex &index) {
            // One selection on the whole board: choosing a card clears the others.
            if (!index.isValid())
                return;
            for (ProjectBoardColumn *other : std::as_const(m_columns)) {
                if (other != column)
                    other->clearSelection();
            }
            emit currentProjectChanged(index.data(ProjectTableModel::IdRole).toLongLong());
        });
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(proxy, signal, this, &ProjectBoard::updateCounts);
        connect(proxy, &QAbstractItemModel::modelReset, this, &ProjectBoard::updateCounts);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &ProjectBoard::updateCounts);
    }
    updateCounts();
}

void ProjectBoard::updateCounts()
{
    const QList<Project::Stage> stages = ProjectVocabulary::stages();
    for (int i = 0; i < m_headers.size(); ++i)
        m_headers.at(i)->setText(QStringLiteral("<b>%1</b> (%2)").arg(ProjectVocabulary::stageLabel(stages.at(i))).arg(m_proxies.at(i)->rowCount()));
}

qint64 ProjectBoard::currentProjectId() const
{
    for (ProjectBoardColumn *column : m_columns) {
        const QModelIndexList selected = column->selectionModel()->selectedIndexes();
        if (!selected.isEmpty())
            return selected.first().data(ProjectTableModel::IdRole).toLongLong();
    }
    return 0;
}

void ProjectBoard::selectProject(qint64 id)
{
    for (int i = 0; i < m_columns.size(); ++i) {
        ProjectFilterProxy *proxy = m_proxies.at(i);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, 0);
            if (index.data(ProjectTableModel::IdRole).toLongLong() == id) {
                m_columns.at(i)->setCurrentIndex(index);
                m_columns.at(i)->scrollTo(index);
                return;
            }
        }
    }
}

void ProjectBoard::setMovable(bool movable, const QString &why)
{
    for (ProjectBoardColumn *column : std::as_const(m_columns)) {
        column->setDragEnabled(movable);
        column->setAcceptDrops(movable);
        column->setDragDropMode(movable ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
        column->setToolTip(why);
    }
}
