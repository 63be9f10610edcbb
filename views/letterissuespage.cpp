#include "letterissuespage.h"

#include "dateeditformat.h"
#include "models/domain/clock.h"
#include "models/stores/publicationstore.h"
#include "models/undo/publicationeditcommand.h"
#include "prompter.h"
#include "views/print/documentfactory.h"
#include "views/print/letterbuilder.h"
#include "views/print/letterdocument.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

/// Bold, italic and bullets over a rich-text editor: what an editorial needs.
QWidget *formatBar(QTextEdit *editor, const QString &prefix, QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto add = [&](const QString &icon, const QString &text, const QKeySequence &key, const QString &name, auto apply) {
        auto *button = new QToolButton(bar);
        auto *action = new QAction(QIcon::fromTheme(icon), text, button);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setObjectName(prefix + name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        editor->addAction(action);
        QObject::connect(action, &QAction::triggered, editor, [editor, apply] { apply(editor); });
        layout->addWidget(button);
    };
    add(QStringLiteral("format-text-bold"), LetterIssuesPage::tr("Bold"), QKeySequence::Bold, QStringLiteral("Bold"), [](QTextEdit *e) {
        QTextCharFormat f;
        f.setFontWeight(e->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
        e->mergeCurrentCharFormat(f);
    });
    add(QStringLiteral("format-text-italic"), LetterIssuesPage::tr("Italic"), QKeySequence::Italic, QStringLiteral("Italic"), [](QTextEdit *e) {
        QTextCharFormat f;
        f.setFontItalic(!e->fontItalic());
        e->mergeCurrentCharFormat(f);
    });
    add(QStringLiteral("format-list-unordered"), LetterIssuesPage::tr("Bullets"), QKeySequence(), QStringLiteral("Bullets"), [](QTextEdit *e) {
        QTextCursor c = e->textCursor();
        if (QTextList *list = c.currentList()) {
            QTextBlockFormat f = c.blockFormat();
            list->remove(c.block());
            f.setIndent(0);
            c.setBlockFormat(f);
        } else {
            c.createList(QTextListFormat::ListDisc);
        }
    });
    layout->addStretch();
    return bar;
}

QString sectionLabel(const QString &key)
{
    if (key == LetterIssue::AgendaSection)
        return LetterIssuesPage::tr("Agenda of the coming weeks");
    if (key == LetterIssue::NewActorsSection)
        return LetterIssuesPage::tr("New actors since the last issue");
    if (key == LetterIssue::KeyFiguresSection)
        return LetterIssuesPage::tr("Key figures with a chart");
    if (key == LetterIssue::PlanSection)
        return LetterIssuesPage::tr("Progress of the plan of action");
    if (key == LetterIssue::CallsSection)
        return LetterIssuesPage::tr("Calls for projects open");
    return LetterIssuesPage::tr("Free article");
}

/// A rich-text editor under its format bar.
QWidget *withFormatBar(QTextEdit *editor, const QString &prefix, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formatBar(editor, prefix, box));
    layout->addWidget(editor);
    return box;
}

} // namespace

LetterIssuesPage::LetterIssuesPage(PublicationStore *store, QUndoStack *undoStack, QWidget *parent)
    : PublicationPage(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(createIssueList(), 1);

    auto *form = new QFormLayout;
    m_issueNumber = new QSpinBox(this);
    m_issueNumber->setObjectName(QStringLiteral("issueNumber"));
    m_issueNumber->setRange(1, 9999);
    m_issueNumber->setPrefix(tr("No. "));
    m_issueDate = new QDateEdit(this);
    m_issueDate->setObjectName(QStringLiteral("issueDate"));
    m_issueDate->setCalendarPopup(true);
    DateEditFormat::withWeekday(m_issueDate);
    m_issueTitle = new QLineEdit(this);
    m_issueTitle->setObjectName(QStringLiteral("issueTitle"));
    form->addRow(tr("&Number:"), m_issueNumber);
    form->addRow(tr("&Date:"), m_issueDate);
    form->addRow(tr("&Title:"), m_issueTitle);
    m_editorial = new QTextEdit(this);
    m_editorial->setObjectName(QStringLiteral("editorialEdit"));
    m_editorial->setAcceptRichText(true);
    form->addRow(tr("&Editorial:"), withFormatBar(m_editorial, QStringLiteral("editorial"), this));
    form->addRow(createSectionsBox());
    m_articleTitle = new QLineEdit(this);
    m_articleTitle->setObjectName(QStringLiteral("articleTitle"));
    m_article = new QTextEdit(this);
    m_article->setObjectName(QStringLiteral("articleEdit"));
    form->addRow(tr("Article &title:"), m_articleTitle);
    form->addRow(tr("&Article:"), withFormatBar(m_article, QStringLiteral("article"), this));
    auto *save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save the issue"), this);
    save->setObjectName(QStringLiteral("saveIssueButton"));
    connect(save, &QPushButton::clicked, this, &LetterIssuesPage::saveIssue);
    form->addRow(save);
    top->addLayout(form, 3);
    layout->addLayout(top);

    connect(m_store, &PublicationStore::issuesChanged, this, [this] { reloadIssues(m_issueNumber->value()); });
    reloadIssues();
}

QWidget *LetterIssuesPage::createIssueList()
{
    auto *box = new QWidget(this);
    auto *left = new QVBoxLayout(box);
    left->setContentsMargins(0, 0, 0, 0);
    m_issues = new QListWidget(box);
    m_issues->setObjectName(QStringLiteral("issueList"));
    left->addWidget(new QLabel(tr("Issues"), box));
    left->addWidget(m_issues);
    auto *newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New issue"), box);
    newButton->setObjectName(QStringLiteral("newIssueButton"));
    auto *deleteButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete issue"), box);
    deleteButton->setObjectName(QStringLiteral("deleteIssueButton"));
    left->addWidget(newButton);
    left->addWidget(deleteButton);
    connect(newButton, &QPushButton::clicked, this, &LetterIssuesPage::newIssue);
    connect(deleteButton, &QPushButton::clicked, this, &LetterIssuesPage::deleteIssue);
    connect(m_issues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (const auto issue = m_store->issue(m_issues->item(row)->data(Qt::UserRole).toInt()))
            showIssue(*issue);
    });
    return box;
}

QWidget *LetterIssuesPage::createSectionsBox()
{
    auto *sections = new QGroupBox(tr("Sections of this issue"), this);
    auto *sectionsLayout = new QVBoxLayout(sections);
    for (const QString &key : LetterIssue::allSections()) {
        auto *box = new QCheckBox(sectionLabel(key), sections);
        box->setObjectName(QStringLiteral("section_") + key);
        box->setProperty("section", key);
        sectionsLayout->addWidget(box);
        m_sections << box;
    }
    return sections;
}

std::unique_ptr<PrintDocument> LetterIssuesPage::document(const DocumentFactory &factory, QString *) const
{
    return factory.letter(issueFromForm());
}

void LetterIssuesPage::reloadIssues(int selectNumber)
{
    const QSignalBlocker blocker(m_issues);
    m_issues->clear();
    const QList<LetterIssue> issues = m_store->issues();
    int row = issues.isEmpty() ? -1 : 0;
    for (int i = 0; i < issues.size(); ++i) {
        const LetterIssue &issue = issues.at(i);
        auto *item = new QListWidgetItem(tr("No. %1 · %2").arg(issue.number).arg(QLocale().toString(issue.date, QLocale::ShortFormat)), m_issues);
        item->setToolTip(issue.title);
        item->setData(Qt::UserRole, issue.number);
        if (issue.number == selectNumber)
            row = i;
    }
    m_issues->setCurrentRow(row);
    if (row >= 0)
        showIssue(issues.at(row));
    else
        newIssue();
}

void LetterIssuesPage::showIssue(const LetterIssue &issue)
{
    m_issueId = issue.id;
    m_issueNumber->setValue(issue.number);
    m_issueDate->setDate(issue.date);
    m_issueTitle->setText(issue.title);
    m_editorial->setHtml(issue.editorialHtml);
    for (QCheckBox *box : std::as_const(m_sections))
        box->setChecked(issue.has(box->property("section").toString()));
    m_articleTitle->setText(issue.articleTitle);
    m_article->setHtml(issue.articleHtml);
    emit outputChanged();
}

LetterIssue LetterIssuesPage::issueFromForm() const
{
    LetterIssue issue;
    issue.id = m_issueId;
    issue.number = m_issueNumber->value();
    issue.date = m_issueDate->date();
    issue.title = m_issueTitle->text().trimmed();
    issue.editorialHtml = m_editorial->toPlainText().trimmed().isEmpty() ? QString() : LetterBuilder::bodyOf(m_editorial->toHtml()).trimmed();
    for (QCheckBox *box : m_sections) {
        if (box->isChecked())
            issue.sections << box->property("section").toString();
    }
    issue.articleTitle = m_articleTitle->text().trimmed();
    issue.articleHtml = m_article->toPlainText().trimmed().isEmpty() ? QString() : LetterBuilder::bodyOf(m_article->toHtml()).trimmed();
    return issue;
}

void LetterIssuesPage::newIssue()
{
    LetterIssue issue;
    issue.number = m_store->nextIssueNumber();
    issue.date = Clock::today();
    issue.sections = LetterIssue::allSections();
    const QSignalBlocker blocker(m_issues);
    m_issues->clearSelection();
    m_issues->setCurrentRow(-1);
    showIssue(issue);
    m_issueTitle->setFocus();
}

bool LetterIssuesPage::saveIssue()
{
    LetterIssue issue = issueFromForm();
    std::optional<LetterIssue> before;
    if (issue.id > 0) {
        for (const LetterIssue &i : m_store->issues()) {
            if (i.id == issue.id)
                before = i;
        }
    }
    if (before && *before == issue)
        return true;
    auto *command = new PublicationEditCommand(m_store, before, issue,
                                               before ? tr("Edit issue no. %1").arg(issue.number) : tr("New issue no. %1").arg(issue.number));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Save the issue"), m_store->errorString());
        return false;
    }
    m_undoStack->push(command);
    reloadIssues(issue.number);
    emit statusMessage(tr("Issue no. %1 saved.").arg(issue.number));
    return true;
}

void LetterIssuesPage::deleteIssue()
{
    if (m_issueId <= 0)
        return;
    const auto issue = m_store->issue(m_issueNumber->value());
    if (!issue)
        return;
    if (Prompter::question(this, tr("Delete the issue"),
                           tr("Delete issue no. %1 of the Lettre de l'ESS? You can undo it with Ctrl+Z.").arg(issue->number),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    auto *command = new PublicationEditCommand(m_store, issue, std::nullopt, tr("Delete issue no. %1").arg(issue->number));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Delete the issue"), m_store->errorString());
        return;
    }
    m_undoStack->push(command);
    reloadIssues();
}
