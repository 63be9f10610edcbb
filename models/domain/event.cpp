#include "event.h"

QString Registration::statusKey(Status s)
{
    switch (s) {
    case Status::Registered:
        return QStringLiteral("registered");
    case Status::Present:
        return QStringLiteral("present");
    case Status::Excused:
        return QStringLiteral("excused");
    case Status::Absent:
        return QStringLiteral("absent");
    }
    return QStringLiteral("registered");
}

Registration::Status Registration::statusFromKey(const QString &key)
{
    if (key == QLatin1String("present"))
        return Status::Present;
    if (key == QLatin1String("excused"))
        return Status::Excused;
    if (key == QLatin1String("absent"))
        return Status::Absent;
    return Status::Registered;
}
