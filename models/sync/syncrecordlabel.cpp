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
