#include "syncrecordlabel.h"

QString SyncRecordLabel::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("actors"), QT_TR_NOOP("Actor")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contact")},
        {QStringLiteral("actor_figures"), QT_TR_NOOP("Figures of an actor")},
        {QStringLiteral("actor_tags"), QT_TR_NOOP("Competency or network of an actor")},
        {QStringLiteral("sectors"), QT_TR_NOOP("Sector")},
        {QStringLiteral("events"), QT_TR_NOOP("Event")},
        {QStringLiteral("registrations"), QT_TR_NOOP("Registration")},
        {QStringLiteral("plans"), QT_TR_NOOP("Plan")},
        {QStringLiteral("plan_items"), QT_TR_NOOP("Plan item")},
        {QStringLiteral("projects"), QT_TR_NOOP("Project")},
        {QStringLiteral("calls_for_projects"), QT_TR_NOOP("Call for projects")},
        {QStringLiteral("funding_requests"), QT_TR_NOOP("Funding request")},
    };
    const auto it = names.constFind(kind);
    return it == names.constEnd() ? tr("Record") : tr(*it);
}

QString SyncRecordLabel::of(const QString &kind, const QJsonObject &data)
{
    QString name;
    if (kind == QLatin1String("contacts"))
        name = (data.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') + data.value(QStringLiteral("last_name")).toString()).trimmed();
    for (const char *field : {"name", "title", "label", "funder"}) {
        if (name.isEmpty())
            name = data.value(QString::fromLatin1(field)).toString();
    }
    if (name.isEmpty())
        return kindName(kind);
    return tr("%1 “%2”").arg(kindName(kind), name);
}

QString SyncRecordLabel::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("acronym"), QT_TR_NOOP("Acronym")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("commune_name"), QT_TR_NOOP("Commune")},
        {QStringLiteral("commune_insee"), QT_TR_NOOP("Commune (INSEE code)")},
        {QStringLiteral("sector_id"), QT_TR_NOOP("Sector")},
        {QStringLiteral("family"), QT_TR_NOOP("ESS family")},
        {QStringLiteral("legal_status"), QT_TR_NOOP("Legal status")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("Start")},
        {QStringLiteral("ends_at"), QT_TR_NOOP("End")},
        {QStringLiteral("location"), QT_TR_NOOP("Place")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("headcount"), QT_TR_NOOP("Employees")},
        {QStringLiteral("volunteers"), QT_TR_NOOP("Volunteers")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : tr(*it);
}
