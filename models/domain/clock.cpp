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
    return now().date();
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
