#include "democalendar.h"

#include "models/domain/clock.h"

QDate DemoCalendar::today()
{
    return Clock::today();
}

int DemoCalendar::lastFigureYear()
{
    return today().year() - 1;
}

QDate DemoCalendar::sameWeekday(const QDate &pattern, int year)
{
    QDate day(year, pattern.month(), std::min(pattern.day(), QDate(year, pattern.month(), 1).daysInMonth()));
    int offset = pattern.dayOfWeek() - day.dayOfWeek();
    if (offset > 3)
        offset -= 7;
    else if (offset < -3)
        offset += 7;
    return day.addDays(offset);
}

QDate DemoCalendar::firstFriday(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays((Qt::Friday - first.dayOfWeek() + 7) % 7);
}
