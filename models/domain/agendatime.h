#pragma once

#include <QDateTime>
#include <QString>

/// Conversions of the agenda's wall-clock times (see event.h): to and from
/// storage text, and to and from real instants in Europe/Paris.
namespace AgendaTime {

/// A wall-clock time (Qt::UTC spec) from a date and a time.
QDateTime wall(const QDate &date, const QTime &time = QTime(0, 0));
/// "2026-03-06T18:00:00".
QString toText(const QDateTime &wall);
QDateTime fromText(const QString &text);
/// Accepts "2026-03-06", "2026-03-06T18:00" or "2026-03-06T18:00:00".
QDateTime parseUserText(const QString &text, bool *ok);

} // namespace AgendaTime
