#include "planoutlinewriter.h"

#include "models/domain/planvocabulary.h"

namespace {

QString hours(double h)
{
    return QString::number(h, 'g', 10).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace

QString PlanOutlineWriter::euros(qint64 cents)
{
    if (cents % 100 == 0)
        return QString::number(cents / 100);
    return QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString PlanOutlineWriter::pilotText(const PlanItem &item, const NameLookup &contactName)
{
    if (item.pilotContactId && contactName) {
        const QString name = contactName(item.pilotContactId);
        if (!name.isEmpty())
            return name;
    }
    return item.pilotName;
}

QString PlanOutlineWriter::partnersText(const PlanItem &item, const NameLookup &actorName)
{
    QStringList names;
    if (actorName) {
        for (qint64 id : item.partnerActorIds) {
            const QString name = actorName(id);
            if (!name.isEmpty())
                names << name;
        }
    }
    if (!item.partnerNames.trimmed().isEmpty())
        names << item.partnerNames.trimmed();
    return names.join(QLatin1String("; "));
}

QString PlanOutlineWriter::write(const Plan &plan, const PlanTree &tree, const NameLookup &contactName,
                                 const NameLookup &actorName)
{
    QString out;
    auto line = [&out](int level, const QString &key, const QString &value) {
        out += QString(level * 2, QLatin1Char(' ')) + key + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    line(0, QStringLiteral("plan"), plan.name);
    if (!plan.periodStart.isEmpty())
        line(1, QStringLiteral("début"), plan.periodStart);
    if (!plan.periodEnd.isEmpty())
        line(1, QStringLiteral("fin"), plan.periodEnd);
    for (const PlanTree::Node *node : tree.depthFirst()) {
        int level = 0;
        for (const PlanTree::Node *p = node; p->parent; p = p->parent)
            ++level;
        const PlanItem &item = node->item;
        line(level, PlanVocabulary::kindOutlineWord(item.kind), item.title);
        const int l = level + 1;
        if (!item.means.isEmpty())
            line(l, QStringLiteral("moyens"), item.means);
        if (!item.start.isEmpty())
            line(l, QStringLiteral("début"), item.start);
        if (!item.due.isEmpty())
            line(l, QStringLiteral("échéance"), item.due);
        if (!item.description.isEmpty())
            line(l, QStringLiteral("note"), QString(item.description).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        const QString pilot = pilotText(item, contactName);
        if (!pilot.isEmpty())
            line(l, QStringLiteral("pilote"), pilot);
        const QString partners = partnersText(item, actorName);
        if (!partners.isEmpty())
            line(l, QStringLiteral("partenaires"), partners);
        if (item.status != PlanItem::Status::ToStart)
            line(l, QStringLiteral("état"), PlanVocabulary::statusOutlineWord(item.status));
        if (item.progress != 0)
            line(l, QStringLiteral("avancement"), QString::number(item.progress));
        if (item.budgetPlannedCents != 0)
            line(l, QStringLiteral("budget prévu"), euros(item.budgetPlannedCents));
        if (item.budgetSpentCents != 0)
            line(l, QStringLiteral("budget dépensé"), euros(item.budgetSpentCents));
        if (item.staffHours != 0)
            line(l, QStringLiteral("heures salariés"), hours(item.staffHours));
        if (item.volunteerHours != 0)
            line(l, QStringLiteral("heures bénévoles"), hours(item.volunteerHours));
    }
    return out;
}
