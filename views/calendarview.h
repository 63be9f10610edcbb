#pragma once

#include "models/domain/event.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRect>
#include <QWidget>

/// The agenda's month grid and week columns, painted: each occurrence a
/// chip (month) or a block at its hours (week) in its type's colour; the
/// accompaniment's tasks (next steps, calls closing) outlined chips, read-only. Weeks
/// start on the locale's first day, day names come from QLocale. Click
/// selects, double-click opens; double-click on an empty day asks for a new
/// event there. Keyboard: arrows move the day, Enter opens.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Month, Week };

    explicit CalendarView(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Shows the month or week holding @p date and makes it the current day.
    void setCurrentDate(const QDate &date);
    QDate currentDate() const { return m_current; }
    /// First and last (exclusive) days shown.
    QDate firstVisibleDay() const;
    QDate endVisibleDay() const;

    void setOccurrences(const QList<Occurrence> &occurrences, const QHash<qint64, QColor> &typeColors);
    QList<Occurrence> occurrences() const { return m_occurrences; }
    /// Index in occurrences(), -1 when none.
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    /// The occurrence under @p pos, -1 when none (tests click through it).
    int indexAt(const QPoint &pos) const;
    /// Where the occurrence @p index was last painted.
    QRect rectOf(int index) const;
    QRect dayRect(const QDate &day) const;
    /// What a task of the accompaniment is and what a double-click does, for tooltips.
    static QString taskNote(const Occurrence &o);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged(int index);
    void occurrenceActivated(int index);
    void dayActivated(const QDate &day);
    void currentDateChanged(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void paintMonth(QPainter &p);
    void paintWeek(QPainter &p);
    QRect gridRect() const;
    int headerHeight() const;
    QDate dayAt(const QPoint &pos) const;
    QColor colorOf(const Occurrence &o) const;
    QString chipText(const Occurrence &o) const;
    /// An all-day chip: an event filled with its type's colour, a task of the
    /// accompaniment outlined with its mark (late ones in red).
    void paintChip(QPainter &p, const QRect &chip, int index, const QString &text) const;

    Mode m_mode = Mode::Month;
    QDate m_current;
    QList<Occurrence> m_occurrences;
    QHash<qint64, QColor> m_colors;
    int m_selected = -1;
    mutable QList<QPair<int, QRect>> m_hits;
    static constexpr int FirstHour = 7;
    static constexpr int LastHour = 22;
};
