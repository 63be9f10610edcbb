#pragma once

#include "observatorystats.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

/// Presentation mode for meetings: full screen, large fonts, the key
/// figures then one chart per screen. Right, Down, Page Down and Space go
/// forward; Left, Up and Page Up go back; Home and End jump; Esc leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(const ObservatoryStats &stats, QWidget *parent = nullptr);

    int currentPage() const;
    int pageCount() const;
    void setCurrentPage(int page);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *keyFiguresPage(const ObservatoryStats &stats);
    void updatePageLabel();

    QStackedWidget *m_pages;
    QLabel *m_pageLabel;
};
