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
    // Read by hand: QDateTime::fromString() with a format is slow enough to
    // show in the month view's time.
    auto number = [&text](int at, int length) {
        int n = 0;
        for (int i = at; i < at + length; ++i) {
            const QChar c = text.at(i);
            if (!c.isDigit())
                return -1;
            n = n * 10 + c.digitValue();
        }
        return n;
    };
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    QTime time(0, 0);
    if (text.size() >= 19 && text.at(10) == QLatin1Char('T'))
        time = QTime(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
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
