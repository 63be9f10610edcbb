#include "publicholidays.h"

#include <algorithm>

QDate PublicHolidays::easterSunday(int year)
{
    // Meeus/Jones/Butcher: valid for every Gregorian year.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHolidays::Holiday> PublicHolidays::ofYear(int year)
{
    const QDate easter = easterSunday(year);
    QList<Holiday> days = {
        {QDate(year, 1, 1), tr("New Year's Day")},
        {easter.addDays(1), tr("Easter Monday")},
        {QDate(year, 5, 1), tr("Labour Day")},
        {QDate(year, 5, 8), tr("Victory in Europe Day")},
        {easter.addDays(39), tr("Ascension Day")},
        {easter.addDays(50), tr("Whit Monday")},
        {QDate(year, 7, 14), tr("Bastille Day")},
        {QDate(year, 8, 15), tr("Assumption Day")},
        {QDate(year, 11, 1), tr("All Saints' Day")},
        {QDate(year, 11, 11), tr("Armistice Day")},
        {QDate(year, 12, 25), tr("Christmas Day")},
    };
    // Ascension can fall on 1 or 8 May: both days are kept, in date order.
    std::stable_sort(days.begin(), days.end(), [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return days;
}

QString PublicHolidays::nameOf(const QDate &date)
{
    if (!date.isValid())
        return {};
    QStringList names;
    for (const Holiday &h : ofYear(date.year())) {
        if (h.date == date)
            names << h.name;
    }
    return names.join(QStringLiteral(", "));
}
