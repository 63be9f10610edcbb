#pragma once

#include <QDate>

/// The dates of the demo, relative to the day it is made (Clock::today()),
/// so that the demo is always of this year: yearly figures for the ten years
/// up to last year, an agenda from the first of January of last year to six
/// months ahead, the Lettre of this year. The demo was first written for
/// figures ending in 2024; yearShift() moves those years to today's.
class DemoCalendar
{
public:
    /// The day the demo is made: attendance is known before it.
    static QDate today();
    /// The latest year with figures: last year.
    static int lastFigureYear();
    /// The first of the ten years with figures.
    static int firstFigureYear() { return lastFigureYear() - 9; }
    /// Years to add to a year of the demo as first written (figures up to 2024).
    static int yearShift() { return lastFigureYear() - 2024; }
    /// The agenda: from the first of January of last year to six months ahead.
    static QDate agendaFirstDay() { return QDate(lastFigureYear(), 1, 1); }
    static QDate agendaLastDay() { return today().addMonths(6); }
    /// The day of year @p year on the weekday of @p pattern, the closest to
    /// the same month and day: events keep their weekday from year to year.
    static QDate sameWeekday(const QDate &pattern, int year);
    /// The first Friday of a month: the Rendez-vous de l'ESS.
    static QDate firstFriday(int year, int month);
};
