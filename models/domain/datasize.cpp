#include "datasize.h"

#include <QLocale>

QString DataSize::text(qint64 bytes)
{
    const QLocale locale;
    const QChar space(0x00a0);
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    const QString units[] = {tr("KB"), tr("MB"), tr("GB"), tr("TB")};
    double value = double(bytes) / 1024;
    int unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    // Kilobytes in whole numbers; larger units keep one decimal below 10 ("3,2 Mo").
    const int decimals = unit > 0 && value < 10 ? 1 : 0;
    QString number = locale.toString(value, 'f', decimals);
    if (decimals && number.endsWith(locale.zeroDigit()))
        number = locale.toString(value, 'f', 0);
    return number + space + units[unit];
}
