#pragma once

#include <QString>
#include <QTextStream>

/// Accompaniment figures for essaim-bench, in a database of its own: 10,000
/// projects with 100,000 journal entries and 20,000 funding requests. Prints
/// projects.board_open_ms (the Projets tab opened on it, cold: a fresh
/// connection, cards read and laid out on the board) and projects.report_ms
/// (the year's accompaniment report to PDF). False when the work failed.
bool runProjectsBench(const QString &folder, QTextStream &out, QTextStream &err);
