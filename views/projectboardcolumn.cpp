#include "projectboardcolumn.h"

#include "models/itemmodels/projecttablemodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

ProjectBoardColumn::ProjectBoardColumn(int stage, QWidget *parent)
    : QListView(parent)
    , m_stage(stage)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Cards are all of one height (ProjectCardDelegate::sizeHint()).
    setUniformItemSizes(true);
}

void ProjectBoardColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(ProjectTableModel::mimeType()) && event->source() != this)
        event->acceptProposedAction();
    else
        event->ignore();
}

void ProjectBoardColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(ProjectTableModel::mimeType()) && event->source() != this)
        event->acceptProposedAction();
    else
        event->ignore();
}

void ProjectBoardColumn::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = ProjectTableModel::idsFromMime(event->mimeData());
    if (ids.isEmpty() || event->source() == this) {
        event->ignore();
        return;
    }
    // The model is rebuilt from the store after the change: the view must not
    // move rows itself, so the drop is reported and accepted as a copy.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit projectsDropped(ids, m_stage);
}
