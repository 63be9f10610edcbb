#pragma once

#include <QString>

/// Attendance of one type of event over a year: the agenda's "mobilisation
/// des acteurs", read by EventStore::attendanceFigures() and shown as they
/// are by the Observatoire tab, the portrait and `essaim stats`.
struct AttendanceFigure
{
    qint64 typeId = 0;
    QString typeName;
    /// Occurrences of the year with at least one registration.
    int occurrences = 0;
    int registered = 0;
    /// Registrations marked present.
    int participants = 0;
    /// Distinct directory actors with someone present (through the contact
    /// or the actor given).
    int actorsReached = 0;
};
