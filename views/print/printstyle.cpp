#include "printstyle.h"

#include "pagegeometry.h"
#include "typography.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>

PrintStyle::PrintStyle(const CouncilIdentity &identity)
    : m_identity(identity)
{
}

QString PrintStyle::councilName() const
{
    return m_identity.name.trimmed().isEmpty() ? tr("Local council of the social and solidarity economy") : m_identity.name.trimmed();
}

QString PrintStyle::fontFamily()
{
    // A TrueType family: the PDF writer embeds it as real, selectable text.
    return QStringLiteral("DejaVu Sans");
}

QFont PrintStyle::font(double pointSize, bool bold, bool italic)
{
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferOutline);
    // A letter spacing that is not zero turns ligatures off: "fi" stays two
    // letters, so the PDF's text is searched and copied as typed.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

void PrintStyle::prepare(QTextDocument *document, const QPaintDevice *device, double width)
{
    document->documentLayout()->setPaintDevice(const_cast<QPaintDevice *>(device));
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setDefaultFont(font(9.5));
    document->setTextWidth(width);
}

QString PrintStyle::longDate(const QDate &date)
{
    const QLocale locale;
    // French writes the first day of a month "1er", never "1"; no other language here does.
    if (locale.language() == QLocale::French && date.day() == 1)
        return locale.toString(date, QStringLiteral("dddd d'er' MMMM yyyy"));
    return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString PrintStyle::timeOfDay(const QTime &time)
{
    const QLocale locale;
    if (locale.language() != QLocale::French)
        return locale.toString(time, QStringLiteral("HH'h'mm"));
    // French usage: "9 h", "9 h 30", never "09h00"; the spaces never part the hour from its minutes.
    const QString hour = QString::number(time.hour()) + QStringLiteral("\u00a0h");
    return time.minute() == 0 ? hour : hour + QChar(0x00a0) + locale.toString(time, QStringLiteral("mm"));
}

QString PrintStyle::monthYear(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
}

void PrintStyle::paintFrame(QPainter *painter, const PageGeometry &g, const QString &title, const QString &section, int page,
                            int pageCount, bool internal) const
{
    painter->save();
    const QRectF header = g.headerBand();
    const QRectF footer = g.footerBand();
    if (!title.isEmpty() || !section.isEmpty()) {
    const QRectF headerText = header.adjusted(0, 0, 0, -g.mm(3));
    // Section right, title left in the room the section leaves; both elided rather than overlapping.
    painter->setFont(font(8));
    const QFontMetricsF fs(painter->font(), painter->device());
    const QString sectionText = fs.elidedText(Typography::text(section), Qt::ElideRight, header.width() / 2 - g.mm(2));
    const double titleRoom = header.width() - fs.horizontalAdvance(sectionText) - g.mm(4);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(headerText, Qt::AlignRight | Qt::AlignBottom, sectionText);
    painter->setPen(m_identity.primary);
    painter->setFont(font(8, true));
    const QFontMetricsF fm(painter->font(), painter->device());
    painter->drawText(headerText, Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(Typography::text(title), Qt::ElideRight, titleRoom));
    painter->setPen(QPen(m_identity.secondary, g.mm(0.4)));
    const double ruleY = header.bottom() - g.mm(2);
    painter->drawLine(QPointF(header.left(), ruleY), QPointF(header.right(), ruleY));
    }

    painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), g.mm(0.2)));
    const double footY = footer.top() + g.mm(2);
    painter->drawLine(QPointF(footer.left(), footY), QPointF(footer.right(), footY));
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->setFont(font(7.5));
    const QRectF footText = footer.adjusted(0, g.mm(3), 0, 0);
    QString left = Typography::text(councilName());
    if (internal)
        left = tr("Internal use — %1").arg(left);
    const QString pageText = tr("page %1 / %2").arg(page).arg(pageCount);
    const QFontMetricsF ff(painter->font(), painter->device());
    painter->drawText(footText, Qt::AlignLeft | Qt::AlignTop,
                      ff.elidedText(left, Qt::ElideRight, footText.width() - ff.horizontalAdvance(pageText) - g.mm(5)));
    painter->drawText(footText, Qt::AlignRight | Qt::AlignTop, pageText);
    painter->restore();
}

bool PrintStyle::paintLogo(QPainter *painter, const QRectF &rect) const
{
    if (m_identity.logo.isEmpty())
        return false;
    QSvgRenderer svg(m_identity.logo);
    if (svg.isValid()) {
        QSizeF size = svg.defaultSize();
        size.scale(rect.size(), Qt::KeepAspectRatio);
        // Vector all the way to the PDF.
        svg.render(painter, QRectF(rect.topLeft() + QPointF((rect.width() - size.width()) / 2, (rect.height() - size.height()) / 2), size));
        return true;
    }
    const QImage image = QImage::fromData(m_identity.logo);
    if (image.isNull())
        return false;
    QSizeF size = image.size();
    size.scale(rect.size(), Qt::KeepAspectRatio);
    painter->drawImage(QRectF(rect.topLeft() + QPointF((rect.width() - size.width()) / 2, (rect.height() - size.height()) / 2), size), image);
    return true;
}
