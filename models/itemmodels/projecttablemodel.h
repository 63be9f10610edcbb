#pragma once

#include "models/domain/projectcard.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

/// The projects as cards (see ProjectCard), for the board's columns, the
/// list and the "to do" of the Projets tab. Display is localised; SortRole
/// holds typed values; ids and filter keys are in roles of their own. Cards
/// drag as their ids (mimeType()), so a column of the board can take them.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Stage, StageSince, Sector, Commune, Holders, AccompaniedBy, NextStep, NextStepDue, JobsExpected,
                  JobsCreated, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, StageRole, LateRole, SectorIdRole, EpciRole, AccompanierIdsRole,
                HoldersRole, NextStepRole, NextStepDueRole };

    explicit ProjectTableModel(QObject *parent = nullptr);

    /// @p cards in reading order, as ProjectStore::cards() gives them: the
    /// name column sorts by that order.
    void setCards(const QList<ProjectCard> &cards);
    const QList<ProjectCard> &cards() const { return m_cards; }
    /// The day lateness is judged on (Clock::today() by default).
    void setToday(const QDate &today);
    int rowOf(qint64 id) const;

    static QString mimeType();
    static QList<qint64> idsFromMime(const class QMimeData *data);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::MoveAction; }

private:
    QVariant display(const ProjectCard &card, int column) const;
    QVariant sortValue(const ProjectCard &card, int row, int column) const;

    QList<ProjectCard> m_cards;
    QDate m_today;
};
