#include "presentationwindow.h"

#include "observatorycharts.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>
#include <QTextDocument>
#include <QWindow>
#include <QVBoxLayout>

PresentationWindow::PresentationWindow(const ObservatoryStats &stats, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_pages(new QStackedWidget(this))
    , m_pageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Observatory — presentation"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    setPalette(p);
    auto *layout = new QVBoxLayout(this);
    m_pages->setObjectName(QStringLiteral("presentationPages"));
    layout->addWidget(m_pages, 1);
    m_pageLabel->setObjectName(QStringLiteral("presentationPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignRight);
    layout->addWidget(m_pageLabel);

    m_pages->addWidget(keyFiguresPage(stats));
    ObservatoryCharts::Style style;
    style.large = true;
    for (ObservatoryCharts::Kind kind : ObservatoryCharts::kinds()) {
        auto *page = new QWidget(m_pages);
        auto *pageLayout = new QVBoxLayout(page);
        QChart *chart = ObservatoryCharts::create(kind, stats, style);
        // The title goes in a label that wraps: a chart's own title is cut
        // with an ellipsis when a long territory name does not fit.
        auto *title = new QLabel(chart->title(), page);
        title->setObjectName(QStringLiteral("presentationTitle%1").arg(int(kind)));
        title->setWordWrap(true);
        title->setAlignment(Qt::AlignCenter);
        title->setTextFormat(Qt::PlainText);
        m_sized << Sized{title, 26, true};
        chart->setTitle(QString());
        pageLayout->addWidget(title);
        auto *view = new QChartView(chart, page);
        view->setObjectName(QStringLiteral("presentationChart%1").arg(int(kind)));
        view->setRenderHint(QPainter::Antialiasing);
        pageLayout->addWidget(view, 1);
        auto *caption = new QLabel(ObservatoryCharts::caption(kind, stats), page);
        caption->setWordWrap(true);
        m_sized << Sized{caption, 14, false};
        pageLayout->addWidget(caption);
        m_pages->addWidget(page);
    }
    updatePageLabel();
    applyScale(1.0, 0);
}

QFont PresentationWindow::sized(QFont font, double points, bool bold) const
{
    font.setPointSizeF(std::max(6.0, points * m_scale));
    font.setBold(bold);
    return font;
}

void PresentationWindow::applyScale(double scale, int screenWidth)
{
    m_scale = scale;
    for (const Sized &s : std::as_const(m_sized))
        s.widget->setFont(sized(s.widget->font(), s.points, s.bold));
    for (QChartView *view : findChildren<QChartView *>()) {
        QChart *chart = view->chart();
        chart->legend()->setFont(sized(chart->legend()->font(), 16));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(sized(axis->labelsFont(), 15));
            axis->setTitleFont(sized(axis->titleFont(), 15));
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis); categories && screenWidth > 0)
                fitCategories(categories, screenWidth);
        }
    }
}

void PresentationWindow::fitCategories(QBarCategoryAxis *axis, int screenWidth)
{
    // Category names under bars side by side: each has its share of the
    // plot's width; a smaller font, not an overlap, when a name is too wide.
    const QStringList names = axis->categories();
    if (names.isEmpty() || axis->orientation() != Qt::Horizontal)
        return;
    const double room = screenWidth * 0.8 / double(names.size()) - 8;
    QFont font = axis->labelsFont();
    auto widest = [&names](const QFont &f) {
        const QFontMetricsF metrics(f);
        double width = 0;
        for (const QString &name : names) {
            QTextDocument text;
            text.setHtml(name);
            for (const QString &line : text.toPlainText().split(QChar::LineSeparator))
                for (const QString &part : line.split(QLatin1Char('\n')))
                    width = std::max(width, metrics.horizontalAdvance(part));
        }
        return width;
    };
    while (font.pointSizeF() > 7 && widest(font) > room)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    axis->setLabelsFont(font);
}

void PresentationWindow::showOn(QScreen *screen)
{
    if (screen) {
        // Sizes were chosen for a 1080-pixel-high screen; smaller screens scale
        // them down so that every label keeps its room.
        applyScale(std::clamp(screen->availableGeometry().height() / 1080.0, 0.6, 2.0), screen->geometry().width());
        // The window must know its screen before it goes full screen, or the
        // platform puts it on the primary one.
        create();
        if (QWindow *w = windowHandle())
            w->setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
}

QWidget *PresentationWindow::keyFiguresPage(const ObservatoryStats &stats)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("The ESS in %1, %2").arg(stats.territoryLabel).arg(stats.filter.year), page);
    title->setObjectName(QStringLiteral("presentationMainTitle"));
    title->setWordWrap(true);
    m_sized << Sized{title, 34, true};
    title->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(title);
    auto *grid = new QGridLayout;
    const QLocale locale;
    const ObservatoryFigures &t = stats.totals;
    const QList<QPair<QString, QString>> figures = {
        {locale.toString(t.actors), tr("actors")},
        {locale.toString(t.employerActors), tr("employers")},
        {locale.toString(t.jobs), tr("jobs")},
        {locale.toString(t.fte, 'f', 0), tr("FTE")},
        {locale.toString(t.volunteers), tr("volunteers")},
        {t.essSharePct ? tr("%1 %").arg(locale.toString(*t.essSharePct, 'f', 1)) : tr("n/a"), tr("of salaried employment")},
    };
    for (int i = 0; i < figures.size(); ++i) {
        auto *value = new QLabel(figures.at(i).first, page);
        value->setObjectName(QStringLiteral("presentationValue%1").arg(i));
        m_sized << Sized{value, 48, true};
        value->setAlignment(Qt::AlignCenter);
        auto *name = new QLabel(figures.at(i).second, page);
        name->setObjectName(QStringLiteral("presentationName%1").arg(i));
        name->setWordWrap(true);
        m_sized << Sized{name, 20, false};
        name->setAlignment(Qt::AlignCenter);
        grid->addWidget(value, (i / 3) * 2, i % 3);
        grid->addWidget(name, (i / 3) * 2 + 1, i % 3);
    }
    layout->addSpacing(24);
    layout->addLayout(grid);
    if (stats.referenceYear > 0) {
        auto *source = new QLabel(tr("Salaried employment: %1 (%2)").arg(stats.referenceSource).arg(stats.referenceYear), page);
        source->setWordWrap(true);
        m_sized << Sized{source, 14, false};
        source->setAlignment(Qt::AlignCenter);
        layout->addSpacing(30);
        layout->addWidget(source);
    }
    layout->addStretch();
    return page;
}

int PresentationWindow::currentPage() const
{
    return m_pages->currentIndex();
}

int PresentationWindow::pageCount() const
{
    return m_pages->count();
}

void PresentationWindow::setCurrentPage(int page)
{
    m_pages->setCurrentIndex(std::clamp(page, 0, m_pages->count() - 1));
    updatePageLabel();
}

void PresentationWindow::updatePageLabel()
{
    m_pageLabel->setText(tr("%1 / %2 — arrows to move, Esc to leave").arg(m_pages->currentIndex() + 1).arg(m_pages->count()));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        setCurrentPage(currentPage() + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        setCurrentPage(currentPage() - 1);
        break;
    case Qt::Key_Home:
        setCurrentPage(0);
        break;
    case Qt::Key_End:
        setCurrentPage(pageCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}
