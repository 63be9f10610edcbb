#pragma once

#include <QString>
#include <QTextStream>

/// Plan figures for essaim-bench: a synthetic plan of 2,010 items imported
/// from an outline, loaded into the tree model, rolled up, moved, exported.
/// Prints "plan.* value unit" lines.
/// Returns false, with the reason on @p err, when a step failed.
bool runPlanBench(const QString &connectionName, QTextStream &out, QTextStream &err);
