#include "plaquettedocument.h"

#include "keyfigureschart.h"
#include "typography.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace {
constexpr double paddingMm = 8;
// Roll fold: the panel that folds in is 3 mm narrower, so it tucks in.
const double widths[2][3] = {{97, 100, 100}, {100, 100, 97}};
enum Panel { Flap, Back, Cover, Inside1, KeyFiguresPanel, Inside3 };

/// The character formats of one panel: sizes in points at the panel's
/// scale, the ink white on the cover.
struct PanelInk
{
    double scale;
    QColor ink;
    QTextCharFormat operator()(double size, bool bold = false, const QColor &color = QColor()) const
    {
        QTextCharFormat f;
        f.setFont(PrintStyle::font(size * scale, bold));
        f.setForeground(color.isValid() ? color : ink);
        return f;
    }
};

/// Plain text: blank lines part paragraphs, "- " starts a bullet.
void writeBody(QTextCursor &c, const QString &body, const PanelInk &format)
{
    const double scale = format.scale;
    QTextList *list = nullptr;
    bool newParagraph = true;
    for (const QString &raw : body.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            newParagraph = true;
            list = nullptr;
            continue;
        }
        const bool bullet = line.startsWith(QLatin1String("- ")) || line.startsWith(QStringLiteral("• "));
        QTextBlockFormat f;
        f.setTopMargin(newParagraph ? 5 * scale : 1.5 * scale);
        c.insertBlock(f, format(10));
        if (bullet) {
            if (!list) {
                QTextListFormat lf;
                lf.setStyle(QTextListFormat::ListDisc);
                lf.setIndent(1);
                list = c.createList(lf);
            } else {
                list->add(c.block());
            }
            c.insertText(line.mid(2).trimmed(), format(10));
        } else {
            list = nullptr;
            c.insertText(line, format(10));
        }
        newParagraph = false;
    }
}

/// The contact panel carries the council's address from the identity.
void writeAddress(QTextCursor &c, const PrintStyle &style, const PanelInk &format)
{
    QTextBlockFormat f;
    f.setTopMargin(12 * format.scale);
    c.insertBlock(f);
    c.insertText(style.councilName(), format(10.5, true, style.identity().primary));
    for (const QString &line : style.identity().address.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        c.insertBlock(QTextBlockFormat(), format(10));
        c.insertText(line.trimmed(), format(10));
    }
    if (!style.identity().contactLine.isEmpty()) {
        QTextBlockFormat g;
        g.setTopMargin(4 * format.scale);
        c.insertBlock(g);
        c.insertText(style.identity().contactLine, format(10));
    }
}

} // namespace

PlaquetteDocument::PlaquetteDocument(const QList<PlaquettePanel> &panels, const KeyFigures &figures, const PrintStyle &style)
    : m_panels(panels)
    , m_figures(figures)
    , m_style(style)
{
    while (m_panels.size() < 6)
        m_panels << PlaquettePanel();
}

PlaquetteDocument::~PlaquetteDocument() = default;

QString PlaquetteDocument::title() const
{
    return tr("Plaquette");
}

QPageLayout PlaquetteDocument::defaultPageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QRectF PlaquetteDocument::panelRect(int index)
{
    const int side = index / 3;
    const int column = index % 3;
    double x = 0;
    for (int i = 0; i < column; ++i)
        x += widths[side][i];
    return QRectF(x, 0, widths[side][column], 210);
}

double PlaquetteDocument::chartHeight(int index) const
{
    return index == KeyFiguresPanel && !m_figures.actorsByFamily.isEmpty() ? m_geometry.mm(8 + 7 * m_figures.actorsByFamily.size()) : 0;
}

std::unique_ptr<QTextDocument> PlaquetteDocument::panelDocument(int index, double width, double scale) const
{
    auto doc = std::make_unique<QTextDocument>();
    PrintStyle::prepare(doc.get(), m_device, width);
    const PlaquettePanel &panel = m_panels.at(index);
    const bool cover = index == Cover;
    const QColor accent = cover ? QColor(Qt::white) : m_style.identity().primary;
    const PanelInk format{scale, cover ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22)};
    QTextCursor c(doc.get());
    QTextBlockFormat block;
    block.setBottomMargin(8 * scale);
    if (cover) {
        // The council's name above the title, the title large.
        c.setBlockFormat(block);
        c.insertText(m_style.councilName(), format(11, true));
        QTextBlockFormat titleBlock;
        titleBlock.setTopMargin(40 * scale);
        titleBlock.setBottomMargin(14 * scale);
        c.insertBlock(titleBlock);
        c.insertText(panel.title, format(22, true, accent));
    } else {
        c.setBlockFormat(block);
        c.insertText(panel.title, format(14, true, accent));
    }
    writeBody(c, panel.body, format);
    if (index == Back)
        writeAddress(c, m_style, format);
    if (index == KeyFiguresPanel && m_figures.actors > 0) {
        const QLocale locale;
        const QList<QPair<QString, QString>> figures = {
            {locale.toString(m_figures.actors), tr("ESS structures in the directory")},
            {locale.toString(m_figures.employers), tr("employers")},
            {locale.toString(m_figures.headcount), tr("employees in %1").arg(m_figures.year)},
            {locale.toString(m_figures.volunteers), tr("volunteers in %1").arg(m_figures.year)},
        };
        for (const auto &figure : figures) {
            QTextBlockFormat f;
            f.setTopMargin(7 * scale);
            c.insertBlock(f);
            c.insertText(figure.first, format(20, true, m_style.identity().secondary.darker(115)));
            c.insertText(QStringLiteral("  ") + figure.second, format(10));
        }
        QTextBlockFormat f;
        f.setTopMargin(6 * scale);
        c.insertBlock(f);
        c.insertText(tr("Source: %1.").arg(m_figures.source), format(7.5, false, QColor(0x66, 0x66, 0x66)));
    }
    Typography::apply(doc.get());
    doc->documentLayout()->documentSize();
    return doc;
}

int PlaquetteDocument::layout(QPaintDevice *device, const PageGeometry &geometry)
{
    m_device = device;
    m_geometry = geometry;
    m_docs.clear();
    m_scales.clear();
    for (int i = 0; i < 6; ++i) {
        const QRectF r = panelRect(i);
        const double width = geometry.mm(r.width() - 2 * paddingMm);
        double height = geometry.mm(r.height() - 2 * paddingMm) - chartHeight(i);
        if (i == Cover)
            height -= geometry.mm(45); // the logo's place
        double scale = 1.0;
        auto doc = panelDocument(i, width, scale);
        while (doc->size().height() > height && scale > 0.5) {
            scale -= 0.05;
            doc = panelDocument(i, width, scale);
        }
        m_docs.push_back(std::move(doc));
        m_scales << scale;
    }
    return 2;
}

void PlaquetteDocument::paintPage(QPainter *painter, int page)
{
    const PageGeometry &g = m_geometry;
    for (int column = 0; column < 3; ++column) {
        const int index = page * 3 + column;
        const QRectF mm = panelRect(index);
        const QRectF panel(g.mm(mm.x()), g.mm(mm.y()), g.mm(mm.width()), g.mm(mm.height()));
        const QRectF inner = panel.adjusted(g.mm(paddingMm), g.mm(paddingMm), -g.mm(paddingMm), -g.mm(paddingMm));
        if (index == Cover) {
            painter->fillRect(panel, m_style.identity().primary);
            painter->fillRect(QRectF(panel.left(), panel.bottom() - g.mm(12), panel.width(), g.mm(12)), m_style.identity().secondary);
            const QRectF logo(inner.left(), inner.bottom() - g.mm(40), inner.width(), g.mm(28));
            if (!m_style.identity().logo.isEmpty()) {
                painter->fillRect(logo.adjusted(-g.mm(2), -g.mm(2), g.mm(2), g.mm(2)), Qt::white);
                m_style.paintLogo(painter, logo);
            }
        } else if (index == Flap || index == Inside1) {
            painter->fillRect(QRectF(panel.left(), panel.top(), panel.width(), g.mm(4)), m_style.identity().secondary);
        }
        painter->save();
        painter->translate(inner.topLeft());
        m_docs.at(index)->drawContents(painter);
        painter->restore();
        if (index == KeyFiguresPanel) {
            const double h = chartHeight(index);
            const QRectF chart(inner.left(), inner.top() + m_docs.at(index)->size().height() + g.mm(4), inner.width(), h - g.mm(4));
            KeyFiguresChart::paint(painter, chart, m_figures, m_style.identity().primary, g.pt(1));
        }
    }
    // Fold marks at the top and bottom edges, outside the text.
    painter->setPen(QPen(QColor(0x77, 0x77, 0x77), g.mm(0.25)));
    double x = 0;
    for (int column = 0; column < 2; ++column) {
        x += widths[page][column];
        painter->drawLine(QPointF(g.mm(x), g.mm(1)), QPointF(g.mm(x), g.mm(6)));
        painter->drawLine(QPointF(g.mm(x), g.mm(204)), QPointF(g.mm(x), g.mm(209)));
    }
}
