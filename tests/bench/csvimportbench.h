#pragma once

#include <QTextStream>

/// The spreadsheet import of essaim-bench, timed as a user meets it: the
/// essaim executable importing a generated French Excel CSV of @p rows new
/// actors (`essaim --db NEW import actors FILE.csv`), against the sqlite3
/// command line's `.import` of the same file into a bare table, both timed
/// as whole processes. Prints import.csv_100k_ms, import.csv_sqlite3_100k_ms,
/// import.csv_ratio_vs_sqlite3 and import.csv_100k_rss_mb (the essaim
/// process's peak resident memory). False when a step failed (reason on @p err).
bool runCsvImportBench(QTextStream &out, QTextStream &err, int rows = 100000);
