#include "helpwindow.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The publications each have their page, listed under the tab's.
const QStringList Publications = {
    QStringLiteral("letter.html"),           QStringLiteral("plaquette.html"), QStringLiteral("guide.html"),
    QStringLiteral("portrait.html"),         QStringLiteral("progress-report.html"),
    QStringLiteral("attendance-sheet.html"), QStringLiteral("poster.html"),    QStringLiteral("labels.html"),
};
} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QTreeWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Essaim user guide"));
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setHeaderHidden(true);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({languageFolder()});

    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *home = new QToolButton(this);
    home->setObjectName(QStringLiteral("helpHome"));
    home->setIcon(QIcon::fromTheme(QStringLiteral("go-home")));
    home->setText(tr("Contents"));
    home->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, this, [this] { showPage(pages().constFirst()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::sourceChanged);

    auto *close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(home);
    bar->addStretch();
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);
    buildContents();
    connect(m_contents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString page = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (!page.isEmpty() && page != currentPage())
            m_browser->setSource(QUrl(QStringLiteral("qrc%1/%2").arg(languageFolder(), page)));
    });
    // Room for the pictures of the screens, within a 1280 × 800 screen.
    resize(1100, 720);
    splitter->setSizes({240, 860});
}

QStringList HelpWindow::pages()
{
    QStringList list = {QStringLiteral("index.html"),       QStringLiteral("directory.html"), QStringLiteral("import.html"),
                        QStringLiteral("observatory.html"), QStringLiteral("agenda.html"),    QStringLiteral("plan.html"),
                        QStringLiteral("publications.html")};
    list += Publications;
    list += QStringLiteral("keys.html");
    return list;
}

QString HelpWindow::contentsParent(const QString &page)
{
    return Publications.contains(page) ? QStringLiteral("publications.html") : QString();
}

QString HelpWindow::languageFolder()
{
    return QLocale().language() == QLocale::French ? QStringLiteral(":/help/fr") : QStringLiteral(":/help/en");
}

QString HelpWindow::pageTitle(const QString &page)
{
    QFile file(languageFolder() + QLatin1Char('/') + page);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(file.readAll()));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

void HelpWindow::buildContents()
{
    QHash<QString, QTreeWidgetItem *> items;
    for (const QString &page : pages()) {
        QTreeWidgetItem *parent = items.value(contentsParent(page));
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_contents);
        item->setText(0, pageTitle(page));
        item->setData(0, Qt::UserRole, page);
        items.insert(page, item);
    }
    m_contents->expandAll();
    m_contents->resizeColumnToContents(0);
    m_contents->setMinimumWidth(std::min(m_contents->columnWidth(0) + 32, 320));
}

void HelpWindow::showPage(const QString &page)
{
    const QUrl url(QStringLiteral("qrc%1/%2").arg(languageFolder(), page));
    if (m_browser->source() != url)
        m_browser->setSource(url);
    show();
    raise();
    activateWindow();
}

QString HelpWindow::currentPage() const
{
    return QFileInfo(m_browser->source().path()).fileName();
}

QString HelpWindow::currentTitle() const
{
    return m_browser->documentTitle();
}

void HelpWindow::sourceChanged(const QUrl &url)
{
    const QString page = QFileInfo(url.path()).fileName();
    setWindowTitle(tr("%1 — Essaim user guide").arg(m_browser->documentTitle()));
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == page) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentItem(*it);
            break;
        }
    }
}
