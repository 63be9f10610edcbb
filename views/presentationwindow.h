#pragma once

#include "models/observatory/observatorystats.h"

#include <QWidget>

class QBarCategoryAxis;
class QLabel;
class QScreen;
class QStackedWidget;

/// Presentation mode for meetings: full screen, large fonts, the key
/// figures then one chart per screen. Right, Down, Page Down and Space go
/// forward; Left, Up and Page Up go back; Home and End jump; Esc leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(const ObservatoryStats &stats, QWidget *parent = nullptr);

    /// Full screen on @p screen (the one the observatory is on), with the
    /// fonts sized for that screen so that no label is cut.
    void showOn(QScreen *screen);

    int currentPage() const;
    int pageCount() const;
    void setCurrentPage(int page);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *keyFiguresPage(const ObservatoryStats &stats);
    void updatePageLabel();
    void applyScale(double scale, int screenWidth);
    void fitCategories(QBarCategoryAxis *axis, int screenWidth);
    QFont sized(QFont font, double points, bool bold = false) const;

    struct Sized
    {
        QWidget *widget;
        double points;
        bool bold;
    };
    QList<Sized> m_sized;
    double m_scale = 1.0;

    QStackedWidget *m_pages;
    QLabel *m_pageLabel;
};
