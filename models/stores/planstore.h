#pragma once

#include "models/domain/accompanimentfigures.h"
#include "models/domain/plan.h"
#include "models/domain/planitem.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <optional>

/// The SQL of plans of action: plans, their item trees (id, parent_id,
/// position), and each item's partners, indicators and journal, always
/// written whole in one transaction. Every change is announced after its
/// commit, with the plan and item it concerns, so a tree model can follow
/// with its insert/remove/move pairs instead of reloading.
class PlanStore : public QObject
{
    Q_OBJECT

public:
    explicit PlanStore(const QString &connectionName, QObject *parent = nullptr);

    QList<Plan> plans() const;
    std::optional<Plan> plan(qint64 id) const;
    /// The plan of that exact name, if any.
    std::optional<Plan> planByName(const QString &name) const;
    /// Inserts (id 0: a new id is written back) or updates.
    bool savePlan(Plan &plan);
    bool removePlan(qint64 id);
    /// Puts back a deleted plan with its ids and every item, parents first
    /// (the undo of removePlan()).
    bool restorePlan(const Plan &plan, const QList<PlanItem> &items);

    /// Every action of every plan as (id, "Plan — Action"): what the event
    /// editor offers to link an event to.
    QList<QPair<qint64, QString>> actionChoices() const;
    /// Every item of a plan, with partners, indicators and journal; an
    /// indicator counted from the projects has the value of the plan's
    /// period as it is now (AccompanimentReader::figures()).
    QList<PlanItem> items(qint64 planId) const;
    std::optional<PlanItem> item(qint64 id) const;
    /// The item and all its descendants, parents before children.
    QList<PlanItem> subtree(qint64 id) const;

    /// Inserts @p item under item.parentId at item.position, shifting the
    /// siblings after it. An id of 0 gets a new one (written back); another id
    /// is kept (the redo of a creation).
    bool insertItem(PlanItem &item);
    /// Puts back a branch taken by subtree(): the first item at its position,
    /// the others under their parents with their ids.
    bool insertSubtree(const QList<PlanItem> &items);
    /// Deletes the item and its descendants, closing the gap among siblings.
    bool removeItem(qint64 id);
    /// Moves the item (with its branch) under @p newParentId (0: top of the
    /// plan) to @p row, counted among the new siblings once it has left its
    /// old place.
    bool moveItem(qint64 id, qint64 newParentId, int row);
    /// Writes every field but the place in the tree.
    bool updateItem(const PlanItem &item);

    /// A whole plan in one transaction. In @p items, id and parentId are keys
    /// local to the list (parents first); the stored ids are written back.
    bool importPlan(Plan &plan, QList<PlanItem> &items);
    struct PlanWithItems
    {
        Plan plan;
        QList<PlanItem> items;
    };
    /// Several plans in one transaction: all are written or none.
    bool importPlans(QList<PlanWithItems> &plans);

    /// Turns the pilot and partner names of imported items into directory
    /// links where a contact or an actor has exactly that name (case and
    /// accents ignored); names that match nothing stay as text.
    void resolveDirectoryNames(QList<PlanItem> &items) const;

    /// Directory contacts whose name contains @p text, at most @p limit (the
    /// directory may hold a hundred thousand): id and "First Last (Actor)".
    QList<QPair<qint64, QString>> findContacts(const QString &text, int limit = 30) const;
    QString contactName(qint64 contactId) const;
    /// Active actors whose name contains @p text, at most @p limit.
    QList<QPair<qint64, QString>> findActors(const QString &text, int limit = 50) const;
    QString actorName(qint64 actorId) const;

    QString errorString() const { return m_error; }

signals:
    void plansChanged();
    void itemInserted(qint64 planId, qint64 id);
    void itemRemoved(qint64 planId, qint64 id);
    void itemMoved(qint64 planId, qint64 id);
    void itemChanged(qint64 planId, qint64 id);
    /// Many items of the plan changed at once (import, demo data).
    void planReset(qint64 planId);

private:
    bool writePlanWithItems(Plan &plan, QList<PlanItem> &items);
    bool writeItem(const PlanItem &item, bool insert);
    bool writeDetails(const PlanItem &item);
    /// The pilot as stored: the contact, or a name without one.
    using Pilot = QPair<qint64, QString>;
    Pilot storedPilot(qint64 itemId) const;
    bool journalPilot(const PlanItem &item, const Pilot &before, const QString &action);
    bool shiftSiblings(qint64 planId, qint64 parentId, int from, int delta);
    void readDetails(QList<PlanItem> &items) const;
    /// Sets the achieved value of the indicators counted from the projects,
    /// over their plan's period.
    void countIndicators(QList<PlanItem> &items) const;
    static double countedValue(const AccompanimentFigures &figures, PlanIndicator::Source source);
    bool fail(const QString &what, const QString &sqlError);

    QString m_connectionName;
    QString m_error;
};
