#include "dateeditformat.h"

#include <QDateTimeEdit>
#include <QLocale>
#include <QRegularExpression>

void DateEditFormat::withWeekday(QDateTimeEdit *edit)
{
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
}

void DateEditFormat::inWords(QDateTimeEdit *edit)
{
    edit->setDisplayFormat(wordsFormat());
}

void DateEditFormat::withTime(QDateTimeEdit *edit)
{
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat) + QLatin1Char(' ') + QLocale().timeFormat(QLocale::ShortFormat));
}

QString DateEditFormat::wordsFormat()
{
    // "dddd d MMMM yyyy" (French), "dddd, MMMM d, yyyy" (English): the
    // weekday and what parts it from the date go.
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("dddd[,\\s]*"));
    format.remove(weekday);
    return format.trimmed();
}
