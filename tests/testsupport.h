#pragma once

#include "models/domain/actor.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace TestSupport {

/// The instant the tests pin the clock at when they build the demo: Monday
/// 23 November 2026, 10:00 in Paris, so that the demo's agenda has dates
/// behind and ahead. Tests derive what they expect from the pinned clock
/// (Clock::today(), DemoCalendar), never from the real one.
QDateTime demoInstant();
/// Pins Clock (and, through runEssaim(), the program's clock) at @p instant.
void pinClock(const QDateTime &instant = demoInstant());

/// SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray fileHash(const QString &path);

/// An actor with just enough to be valid.
Actor makeActor(const QString &name, const QString &communeInsee = QString(), const QString &communeName = QString());

/// What a run of the essaim executable gave.
struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

/// Runs the essaim executable as a user would, headless (no display), with
/// its settings and data kept under @p home and @p input on its standard
/// input (then closed).
CliResult runEssaim(const QString &home, const QStringList &arguments, const QByteArray &input = QByteArray());

/// The text pdftotext reads from @p path (pages @p first to @p last when
/// given), with no-break spaces made plain so French numbers compare simply.
QString pdfText(const QString &path, int first = 0, int last = 0, bool layout = false);
/// The page count pdfinfo reads, -1 when it cannot.
int pdfPages(const QString &path);
/// The images pdfimages lists on page @p page (0: every page), soft masks apart.
int pdfImageCount(const QString &path, int page = 0);

} // namespace TestSupport
