#pragma once

#include <QTextStream>

/// The agenda's figures for essaim-bench, in a database of its own:
/// agenda.month_ms (the occurrences of a month grid among 500 recurring
/// and 5,000 single events, median over the twelve months of a year) and
/// agenda.ics_import_ms (reading and writing a 5,000-event iCalendar file).
/// Returns false, with the reason on @p err, when a step failed.
bool runAgendaBenchmark(QTextStream &out, QTextStream &err);
