#pragma once

#include "planitem.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <vector>

/// One plan's items held as a tree in memory, with what is derived from it:
/// the codes (1, 1.2, 1.2.3, renumbered after every move) and the roll-up of
/// each node as of a given "today" (injected, so tests and the demo are
/// reproducible).
///
/// Roll-up rules: a leaf's progress is its own; a parent's progress is the
/// mean of its children's, weighted by each child's planned budget when every
/// child has one (a child's budget is its own, or else the sum of its
/// children's), equal weights otherwise. An action is late when its due date
/// has passed and it is neither done nor abandoned; lateness is counted up the
/// tree. Status counts are of actions and sub-actions, the node included.
class PlanTree
{
public:
    struct RollUp
    {
        double progress = 0;
        qint64 budgetPlannedCents = 0; ///< own, or the children's sum when none
        qint64 budgetSpentCents = 0;   ///< own plus the descendants'
        std::array<int, 5> statusCounts{}; ///< indexed by PlanItem::Status
        int lateCount = 0;             ///< late actions here and below
        bool late = false;             ///< this item itself is late
        int actionCount() const { return statusCounts[0] + statusCounts[1] + statusCounts[2] + statusCounts[3] + statusCounts[4]; }
    };

    struct Node
    {
        PlanItem item;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        QString code;
        RollUp rollUp;
        int row() const;
    };

    PlanTree();

    /// Builds the tree from rows in any order (parentId and position decide).
    void reset(const QList<PlanItem> &items);
    void clear();

    Node *root() { return &m_root; }
    const Node *root() const { return &m_root; }
    Node *node(qint64 id) const { return m_index.value(id); }
    int size() const { return int(m_index.size()); }

    /// Structural edits; callers renumber and roll up with recompute().
    Node *insert(const PlanItem &item, qint64 parentId, int row);
    void remove(qint64 id);
    void move(qint64 id, qint64 newParentId, int row);
    void update(const PlanItem &item);

    /// Codes and roll-ups of every node, as of @p today; the root's roll-up
    /// is the whole plan's.
    void recompute(const QDate &today);

    /// True when @p item is late on @p today.
    static bool isLate(const PlanItem &item, const QDate &today);

    /// Every node depth-first, parents before children.
    QList<const Node *> depthFirst() const;

private:
    void index(Node *node);
    void unindex(Node *node);
    void recompute(Node *node, const QString &prefix, const QDate &today);

    Node m_root;
    QHash<qint64, Node *> m_index;
};
