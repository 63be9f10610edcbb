#pragma once

#include <QString>
#include <QTextStream>

/// The agenda's dialogs on the benchmark's directory (100,000 actors and
/// their contacts): the time to open the event dialog on an event with an
/// organiser and partners (agenda.event_dialog_open_ms) and the
/// registrations dialog of a date with registrations
/// (agenda.registrations_dialog_open_ms), each up to its first paint, and
/// the time to answer a keystroke of their pickers (agenda.picker_keystroke_*).
void runDialogBench(const QString &connectionName, QTextStream &out);
