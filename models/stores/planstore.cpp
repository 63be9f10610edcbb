#include "planstore.h"

#include "accompanimentreader.h"
#include "models/domain/clock.h"
#include "models/domain/planvocabulary.h"
#include "models/domain/textkey.h"
#include "models/privacy/personaldatajournal.h"
#include "models/storage/transaction.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

const char itemColumns[] =
    "id, plan_id, parent_id, position, kind, title, description, means, budget_planned_cents, budget_spent_cents, "
    "staff_hours, volunteer_hours, pilot_contact_id, pilot_name, partner_names, start_month, due_month, status, progress";

PlanItem readItem(const QSqlQuery &q)
{
    PlanItem item;
    item.id = q.value(0).toLongLong();
    item.planId = q.value(1).toLongLong();
    item.parentId = q.value(2).toLongLong();
    item.position = q.value(3).toInt();
    item.kind = PlanVocabulary::kindFromKey(q.value(4).toString()).value_or(PlanItem::Kind::Action);
    item.title = q.value(5).toString();
    item.description = q.value(6).toString();
    item.means = q.value(7).toString();
    item.budgetPlannedCents = q.value(8).toLongLong();
    item.budgetSpentCents = q.value(9).toLongLong();
    item.staffHours = q.value(10).toDouble();
    item.volunteerHours = q.value(11).toDouble();
    item.pilotContactId = q.value(12).toLongLong();
    item.pilotName = q.value(13).toString();
    item.partnerNames = q.value(14).toString();
    item.start = q.value(15).toString();
    item.due = q.value(16).toString();
    item.status = PlanVocabulary::statusFromKey(q.value(17).toString()).value_or(PlanItem::Status::ToStart);
    item.progress = q.value(18).toInt();
    return item;
}

} // namespace

PlanStore::PlanStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

bool PlanStore::fail(const QString &what, const QString &sqlError)
{
    m_error = tr("%1 (%2). Check that the database file is writable, then try again.").arg(what, sqlError);
    return false;
}

QList<Plan> PlanStore::plans() const
{
    QList<Plan> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, period_start, period_end FROM plans ORDER BY position, id")))
        return result;
    while (q.next())
        result << Plan{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return result;
}

std::optional<Plan> PlanStore::plan(qint64 id) const
{
    for (const Plan &p : plans()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<Plan> PlanStore::planByName(const QString &name) const
{
    for (const Plan &p : plans()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

bool PlanStore::savePlan(Plan &plan)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    const bool insert = plan.id == 0 || !this->plan(plan.id);
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO plans(id, name, period_start, period_end, position) "
                                 "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM plans))"));
        q.addBindValue(plan.id ? QVariant(plan.id) : QVariant(QMetaType(QMetaType::LongLong)));
    } else {
        q.prepare(QStringLiteral("UPDATE plans SET name = ?, period_start = ?, period_end = ? WHERE id = ?"));
    }
    q.addBindValue(text(plan.name));
    q.addBindValue(text(plan.periodStart));
    q.addBindValue(text(plan.periodEnd));
    if (!insert)
        q.addBindValue(plan.id);
    if (!q.exec())
        return fail(tr("The plan “%1” could not be saved").arg(plan.name), q.lastError().text());
    if (plan.id == 0)
        plan.id = q.lastInsertId().toLongLong();
    emit plansChanged();
    return true;
}

bool PlanStore::restorePlan(const Plan &plan, const QList<PlanItem> &items)
{
    Transaction t(m_connectionName);
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(QStringLiteral("INSERT INTO plans(id, name, period_start, period_end, position) "
                                 "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM plans))"));
        q.addBindValue(plan.id);
        q.addBindValue(text(plan.name));
        q.addBindValue(text(plan.periodStart));
        q.addBindValue(text(plan.periodEnd));
        if (!q.exec())
            return fail(tr("The plan “%1” could not be saved").arg(plan.name), q.lastError().text());
    }
    for (const PlanItem &item : items) {
        if (!writeItem(item, true) || !writeDetails(item))
            return false;
    }
    if (!t.commit())
        return fail(tr("The plan “%1” could not be saved").arg(plan.name), t.errorString());
    emit plansChanged();
    emit planReset(plan.id);
    return true;
}

bool PlanStore::removePlan(qint64 id)
{
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(QStringLiteral("DELETE FROM plans WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("The plan could not be deleted"), q.lastError().text());
    }
    emit plansChanged();
    return true;
}

void PlanStore::readDetails(QList<PlanItem> &items) const
{
    if (items.isEmpty())
        return;
    QHash<qint64, int> at;
    for (int i = 0; i < items.size(); ++i)
        at.insert(items.at(i).id, i);
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // One query per detail table for the whole plan (or branch): the items of
    // a plan are few, and filtering here avoids building an IN list.
    const qint64 planId = items.first().planId;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT p.item_id, p.actor_id FROM plan_item_partners p JOIN plan_items i ON i.id = p.item_id "
                                 "WHERE i.plan_id = ? ORDER BY p.item_id, p.position"));
        q.addBindValue(planId);
        if (q.exec()) {
            while (q.next()) {
                const int i = at.value(q.value(0).toLongLong(), -1);
                if (i >= 0)
                    items[i].partnerActorIds << q.value(1).toLongLong();
            }
        }
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT d.item_id, d.id, d.kind, d.label, d.unit, d.target, d.achieved, d.source FROM plan_indicators d "
                                 "JOIN plan_items i ON i.id = d.item_id WHERE i.plan_id = ? ORDER BY d.item_id, d.position, d.id"));
        q.addBindValue(planId);
        if (q.exec()) {
            while (q.next()) {
                const int i = at.value(q.value(0).toLongLong(), -1);
                if (i < 0)
                    continue;
                PlanIndicator ind;
                ind.id = q.value(1).toLongLong();
                ind.kind = PlanVocabulary::indicatorKindFromKey(q.value(2).toString()).value_or(PlanIndicator::Kind::Output);
                ind.label = q.value(3).toString();
                ind.unit = q.value(4).toString();
                if (!q.value(5).isNull())
                    ind.target = q.value(5).toDouble();
                if (!q.value(6).isNull())
                    ind.achieved = q.value(6).toDouble();
                ind.source = PlanVocabulary::indicatorSourceFromKey(q.value(7).toString()).value_or(PlanIndicator::Source::Manual);
                items[i].indicators << ind;
            }
        }
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT j.item_id, j.id, j.entry_date, j.author, j.text, j.progress, j.status FROM plan_journal j "
                                 "JOIN plan_items i ON i.id = j.item_id WHERE i.plan_id = ? ORDER BY j.item_id, j.position, j.id"));
        q.addBindValue(planId);
        if (q.exec()) {
            while (q.next()) {
                const int i = at.value(q.value(0).toLongLong(), -1);
                if (i < 0)
                    continue;
                PlanJournalEntry e;
                e.id = q.value(1).toLongLong();
                e.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
                e.author = q.value(3).toString();
                e.text = q.value(4).toString();
                if (!q.value(5).isNull())
                    e.progress = q.value(5).toInt();
                e.status = q.value(6).toString();
                items[i].journal << e;
            }
        }
    }
    countIndicators(items);
}

void PlanStore::countIndicators(QList<PlanItem> &items) const
{
    // The figures of a plan's period, read once per plan and only when one
    // of its indicators is counted.
    QHash<qint64, AccompanimentFigures> figures;
    const AccompanimentReader reader(m_connectionName);
    for (PlanItem &item : items) {
        for (PlanIndicator &indicator : item.indicators) {
            if (!indicator.isCounted())
                continue;
            if (!figures.contains(item.planId)) {
                const std::optional<Plan> plan = this->plan(item.planId);
                const QDate from = plan ? PlanVocabulary::firstDay(plan->periodStart) : QDate();
                const QDate to = plan ? PlanVocabulary::lastDay(plan->periodEnd) : QDate();
                // A plan without an end counts up to today.
                figures.insert(item.planId, reader.figures(from.isValid() ? from : QDate(1900, 1, 1), to.isValid() ? to : Clock::today()));
            }
            indicator.achieved = countedValue(figures.value(item.planId), indicator.source);
        }
    }
}

double PlanStore::countedValue(const AccompanimentFigures &figures, PlanIndicator::Source source)
{
    switch (source) {
    case PlanIndicator::Source::ProjectsAccompanied: return figures.projects;
    case PlanIndicator::Source::ProjectsFounded: return figures.founded;
    case PlanIndicator::Source::JobsExpected: return figures.jobsExpected;
    case PlanIndicator::Source::JobsCreated: return figures.jobsCreated;
    case PlanIndicator::Source::FundingGranted: return double(figures.fundingGrantedCents) / 100.0;
    case PlanIndicator::Source::Manual: break;
    }
    return 0;
}

QList<PlanItem> PlanStore::items(qint64 planId) const
{
    QList<PlanItem> result;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM plan_items WHERE plan_id = ? ORDER BY parent_id, position").arg(QLatin1String(itemColumns)));
        q.addBindValue(planId);
        if (!q.exec())
            return result;
        while (q.next())
            result << readItem(q);
    }
    readDetails(result);
    return result;
}

std::optional<PlanItem> PlanStore::item(qint64 id) const
{
    QList<PlanItem> one;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(QStringLiteral("SELECT %1 FROM plan_items WHERE id = ?").arg(QLatin1String(itemColumns)));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return std::nullopt;
        one << readItem(q);
    }
    readDetails(one);
    return one.first();
}

QList<PlanItem> PlanStore::subtree(qint64 id) const
{
    const auto root = item(id);
    if (!root)
        return {};
    const QList<PlanItem> all = items(root->planId);
    QHash<qint64, QList<int>> childrenOf;
    for (int i = 0; i < all.size(); ++i)
        childrenOf[all.at(i).parentId] << i;
    QList<PlanItem> result{*root};
    for (int k = 0; k < result.size(); ++k) {
        QList<int> kids = childrenOf.value(result.at(k).id);
        std::sort(kids.begin(), kids.end(), [&all](int a, int b) { return all.at(a).position < all.at(b).position; });
        for (int i : kids)
            result << all.at(i);
    }
    return result;
}

bool PlanStore::shiftSiblings(qint64 planId, qint64 parentId, int from, int delta)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE plan_items SET position = position + ? WHERE plan_id = ? AND parent_id IS ? AND position >= ?"));
    q.addBindValue(delta);
    q.addBindValue(planId);
    q.addBindValue(parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(from);
    if (!q.exec())
        return fail(tr("The order of the plan could not be updated"), q.lastError().text());
    return true;
}

bool PlanStore::writeItem(const PlanItem &item, bool insert)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO plan_items(id, plan_id, parent_id, position, kind, title, description, means, "
                                 "budget_planned_cents, budget_spent_cents, staff_hours, volunteer_hours, pilot_contact_id, "
                                 "pilot_name, partner_names, start_month, due_month, status, progress) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(item.id ? QVariant(item.id) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(item.planId);
        q.addBindValue(item.parentId ? QVariant(item.parentId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(item.position);
    } else {
        q.prepare(QStringLiteral("UPDATE plan_items SET kind = ?, title = ?, description = ?, means = ?, "
                                 "budget_planned_cents = ?, budget_spent_cents = ?, staff_hours = ?, volunteer_hours = ?, "
                                 "pilot_contact_id = ?, pilot_name = ?, partner_names = ?, start_month = ?, due_month = ?, "
                                 "status = ?, progress = ? WHERE id = ?"));
    }
    q.addBindValue(PlanVocabulary::kindKey(item.kind));
    q.addBindValue(text(item.title));
    q.addBindValue(text(item.description));
    q.addBindValue(text(item.means));
    q.addBindValue(item.budgetPlannedCents);
    q.addBindValue(item.budgetSpentCents);
    q.addBindValue(item.staffHours);
    q.addBindValue(item.volunteerHours);
    q.addBindValue(item.pilotContactId ? QVariant(item.pilotContactId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(item.pilotName));
    q.addBindValue(text(item.partnerNames));
    q.addBindValue(text(item.start));
    q.addBindValue(text(item.due));
    q.addBindValue(PlanVocabulary::statusKey(item.status));
    q.addBindValue(item.progress);
    if (!insert)
        q.addBindValue(item.id);
    if (!q.exec())
        return fail(tr("The item “%1” of the plan could not be saved").arg(item.title), q.lastError().text());
    return true;
}

bool PlanStore::writeDetails(const PlanItem &item)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    for (const char *table : {"plan_item_partners", "plan_indicators", "plan_journal"}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE item_id = ?").arg(QLatin1String(table)));
        q.addBindValue(item.id);
        if (!q.exec())
            return fail(tr("The item “%1” of the plan could not be saved").arg(item.title), q.lastError().text());
    }
    QSqlQuery p(db);
    p.prepare(QStringLiteral("INSERT OR IGNORE INTO plan_item_partners(item_id, actor_id, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < item.partnerActorIds.size(); ++i) {
        p.addBindValue(item.id);
        p.addBindValue(item.partnerActorIds.at(i));
        p.addBindValue(i);
        if (!p.exec())
            return fail(tr("The partners of “%1” could not be saved").arg(item.title), p.lastError().text());
    }
    QSqlQuery ind(db);
    ind.prepare(QStringLiteral("INSERT INTO plan_indicators(id, item_id, kind, label, unit, target, achieved, position, source) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < item.indicators.size(); ++i) {
        const PlanIndicator &d = item.indicators.at(i);
        ind.addBindValue(d.id ? QVariant(d.id) : QVariant(QMetaType(QMetaType::LongLong)));
        ind.addBindValue(item.id);
        ind.addBindValue(PlanVocabulary::indicatorKindKey(d.kind));
        ind.addBindValue(text(d.label));
        ind.addBindValue(text(d.unit));
        ind.addBindValue(optionalReal(d.target));
        ind.addBindValue(optionalReal(d.achieved));
        ind.addBindValue(i);
        ind.addBindValue(text(PlanVocabulary::indicatorSourceKey(d.source)));
        if (!ind.exec())
            return fail(tr("The indicators of “%1” could not be saved").arg(item.title), ind.lastError().text());
    }
    QSqlQuery j(db);
    j.prepare(QStringLiteral("INSERT INTO plan_journal(id, item_id, entry_date, author, text, progress, position, status) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < item.journal.size(); ++i) {
        const PlanJournalEntry &e = item.journal.at(i);
        j.addBindValue(e.id ? QVariant(e.id) : QVariant(QMetaType(QMetaType::LongLong)));
        j.addBindValue(item.id);
        j.addBindValue(e.date.toString(Qt::ISODate));
        j.addBindValue(text(e.author));
        j.addBindValue(text(e.text));
        j.addBindValue(e.progress ? QVariant(*e.progress) : QVariant(QMetaType(QMetaType::Int)));
        j.addBindValue(i);
        j.addBindValue(e.status.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.status));
        if (!j.exec())
            return fail(tr("The journal of “%1” could not be saved").arg(item.title), j.lastError().text());
    }
    return true;
}

bool PlanStore::insertItem(PlanItem &item)
{
    Transaction t(m_connectionName);
    if (!shiftSiblings(item.planId, item.parentId, item.position, 1) || !writeItem(item, true))
        return false;
    if (item.id == 0) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        if (q.exec(QStringLiteral("SELECT last_insert_rowid()")) && q.next())
            item.id = q.value(0).toLongLong();
    }
    if (!writeDetails(item) || !journalPilot(item, {0, QString()}, QStringLiteral("create")))
        return false;
    if (!t.commit())
        return fail(tr("The item “%1” of the plan could not be saved").arg(item.title), t.errorString());
    emit itemInserted(item.planId, item.id);
    return true;
}

bool PlanStore::insertSubtree(const QList<PlanItem> &items)
{
    if (items.isEmpty())
        return true;
    Transaction t(m_connectionName);
    const PlanItem &root = items.first();
    if (!shiftSiblings(root.planId, root.parentId, root.position, 1))
        return false;
    for (const PlanItem &item : items) {
        if (!writeItem(item, true) || !writeDetails(item))
            return false;
    }
    if (!t.commit())
        return fail(tr("The item “%1” of the plan could not be saved").arg(root.title), t.errorString());
    emit itemInserted(root.planId, root.id);
    return true;
}

bool PlanStore::removeItem(qint64 id)
{
    const auto existing = item(id);
    if (!existing)
        return fail(tr("The item of the plan was not found"), tr("id %1").arg(id));
    Transaction t(m_connectionName);
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(QStringLiteral("DELETE FROM plan_items WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("The item “%1” of the plan could not be deleted").arg(existing->title), q.lastError().text());
    }
    if (!shiftSiblings(existing->planId, existing->parentId, existing->position + 1, -1))
        return false;
    if (!t.commit())
        return fail(tr("The item “%1” of the plan could not be deleted").arg(existing->title), t.errorString());
    emit itemRemoved(existing->planId, id);
    return true;
}

bool PlanStore::moveItem(qint64 id, qint64 newParentId, int row)
{
    const auto existing = item(id);
    if (!existing)
        return fail(tr("The item of the plan was not found"), tr("id %1").arg(id));
    Transaction t(m_connectionName);
    // Park the item out of its siblings' way, close the gap, open the new one.
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(QStringLiteral("UPDATE plan_items SET position = -1 WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("The item “%1” could not be moved").arg(existing->title), q.lastError().text());
    }
    if (!shiftSiblings(existing->planId, existing->parentId, existing->position + 1, -1)
        || !shiftSiblings(existing->planId, newParentId, row, 1))
        return false;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(QStringLiteral("UPDATE plan_items SET parent_id = ?, position = ? WHERE id = ?"));
        q.addBindValue(newParentId ? QVariant(newParentId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(row);
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("The item “%1” could not be moved").arg(existing->title), q.lastError().text());
    }
    if (!t.commit())
        return fail(tr("The item “%1” could not be moved").arg(existing->title), t.errorString());
    emit itemMoved(existing->planId, id);
    return true;
}

bool PlanStore::updateItem(const PlanItem &item)
{
    Transaction t(m_connectionName);
    const Pilot before = storedPilot(item.id);
    if (!writeItem(item, false) || !writeDetails(item) || !journalPilot(item, before, QStringLiteral("change")))
        return false;
    if (!t.commit())
        return fail(tr("The item “%1” of the plan could not be saved").arg(item.title), t.errorString());
    emit itemChanged(item.planId, item.id);
    return true;
}

PlanStore::Pilot PlanStore::storedPilot(qint64 itemId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT pilot_contact_id, pilot_name FROM plan_items WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return {0, QString()};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

bool PlanStore::journalPilot(const PlanItem &item, const Pilot &before, const QString &action)
{
    // The pilot is a person: who pilots what goes to the journal of personal
    // data, in the same transaction (the field, never the name).
    if (Pilot{before.first, before.second.trimmed()} == Pilot{item.pilotContactId, item.pilotName.trimmed()})
        return true;
    PersonalDataJournal journal(m_connectionName);
    if (!journal.record(action, QStringLiteral("plan_item"), item.id, {QStringLiteral("pilot")}))
        return fail(tr("The item “%1” of the plan could not be saved").arg(item.title), journal.errorString());
    return true;
}

bool PlanStore::importPlan(Plan &plan, QList<PlanItem> &items)
{
    QList<PlanWithItems> one{{plan, items}};
    if (!importPlans(one))
        return false;
    plan = one.first().plan;
    items = one.first().items;
    return true;
}

bool PlanStore::importPlans(QList<PlanWithItems> &plans)
{
    Transaction t(m_connectionName);
    for (PlanWithItems &p : plans) {
        if (!writePlanWithItems(p.plan, p.items))
            return false;
    }
    if (!t.commit())
        return fail(tr("The plans could not be saved"), t.errorString());
    emit plansChanged();
    for (const PlanWithItems &p : plans)
        emit planReset(p.plan.id);
    return true;
}

bool PlanStore::writePlanWithItems(Plan &plan, QList<PlanItem> &items)
{
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(QStringLiteral("INSERT INTO plans(name, period_start, period_end, position) "
                                 "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM plans))"));
        q.addBindValue(text(plan.name));
        q.addBindValue(text(plan.periodStart));
        q.addBindValue(text(plan.periodEnd));
        if (!q.exec())
            return fail(tr("The plan “%1” could not be saved").arg(plan.name), q.lastError().text());
        plan.id = q.lastInsertId().toLongLong();
    }
    QHash<qint64, qint64> realId;
    for (PlanItem &item : items) {
        const qint64 localId = item.id;
        item.planId = plan.id;
        item.id = 0;
        item.parentId = item.parentId ? realId.value(item.parentId) : 0;
        if (!writeItem(item, true))
            return false;
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        if (q.exec(QStringLiteral("SELECT last_insert_rowid()")) && q.next())
            item.id = q.value(0).toLongLong();
        realId.insert(localId, item.id);
        if (!writeDetails(item))
            return false;
    }
    return true;
}

QList<QPair<qint64, QString>> PlanStore::findContacts(const QString &needle, int limit) const
{
    QList<QPair<qint64, QString>> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, trim(c.first_name || ' ' || c.last_name), COALESCE(a.name, '') FROM contacts c "
                             "LEFT JOIN actors a ON a.id = c.actor_id "
                             "WHERE (a.archived IS NULL OR a.archived = 0) AND (c.first_name || ' ' || c.last_name) LIKE ? "
                             "ORDER BY c.last_name, c.first_name, c.id LIMIT ?"));
    q.addBindValue(QLatin1Char('%') + needle.trimmed() + QLatin1Char('%'));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        const QString actor = q.value(2).toString();
        result << qMakePair(q.value(0).toLongLong(),
                            actor.isEmpty() ? q.value(1).toString() : tr("%1 (%2)").arg(q.value(1).toString(), actor));
    }
    return result;
}

QString PlanStore::contactName(qint64 contactId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?"));
    q.addBindValue(contactId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QList<QPair<qint64, QString>> PlanStore::findActors(const QString &needle, int limit) const
{
    QList<QPair<qint64, QString>> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name FROM actors WHERE archived = 0 AND (name LIKE ? OR acronym LIKE ?) "
                             "ORDER BY sort_key, id LIMIT ?"));
    const QString pattern = QLatin1Char('%') + needle + QLatin1Char('%');
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next())
        result << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    return result;
}

QString PlanStore::actorName(qint64 actorId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT name FROM actors WHERE id = ?"));
    q.addBindValue(actorId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

void PlanStore::resolveDirectoryNames(QList<PlanItem> &items) const
{
    QHash<QString, qint64> contacts;
    QHash<QString, qint64> actors;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, trim(first_name || ' ' || last_name) FROM contacts ORDER BY id DESC"))) {
            while (q.next())
                contacts.insert(TextKey::fold(q.value(1).toString()), q.value(0).toLongLong());
        }
    }
    auto findActor = [this, &actors](const QString &name) -> qint64 {
        const QString key = TextKey::fold(name);
        if (actors.contains(key))
            return actors.value(key);
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(QStringLiteral("SELECT id FROM actors WHERE name_key = ? OR lower(acronym) = lower(?) ORDER BY archived, id LIMIT 1"));
        q.addBindValue(key);
        q.addBindValue(name.trimmed());
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        actors.insert(key, id);
        return id;
    };
    for (PlanItem &item : items) {
        if (!item.pilotName.isEmpty()) {
            const qint64 id = contacts.value(TextKey::fold(item.pilotName));
            if (id) {
                item.pilotContactId = id;
                item.pilotName.clear();
            }
        }
        if (!item.partnerNames.isEmpty()) {
            QStringList unmatched;
            for (const QString &part : item.partnerNames.split(QLatin1Char(';'))) {
                const QString name = part.trimmed();
                if (name.isEmpty())
                    continue;
                const qint64 id = findActor(name);
                if (id && !item.partnerActorIds.contains(id))
                    item.partnerActorIds << id;
                else if (!id)
                    unmatched << name;
            }
            item.partnerNames = unmatched.join(QLatin1String("; "));
        }
    }
}

QList<QPair<qint64, QString>> PlanStore::actionChoices() const
{
    QList<QPair<qint64, QString>> actions;
    const QList<Plan> all = plans();
    for (const Plan &plan : all) {
        const QList<PlanItem> planItems = items(plan.id);
        for (const PlanItem &item : planItems) {
            if (item.isAction())
                actions.append({item.id, tr("%1 — %2").arg(plan.name, item.title)});
        }
    }
    return actions;
}
