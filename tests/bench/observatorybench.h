#pragma once

#include <QString>
#include <QTextStream>

/// The observatory's figures on the benchmark database: the first compute
/// (reads the actors and one year), a refresh of all the tab's figures for a
/// year and a territory (filters changed, as the user does), and the ten
/// years of the evolution chart. Prints "name value unit" lines.
/// Opens the database at @p path itself, so the first figures are those of
/// a first opening. Returns false, with the reason on @p err, on a failure.
bool runObservatoryBench(const QString &path, QTextStream &out, QTextStream &err);
