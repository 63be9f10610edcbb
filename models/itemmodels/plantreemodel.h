#pragma once

#include "models/domain/plan.h"
#include "models/domain/plantree.h"

#include <QAbstractItemModel>
#include <QDate>

class PlanStore;
class QUndoStack;

/// The items of one plan as a tree: code, title, status, progress, dates,
/// pilot and budgets, with the roll-up of every parent. It follows the
/// store's signals with insert/remove/move pairs, so an undo or a drop
/// elsewhere shows at once without a reload. Drops and keyboard moves become
/// MovePlanItemCommand pushed on the undo stack.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, TitleColumn, StatusColumn, ProgressColumn, StartColumn, DueColumn, PilotColumn,
                  BudgetColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,          ///< int(PlanItem::Kind)
        StatusRole,        ///< int(PlanItem::Status)
        LateRole,          ///< bool: the item itself is late
        LateCountRole,     ///< late actions here and below
        ProgressRole,      ///< double, rolled up
        StartRole,         ///< QDate, first day
        DueRole,           ///< QDate, last day
        PilotRole,         ///< qint64 contact id
        PartnersRole,      ///< QList<qint64> actor ids (as QVariantList)
        SortRole,
    };

    explicit PlanTreeModel(PlanStore *store, QObject *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    /// The plan shown; 0 shows nothing.
    void setPlan(qint64 planId);
    qint64 planId() const { return m_planId; }
    /// The day lateness is judged against (today unless a test or the demo says otherwise).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const PlanTree &tree() const { return m_tree; }
    const PlanTree::Node *node(const QModelIndex &index) const;
    QModelIndex indexById(qint64 id, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// Moves @p id to @p row under @p newParentId (row counted once the item
    /// has left its place) through the undo stack; false when not possible.
    bool requestMove(qint64 id, qint64 newParentId, int row);

    /// Pilot name for display (contact or text).
    QString pilotName(const PlanItem &item) const;

private:
    void reload();
    void onInserted(qint64 planId, qint64 id);
    void onRemoved(qint64 planId, qint64 id);
    void onMoved(qint64 planId, qint64 id);
    void onChanged(qint64 planId, qint64 id);
    void onReset(qint64 planId);
    void refreshDerived();
    void emitAllChanged(const QModelIndex &parent);
    QModelIndex indexOfNode(const PlanTree::Node *node, int column = 0) const;

    PlanStore *m_store;
    QUndoStack *m_undo = nullptr;
    qint64 m_planId = 0;
    QDate m_today;
    PlanTree m_tree;
    mutable QHash<qint64, QString> m_contactNames;
};
