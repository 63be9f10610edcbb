#include "letterdocument.h"

#include "keyfigureschart.h"
#include "letterbuilder.h"
#include "vectorfigures.h"

#include <QPainter>
#include <QPaintDevice>
#include <QTextDocument>
#include <QUrl>

LetterDocument::LetterDocument(const LetterContent &content, const PrintStyle &style)
    : FlowDocument(LetterBuilder::title(content.issue), QStringLiteral("letter"),
                   LetterBuilder::html(content, style, LetterBuilder::Images::Resources), style, false)
    , m_content(content)
{
}

LetterDocument::~LetterDocument() = default;

int LetterDocument::layout(QPaintDevice *device, const PageGeometry &geometry)
{
    using Closing = LetterBuilder::Closing;
    const auto withClosing = [&](Closing closing) {
        setHtml(LetterBuilder::html(m_content, style(), LetterBuilder::Images::Resources, closing));
        return FlowDocument::layout(device, geometry);
    };
    const int text = withClosing(Closing::None);
    for (Closing closing : {Closing::Full, Closing::Compact}) {
        if (withClosing(closing) == text)
            return text;
    }
    return withClosing(Closing::None);
}

void LetterDocument::prepare(QTextDocument *document, QPaintDevice *)
{
    const QImage logo = LetterBuilder::logoImage(style().identity(), 240);
    if (!logo.isNull())
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("essaim:logo")), logo);
    if (!m_content.chartImage.isNull()) {
        document->addResource(QTextDocument::ImageResource, QUrl(VectorFigures::source(QStringLiteral("chart"))), m_content.chartImage);
        return;
    }
    // The chart as vector paths and real text in the page, not a picture of itself.
    m_figures = std::make_unique<VectorFigures>();
    const LetterContent &content = m_content;
    const QColor color = style().identity().primary;
    m_figures->add(QStringLiteral("chart"), [&content, color](QPainter *painter, const QRectF &rect) {
        if (!content.chartPicture.isNull()) {
            const QRect box = content.chartPicture.boundingRect();
            painter->translate(rect.topLeft());
            painter->scale(rect.width() / box.width(), rect.height() / box.height());
            painter->drawPicture(-box.topLeft(), content.chartPicture);
        } else {
            KeyFiguresChart::paint(painter, rect, content.figures, color, painter->device()->logicalDpiY() / 72.0);
        }
    });
    m_figures->install(document);
}
