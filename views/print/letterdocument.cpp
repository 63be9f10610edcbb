#include "letterdocument.h"

#include "keyfigureschart.h"
#include "letterbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QUrl>

namespace {
constexpr int ChartObjectType = QTextFormat::UserObject + 61;
}

/// Draws the chart where the HTML placed its image, with the painter of the
/// page: vector paths and real text in the PDF.
class LetterDocument::ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const LetterContent &content, const PrintStyle &style)
        : m_content(content)
        , m_style(style)
    {
    }
    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        // HTML sizes are CSS pixels (1/96 inch): scale them to the device.
        const QPaintDevice *device = document->documentLayout()->paintDevice();
        const double scale = device ? device->logicalDpiX() / 96.0 : 1.0;
        return QSizeF(format.doubleProperty(QTextFormat::ImageWidth), format.doubleProperty(QTextFormat::ImageHeight)) * scale;
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override
    {
        painter->save();
        if (!m_content.chartPicture.isNull()) {
            const QRect box = m_content.chartPicture.boundingRect();
            painter->translate(rect.topLeft());
            painter->scale(rect.width() / box.width(), rect.height() / box.height());
            painter->drawPicture(-box.topLeft(), m_content.chartPicture);
        } else {
            KeyFiguresChart::paint(painter, rect, m_content.figures, m_style.identity().primary, painter->device()->logicalDpiY() / 72.0);
        }
        painter->restore();
    }

private:
    const LetterContent &m_content;
    const PrintStyle &m_style;
};

LetterDocument::LetterDocument(const LetterContent &content, const PrintStyle &style)
    : FlowDocument(LetterBuilder::title(content.issue), QStringLiteral("letter"),
                   LetterBuilder::html(content, style, LetterBuilder::Images::Resources), style, false)
    , m_content(content)
{
}

LetterDocument::~LetterDocument() = default;

void LetterDocument::prepare(QTextDocument *document, QPaintDevice *)
{
    const QImage logo = LetterBuilder::logoImage(style().identity(), 240);
    if (!logo.isNull())
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("essaim:logo")), logo);
    if (!m_content.chartImage.isNull()) {
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("essaim:chart")), m_content.chartImage);
        return;
    }
    m_chart = std::make_unique<ChartObject>(m_content, style());
    document->documentLayout()->registerHandler(ChartObjectType, m_chart.get());
    // Swap the chart's image for the vector object, at the same size.
    QList<QPair<int, QTextImageFormat>> found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && format.toImageFormat().name() == QLatin1String("essaim:chart"))
                found << qMakePair(fragment.position(), format.toImageFormat());
        }
    }
    for (const auto &f : std::as_const(found)) {
        QTextCursor cursor(document);
        cursor.setPosition(f.first);
        cursor.setPosition(f.first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(ChartObjectType);
        object.setProperty(QTextFormat::ImageWidth, f.second.width());
        object.setProperty(QTextFormat::ImageHeight, f.second.height());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

#include "letterdocument.moc"
