#pragma once

#include <QTextStream>

/// The import figures of essaim-bench: a generated 100,000-row SIRENE
/// StockUniteLegale imported with ActorImporter (with the StockEtablissement
/// of the head offices that lie in the territory), against the sqlite3
/// command line's `.import` of the same file into a bare table. Prints
/// import.sirene_100k_ms, import.sqlite3_cli_100k_ms, import.ratio_vs_sqlite3.
/// Returns false when a step failed (the reason is on @p err).
bool runImportBench(QTextStream &out, QTextStream &err, int units = 100000);
