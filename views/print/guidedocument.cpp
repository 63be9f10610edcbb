#include "guidedocument.h"

#include "models/domain/textkey.h"
#include "typography.h"

#include <QAbstractTextDocumentLayout>
#include <QCollator>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace {
constexpr double columnGapMm = 7;
constexpr double entryGapMm = 3.2;
constexpr double numberWidthMm = 12;

QTextCharFormat charFormat(double pointSize, const QColor &color = QColor(0x22, 0x22, 0x22), bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setFont(PrintStyle::font(pointSize, bold, italic));
    f.setForeground(color);
    return f;
}
} // namespace

GuideDocument::GuideDocument(QList<GuideEntry> entries, GroupBy groupBy, const PrintStyle &style, const QDate &edition)
    : m_entries(std::move(entries))
    , m_groupBy(groupBy)
    , m_style(style)
    , m_edition(edition)
{
    buildGroups();
}

GuideDocument::~GuideDocument() = default;

QString GuideDocument::title() const
{
    return tr("Guide of the ESS actors");
}

void GuideDocument::buildGroups()
{
    // Sorted by name the way a French reader looks names up: accents and case aside.
    std::vector<std::pair<QString, int>> keys;
    keys.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        keys.emplace_back(TextKey::fold(m_entries.at(i).name), i);
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    QHash<QString, int> groupIndex;
    const QString other = m_groupBy == GroupBy::Sector ? tr("Other sectors") : tr("Commune not given");
    for (const auto &key : keys) {
        const GuideEntry &e = m_entries.at(key.second);
        QString name = m_groupBy == GroupBy::Sector ? e.sector : e.commune;
        if (name.trimmed().isEmpty())
            name = other;
        auto it = groupIndex.find(name);
        if (it == groupIndex.end()) {
            Group g;
            g.name = name;
            g.color = m_groupBy == GroupBy::Sector && e.sectorColor.isValid() ? e.sectorColor : m_style.identity().primary;
            it = groupIndex.insert(name, int(m_groups.size()));
            m_groups << g;
        }
        m_groups[*it].entries << key.second;
    }
    std::sort(m_groups.begin(), m_groups.end(), [&other](const Group &a, const Group &b) {
        if ((a.name == other) != (b.name == other))
            return b.name == other;
        return TextKey::fold(a.name) < TextKey::fold(b.name);
    });
}

std::unique_ptr<QTextDocument> GuideDocument::entryDocument(const GuideEntry &e, double width) const
{
    auto doc = std::make_unique<QTextDocument>();
    PrintStyle::prepare(doc.get(), m_device, width);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    QTextCursor c(doc.get());
    const QColor grey(0x5a, 0x5a, 0x5a);
    const QColor primary = m_style.identity().primary;

    QTextBlockFormat block;
    block.setBottomMargin(1);
    c.setBlockFormat(block);
    // Inserted as plain text: markup in a name prints as typed.
    c.insertText(e.name, charFormat(10, primary, true));
    if (!e.acronym.isEmpty())
        c.insertText(QStringLiteral(" (%1)").arg(e.acronym), charFormat(9, primary));

    auto newBlock = [&c](double top = 0) {
        QTextBlockFormat f;
        f.setTopMargin(top);
        c.insertBlock(f);
    };
    QStringList statusLine{e.status};
    if (!e.subSector.isEmpty())
        statusLine << e.subSector;
    newBlock();
    c.insertText(statusLine.join(QStringLiteral(" · ")), charFormat(8, grey, false, true));

    const QString place = QStringLiteral("%1 %2").arg(e.postcode, e.commune).trimmed();
    QStringList address;
    if (!e.address.isEmpty())
        address << e.address;
    if (!place.isEmpty())
        address << place;
    if (!address.isEmpty()) {
        newBlock(2);
        c.insertText(address.join(QStringLiteral(", ")), charFormat(8.5));
    }
    QStringList means;
    for (const QString &m : {e.phone, e.email, e.website}) {
        if (!m.isEmpty())
            means << m;
    }
    if (!means.isEmpty()) {
        newBlock();
        c.insertText(means.join(QStringLiteral(" · ")), charFormat(8.5));
    }
    for (const GuideContact &person : e.contacts) {
        newBlock();
        c.insertText(person.name, charFormat(8.5, QColor(0x22, 0x22, 0x22), true));
        QStringList rest;
        for (const QString &m : {person.role, person.phone, person.email}) {
            if (!m.isEmpty())
                rest << m;
        }
        if (!rest.isEmpty())
            c.insertText(QStringLiteral(", ") + rest.join(QStringLiteral(" · ")), charFormat(8.5));
    }
    if (!e.description.isEmpty()) {
        newBlock(3);
        c.insertText(e.description, charFormat(9));
    }
    if (!e.competencies.isEmpty()) {
        newBlock(3);
        c.insertText(tr("Competencies: "), charFormat(8.5, grey, true));
        c.insertText(e.competencies.join(QStringLiteral(", ")), charFormat(8.5, grey));
    }
    if (e.acceptsInterns) {
        newBlock(2);
        c.insertText(QStringLiteral("✓ ") + tr("Accepts interns"), charFormat(8.5, m_style.identity().secondary.darker(130), true));
    }
    Typography::apply(doc.get());
    doc->documentLayout()->documentSize(); // lays it out now, once
    return doc;
}

std::unique_ptr<QTextDocument> GuideDocument::headingDocument(const Group &g, double width, bool banner) const
{
    auto doc = std::make_unique<QTextDocument>();
    PrintStyle::prepare(doc.get(), m_device, width);
    doc->setDocumentMargin(banner ? 10 : 5);
    QTextCursor c(doc.get());
    c.insertText(g.name, charFormat(banner ? 16 : 11.5, Qt::white, true));
    c.insertText(QStringLiteral("  ") + tr("%n structure(s)", nullptr, int(g.entries.size())), charFormat(banner ? 9 : 8, Qt::white));
    Typography::apply(doc.get());
    return doc;
}

double GuideDocument::breakBefore(QTextDocument *doc, double from, double available) const
{
    // The bottom of the last whole line that fits, so that no line is cut.
    double best = from;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QRectF blockRect = doc->documentLayout()->blockBoundingRect(b);
        const QTextLayout *layout = b.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const double bottom = layout->position().y() + line.y() + line.height();
            Q_UNUSED(blockRect)
            if (bottom <= from + available && bottom > best)
                best = bottom;
        }
    }
    return best > from ? best : from + available;
}

void GuideDocument::paginateBody()
{
    const QRectF body = m_geometry.body();
    const double gap = m_geometry.mm(entryGapMm);
    const double height = body.height();
    m_body.clear();
    m_actorPage.clear();
    int column = 0;
    double y = 0;
    double columnTop = 0;
    QString section;
    auto startPage = [&] {
        BodyPage page;
        page.section = section;
        m_body << page;
        column = 0;
        y = 0;
        columnTop = 0;
    };
    auto nextColumn = [&] {
        if (++column >= m_columns)
            startPage();
        else
            y = columnTop;
    };
    auto x = [&] { return body.left() + column * (m_columnWidth + m_geometry.mm(columnGapMm)); };

    for (int gi = 0; gi < m_groups.size(); ++gi) {
        Group &g = m_groups[gi];
        section = g.name;
        QTextDocument *heading = m_headingDocs.at(gi).get();
        const double headingHeight = heading->size().height();
        if (m_groupBy == GroupBy::Sector) {
            // A chapter per sector, opening on a new page with a banner.
            startPage();
            m_body.last().items << Item{Item::Banner, gi, QPointF(body.left(), body.top()), 0, headingHeight, false};
            columnTop = headingHeight + m_geometry.mm(5);
            y = columnTop;
        } else {
            if (m_body.isEmpty())
                startPage();
            const double first = g.entries.isEmpty() ? 0 : m_entryDocs.at(g.entries.first())->size().height();
            // The heading stays with its first entry.
            if (y > columnTop && y + headingHeight + m_geometry.mm(2) + std::min(first, height / 3) > height)
                nextColumn();
            if (m_body.last().items.isEmpty())
                m_body.last().section = g.name;
            m_body.last().items << Item{Item::Heading, gi, QPointF(x(), body.top() + y), 0, headingHeight, false};
            y += headingHeight + m_geometry.mm(2.5);
        }
        g.bodyPage = int(m_body.size()) - 1;
        bool firstInColumn = true;
        for (int index : g.entries) {
            QTextDocument *doc = m_entryDocs.at(index).get();
            const double h = doc->size().height();
            if (y > columnTop && y + h > height) {
                nextColumn();
                firstInColumn = true;
            }
            m_actorPage.insert(m_entries.at(index).id, int(m_body.size()) - 1);
            double from = 0;
            // Only an entry taller than a whole column is ever split, between two lines.
            while (h - from > height - y) {
                const double cut = breakBefore(doc, from, height - y);
                m_body.last().items << Item{Item::Entry, index, QPointF(x(), body.top() + y), from, cut - from, !firstInColumn};
                from = cut;
                nextColumn();
                firstInColumn = true;
            }
            m_body.last().items << Item{Item::Entry, index, QPointF(x(), body.top() + y), from, h - from, !firstInColumn && from == 0};
            y += h - from + gap;
            firstInColumn = false;
        }
    }
    if (m_body.isEmpty())
        startPage();
}

std::unique_ptr<QTextLayout> GuideDocument::lineLayout(const QString &text, const QFont &font, double width, double *height) const
{
    auto layout = std::make_unique<QTextLayout>(Typography::text(text), font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = y;
    return layout;
}

int GuideDocument::layout(QPaintDevice *device, const PageGeometry &geometry)
{
    m_device = device;
    m_geometry = geometry;
    const QRectF body = geometry.body();
    // Two columns when the page is wide enough (A4), one on A5.
    m_columns = body.width() > geometry.mm(150) ? 2 : 1;
    m_columnWidth = (body.width() - (m_columns - 1) * geometry.mm(columnGapMm)) / m_columns;

    m_entryDocs.clear();
    m_entryDocs.reserve(m_entries.size());
    for (const GuideEntry &e : std::as_const(m_entries))
        m_entryDocs.push_back(entryDocument(e, m_columnWidth));
    m_headingDocs.clear();
    for (const Group &g : std::as_const(m_groups))
        m_headingDocs.push_back(headingDocument(g, m_groupBy == GroupBy::Sector ? body.width() : m_columnWidth, m_groupBy == GroupBy::Sector));
    paginateBody();

    // The title of the contents and index pages.
    m_titleHeight = geometry.mm(16);
    layOutContents(geometry);
    layOutIndex(geometry);
    return pageCount();
}

void GuideDocument::layOutContents(const PageGeometry &geometry)
{
    // One line per group, then the index. Its length does not depend on the
    // page numbers, so it is counted before they are known.
    const QRectF body = geometry.body();
    const double numberWidth = geometry.mm(numberWidthMm);
    m_contentsLines.clear();
    const QFont contentsFont = PrintStyle::font(11);
    for (const Group &g : std::as_const(m_groups)) {
        Line line;
        line.text = lineLayout(g.name, contentsFont, body.width() - numberWidth - geometry.mm(4), &line.height);
        m_contentsLines.push_back(std::move(line));
    }
    {
        Line line;
        line.text = lineLayout(tr("Alphabetical index"), PrintStyle::font(11, true), body.width() - numberWidth - geometry.mm(4), &line.height);
        m_contentsLines.push_back(std::move(line));
    }
    const double contentsGap = geometry.mm(2.5);
    int page = 0;
    double y = m_titleHeight;
    for (Line &line : m_contentsLines) {
        if (y + line.height > body.height()) {
            ++page;
            y = 0;
        }
        line.page = page;
        line.y = y;
        y += line.height + contentsGap;
    }
    m_contentsPages = page + 1;
    const int firstBodyPage = 2 + m_contentsPages;
    for (int i = 0; i < m_groups.size(); ++i)
        m_contentsLines[i].number = QString::number(firstBodyPage + m_groups.at(i).bodyPage);
    for (auto it = m_actorPage.begin(); it != m_actorPage.end(); ++it)
        it.value() += firstBodyPage;
    m_contentsLines.back().number = QString::number(indexFirstPage());
}

void GuideDocument::layOutIndex(const PageGeometry &geometry)
{
    // Every actor by name, under its initial letter.
    const QRectF body = geometry.body();
    const double numberWidth = geometry.mm(numberWidthMm);
    m_indexColumns = m_columns;
    const double indexColumnWidth = (body.width() - (m_indexColumns - 1) * geometry.mm(columnGapMm)) / m_indexColumns;
    std::vector<std::pair<QString, int>> keys;
    keys.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        keys.emplace_back(TextKey::fold(m_entries.at(i).name), i);
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_indexLines.clear();
    m_indexLines.reserve(keys.size() + 30);
    const QFont indexFont = PrintStyle::font(8.5);
    const QFont letterFont = PrintStyle::font(11, true);
    QChar letter;
    for (const auto &key : keys) {
        const QChar initial = key.first.isEmpty() ? QChar(u'#') : key.first.at(0).toUpper();
        if (initial != letter) {
            letter = initial;
            Line heading;
            heading.letter = true;
            heading.text = lineLayout(QString(initial.isLetter() ? initial : QChar(u'#')), letterFont, indexColumnWidth, &heading.height);
            m_indexLines.push_back(std::move(heading));
        }
        const GuideEntry &e = m_entries.at(key.second);
        Line line;
        line.text = lineLayout(e.name, indexFont, indexColumnWidth - numberWidth - geometry.mm(2), &line.height);
        line.number = QString::number(m_actorPage.value(e.id));
        m_indexLines.push_back(std::move(line));
    }
    placeIndexLines(geometry);
}

void GuideDocument::placeIndexLines(const PageGeometry &geometry)
{
    const QRectF body = geometry.body();
    int page = 0;
    int column = 0;
    double y = m_titleHeight;
    double top = m_titleHeight;
    for (std::size_t i = 0; i < m_indexLines.size(); ++i) {
        Line &line = m_indexLines[i];
        double need = line.height + (line.letter ? geometry.mm(2) : 0);
        // A letter heading is kept with the first name under it.
        if (line.letter && i + 1 < m_indexLines.size())
            need += m_indexLines[i + 1].height;
        if (y > top && y + need > body.height()) {
            if (++column >= m_indexColumns) {
                column = 0;
                ++page;
                top = 0;
            }
            y = top;
        }
        if (line.letter && y > top)
            y += geometry.mm(2);
        line.page = page;
        line.column = column;
        line.y = y;
        y += line.height + geometry.mm(0.6);
    }
    m_indexPageCount = page + 1;
}

QList<QPair<QString, int>> GuideDocument::contents() const
{
    QList<QPair<QString, int>> out;
    for (int i = 0; i < m_groups.size(); ++i)
        out << qMakePair(m_groups.at(i).name, m_contentsLines.at(i).number.toInt());
    out << qMakePair(tr("Alphabetical index"), indexFirstPage());
    return out;
}

void GuideDocument::paintCover(QPainter *painter)
{
    const PageGeometry &g = m_geometry;
    const QRectF paper = g.paper();
    const QRectF margins = g.margins();
    const QColor primary = m_style.identity().primary;
    const QColor secondary = m_style.identity().secondary;
    const QRectF band(paper.left(), paper.top(), paper.width(), paper.height() * 0.46);
    painter->fillRect(band, primary);
    painter->fillRect(QRectF(band.left(), band.bottom(), band.width(), g.mm(3)), secondary);

    const QRectF titleRect(margins.left(), band.top() + g.mm(40), margins.width(), band.height() - g.mm(50));
    painter->setPen(Qt::white);
    painter->setFont(PrintStyle::font(g.paper().width() > g.mm(180) ? 30 : 22, true));
    QRectF used;
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, Typography::text(title()), &used);
    painter->setFont(PrintStyle::font(13));
    const QString subtitle = m_groupBy == GroupBy::Sector ? tr("by sector of activity") : tr("by commune");
    painter->drawText(QRectF(titleRect.left(), used.bottom() + g.mm(5), titleRect.width(), g.mm(20)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, subtitle);

    painter->setPen(QColor(0x22, 0x22, 0x22));
    const QRectF info(margins.left(), band.bottom() + g.mm(15), margins.width(), g.mm(60));
    painter->setFont(PrintStyle::font(15, true));
    painter->drawText(info, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, Typography::text(m_style.councilName()), &used);
    painter->setFont(PrintStyle::font(11));
    const QString edition = tr("Edition of %1 · %n structure(s)", nullptr, int(m_entries.size())).arg(PrintStyle::monthYear(m_edition));
    painter->drawText(QRectF(info.left(), used.bottom() + g.mm(4), info.width(), g.mm(20)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, Typography::text(edition));

    const QRectF logo(margins.right() - g.mm(45), margins.bottom() - g.mm(45), g.mm(45), g.mm(30));
    m_style.paintLogo(painter, logo);
    painter->setFont(PrintStyle::font(8.5));
    painter->setPen(QColor(0x44, 0x44, 0x44));
    QString address = m_style.identity().address;
    if (!m_style.identity().contactLine.isEmpty())
        address += QLatin1Char('\n') + m_style.identity().contactLine;
    painter->drawText(QRectF(margins.left(), margins.bottom() - g.mm(30), margins.width() - g.mm(50), g.mm(30)),
                      Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, Typography::text(address.trimmed()));
}

void GuideDocument::paintLines(QPainter *painter, const std::vector<Line> &lines, int page, double columnWidth, const QString &heading)
{
    const PageGeometry &g = m_geometry;
    const QRectF body = g.body();
    if (page == 0) {
        painter->setPen(m_style.identity().primary);
        painter->setFont(PrintStyle::font(18, true));
        painter->drawText(QRectF(body.left(), body.top(), body.width(), m_titleHeight), Qt::AlignLeft | Qt::AlignTop, heading);
    }
    const QFont numberFont = PrintStyle::font(&lines == &m_contentsLines ? 11 : 8.5);
    for (const Line &line : lines) {
        if (line.page != page)
            continue;
        const double x = body.left() + line.column * (columnWidth + g.mm(columnGapMm));
        const QPointF at(x, body.top() + line.y);
        painter->setPen(line.letter ? m_style.identity().primary : QColor(0x22, 0x22, 0x22));
        line.text->draw(painter, at);
        if (line.number.isEmpty())
            continue;
        const QTextLine last = line.text->lineAt(line.text->lineCount() - 1);
        const double baseline = at.y() + last.y() + last.ascent();
        painter->setFont(numberFont);
        const QFontMetricsF fm(numberFont, painter->device());
        const double numberX = x + columnWidth - fm.horizontalAdvance(line.number);
        painter->drawText(QPointF(numberX, baseline), line.number);
        // Dot leaders, drawn rather than typed so the copied text stays clean.
        const double from = at.x() + last.naturalTextWidth() + g.mm(1.5);
        const double to = numberX - g.mm(1.5);
        if (to > from) {
            QPen dots(QColor(0x88, 0x88, 0x88), g.mm(0.35), Qt::DotLine, Qt::RoundCap);
            painter->setPen(dots);
            painter->drawLine(QPointF(from, baseline), QPointF(to, baseline));
        }
    }
}

void GuideDocument::paintPage(QPainter *painter, int page)
{
    const int total = pageCount();
    if (page == 0) {
        paintCover(painter);
        return;
    }
    const QRectF body = m_geometry.body();
    if (page <= m_contentsPages) {
        m_style.paintFrame(painter, m_geometry, title(), tr("Contents"), page + 1, total, false);
        paintLines(painter, m_contentsLines, page - 1, body.width(), tr("Contents"));
        return;
    }
    const int bodyPage = page - 1 - m_contentsPages;
    if (bodyPage >= m_body.size()) {
        const double indexColumnWidth = (body.width() - (m_indexColumns - 1) * m_geometry.mm(columnGapMm)) / m_indexColumns;
        m_style.paintFrame(painter, m_geometry, title(), tr("Alphabetical index"), page + 1, total, false);
        paintLines(painter, m_indexLines, bodyPage - int(m_body.size()), indexColumnWidth, tr("Alphabetical index"));
        return;
    }
    const BodyPage &p = m_body.at(bodyPage);
    m_style.paintFrame(painter, m_geometry, title(), p.section, page + 1, total, false);
    for (const Item &item : p.items) {
        if (item.kind == Item::Entry) {
            QTextDocument *doc = m_entryDocs.at(item.index).get();
            if (item.rule) {
                painter->setPen(QPen(QColor(0xaa, 0xaa, 0xaa), m_geometry.mm(0.3)));
                const double ruleY = item.pos.y() - m_geometry.mm(entryGapMm) / 2;
                painter->drawLine(QPointF(item.pos.x(), ruleY), QPointF(item.pos.x() + m_columnWidth * 0.3, ruleY));
            }
            painter->save();
            painter->translate(item.pos.x(), item.pos.y() - item.from);
            const QRectF clip(0, item.from, m_columnWidth, item.height);
            painter->setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            doc->documentLayout()->draw(painter, context);
            painter->restore();
        } else {
            QTextDocument *doc = m_headingDocs.at(item.index).get();
            const QRectF box(item.pos, QSizeF(doc->textWidth(), item.height));
            painter->fillRect(box, m_groups.at(item.index).color);
            painter->save();
            painter->translate(item.pos);
            doc->drawContents(painter);
            painter->restore();
        }
    }
}
