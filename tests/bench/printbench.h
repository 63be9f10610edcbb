#pragma once

#include <QString>

class QTextStream;

/// The printing figures of essaim-bench: print.guide_1000_ms (the guide of
/// first 1,000 actors of the directory, read from it, to PDF, with its contents and index; target < 1500) and
/// print.letter_ms (one issue of the Lettre de l'ESS to PDF), and
/// print.portrait_ms (the Portrait du territoire of the benchmark's
/// directory, figures computed, to PDF). Needs a QApplication (fonts, charts).
/// Returns false, with the reason on @p err, when a document failed.
bool runPrintBench(const QString &connectionName, QTextStream &out, QTextStream &err);
