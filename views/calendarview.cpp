#include "calendarview.h"
#include "models/domain/clock.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace {

QColor textOn(const QColor &background)
{
    return qGray(background.rgb()) > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
    , m_current(Clock::today())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
}

QSize CalendarView::sizeHint() const
{
    return {900, 620};
}

QSize CalendarView::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QLatin1Char('M')) * 7 * 6, fm.height() * 6 * 4};
}

void CalendarView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_selected = -1;
    update();
}

void CalendarView::setCurrentDate(const QDate &date)
{
    if (!date.isValid() || date == m_current)
        return;
    m_current = date;
    update();
    emit currentDateChanged(date);
}

QDate CalendarView::firstVisibleDay() const
{
    const int firstDay = QLocale().firstDayOfWeek();
    QDate start = m_mode == Mode::Month ? QDate(m_current.year(), m_current.month(), 1) : m_current;
    while (start.dayOfWeek() != firstDay)
        start = start.addDays(-1);
    return start;
}

QDate CalendarView::endVisibleDay() const
{
    return firstVisibleDay().addDays(m_mode == Mode::Month ? 42 : 7);
}

void CalendarView::setOccurrences(const QList<Occurrence> &occurrences, const QHash<qint64, QColor> &typeColors)
{
    m_occurrences = occurrences;
    m_colors = typeColors;
    m_selected = -1;
    m_hits.clear();
    update();
}

void CalendarView::setSelectedIndex(int index)
{
    if (index < -1 || index >= m_occurrences.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    emit selectionChanged(index);
}

int CalendarView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

QRect CalendarView::gridRect() const
{
    QRect r = rect().adjusted(0, headerHeight(), -1, -1);
    if (m_mode == Mode::Week)
        r.setLeft(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 10);
    return r;
}

QRect CalendarView::dayRect(const QDate &day) const
{
    const QRect g = gridRect();
    const int index = int(firstVisibleDay().daysTo(day));
    if (index < 0 || index >= (m_mode == Mode::Month ? 42 : 7))
        return {};
    const int col = index % 7;
    const int row = index / 7;
    const int rows = m_mode == Mode::Month ? 6 : 1;
    const int x0 = g.left() + g.width() * col / 7;
    const int x1 = g.left() + g.width() * (col + 1) / 7;
    const int y0 = g.top() + g.height() * row / rows;
    const int y1 = g.top() + g.height() * (row + 1) / rows;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QDate CalendarView::dayAt(const QPoint &pos) const
{
    const int days = m_mode == Mode::Month ? 42 : 7;
    for (int i = 0; i < days; ++i) {
        const QDate d = firstVisibleDay().addDays(i);
        if (dayRect(d).contains(pos))
            return d;
    }
    return {};
}

QColor CalendarView::colorOf(const Occurrence &o) const
{
    if (o.isTask())
        return o.taskColor();
    return m_colors.value(o.typeId, QColor(0x80, 0x8b, 0x96));
}

QString CalendarView::taskNote(const Occurrence &o)
{
    if (o.task == Occurrence::Task::CallClosing)
        return tr("A call for projects closes; double-click to see it in the Projects tab.");
    return o.late ? tr("A late next step of a project; double-click to open the project sheet.")
                  : tr("A next step of a project; double-click to open the project sheet.");
}

QString CalendarView::chipText(const Occurrence &o) const
{
    if (o.allDay)
        return o.title;
    return QLocale().toString(o.start.time(), QLocale::ShortFormat) + QLatin1Char(' ') + o.title;
}

QRect CalendarView::rectOf(int index) const
{
    for (const auto &hit : m_hits) {
        if (hit.first == index)
            return hit.second;
    }
    return {};
}

int CalendarView::indexAt(const QPoint &pos) const
{
    for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
        if (it->second.contains(pos))
            return it->first;
    }
    return -1;
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    m_hits.clear();
    // Day names from the locale, starting on its first day of the week.
    const QLocale locale;
    const QDate first = firstVisibleDay();
    p.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < 7; ++i) {
        const QDate d = first.addDays(i);
        QRect r = dayRect(d);
        r.setTop(0);
        r.setHeight(headerHeight());
        QString name = locale.dayName(d.dayOfWeek(), QLocale::ShortFormat);
        if (m_mode == Mode::Week)
            name += QLatin1Char(' ') + QString::number(d.day());
        QFont f = font();
        f.setBold(m_mode == Mode::Week && d == Clock::today());
        p.setFont(f);
        p.drawText(r, Qt::AlignCenter, name);
    }
    p.setFont(font());
    if (m_mode == Mode::Month)
        paintMonth(p);
    else
        paintWeek(p);
    if (hasFocus()) {
        const QRect r = dayRect(m_current);
        if (r.isValid()) {
            QPen pen(palette().color(QPalette::Highlight));
            pen.setWidth(2);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(1, 1, -1, -1));
        }
    }
}

void CalendarView::paintMonth(QPainter &p)
{
    const QFontMetrics fm(font());
    const int line = fm.height() + 4;
    const QDate first = firstVisibleDay();
    const QColor grid = palette().color(QPalette::Mid);
    // Occurrences of each day, an event of several days on each of them.
    QHash<QDate, QList<int>> byDay;
    for (int i = 0; i < m_occurrences.size(); ++i) {
        const Occurrence &o = m_occurrences.at(i);
        QDate last = o.end.date();
        if (o.end.time() == QTime(0, 0) && o.end > o.start)
            last = last.addDays(-1);
        for (QDate d = std::max(o.start.date(), first); d <= last && d < first.addDays(42); d = d.addDays(1))
            byDay[d] << i;
    }
    for (int i = 0; i < 42; ++i) {
        const QDate d = first.addDays(i);
        const QRect r = dayRect(d);
        const bool inMonth = d.month() == m_current.month();
        p.fillRect(r, inMonth ? palette().color(QPalette::Base) : palette().color(QPalette::AlternateBase));
        p.setPen(grid);
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        QRect number = r.adjusted(4, 2, -4, 0);
        number.setHeight(line);
        if (d == Clock::today()) {
            const int w = fm.horizontalAdvance(QStringLiteral("00")) + 8;
            const QRect badge(number.right() - w + 2, number.top(), w, line - 2);
            p.setBrush(palette().color(QPalette::Highlight));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(badge, 4, 4);
            p.setPen(palette().color(QPalette::HighlightedText));
            p.drawText(badge, Qt::AlignCenter, QString::number(d.day()));
        } else {
            p.setPen(inMonth ? palette().color(QPalette::Text) : palette().color(QPalette::PlaceholderText));
            p.drawText(number, Qt::AlignRight | Qt::AlignVCenter, QString::number(d.day()));
        }
        const QList<int> list = byDay.value(d);
        const int room = std::max(0, (r.height() - line - 2) / line);
        for (int k = 0; k < list.size(); ++k) {
            const QRect chip(r.left() + 2, r.top() + line + 1 + k * line, r.width() - 4, line - 2);
            if (k == room - 1 && list.size() > room) {
                p.setPen(palette().color(QPalette::Text));
                p.drawText(chip.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           tr("+%n more", nullptr, int(list.size()) - k));
                break;
            }
            if (k >= room)
                break;
            const int index = list.at(k);
            paintChip(p, chip, index, chipText(m_occurrences.at(index)));
        }
    }
}

void CalendarView::paintChip(QPainter &p, const QRect &chip, int index, const QString &text) const
{
    const Occurrence &o = m_occurrences.at(index);
    const QColor c = colorOf(o);
    const QFontMetrics fm(font());
    const bool selected = index == m_selected;
    QRect textRect = chip.adjusted(4, 0, -2, 0);
    if (!o.isTask()) {
        p.setPen(Qt::NoPen);
        p.setBrush(selected ? c.darker(140) : c);
        p.drawRoundedRect(chip, 3, 3);
        p.setPen(textOn(c));
    } else {
        // A task is outlined, not filled, and carries its mark: an empty box
        // for a next step to do, a flag-like diamond for a call that closes.
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(c, selected ? 2 : 1));
        QColor tint = c;
        tint.setAlpha(selected ? 70 : 28);
        p.setBrush(tint);
        p.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        const int side = std::max(6, chip.height() - 8);
        const QRectF mark(chip.left() + 4, chip.center().y() - side / 2.0 + 0.5, side, side);
        p.setBrush(Qt::NoBrush);
        if (o.task == Occurrence::Task::NextStep) {
            p.drawRect(mark);
        } else {
            p.setBrush(c);
            p.drawPolygon(QPolygonF{QPointF(mark.center().x(), mark.top()), QPointF(mark.right(), mark.center().y()),
                                    QPointF(mark.center().x(), mark.bottom()), QPointF(mark.left(), mark.center().y())});
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        textRect.setLeft(int(mark.right()) + 4);
        p.setPen(c.darker(o.late ? 100 : 130));
    }
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, textRect.width()));
    m_hits << qMakePair(index, chip);
}

void CalendarView::paintWeek(QPainter &p)
{
    const QFontMetrics fm(font());
    const QRect g = gridRect();
    const int allDayHeight = fm.height() + 8;
    const QColor grid = palette().color(QPalette::Mid);
    const QRect hours(g.left(), g.top() + allDayHeight, g.width(), g.height() - allDayHeight);
    const double hourHeight = double(hours.height()) / (LastHour - FirstHour);
    auto yOf = [&](const QTime &t) {
        const double h = t.hour() + t.minute() / 60.0;
        return hours.top() + int((std::clamp(h, double(FirstHour), double(LastHour)) - FirstHour) * hourHeight);
    };
    p.setPen(grid);
    for (int h = FirstHour; h <= LastHour; ++h) {
        const int y = yOf(QTime(h == 24 ? 23 : h, 0));
        p.setPen(grid);
        p.drawLine(0, y, g.right(), y);
        p.setPen(palette().color(QPalette::PlaceholderText));
        if (h < LastHour)
            p.drawText(QRect(2, y, g.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignTop,
                       QLocale().toString(QTime(h, 0), QLocale::ShortFormat));
    }
    const QDate first = firstVisibleDay();
    for (int i = 0; i < 7; ++i) {
        const QRect r = dayRect(first.addDays(i));
        p.setPen(grid);
        p.drawLine(r.left(), g.top(), r.left(), g.bottom());
        if (first.addDays(i) == Clock::today())
            p.fillRect(QRect(r.left() + 1, hours.top(), r.width() - 1, hours.height()), palette().color(QPalette::AlternateBase));
    }
    p.drawLine(g.left(), g.top() + allDayHeight, g.right(), g.top() + allDayHeight);
    for (int i = 0; i < 7; ++i) {
        const QDate d = first.addDays(i);
        const QRect day = dayRect(d);
        // Overlapping occurrences of the day share its width.
        QList<int> timed;
        QList<int> allDay;
        for (int k = 0; k < m_occurrences.size(); ++k) {
            const Occurrence &o = m_occurrences.at(k);
            const bool covers = o.start.date() <= d && (o.end.date() > d || (o.end.date() == d && o.end.time() > QTime(0, 0))
                                                         || (o.start.date() == d && o.start == o.end));
            if (!covers)
                continue;
            (o.allDay || o.start.date() != o.end.date() ? allDay : timed) << k;
        }
        for (int a = 0; a < allDay.size() && a < 1; ++a) {
            const int index = allDay.at(a);
            const Occurrence &o = m_occurrences.at(index);
            const QRect chip(day.left() + 2, g.top() + 3, day.width() - 4, allDayHeight - 6);
            QString label = o.title;
            if (allDay.size() > 1)
                label = tr("%1 (+%2)").arg(o.title).arg(allDay.size() - 1);
            paintChip(p, chip, index, label);
        }
        const int lanes = std::max<int>(1, int(timed.size()));
        for (int lane = 0; lane < timed.size(); ++lane) {
            const int index = timed.at(lane);
            const Occurrence &o = m_occurrences.at(index);
            const int top = yOf(o.start.date() < d ? QTime(0, 0) : o.start.time());
            const int bottom = std::max(top + fm.height() + 4, yOf(o.end.date() > d ? QTime(23, 59) : o.end.time()));
            const int w = (day.width() - 4) / lanes;
            const QRect block(day.left() + 2 + lane * w, top + 1, w - 2, bottom - top - 2);
            const QColor c = colorOf(o);
            p.setPen(Qt::NoPen);
            p.setBrush(index == m_selected ? c.darker(140) : c);
            p.drawRoundedRect(block, 3, 3);
            p.setPen(textOn(c));
            p.drawText(block.adjusted(4, 2, -2, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, chipText(o));
            m_hits << qMakePair(index, block);
        }
    }
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QDate day = dayAt(pos);
    if (day.isValid())
        setCurrentDate(day);
    setSelectedIndex(indexAt(pos));
    QWidget::mousePressEvent(event);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int index = indexAt(pos);
    if (index >= 0) {
        emit occurrenceActivated(index);
        return;
    }
    const QDate day = dayAt(pos);
    if (day.isValid())
        emit dayActivated(day);
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = layoutDirection() == Qt::RightToLeft ? 1 : -1;
        break;
    case Qt::Key_Right:
        step = layoutDirection() == Qt::RightToLeft ? -1 : 1;
        break;
    case Qt::Key_Up:
        step = m_mode == Mode::Month ? -7 : 0;
        break;
    case Qt::Key_Down:
        step = m_mode == Mode::Month ? 7 : 0;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            emit occurrenceActivated(m_selected);
        else
            emit dayActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (step != 0)
        setCurrentDate(m_current.addDays(step));
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0) {
            const Occurrence &o = m_occurrences.at(index);
            const QLocale locale;
            QString when = o.allDay ? locale.toString(o.start.date(), QLocale::LongFormat)
                                    : tr("%1, %2 to %3")
                                          .arg(locale.toString(o.start.date(), QLocale::LongFormat),
                                               locale.toString(o.start.time(), QLocale::ShortFormat),
                                               locale.toString(o.end.time(), QLocale::ShortFormat));
            QString tip = QStringLiteral("<b>%1</b><br>%2").arg(o.title.toHtmlEscaped(), when.toHtmlEscaped());
            if (!o.location.isEmpty())
                tip += QStringLiteral("<br>") + o.location.toHtmlEscaped();
            if (o.isTask())
                tip += QStringLiteral("<br><i>%1</i>").arg(taskNote(o).toHtmlEscaped());
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}
