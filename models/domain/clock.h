#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// The one source of "today" and "now" for the whole program.
///
/// Everything that needs the current date or instant asks this class, so
/// that tests can set the instant (and CI can move it with faketime) and so
/// that a user's dates are always local calendar dates of the user's time
/// zone, never the UTC day that SQLite's date('now') would give.
class Clock
{
public:
    /// The current instant; the fixed one while a test has set it.
    static QDateTime nowUtc();
    /// The current instant as a local date and time of the user's zone.
    static QDateTime now();
    /// The user's local calendar date.
    static QDate today();
    /// The instant as stored in the database: UTC, ISO 8601 with a "Z".
    static QString nowUtcText();

    /// Pins the clock at an instant until reset() (tests only).
    static void setFixed(const QDateTime &instant);
    static void reset();
    static bool isFixed();
};
