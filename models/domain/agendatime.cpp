#include "agendatime.h"

namespace AgendaTime {

QDateTime wall(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::UTC);
}

QString toText(const QDateTime &wall)
{
    return wall.isValid() ? wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

QDateTime fromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

QDateTime parseUserText(const QString &text, bool *ok)
{
    const QString s = text.trimmed();
    QDateTime result;
    const QDate d = s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (d.isValid()) {
        result = wall(d);
    } else {
        for (const QString &format : {QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
                                      QStringLiteral("yyyy-MM-dd HH:mm")}) {
            const QDateTime t = QDateTime::fromString(s, format);
            if (t.isValid()) {
                result = wall(t.date(), t.time());
                break;
            }
        }
    }
    if (ok)
        *ok = result.isValid();
    return result;
}

} // namespace AgendaTime
