#include "flowdocument.h"

#include "typography.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

FlowDocument::FlowDocument(const QString &title, const QString &kind, const QString &html, const PrintStyle &style, bool internal)
    : m_title(title)
    , m_kind(kind)
    , m_html(html)
    , m_style(style)
    , m_internal(internal)
{
}

FlowDocument::~FlowDocument() = default;

void FlowDocument::prepare(QTextDocument *, QPaintDevice *)
{
}

int FlowDocument::layout(QPaintDevice *device, const PageGeometry &geometry)
{
    m_geometry = geometry;
    m_document = std::make_unique<QTextDocument>();
    PrintStyle::prepare(m_document.get(), device, geometry.body().width());
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(wrapMode());
    m_document->setDefaultTextOption(option);
    m_document->setHtml(m_html);
    // The text as it prints; the HTML (and what it was built from) stays as given.
    Typography::apply(m_document.get());
    prepare(m_document.get(), device);
    // Paginated by the layout itself: no line is cut between two pages.
    m_document->setPageSize(geometry.body().size());
    m_pages = m_document->pageCount();
    return m_pages;
}

void FlowDocument::paintPage(QPainter *painter, int page)
{
    const QRectF body = m_geometry.body();
    if (page > 0 || headerOnFirstPage()) {
        m_style.paintFrame(painter, m_geometry, runningTitle(), m_internal ? PrintStyle::tr("Internal use") : QString(), page + 1, m_pages,
                           m_internal);
    } else {
        // Footer only: the masthead opens the first page.
        m_style.paintFrame(painter, m_geometry, QString(), QString(), page + 1, m_pages, m_internal);
    }
    painter->save();
    painter->translate(body.left(), body.top() - page * body.height());
    const QRectF clip(0, page * body.height(), body.width(), body.height());
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
}
