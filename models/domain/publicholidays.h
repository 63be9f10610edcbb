#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

/// The French public holidays (jours fériés, Code du travail L3133-1) of
/// metropolitan France: the eleven days a council's meeting or workshop had
/// better not fall on. Easter moves, so Easter Monday, Ascension Thursday and
/// Whit Monday are computed from the Gregorian Easter of each year.
class PublicHolidays
{
    Q_DECLARE_TR_FUNCTIONS(PublicHolidays)

public:
    struct Holiday
    {
        QDate date;
        QString name;
    };

    /// Easter Sunday of @p year (Gregorian calendar, anonymous algorithm).
    static QDate easterSunday(int year);
    /// The holidays of @p year, in date order.
    static QList<Holiday> ofYear(int year);
    /// The holiday's name on @p date, empty when @p date is a working day.
    static QString nameOf(const QDate &date);
    static bool isHoliday(const QDate &date) { return !nameOf(date).isEmpty(); }
};
