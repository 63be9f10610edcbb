#include "plantreemodel.h"

#include "models/domain/clock.h"
#include "models/domain/planvocabulary.h"
#include "models/stores/planstore.h"
#include "models/undo/moveplanitemcommand.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>

#include <cmath>

namespace {
const QString mimeType = QStringLiteral("application/x-essaim-plan-item");
}

PlanTreeModel::PlanTreeModel(PlanStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_today(Clock::today())
{
    connect(m_store, &PlanStore::itemInserted, this, &PlanTreeModel::onInserted);
    connect(m_store, &PlanStore::itemRemoved, this, &PlanTreeModel::onRemoved);
    connect(m_store, &PlanStore::itemMoved, this, &PlanTreeModel::onMoved);
    connect(m_store, &PlanStore::itemChanged, this, &PlanTreeModel::onChanged);
    connect(m_store, &PlanStore::planReset, this, &PlanTreeModel::onReset);
    connect(m_store, &PlanStore::plansChanged, this, [this] {
        if (m_planId && !m_store->plan(m_planId))
            setPlan(0);
    });
}

void PlanTreeModel::setPlan(qint64 planId)
{
    m_planId = planId;
    reload();
}

void PlanTreeModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    refreshDerived();
}

void PlanTreeModel::reload()
{
    beginResetModel();
    m_contactNames.clear();
    if (m_planId)
        m_tree.reset(m_store->items(m_planId));
    else
        m_tree.clear();
    m_tree.recompute(m_today);
    endResetModel();
}

const PlanTree::Node *PlanTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_tree.root();
    return static_cast<const PlanTree::Node *>(index.internalPointer());
}

QModelIndex PlanTreeModel::indexOfNode(const PlanTree::Node *n, int column) const
{
    if (!n || n == m_tree.root())
        return {};
    return createIndex(n->row(), column, const_cast<PlanTree::Node *>(n));
}

QModelIndex PlanTreeModel::indexById(qint64 id, int column) const
{
    return indexOfNode(m_tree.node(id), column);
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const PlanTree::Node *p = node(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const PlanTree::Node *n = node(child);
    return indexOfNode(n->parent);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const PlanTree::Node *p = node(parent);
    return p ? int(p->children.size()) : 0;
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PlanTreeModel::pilotName(const PlanItem &item) const
{
    if (item.pilotContactId) {
        auto it = m_contactNames.find(item.pilotContactId);
        if (it == m_contactNames.end())
            it = m_contactNames.insert(item.pilotContactId, m_store->contactName(item.pilotContactId));
        if (!it->isEmpty())
            return *it;
    }
    return item.pilotName;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PlanTree::Node *n = node(index);
    const PlanItem &item = n->item;
    const PlanTree::RollUp &r = n->rollUp;
    switch (role) {
    case IdRole: return item.id;
    case KindRole: return int(item.kind);
    case StatusRole: return int(item.status);
    case LateRole: return r.late;
    case LateCountRole: return r.lateCount;
    case ProgressRole: return r.progress;
    case StartRole: return PlanVocabulary::firstDay(item.start);
    case DueRole: return PlanVocabulary::lastDay(item.due);
    case PilotRole: return item.pilotContactId;
    case PartnersRole: {
        QVariantList ids;
        for (qint64 id : item.partnerActorIds)
            ids << id;
        return ids;
    }
    default: break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const QLocale locale;
        switch (index.column()) {
        case CodeColumn: return n->code;
        case TitleColumn: return item.title;
        case StatusColumn:
            if (!item.isAction()) {
                if (r.actionCount() == 0)
                    return QString();
                return tr("%1/%2 done").arg(r.statusCounts[size_t(PlanItem::Status::Done)]).arg(r.actionCount());
            }
            return PlanVocabulary::statusText(item.status, r.late);
        case ProgressColumn:
            if (role == SortRole)
                return r.progress;
            return tr("%1 %").arg(locale.toString(std::lround(r.progress)));
        case StartColumn: return role == SortRole ? QVariant(item.start) : QVariant(PlanVocabulary::displayDate(item.start, QLocale::ShortFormat));
        case DueColumn: return role == SortRole ? QVariant(item.due) : QVariant(PlanVocabulary::displayDate(item.due, QLocale::ShortFormat));
        case PilotColumn: return pilotName(item);
        case BudgetColumn:
            if (role == SortRole)
                return r.budgetPlannedCents;
            return r.budgetPlannedCents ? locale.toCurrencyString(double(r.budgetPlannedCents) / 100.0, QStringLiteral("€"))
                                        : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn || index.column() == CodeColumn) {
            QStringList lines;
            for (auto s : PlanVocabulary::allStatuses()) {
                if (r.statusCounts[size_t(s)])
                    lines << tr("%1: %2").arg(PlanVocabulary::statusLabel(s)).arg(r.statusCounts[size_t(s)]);
            }
            if (r.lateCount)
                lines << tr("%n late action(s)", nullptr, r.lateCount);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == TitleColumn)
            return item.description.isEmpty() ? item.title : item.title + QStringLiteral("\n\n") + item.description;
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ProgressColumn || index.column() == BudgetColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !item.isAction() && index.column() == TitleColumn) {
        QFont font;
        font.setBold(item.kind == PlanItem::Kind::Objective);
        return font;
    }
    return {};
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("No.");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case ProgressColumn: return tr("Progress");
    case StartColumn: return tr("Start");
    case DueColumn: return tr("Due");
    case PilotColumn: return tr("Pilot");
    case BudgetColumn: return tr("Planned budget");
    default: return {};
    }
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions PlanTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PlanTreeModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *PlanTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        const qint64 id = i.data(IdRole).toLongLong();
        if (!ids.contains(id))
            ids << id;
    }
    stream << m_planId << ids;
    auto *mime = new QMimeData;
    mime->setData(mimeType, bytes);
    return mime;
}

bool PlanTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(mimeType))
        return false;
    QDataStream stream(data->data(mimeType));
    qint64 planId = 0;
    QList<qint64> ids;
    stream >> planId >> ids;
    if (planId != m_planId || ids.size() != 1)
        return false;
    // Not into itself or its own branch.
    for (const PlanTree::Node *p = node(parent); p; p = p->parent) {
        if (p->item.id == ids.first() && p != m_tree.root())
            return false;
    }
    return true;
}

bool PlanTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream stream(data->data(mimeType));
    qint64 planId = 0;
    QList<qint64> ids;
    stream >> planId >> ids;
    const PlanTree::Node *target = node(parent);
    const PlanTree::Node *moving = m_tree.node(ids.first());
    if (!moving)
        return false;
    if (row < 0)
        row = int(target->children.size());
    // The view counts rows with the item still in place.
    if (moving->parent == target && moving->row() < row)
        --row;
    requestMove(moving->item.id, target == m_tree.root() ? 0 : target->item.id, row);
    // The move is done through the store; the view must not remove the source rows.
    return false;
}

bool PlanTreeModel::requestMove(qint64 id, qint64 newParentId, int row)
{
    const PlanTree::Node *n = m_tree.node(id);
    if (!n)
        return false;
    const PlanTree::Node *target = newParentId ? m_tree.node(newParentId) : m_tree.root();
    if (!target)
        return false;
    for (const PlanTree::Node *p = target; p; p = p->parent) {
        if (p == n)
            return false;
    }
    const int max = int(target->children.size()) - (n->parent == target ? 1 : 0);
    if (row < 0 || row > max || (n->parent == target && n->row() == row))
        return false;
    auto *command = new MovePlanItemCommand(m_store, id, newParentId, row);
    if (!command->applyNow() || !m_undo) {
        const bool moved = command->succeeded();
        delete command;
        return moved;
    }
    m_undo->push(command);
    return true;
}

void PlanTreeModel::onInserted(qint64 planId, qint64 id)
{
    if (planId != m_planId)
        return;
    const QList<PlanItem> branch = m_store->subtree(id);
    if (branch.isEmpty())
        return;
    const PlanItem &root = branch.first();
    const PlanTree::Node *parent = root.parentId ? m_tree.node(root.parentId) : m_tree.root();
    if (!parent) {
        reload();
        return;
    }
    beginInsertRows(indexOfNode(parent), root.position, root.position);
    for (const PlanItem &item : branch)
        m_tree.insert(item, item.parentId, item.position);
    endInsertRows();
    refreshDerived();
}

void PlanTreeModel::onRemoved(qint64 planId, qint64 id)
{
    if (planId != m_planId)
        return;
    const PlanTree::Node *n = m_tree.node(id);
    if (!n)
        return;
    const int row = n->row();
    beginRemoveRows(indexOfNode(n->parent), row, row);
    m_tree.remove(id);
    endRemoveRows();
    refreshDerived();
}

void PlanTreeModel::onMoved(qint64 planId, qint64 id)
{
    if (planId != m_planId)
        return;
    const PlanTree::Node *n = m_tree.node(id);
    const auto item = m_store->item(id);
    const PlanTree::Node *to = item && item->parentId ? m_tree.node(item->parentId) : m_tree.root();
    if (!n || !item || !to) {
        reload();
        return;
    }
    const int oldRow = n->row();
    const int newRow = item->position;
    const int destination = (n->parent == to && newRow > oldRow) ? newRow + 1 : newRow;
    if (beginMoveRows(indexOfNode(n->parent), oldRow, oldRow, indexOfNode(to), destination)) {
        m_tree.move(id, item->parentId, newRow);
        endMoveRows();
    }
    refreshDerived();
}

void PlanTreeModel::onChanged(qint64 planId, qint64 id)
{
    if (planId != m_planId)
        return;
    const auto item = m_store->item(id);
    if (!item)
        return;
    m_contactNames.remove(item->pilotContactId);
    m_tree.update(*item);
    refreshDerived();
}

void PlanTreeModel::onReset(qint64 planId)
{
    if (planId == m_planId)
        reload();
}

void PlanTreeModel::refreshDerived()
{
    m_tree.recompute(m_today);
    emitAllChanged({});
}

void PlanTreeModel::emitAllChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int r = 0; r < rows; ++r)
        emitAllChanged(index(r, 0, parent));
}
