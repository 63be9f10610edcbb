#pragma once

#include <QTextStream>

/// The import figures of essaim-bench: a generated 100,000-row SIRENE
/// StockUniteLegale imported with ActorImporter (with the StockEtablissement
/// of the head offices that lie in the territory), against the sqlite3
/// command line's `.import` of the same file into a bare table. Prints
/// import.sirene_100k_ms, import.sqlite3_cli_100k_ms, import.ratio_vs_sqlite3.
/// Returns false when a step failed (the reason is on @p err).
bool runImportBench(QTextStream &out, QTextStream &err, int units = 100000);
/// import.csv_100k_ms: a French Excel spreadsheet of @p rows new actors
/// (Windows-1252, semicolons) imported by the essaim program itself
/// ("essaim import actors", a whole process), against the sqlite3 command
/// line's `.import` of the same file into a bare table (a whole process
/// too); both sides' rows are counted and printed. Returns false, printing
/// nothing, when either side failed or did not write every row.
bool runCsvImportBench(QTextStream &out, QTextStream &err, int rows = 100000);
/// import.rna_50k_ms: an RNA file of a whole département in the shape of
/// the register's rna_waldec files (41 columns, semicolons, "" for empty
/// fields, "_" in the empty parts of the address, 0001-01-01 for no date),
/// @p rows associations whose seat is in a commune of the territory,
/// imported by the essaim program ("essaim import actors --format rna", a
/// whole process), against the sqlite3 command line's `.import` of the same
/// file into a bare table. Returns false, printing nothing, when either
/// side failed or did not write every row.
bool runRnaImportBench(QTextStream &out, QTextStream &err, int rows = 50000);
