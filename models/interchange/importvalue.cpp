#include "importvalue.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ImportValue {

std::optional<QDate> date(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?$"));
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})( .*)?$"));
    QRegularExpressionMatch m = iso.match(text);
    QDate d;
    if (m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if ((m = french.match(text)).hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<double> decimal(const QString &raw)
{
    // Most cells are plain whole numbers ("14"): read them without rewriting.
    if (!raw.isEmpty() && raw.size() <= 9
        && std::all_of(raw.cbegin(), raw.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return double(raw.toInt());
    QString text;
    for (const QChar c : raw) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x20AC) || c == QLatin1Char('\''))
            continue;
        text += c;
    }
    if (text.endsWith(QLatin1String("EUR"), Qt::CaseInsensitive))
        text.chop(3);
    if (text.isEmpty())
        return std::nullopt;
    const int commas = text.count(QLatin1Char(','));
    const int dots = text.count(QLatin1Char('.'));
    if (commas && dots) {
        // The last one is the decimal mark.
        const bool commaDecimal = text.lastIndexOf(QLatin1Char(',')) > text.lastIndexOf(QLatin1Char('.'));
        text.remove(commaDecimal ? QLatin1Char('.') : QLatin1Char(','));
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (commas == 1) {
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (commas > 1) {
        text.remove(QLatin1Char(','));
    } else if (dots > 1) {
        text.remove(QLatin1Char('.'));
    }
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!number.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<bool> boolean(const QString &raw)
{
    const QString t = raw.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("oui"), QStringLiteral("o"), QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("vrai"), QStringLiteral("x")};
    static const QStringList no = {QStringLiteral("non"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("0"),
                                   QStringLiteral("false"), QStringLiteral("faux"), QStringLiteral("")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<qint64> cents(const QString &text)
{
    const auto v = decimal(text);
    if (!v || std::abs(*v) > 9e15 / 100)
        return std::nullopt;
    return qint64(std::llround(*v * 100));
}

} // namespace ImportValue
