#pragma once

#include <QString>

class QDateTimeEdit;

/// Dates in forms written as everywhere else in Essaim: in words, from the
/// interface locale ("vendredi 15 novembre 2012" or "15 novembre 2012"),
/// never the numeric short format Qt falls back to.
class DateEditFormat
{
public:
    /// The locale's long format, weekday included.
    static void withWeekday(QDateTimeEdit *edit);
    /// The long format without the weekday, where room is short.
    static void inWords(QDateTimeEdit *edit);
    /// withWeekday()'s date followed by the locale's short time ("vendredi 15 novembre 2012 18:00").
    static void withTime(QDateTimeEdit *edit);
    /// The display format of inWords(), for labels and table cells.
    static QString wordsFormat();
};
