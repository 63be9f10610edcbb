#include "headcountband.h"

#include "models/interchange/csvreader.h"

#include <QLocale>

const QList<HeadcountBand> &HeadcountBand::all()
{
    static const QList<HeadcountBand> bands = [] {
        QList<HeadcountBand> out;
        const QList<QStringList> rows = CsvReader::readFile(QStringLiteral(":/data/tranches_effectifs.csv"), QLatin1Char(';'));
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            if (row.size() < 3)
                continue;
            HeadcountBand band;
            band.code = row.at(0).trimmed();
            band.label = row.at(1).trimmed();
            band.min = row.at(2).trimmed().toInt();
            bool ok = false;
            const int max = row.value(3).trimmed().toInt(&ok);
            if (ok)
                band.max = max;
            out << band;
        }
        return out;
    }();
    return bands;
}

int HeadcountBand::indexOf(const QString &code)
{
    const QList<HeadcountBand> &bands = all();
    for (int i = 0; i < bands.size(); ++i) {
        if (bands.at(i).code == code)
            return i;
    }
    return -1;
}

int HeadcountBand::indexForHeadcount(int headcount)
{
    const QList<HeadcountBand> &bands = all();
    // "NN" and "00" both span 0: a declared 0 is "00" (employed during the year).
    for (int i = 0; i < bands.size(); ++i) {
        const HeadcountBand &b = bands.at(i);
        if (b.code == QLatin1String("NN"))
            continue;
        if (headcount >= b.min && (!b.max || headcount <= *b.max))
            return i;
    }
    return -1;
}

QString HeadcountBand::shortLabel() const
{
    const QLocale locale;
    if (code == QLatin1String("NN"))
        return tr("No employee");
    if (!max)
        return tr("%1 and more").arg(locale.toString(min));
    if (min == *max)
        return tr("%Ln employee(s)", nullptr, min);
    return tr("%1–%2").arg(locale.toString(min), locale.toString(*max));
}
