#pragma once

#include <QList>
#include <QWidget>

class ProjectBoardColumn;
class ProjectFilterProxy;
class QAbstractItemModel;
class QLabel;

/// The projects' board: one column per stage, in the order of the pipeline,
/// each headed by its stage and its number of cards. Dragging a card to
/// another column asks for a change of stage (stageChangeRequested); a
/// double click asks to open the project's sheet.
class ProjectBoard : public QWidget
{
    Q_OBJECT

public:
    /// @p model is the filtered list of every project (rows of ProjectTableModel).
    explicit ProjectBoard(QAbstractItemModel *model, QWidget *parent = nullptr);

    ProjectBoardColumn *column(int stage) const { return m_columns.value(stage); }
    /// The project selected in any column, 0 when none.
    qint64 currentProjectId() const;
    void selectProject(qint64 id);
    /// Whether cards may be dragged to another column (not for a reader of
    /// a shared server: @p why is the sentence each column shows as its tip).
    void setMovable(bool movable, const QString &why = QString());

signals:
    void stageChangeRequested(const QList<qint64> &ids, int stage);
    void openRequested(qint64 id);
    void currentProjectChanged(qint64 id);

private:
    void updateCounts();

    QList<ProjectBoardColumn *> m_columns;
    QList<ProjectFilterProxy *> m_proxies;
    QList<QLabel *> m_headers;
};
