#pragma once

#include <QListView>

/// One column of the projects' board: the cards of one stage. Cards dragged
/// from another column are dropped here; the board turns the drop into a
/// change of stage (an undoable step), never the view itself.
class ProjectBoardColumn : public QListView
{
    Q_OBJECT

public:
    ProjectBoardColumn(int stage, QWidget *parent = nullptr);
    int stage() const { return m_stage; }

signals:
    void projectsDropped(const QList<qint64> &ids, int stage);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    int m_stage;
};
