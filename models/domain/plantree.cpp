#include "plantree.h"

#include "planvocabulary.h"

#include <algorithm>

int PlanTree::Node::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == this)
            return int(i);
    }
    return -1;
}

PlanTree::PlanTree()
{
    m_root.item.kind = PlanItem::Kind::Objective;
}

void PlanTree::clear()
{
    m_root.children.clear();
    m_index.clear();
}

void PlanTree::reset(const QList<PlanItem> &items)
{
    clear();
    QList<PlanItem> sorted = items;
    std::stable_sort(sorted.begin(), sorted.end(), [](const PlanItem &a, const PlanItem &b) { return a.position < b.position; });
    QHash<qint64, Node *> created;
    for (const PlanItem &item : sorted) {
        auto node = std::make_unique<Node>();
        node->item = item;
        created.insert(item.id, node.get());
        m_index.insert(item.id, node.release());
    }
    // Ownership goes to the parents; a row whose parent is missing hangs at the top.
    for (const PlanItem &item : sorted) {
        Node *n = created.value(item.id);
        Node *parent = item.parentId != 0 ? created.value(item.parentId, &m_root) : &m_root;
        n->parent = parent;
        parent->children.emplace_back(n);
    }
}

void PlanTree::index(Node *node)
{
    m_index.insert(node->item.id, node);
    for (auto &child : node->children)
        index(child.get());
}

void PlanTree::unindex(Node *node)
{
    m_index.remove(node->item.id);
    for (auto &child : node->children)
        unindex(child.get());
}

PlanTree::Node *PlanTree::insert(const PlanItem &item, qint64 parentId, int row)
{
    Node *parent = parentId ? node(parentId) : &m_root;
    if (!parent)
        parent = &m_root;
    auto n = std::make_unique<Node>();
    n->item = item;
    n->item.parentId = parent == &m_root ? 0 : parentId;
    n->parent = parent;
    Node *raw = n.get();
    row = std::clamp(row, 0, int(parent->children.size()));
    parent->children.insert(parent->children.begin() + row, std::move(n));
    index(raw);
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->item.position = int(i);
    return raw;
}

void PlanTree::remove(qint64 id)
{
    Node *n = node(id);
    if (!n)
        return;
    Node *parent = n->parent;
    unindex(n);
    parent->children.erase(parent->children.begin() + n->row());
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->item.position = int(i);
}

void PlanTree::move(qint64 id, qint64 newParentId, int row)
{
    Node *n = node(id);
    Node *to = newParentId ? node(newParentId) : &m_root;
    if (!n || !to)
        return;
    Node *from = n->parent;
    // Moving under itself or a descendant would cut the branch off the tree.
    for (const Node *p = to; p; p = p->parent) {
        if (p == n)
            return;
    }
    const int oldRow = n->row();
    std::unique_ptr<Node> owned = std::move(from->children[size_t(oldRow)]);
    from->children.erase(from->children.begin() + oldRow);
    row = std::clamp(row, 0, int(to->children.size()));
    owned->parent = to;
    owned->item.parentId = to == &m_root ? 0 : newParentId;
    to->children.insert(to->children.begin() + row, std::move(owned));
    for (Node *p : {from, to}) {
        for (size_t i = 0; i < p->children.size(); ++i)
            p->children[i]->item.position = int(i);
    }
}

void PlanTree::update(const PlanItem &item)
{
    Node *n = node(item.id);
    if (!n)
        return;
    // The tree places the node: an edit of fields never moves it.
    const qint64 parentId = n->item.parentId;
    const int position = n->item.position;
    n->item = item;
    n->item.parentId = parentId;
    n->item.position = position;
}

bool PlanTree::isLate(const PlanItem &item, const QDate &today)
{
    if (item.status == PlanItem::Status::Done || item.status == PlanItem::Status::Abandoned)
        return false;
    const QDate due = PlanVocabulary::lastDay(item.due);
    return due.isValid() && due < today;
}

void PlanTree::recompute(const QDate &today)
{
    recompute(&m_root, QString(), today);
}

void PlanTree::recompute(Node *node, const QString &code, const QDate &today)
{
    node->code = code;
    RollUp r;
    const PlanItem &item = node->item;
    const bool counted = node != &m_root && item.isAction();
    r.late = counted && isLate(item, today);
    if (counted) {
        r.statusCounts[size_t(item.status)] += 1;
        if (r.late)
            r.lateCount += 1;
    }
    r.budgetSpentCents = node == &m_root ? 0 : item.budgetSpentCents;
    qint64 childBudget = 0;
    bool allBudgeted = !node->children.empty();
    for (size_t i = 0; i < node->children.size(); ++i) {
        Node *child = node->children[i].get();
        recompute(child, code.isEmpty() ? QString::number(i + 1) : code + QLatin1Char('.') + QString::number(i + 1), today);
        const RollUp &c = child->rollUp;
        for (size_t s = 0; s < r.statusCounts.size(); ++s)
            r.statusCounts[s] += c.statusCounts[s];
        r.lateCount += c.lateCount;
        r.budgetSpentCents += c.budgetSpentCents;
        childBudget += c.budgetPlannedCents;
        if (c.budgetPlannedCents <= 0)
            allBudgeted = false;
    }
    r.budgetPlannedCents = node != &m_root && item.budgetPlannedCents > 0 ? item.budgetPlannedCents : childBudget;
    if (node->children.empty()) {
        r.progress = item.progress;
    } else if (allBudgeted) {
        double sum = 0;
        for (const auto &child : node->children)
            sum += child->rollUp.progress * double(child->rollUp.budgetPlannedCents);
        r.progress = sum / double(childBudget);
    } else {
        double sum = 0;
        for (const auto &child : node->children)
            sum += child->rollUp.progress;
        r.progress = sum / double(node->children.size());
    }
    node->rollUp = r;
}

QList<const PlanTree::Node *> PlanTree::depthFirst() const
{
    QList<const Node *> out;
    std::vector<const Node *> stack;
    for (auto it = m_root.children.rbegin(); it != m_root.children.rend(); ++it)
        stack.push_back(it->get());
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        out << n;
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return out;
}
