#pragma once

#include <QStringList>
#include <QWidget>

class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

/// The user guide (Help > User guide, F1): the HTML pages compiled into the
/// program under :/help/fr and :/help/en, in the interface's language, with
/// a contents list, back, forward and the first page. One window per main
/// window, kept between uses so its history survives.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// The pages in reading order; a child page is "parent/child"-free: the
    /// tree of the contents is given by contentsParent().
    static QStringList pages();
    /// The page a page is listed under in the contents (empty at the top).
    static QString contentsParent(const QString &page);
    /// ":/help/fr" in French, ":/help/en" otherwise (the locale set at start).
    static QString languageFolder();
    /// The <title> of a page of the current language.
    static QString pageTitle(const QString &page);

    /// Shows @p page (a file name such as "directory.html") and raises the window.
    void showPage(const QString &page);
    QString currentPage() const;
    QString currentTitle() const;

private:
    void buildContents();
    void sourceChanged(const QUrl &url);

    QTreeWidget *m_contents;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};
