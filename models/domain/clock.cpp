#include "clock.h"

namespace {
// Tests and the benchmark set it from the main thread before any work starts;
// nothing writes it afterwards, so plain storage is enough.
QDateTime g_fixed;
}

QDateTime Clock::nowUtc()
{
    return g_fixed.isValid() ? g_fixed.toUTC() : QDateTime::currentDateTimeUtc();
}

QDateTime Clock::now()
{
    return nowUtc().toLocalTime();
}

QDate Clock::today()
{
    if (g_fixed.isValid())
        return now().date();
    // An import asks for today once a row (is a creation year in the
    // future?): the local date is kept until the next local midnight rather
    // than converting the instant into the time zone at every call.
    static thread_local QDate cached;
    static thread_local qint64 validUntil = 0;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!cached.isValid() || nowMs >= validUntil) {
        cached = now().date();
        validUntil = QDateTime(cached.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    }
    return cached;
}

QString Clock::nowUtcText()
{
    return nowUtc().toString(Qt::ISODate);
}

void Clock::setFixed(const QDateTime &instant)
{
    g_fixed = instant;
}

void Clock::reset()
{
    g_fixed = QDateTime();
}

bool Clock::isFixed()
{
    return g_fixed.isValid();
}
