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

QColor Occurrence::taskColor() const
{
    if (late)
        return QColor(0xc0, 0x1c, 0x28);
    return task == Task::CallClosing ? QColor(0x6c, 0x3f, 0x99) : QColor(0x1e, 0x6f, 0x5c);
}
