#include "plantimeline.h"

#include "models/domain/planvocabulary.h"
#include "models/itemmodels/plantreemodel.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace {

QDate semesterStart(const QDate &d)
{
    return QDate(d.year(), d.month() <= 6 ? 1 : 7, 1);
}

const QColor lateRed(0xc0, 0x39, 0x2b);
const QColor barBlue(0x29, 0x80, 0xb9);
const QColor doneGreen(0x27, 0xae, 0x60);

} // namespace

void PlanTimeline::setRows(const PlanTreeModel &model, const PlanLinkedEventsProvider &events)
{
    m_rows.clear();
    for (const PlanTree::Node *n : model.tree().depthFirst()) {
        Row row;
        row.code = n->code;
        row.title = n->item.title;
        for (const PlanTree::Node *p = n->parent; p && p->parent; p = p->parent)
            ++row.depth;
        row.action = n->item.isAction();
        row.late = row.action ? n->rollUp.late : n->rollUp.lateCount > 0; // flagged up the tree
        row.progress = n->rollUp.progress;
        row.start = PlanVocabulary::firstDay(n->item.start);
        row.end = PlanVocabulary::lastDay(n->item.due);
        if (!row.start.isValid() && row.end.isValid())
            row.start = PlanVocabulary::firstDay(n->item.due);
        if (events && row.action)
            row.events = events(n->item.id);
        if (!row.action) {
            // An objective spans the schedule of everything under it.
            std::vector<const PlanTree::Node *> stack{n};
            while (!stack.empty()) {
                const PlanTree::Node *d = stack.back();
                stack.pop_back();
                const QDate s = PlanVocabulary::firstDay(d->item.start.isEmpty() ? d->item.due : d->item.start);
                const QDate e = PlanVocabulary::lastDay(d->item.due);
                if (s.isValid() && (!row.start.isValid() || s < row.start))
                    row.start = s;
                if (e.isValid() && (!row.end.isValid() || e > row.end))
                    row.end = e;
                for (const auto &c : d->children)
                    stack.push_back(c.get());
            }
        }
        m_rows << row;
    }
    m_today = model.today();
}

void PlanTimeline::setPeriod(const QDate &from, const QDate &to)
{
    m_semesters.clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    for (QDate d = semesterStart(from); d <= to; d = d.addMonths(6))
        m_semesters << d;
}

QString PlanTimeline::semesterLabel(const QDate &firstDay)
{
    return firstDay.month() == 1 ? tr("1st half %1").arg(firstDay.year()) : tr("2nd half %1").arg(firstDay.year());
}

QList<PlanTimeline::Tile> PlanTimeline::tiles(double pageWidth, double pageHeight, const Metrics &m) const
{
    const int perPageX = std::max(1, int(std::floor((pageWidth - m.labelWidth) / m.semesterWidth)));
    const int perPageY = std::max(1, int(std::floor((pageHeight - m.titleHeight - m.headerHeight) / m.rowHeight)));
    const int semesters = std::max(1, int(m_semesters.size()));
    const int rows = std::max(1, int(m_rows.size()));
    QList<Tile> result;
    // Across first: the pages of one band of rows follow each other, so they can be laid side by side.
    for (int r = 0; r < rows; r += perPageY) {
        for (int s = 0; s < semesters; s += perPageX)
            result << Tile{r, std::min(perPageY, rows - r), s, std::min(perPageX, semesters - s)};
    }
    return result;
}

double PlanTimeline::xOf(const QDate &date, int firstSemester, const Metrics &m) const
{
    const QDate origin = m_semesters.value(firstSemester);
    // Position inside the semester by day, so a month sits where it belongs.
    int index = 0;
    QDate semester = semesterStart(date);
    index = (semester.year() - origin.year()) * 2 + (semester.month() == 7 ? 1 : 0) - (origin.month() == 7 ? 1 : 0);
    const double days = semester.daysTo(semester.addMonths(6));
    return m.labelWidth + (index + semester.daysTo(date) / days) * m.semesterWidth;
}

void PlanTimeline::paintTile(QPainter *p, const Tile &tile, const Metrics &m, double unit, const QString &pageLabel) const
{
    p->save();
    p->scale(unit, unit);
    QFont font = p->font();
    // Pixel sizes follow the painter's scale: 3 units is 3 mm on paper.
    font.setPixelSize(3);
    p->setFont(font);
    QPen thin(QColor(0xbd, 0xc3, 0xc7));
    thin.setWidthF(0.2);

    Frame f;
    f.top = m.titleHeight;
    f.gridTop = f.top + m.headerHeight;
    f.width = m.labelWidth + tile.semesterCount * m.semesterWidth;
    f.bottom = f.gridTop + tile.rowCount * m.rowHeight;

    paintTitle(p, m, f, pageLabel);
    paintSemesters(p, tile, m, f, thin);
    // Rows: the label column is repeated on every page.
    for (int r = 0; r < tile.rowCount; ++r) {
        const int index = tile.firstRow + r;
        if (index >= m_rows.size())
            break;
        paintRow(p, m_rows.at(index), f.gridTop + r * m.rowHeight, tile, m, f, thin);
    }
    paintToday(p, tile, m, f);
    p->restore();
}

void PlanTimeline::paintTitle(QPainter *p, const Metrics &m, const Frame &f, const QString &pageLabel) const
{
    // Title, and under it the page's place in the whole, so both stay readable on a narrow last page.
    const QFont font = p->font();
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(4);
    p->setFont(titleFont);
    p->setPen(Qt::black);
    const QRectF titleRect(0, 0, f.width, m.titleHeight * 0.55);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(titleFont).elidedText(m_title, Qt::ElideRight, titleRect.width()));
    p->setFont(font);
    if (!pageLabel.isEmpty())
        p->drawText(QRectF(0, m.titleHeight * 0.55, f.width, m.titleHeight * 0.4), Qt::AlignLeft | Qt::AlignVCenter, pageLabel);
}

void PlanTimeline::paintSemesters(QPainter *p, const Tile &tile, const Metrics &m, const Frame &f, const QPen &thin) const
{
    for (int s = 0; s < tile.semesterCount; ++s) {
        const int index = tile.firstSemester + s;
        const QRectF cell(m.labelWidth + s * m.semesterWidth, f.top, m.semesterWidth, m.headerHeight);
        p->fillRect(cell, index % 2 ? QColor(0xec, 0xf0, 0xf1) : QColor(0xf8, 0xf9, 0xf9));
        p->setPen(Qt::black);
        if (index < m_semesters.size())
            p->drawText(cell, Qt::AlignCenter, semesterLabel(m_semesters.at(index)));
        p->setPen(thin);
        p->drawLine(QPointF(cell.left(), f.top), QPointF(cell.left(), f.bottom));
    }
    p->drawLine(QPointF(f.width, f.top), QPointF(f.width, f.bottom));
    p->drawLine(QPointF(0, f.gridTop), QPointF(f.width, f.gridTop));
}

void PlanTimeline::paintRow(QPainter *p, const Row &row, double y, const Tile &tile, const Metrics &m, const Frame &f,
                            const QPen &thin) const
{
    QFont rowFont = p->font();
    rowFont.setBold(row.depth == 0);
    p->setFont(rowFont);
    p->setPen(row.late ? lateRed : QColor(Qt::black));
    const QRectF label(1 + row.depth * 3, y, m.labelWidth - 2 - row.depth * 3, m.rowHeight);
    const QString text = row.code + QLatin1Char(' ') + row.title;
    p->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(rowFont).elidedText(text, Qt::ElideRight, label.width()));
    p->setPen(thin);
    p->drawLine(QPointF(0, y + m.rowHeight), QPointF(f.width, y + m.rowHeight));

    const double left = m.labelWidth;
    if (row.start.isValid() && row.end.isValid()) {
        const double x0 = std::max(left, xOf(row.start, tile.firstSemester, m));
        const double x1 = std::min(f.width, xOf(row.end.addDays(1), tile.firstSemester, m));
        if (x1 > x0 && !row.action) {
            // An objective: a thin line over its actions' span.
            p->setPen(Qt::NoPen);
            p->setBrush(row.late ? lateRed.darker(130) : QColor(0x34, 0x49, 0x5e));
            p->drawRect(QRectF(x0, y + m.rowHeight * 0.4, x1 - x0, m.rowHeight * 0.2));
        } else if (x1 > x0) {
            // An action: its bar, filled as far as its progress.
            const QRectF bar(x0, y + m.rowHeight * 0.2, x1 - x0, m.rowHeight * 0.6);
            const QColor colour = row.late ? lateRed : (row.progress >= 100 ? doneGreen : barBlue);
            p->setPen(Qt::NoPen);
            p->setBrush(colour.lighter(170));
            p->drawRect(bar);
            p->setBrush(colour);
            p->drawRect(QRectF(bar.left(), bar.top(), bar.width() * std::clamp(row.progress, 0.0, 100.0) / 100.0, bar.height()));
        }
    }
    for (const PlanLinkedEvent &e : row.events) {
        const double x = xOf(e.date, tile.firstSemester, m);
        if (x < left || x > f.width)
            continue;
        const double c = y + m.rowHeight / 2;
        const double h = m.rowHeight * 0.35;
        QPainterPath diamond;
        diamond.moveTo(x, c - h);
        diamond.lineTo(x + h, c);
        diamond.lineTo(x, c + h);
        diamond.lineTo(x - h, c);
        diamond.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x8e, 0x44, 0xad));
        p->drawPath(diamond);
    }
}

void PlanTimeline::paintToday(QPainter *p, const Tile &tile, const Metrics &m, const Frame &f) const
{
    if (!m_today.isValid() || m_semesters.isEmpty())
        return;
    const double x = xOf(m_today, tile.firstSemester, m);
    if (x < m.labelWidth || x > f.width)
        return;
    QPen todayPen(lateRed);
    todayPen.setWidthF(0.5);
    todayPen.setStyle(Qt::DashLine);
    p->setPen(todayPen);
    p->drawLine(QPointF(x, f.top), QPointF(x, f.bottom));
    p->setPen(lateRed);
    p->drawText(QRectF(x + 0.5, f.bottom, 30, 4), Qt::AlignLeft | Qt::AlignTop, tr("today"));
}

int PlanTimeline::print(QPagedPaintDevice *device) const
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    const QRectF area = device->pageLayout().paintRect(QPageLayout::Millimeter);
    const Metrics m;
    const QList<Tile> pages = tiles(area.width(), area.height() - 5, m);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double unit = device->logicalDpiX() / 25.4; // device units per millimetre
    const int across = int(std::ceil(double(std::max<qsizetype>(1, m_semesters.size())) / pages.first().semesterCount));
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage())
            return 0;
        const Tile &t = pages.at(i);
        const QString label = tr("page %1/%2 (rows %3–%4, part %5/%6 across)")
                                  .arg(i + 1).arg(pages.size()).arg(t.firstRow + 1).arg(t.firstRow + t.rowCount)
                                  .arg(i % across + 1).arg(across);
        paintTile(&painter, t, m, unit, label);
    }
    painter.end();
    return int(pages.size());
}

int PlanTimeline::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Essaim"));
    return print(&writer);
}
