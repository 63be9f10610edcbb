#include "vectorfigures.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {
constexpr int FigureObjectType = QTextFormat::UserObject + 61;
constexpr int FigureNameProperty = QTextFormat::UserProperty + 61;
const QString Prefix = QStringLiteral("essaim:figure/");
} // namespace

VectorFigures::VectorFigures(QObject *parent)
    : QObject(parent)
{
}

QString VectorFigures::source(const QString &name)
{
    return Prefix + name;
}

void VectorFigures::add(const QString &name, const Painter &painter)
{
    m_painters.insert(name, painter);
}

void VectorFigures::install(QTextDocument *document)
{
    document->documentLayout()->registerHandler(FigureObjectType, this);
    QList<QPair<int, QTextImageFormat>> found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            if (name.startsWith(Prefix) && m_painters.contains(name.mid(Prefix.size()))) {
                // One fragment may hold several identical images side by side.
                for (int i = 0; i < fragment.length(); ++i)
                    found << qMakePair(fragment.position() + i, format.toImageFormat());
            }
        }
    }
    for (const auto &f : std::as_const(found)) {
        QTextCursor cursor(document);
        cursor.setPosition(f.first);
        cursor.setPosition(f.first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(FigureObjectType);
        object.setProperty(FigureNameProperty, f.second.name().mid(Prefix.size()));
        object.setProperty(QTextFormat::ImageWidth, f.second.width());
        object.setProperty(QTextFormat::ImageHeight, f.second.height());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

QSizeF VectorFigures::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    // HTML sizes are CSS pixels (1/96 inch): scale them to the device.
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const double scale = device ? device->logicalDpiX() / 96.0 : 1.0;
    return QSizeF(format.doubleProperty(QTextFormat::ImageWidth), format.doubleProperty(QTextFormat::ImageHeight)) * scale;
}

void VectorFigures::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const Painter paint = m_painters.value(format.stringProperty(FigureNameProperty));
    if (!paint)
        return;
    painter->save();
    paint(painter, rect);
    painter->restore();
}
