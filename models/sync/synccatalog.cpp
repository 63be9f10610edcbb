#include "synccatalog.h"

namespace {

SyncTable gidTable(const char *name, QHash<QString, QString> references = {})
{
    return SyncTable{QString::fromLatin1(name), {}, std::move(references)};
}

SyncTable keyedTable(const char *name, QStringList keyColumns, QHash<QString, QString> references = {})
{
    return SyncTable{QString::fromLatin1(name), std::move(keyColumns), std::move(references)};
}

QList<SyncTable> buildTables()
{
    const QString actors = QStringLiteral("actors");
    const QString contacts = QStringLiteral("contacts");
    const QString sectors = QStringLiteral("sectors");
    const QString events = QStringLiteral("events");
    const QString planItems = QStringLiteral("plan_items");
    const QString projects = QStringLiteral("projects");
    const auto ref = [](const char *column, const QString &table) { return qMakePair(QString::fromLatin1(column), table); };
    const auto refs = [](std::initializer_list<QPair<QString, QString>> list) {
        QHash<QString, QString> h;
        for (const auto &p : list)
            h.insert(p.first, p.second);
        return h;
    };
    return {
        // The directory.
        gidTable("sectors", refs({ref("parent_id", sectors)})),
        gidTable("actors", refs({ref("sector_id", sectors)})),
        keyedTable("actor_tags", {QStringLiteral("actor_id"), QStringLiteral("kind"), QStringLiteral("name")}, refs({ref("actor_id", actors)})),
        gidTable("contacts", refs({ref("actor_id", actors)})),
        keyedTable("actor_figures", {QStringLiteral("actor_id"), QStringLiteral("year")}, refs({ref("actor_id", actors)})),
        keyedTable("social_utility_scores", {QStringLiteral("actor_id"), QStringLiteral("year"), QStringLiteral("criterion")},
                   refs({ref("actor_id", actors)})),
        gidTable("consent_history", refs({ref("contact_id", contacts)})),
        keyedTable("retention_decisions", {QStringLiteral("contact_id")}, refs({ref("contact_id", contacts)})),
        keyedTable("family_overrides", {QStringLiteral("siren")}),
        gidTable("processing_activities"),
        // Plans come before the agenda: an event may deliver a plan action.
        gidTable("plans"),
        gidTable("plan_items", refs({ref("plan_id", QStringLiteral("plans")), ref("parent_id", planItems), ref("pilot_contact_id", contacts)})),
        keyedTable("plan_item_partners", {QStringLiteral("item_id"), QStringLiteral("actor_id")},
                   refs({ref("item_id", planItems), ref("actor_id", actors)})),
        gidTable("plan_indicators", refs({ref("item_id", planItems)})),
        gidTable("plan_journal", refs({ref("item_id", planItems)})),
        // The agenda.
        gidTable("event_types"),
        gidTable("events", refs({ref("type_id", QStringLiteral("event_types")), ref("organiser_actor_id", actors),
                                  ref("plan_action_id", planItems)})),
        keyedTable("event_partners", {QStringLiteral("event_id"), QStringLiteral("actor_id")}, refs({ref("event_id", events), ref("actor_id", actors)})),
        keyedTable("event_exceptions", {QStringLiteral("event_id"), QStringLiteral("occurrence_start")}, refs({ref("event_id", events)})),
        gidTable("registrations", refs({ref("event_id", events), ref("contact_id", contacts), ref("actor_id", actors)})),
        // Projects and funding.
        gidTable("needs", refs({ref("sector_id", sectors)})),
        gidTable("calls_for_projects"),
        gidTable("projects", refs({ref("need_id", QStringLiteral("needs")), ref("sector_id", sectors), ref("actor_id", actors)})),
        keyedTable("project_stages", {QStringLiteral("project_id"), QStringLiteral("position")}, refs({ref("project_id", projects)})),
        keyedTable("project_holders", {QStringLiteral("project_id"), QStringLiteral("contact_id")},
                   refs({ref("project_id", projects), ref("contact_id", contacts)})),
        keyedTable("project_accompaniers", {QStringLiteral("project_id"), QStringLiteral("actor_id")},
                   refs({ref("project_id", projects), ref("actor_id", actors)})),
        gidTable("project_interactions", refs({ref("project_id", projects)})),
        gidTable("funding_requests", refs({ref("project_id", projects), ref("actor_id", actors), ref("funder_actor_id", actors),
                                           ref("call_id", QStringLiteral("calls_for_projects"))})),
        // The council and its territory.
        keyedTable("council_identity", {QStringLiteral("id")}),
        keyedTable("territory_specs", {QStringLiteral("kind"), QStringLiteral("code")}),
        gidTable("commune_lists"),
        keyedTable("commune_list_members", {QStringLiteral("list_id"), QStringLiteral("insee")}, refs({ref("list_id", QStringLiteral("commune_lists"))})),
        keyedTable("reference_figures", {QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("year")}),
    };
}

} // namespace

const QList<SyncTable> &SyncCatalog::tables()
{
    static const QList<SyncTable> list = buildTables();
    return list;
}

const SyncTable *SyncCatalog::table(const QString &kind)
{
    for (const SyncTable &t : tables()) {
        if (t.name == kind)
            return &t;
    }
    return nullptr;
}

bool SyncCatalog::isBookkeeping(const QString &column)
{
    return column == QLatin1String("updated_at") || column == QLatin1String("name_key") || column == QLatin1String("sort_key");
}

QString SyncTable::upsertClause(const QStringList &columns) const
{
    const QStringList target = hasGid() ? QStringList{QStringLiteral("gid")} : keyColumns;
    QStringList assignments;
    for (const QString &n : columns) {
        if (!target.contains(n))
            assignments << QStringLiteral("%1 = excluded.%1").arg(n);
    }
    const QString action = assignments.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + assignments.join(QStringLiteral(", "));
    return QStringLiteral("ON CONFLICT(%1) DO %2").arg(target.join(QStringLiteral(", ")), action);
}
