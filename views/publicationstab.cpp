#include "publicationstab.h"

#include "dateeditformat.h"
#include "documentprinter.h"
#include "models/domain/clock.h"
#include "models/domain/planvocabulary.h"
#include "models/observatory/observatoryengine.h"
#include "models/privacy/privacycheck.h"
#include "models/stores/planstore.h"
#include "models/stores/publicationstore.h"
#include "models/stores/referencestore.h"
#include "models/undo/publicationeditcommand.h"
#include "prompter.h"
#include "views/print/bookletdocument.h"
#include "views/print/documentfactory.h"
#include "views/print/documentoutput.h"
#include "views/print/labelsheetdocument.h"
#include "views/print/letterbuilder.h"
#include "views/print/letterdocument.h"
#include "views/print/pagesetupmemory.h"
#include "views/print/planreportdocument.h"
#include "views/print/plaquettedocument.h"
#include "views/print/portraitdocument.h"

#include <QAction>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPageSetupDialog>
#include <QPageSize>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
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
    add(QStringLiteral("format-text-bold"), PublicationsTab::tr("Bold"), QKeySequence::Bold, QStringLiteral("Bold"), [](QTextEdit *e) {
        QTextCharFormat f;
        f.setFontWeight(e->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
        e->mergeCurrentCharFormat(f);
    });
    add(QStringLiteral("format-text-italic"), PublicationsTab::tr("Italic"), QKeySequence::Italic, QStringLiteral("Italic"), [](QTextEdit *e) {
        QTextCharFormat f;
        f.setFontItalic(!e->fontItalic());
        e->mergeCurrentCharFormat(f);
    });
    add(QStringLiteral("format-list-unordered"), PublicationsTab::tr("Bullets"), QKeySequence(), QStringLiteral("Bullets"), [](QTextEdit *e) {
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
        return PublicationsTab::tr("Agenda of the coming weeks");
    if (key == LetterIssue::NewActorsSection)
        return PublicationsTab::tr("New actors since the last issue");
    if (key == LetterIssue::KeyFiguresSection)
        return PublicationsTab::tr("Key figures with a chart");
    if (key == LetterIssue::PlanSection)
        return PublicationsTab::tr("Progress of the plan of action");
    if (key == LetterIssue::CallsSection)
        return PublicationsTab::tr("Calls for projects open");
    return PublicationsTab::tr("Free article");
}

} // namespace

PublicationsTab::PublicationsTab(const QString &connectionName, PublicationStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_connectionName(connectionName)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_documents(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("publicationsTab"));
    m_documents->setObjectName(QStringLiteral("documentList"));
    m_pages->setObjectName(QStringLiteral("documentPages"));
    const QList<QPair<QString, QString>> documents = {
        {QStringLiteral("mail-message-new"), tr("Lettre de l'ESS")},
        {QStringLiteral("x-office-document"), tr("Plaquette")},
        {QStringLiteral("x-office-address-book"), tr("Guide of the ESS actors")},
        {QStringLiteral("mail-send"), tr("Address labels")},
        {QStringLiteral("office-chart-bar"), tr("Portrait of the territory")},
        {QStringLiteral("view-calendar-tasks"), tr("Plan progress report")},
        {QStringLiteral("preferences-desktop-theme"), tr("Visual identity")},
    };
    for (const auto &d : documents)
        new QListWidgetItem(QIcon::fromTheme(d.first), d.second, m_documents);
    m_documents->setMaximumWidth(260);
    m_pages->addWidget(buildLetterPage());
    m_pages->addWidget(buildPlaquettePage());
    m_pages->addWidget(buildGuidePage());
    m_pages->addWidget(buildLabelsPage());
    m_pages->addWidget(buildPortraitPage());
    m_pages->addWidget(buildPlanReportPage());
    m_pages->addWidget(buildIdentityPage());

    m_previewAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print pre&view…"), this);
    m_previewAction->setObjectName(QStringLiteral("previewAction"));
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_previewAction, &QAction::triggered, this, &PublicationsTab::preview);
    m_printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &PublicationsTab::printDocument);
    m_pdfAction = new QAction(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("Save as P&DF…"), this);
    m_pdfAction->setObjectName(QStringLiteral("pdfAction"));
    m_pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    connect(m_pdfAction, &QAction::triggered, this, &PublicationsTab::exportPdf);
    m_pageSetupAction = new QAction(QIcon::fromTheme(QStringLiteral("document-page-setup")), tr("Page set&up…"), this);
    m_pageSetupAction->setObjectName(QStringLiteral("pageSetupAction"));
    connect(m_pageSetupAction, &QAction::triggered, this, &PublicationsTab::pageSetup);
    m_htmlAction = new QAction(QIcon::fromTheme(QStringLiteral("text-html")), tr("Export the letter as &HTML…"), this);
    m_htmlAction->setObjectName(QStringLiteral("htmlAction"));
    connect(m_htmlAction, &QAction::triggered, this, &PublicationsTab::exportHtml);
    for (QAction *a : printActions())
        addAction(a);

    // The output buttons under each document's settings.
    for (int i = 0; i < IdentityPage; ++i) {
        auto *page = m_pages->widget(i);
        page->layout()->addWidget(outputButtons(page));
    }

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_documents);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_documents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == PortraitPage)
            reloadPortraitChoices();
        else if (row == PlanReportPage)
            reloadPlans();
        m_pages->setCurrentIndex(std::max(0, row));
        updateActions();
    });
    connect(m_store, &PublicationStore::issuesChanged, this, [this] { reloadIssues(m_issueNumber->value()); });
    connect(m_store, &PublicationStore::identityChanged, this, &PublicationsTab::reloadIdentity);
    connect(m_store, &PublicationStore::plaquetteChanged, this, &PublicationsTab::reloadPlaquette);
    reloadIssues();
    reloadIdentity();
    reloadPlaquette();
    m_documents->setCurrentRow(LetterPage);
}

PublicationsTab::~PublicationsTab() = default;

QList<QAction *> PublicationsTab::printActions() const
{
    return {m_previewAction, m_printAction, m_pdfAction, m_pageSetupAction, m_htmlAction};
}

void PublicationsTab::showPage(Page page)
{
    m_documents->setCurrentRow(page);
}

void PublicationsTab::showPlanReport(qint64 planId)
{
    showPage(PlanReportPage);
    reloadPlans();
    const int index = m_reportPlan->findData(planId);
    if (index >= 0 && index != m_reportPlan->currentIndex())
        m_reportPlan->setCurrentIndex(index);
}

void PublicationsTab::updateActions()
{
    const int page = m_pages->currentIndex();
    for (QAction *a : {m_previewAction, m_printAction, m_pdfAction})
        a->setEnabled(page != IdentityPage && (page != LetterPage || m_issueId > 0));
    // A booklet's sheet is fixed: the page set-up is the plain guide's.
    m_pageSetupAction->setEnabled(page == LetterPage || (page == GuidePage && !m_guideBooklet->isChecked()) || page == PortraitPage
                                  || page == PlanReportPage);
    m_htmlAction->setEnabled(page == LetterPage && m_issueId > 0);
}

QWidget *PublicationsTab::outputButtons(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    const int page = m_pages->indexOf(parent);
    QList<QAction *> actions = {m_previewAction, m_printAction, m_pdfAction};
    if (page == LetterPage)
        actions << m_htmlAction;
    if (page == LetterPage || page == GuidePage)
        actions << m_pageSetupAction;
    layout->addStretch();
    for (QAction *a : actions) {
        auto *button = new QToolButton(box);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
    }
    return box;
}

// --- Lettre de l'ESS -------------------------------------------------------

QWidget *PublicationsTab::buildLetterPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_issues = new QListWidget(page);
    m_issues->setObjectName(QStringLiteral("issueList"));
    left->addWidget(new QLabel(tr("Issues"), page));
    left->addWidget(m_issues);
    auto *newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New issue"), page);
    newButton->setObjectName(QStringLiteral("newIssueButton"));
    auto *deleteButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete issue"), page);
    deleteButton->setObjectName(QStringLiteral("deleteIssueButton"));
    left->addWidget(newButton);
    left->addWidget(deleteButton);
    connect(newButton, &QPushButton::clicked, this, &PublicationsTab::newIssue);
    connect(deleteButton, &QPushButton::clicked, this, &PublicationsTab::deleteIssue);
    top->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_issueNumber = new QSpinBox(page);
    m_issueNumber->setObjectName(QStringLiteral("issueNumber"));
    m_issueNumber->setRange(1, 9999);
    m_issueNumber->setPrefix(tr("No. "));
    m_issueDate = new QDateEdit(page);
    m_issueDate->setObjectName(QStringLiteral("issueDate"));
    m_issueDate->setCalendarPopup(true);
    DateEditFormat::withWeekday(m_issueDate);
    m_issueTitle = new QLineEdit(page);
    m_issueTitle->setObjectName(QStringLiteral("issueTitle"));
    form->addRow(tr("&Number:"), m_issueNumber);
    form->addRow(tr("&Date:"), m_issueDate);
    form->addRow(tr("&Title:"), m_issueTitle);
    m_editorial = new QTextEdit(page);
    m_editorial->setObjectName(QStringLiteral("editorialEdit"));
    m_editorial->setAcceptRichText(true);
    auto *editorial = new QWidget(page);
    auto *editorialLayout = new QVBoxLayout(editorial);
    editorialLayout->setContentsMargins(0, 0, 0, 0);
    editorialLayout->addWidget(formatBar(m_editorial, QStringLiteral("editorial"), editorial));
    editorialLayout->addWidget(m_editorial);
    form->addRow(tr("&Editorial:"), editorial);

    auto *sections = new QGroupBox(tr("Sections of this issue"), page);
    auto *sectionsLayout = new QVBoxLayout(sections);
    for (const QString &key : LetterIssue::allSections()) {
        auto *box = new QCheckBox(sectionLabel(key), sections);
        box->setObjectName(QStringLiteral("section_") + key);
        box->setProperty("section", key);
        sectionsLayout->addWidget(box);
        m_sections << box;
    }
    form->addRow(sections);
    m_articleTitle = new QLineEdit(page);
    m_articleTitle->setObjectName(QStringLiteral("articleTitle"));
    m_article = new QTextEdit(page);
    m_article->setObjectName(QStringLiteral("articleEdit"));
    auto *article = new QWidget(page);
    auto *articleLayout = new QVBoxLayout(article);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->addWidget(formatBar(m_article, QStringLiteral("article"), article));
    articleLayout->addWidget(m_article);
    form->addRow(tr("Article &title:"), m_articleTitle);
    form->addRow(tr("&Article:"), article);
    auto *save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save the issue"), page);
    save->setObjectName(QStringLiteral("saveIssueButton"));
    connect(save, &QPushButton::clicked, this, &PublicationsTab::saveIssue);
    form->addRow(save);
    top->addLayout(form, 3);
    layout->addLayout(top);

    connect(m_issues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (const auto issue = m_store->issue(m_issues->item(row)->data(Qt::UserRole).toInt()))
            showIssue(*issue);
    });
    return page;
}

void PublicationsTab::reloadIssues(int selectNumber)
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

void PublicationsTab::showIssue(const LetterIssue &issue)
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
    updateActions();
}

LetterIssue PublicationsTab::issueFromForm() const
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

void PublicationsTab::newIssue()
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

bool PublicationsTab::saveIssue()
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

void PublicationsTab::deleteIssue()
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

// --- Plaquette -------------------------------------------------------------

QWidget *PublicationsTab::buildPlaquettePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("A tri-fold A4 brochure: the outside carries the flap that folds in, the back and the cover; "
                                "the inside three panels. Blank lines part paragraphs; lines starting with “- ” are bullets."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *tabs = new QTabWidget(page);
    tabs->setObjectName(QStringLiteral("panelTabs"));
    const QStringList names = {tr("Outside, left (flap)"), tr("Outside, middle (back)"), tr("Outside, right (cover)"),
                               tr("Inside, left"), tr("Inside, middle (key figures)"), tr("Inside, right")};
    for (int i = 0; i < names.size(); ++i) {
        auto *panel = new QWidget(tabs);
        auto *form = new QFormLayout(panel);
        auto *title = new QLineEdit(panel);
        title->setObjectName(QStringLiteral("panelTitle%1").arg(i));
        auto *body = new QPlainTextEdit(panel);
        body->setObjectName(QStringLiteral("panelBody%1").arg(i));
        form->addRow(tr("&Title:"), title);
        form->addRow(tr("&Text:"), body);
        m_panelTitles << title;
        m_panelBodies << body;
        tabs->addTab(panel, names.at(i));
    }
    layout->addWidget(tabs);
    auto *save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save the texts"), page);
    save->setObjectName(QStringLiteral("savePlaquetteButton"));
    connect(save, &QPushButton::clicked, this, &PublicationsTab::savePlaquette);
    layout->addWidget(save, 0, Qt::AlignLeft);
    return page;
}

void PublicationsTab::reloadPlaquette()
{
    const QList<PlaquettePanel> panels = m_store->plaquettePanels();
    for (int i = 0; i < panels.size() && i < m_panelTitles.size(); ++i) {
        m_panelTitles.at(i)->setText(panels.at(i).title);
        m_panelBodies.at(i)->setPlainText(panels.at(i).body);
    }
}

bool PublicationsTab::savePlaquette()
{
    const QList<PlaquettePanel> before = m_store->plaquettePanels();
    QList<PlaquettePanel> after = before;
    for (int i = 0; i < after.size() && i < m_panelTitles.size(); ++i) {
        after[i].title = m_panelTitles.at(i)->text();
        after[i].body = m_panelBodies.at(i)->toPlainText();
    }
    if (after == before)
        return true;
    auto *command = new PublicationEditCommand(m_store, before, after, tr("Edit the plaquette"));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Save the plaquette"), m_store->errorString());
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(tr("The plaquette's texts are saved."));
    return true;
}

// --- Guide and labels ------------------------------------------------------

QWidget *PublicationsTab::buildGuidePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The printed directory: a cover, the contents, every actor who accepts publication (only the "
                                "contacts who accepted the guide), sorted by name, and an alphabetical index. Two columns on A4, "
                                "one on A5: choose the paper in the page set-up."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_groupBy = new QComboBox(page);
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_groupBy->addItem(tr("By sector of activity"), int(GuideDocument::GroupBy::Sector));
    m_groupBy->addItem(tr("By commune"), int(GuideDocument::GroupBy::Commune));
    form->addRow(tr("&Group the actors:"), m_groupBy);
    m_guideBooklet = new QCheckBox(tr("Print as an A5 &booklet (two pages per A4 sheet, to fold)"), page);
    m_guideBooklet->setObjectName(QStringLiteral("guideBooklet"));
    m_guideBooklet->setToolTip(tr("Print on both sides of the sheets, flipping on the short edge, then fold the stack in the middle."));
    connect(m_guideBooklet, &QCheckBox::toggled, this, &PublicationsTab::updateActions);
    form->addRow(QString(), m_guideBooklet);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *PublicationsTab::buildLabelsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_audience = new QComboBox(page);
    m_audience->setObjectName(QStringLiteral("audienceCombo"));
    m_audience->addItem(tr("Contacts who accept the Lettre de l'ESS"), int(PrintSourceStore::Audience::NewsletterContacts));
    m_audience->addItem(tr("Actors who accept publication"), int(PrintSourceStore::Audience::Actors));
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheet->addItem(tr("3 × 7 labels of 63.5 × 38.1 mm"), QStringLiteral("3x7"));
    m_sheet->addItem(tr("2 × 7 labels of 99.1 × 38.1 mm"), QStringLiteral("2x7"));
    m_start = new QSpinBox(page);
    m_start->setObjectName(QStringLiteral("startSpin"));
    m_start->setRange(1, 21);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_start->setMaximum(LabelSheet::named(m_sheet->currentData().toString())->perSheet());
    });
    form->addRow(tr("&Addressees:"), m_audience);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&First free label:"), m_start);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Labels are counted across, then down, from the top-left one: start further on to finish a sheet already used."), page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch();
    return page;
}

// --- Identity --------------------------------------------------------------

QWidget *PublicationsTab::buildPortraitPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The observatory's report for one year and one territory: the key figures, the charts of the "
                                "Observatoire tab, the tables by family, sector and EPCI, the evolution, the comparisons with the "
                                "region and France, the mobilisation of the actors at the council's events, and a method note "
                                "naming the source and year of each figure."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_portraitYear = new QComboBox(page);
    m_portraitYear->setObjectName(QStringLiteral("portraitYear"));
    form->addRow(tr("&Year:"), m_portraitYear);
    m_portraitTerritory = new QComboBox(page);
    m_portraitTerritory->setObjectName(QStringLiteral("portraitTerritory"));
    form->addRow(tr("&Territory:"), m_portraitTerritory);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

void PublicationsTab::reloadPortraitChoices()
{
    const QVariant year = m_portraitYear->currentData();
    const QVariant territory = m_portraitTerritory->currentData();
    m_portraitYear->clear();
    QList<int> years = ObservatoryEngine(m_connectionName).years();
    std::reverse(years.begin(), years.end());
    for (int y : std::as_const(years))
        m_portraitYear->addItem(QString::number(y), y);
    m_portraitYear->setCurrentIndex(std::max(0, m_portraitYear->findData(year)));
    m_portraitTerritory->clear();
    m_portraitTerritory->addItem(tr("Whole territory"), QStringLiteral("all"));
    const ReferenceStore references(m_connectionName);
    for (const auto &e : references.epcis())
        m_portraitTerritory->addItem(e.second, e.first);
    m_portraitTerritory->insertSeparator(m_portraitTerritory->count());
    for (const Commune &c : references.communes())
        m_portraitTerritory->addItem(c.name, c.insee);
    m_portraitTerritory->setCurrentIndex(territory.isValid() ? std::max(0, m_portraitTerritory->findData(territory)) : 0);
}

QWidget *PublicationsTab::buildPlanReportPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The progress report for the steering committee: per objective, the actions with their status and "
                                "progress, late ones in red, the indicators against their targets and the journal of the period. "
                                "An internal document."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_reportPlan = new QComboBox(page);
    m_reportPlan->setObjectName(QStringLiteral("reportPlan"));
    form->addRow(tr("P&lan:"), m_reportPlan);
    m_reportFrom = new QDateEdit(page);
    m_reportFrom->setObjectName(QStringLiteral("reportFrom"));
    m_reportFrom->setCalendarPopup(true);
    DateEditFormat::withWeekday(m_reportFrom);
    form->addRow(tr("&From:"), m_reportFrom);
    m_reportTo = new QDateEdit(page);
    m_reportTo->setObjectName(QStringLiteral("reportTo"));
    m_reportTo->setCalendarPopup(true);
    DateEditFormat::withWeekday(m_reportTo);
    form->addRow(tr("T&o:"), m_reportTo);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_reportPlan, &QComboBox::currentIndexChanged, this, &PublicationsTab::planChosen);
    return page;
}

void PublicationsTab::reloadPlans()
{
    const QVariant current = m_reportPlan->currentData();
    const QSignalBlocker blocker(m_reportPlan);
    m_reportPlan->clear();
    const QList<Plan> plans = PlanStore(m_connectionName).plans();
    for (const Plan &plan : plans)
        m_reportPlan->addItem(plan.name, plan.id);
    // The latest plan first time round: the one the committee follows.
    int index = m_reportPlan->findData(current);
    if (index < 0 && !plans.isEmpty()) {
        index = int(std::max_element(plans.cbegin(), plans.cend(), [](const Plan &a, const Plan &b) { return a.periodEnd < b.periodEnd; })
                    - plans.cbegin());
    }
    m_reportPlan->setCurrentIndex(index);
    if (index >= 0 && !current.isValid())
        planChosen();
}

void PublicationsTab::planChosen()
{
    // By default the plan's whole period up to today.
    const std::optional<Plan> plan = PlanStore(m_connectionName).plan(m_reportPlan->currentData().toLongLong());
    if (!plan)
        return;
    const QDate start = PlanVocabulary::firstDay(plan->periodStart);
    const QDate end = PlanVocabulary::lastDay(plan->periodEnd);
    m_reportFrom->setDate(start.isValid() ? start : QDate(Clock::today().year(), 1, 1));
    m_reportTo->setDate(end.isValid() && end < Clock::today() ? end : Clock::today());
}

QWidget *PublicationsTab::buildIdentityPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The council's identity, set once for every document: mastheads, headers and footers. "
                                "It is kept in the database, so it travels with the file."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_councilName = new QLineEdit(page);
    m_councilName->setObjectName(QStringLiteral("councilName"));
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("councilAddress"));
    m_address->setMaximumHeight(90);
    m_contactLine = new QLineEdit(page);
    m_contactLine->setObjectName(QStringLiteral("contactLine"));
    form->addRow(tr("Council &name:"), m_councilName);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Contact line:"), m_contactLine);
    auto colourRow = [&](QLineEdit **edit, const QString &name) {
        auto *row = new QWidget(page);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        *edit = new QLineEdit(row);
        (*edit)->setObjectName(name);
        (*edit)->setInputMask(QStringLiteral("\\#HHHHHH"));
        auto *pick = new QPushButton(tr("Choose…"), row);
        QLineEdit *target = *edit;
        connect(pick, &QPushButton::clicked, this, [this, target] {
            const QColor c = QColorDialog::getColor(QColor(target->text()), this);
            if (c.isValid())
                target->setText(c.name());
        });
        h->addWidget(*edit);
        h->addWidget(pick);
        h->addStretch();
        return row;
    };
    form->addRow(tr("&Main colour:"), colourRow(&m_primary, QStringLiteral("primaryColor")));
    form->addRow(tr("&Second colour:"), colourRow(&m_secondary, QStringLiteral("secondaryColor")));
    auto *logoRow = new QWidget(page);
    auto *logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    m_logoPreview = new QLabel(logoRow);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(160, 80);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *choose = new QPushButton(tr("Choose a &logo…"), logoRow);
    choose->setObjectName(QStringLiteral("chooseLogoButton"));
    auto *clear = new QPushButton(tr("No logo"), logoRow);
    clear->setObjectName(QStringLiteral("clearLogoButton"));
    connect(choose, &QPushButton::clicked, this, &PublicationsTab::chooseLogo);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updateLogoPreview();
    });
    logoLayout->addWidget(m_logoPreview);
    logoLayout->addWidget(choose);
    logoLayout->addWidget(clear);
    logoLayout->addStretch();
    form->addRow(tr("Logo:"), logoRow);
    layout->addLayout(form);
    auto *save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save the identity"), page);
    save->setObjectName(QStringLiteral("saveIdentityButton"));
    connect(save, &QPushButton::clicked, this, &PublicationsTab::saveIdentity);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

void PublicationsTab::reloadIdentity()
{
    const CouncilIdentity identity = m_store->identity();
    m_councilName->setText(identity.name);
    m_address->setPlainText(identity.address);
    m_contactLine->setText(identity.contactLine);
    m_primary->setText(identity.primary.name());
    m_secondary->setText(identity.secondary.name());
    m_logo = identity.logo;
    updateLogoPreview();
}

void PublicationsTab::updateLogoPreview()
{
    CouncilIdentity identity;
    identity.logo = m_logo;
    const QImage image = LetterBuilder::logoImage(identity, 80);
    m_logoPreview->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
    m_logoPreview->setText(image.isNull() ? tr("(no logo)") : QString());
}

void PublicationsTab::chooseLogo()
{
    const QString path = Prompter::openFileName(this, tr("Choose a logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                tr("Images (*.svg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    CouncilIdentity probe;
    probe.logo = bytes;
    if (bytes.isEmpty() || LetterBuilder::logoImage(probe, 40).isNull()) {
        Prompter::warning(this, tr("Choose a logo"), tr("“%1” is not an SVG or PNG image that Essaim can read. Choose another file.")
                                                         .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_logo = bytes;
    updateLogoPreview();
}

bool PublicationsTab::saveIdentity()
{
    const CouncilIdentity before = m_store->identity();
    CouncilIdentity after;
    after.name = m_councilName->text().trimmed();
    after.address = m_address->toPlainText().trimmed();
    after.contactLine = m_contactLine->text().trimmed();
    after.logo = m_logo;
    after.primary = QColor(m_primary->text()).isValid() ? QColor(m_primary->text()) : before.primary;
    after.secondary = QColor(m_secondary->text()).isValid() ? QColor(m_secondary->text()) : before.secondary;
    if (after == before)
        return true;
    auto *command = new PublicationEditCommand(m_store, before, after, tr("Edit the visual identity"));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Save the identity"), m_store->errorString());
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(tr("The visual identity is saved: every document uses it from now on."));
    return true;
}

// --- Output ----------------------------------------------------------------

std::unique_ptr<PrintDocument> PublicationsTab::currentDocument(QString *error) const
{
    DocumentFactory factory(m_connectionName, m_store);
    switch (m_pages->currentIndex()) {
    case LetterPage:
        // What the form shows, saved or not: the preview is the proof.
        return factory.letter(issueFromForm());
    case PlaquettePage: {
        QList<PlaquettePanel> panels = m_store->plaquettePanels();
        for (int i = 0; i < panels.size() && i < m_panelTitles.size(); ++i) {
            panels[i].title = m_panelTitles.at(i)->text();
            panels[i].body = m_panelBodies.at(i)->toPlainText();
        }
        return std::make_unique<PlaquetteDocument>(panels, PrintSourceStore(m_connectionName).keyFigures(), factory.style());
    }
    case GuidePage: {
        auto guide = factory.guide(GuideDocument::GroupBy(m_groupBy->currentData().toInt()));
        if (!m_guideBooklet->isChecked())
            return guide;
        // Margins chosen for the guide on A5 suit its booklet's pages; those chosen for A4 do not.
        const QPageLayout chosen = PageSetupMemory::layoutFor(*guide);
        const QMarginsF margins = chosen.pageSize().id() == QPageSize::A5 ? chosen.margins(QPageLayout::Millimeter)
                                                                          : BookletDocument::defaultInnerMargins();
        return std::make_unique<BookletDocument>(std::move(guide), margins);
    }
    case LabelsPage:
        return factory.labels(PrintSourceStore::Audience(m_audience->currentData().toInt()),
                              *LabelSheet::named(m_sheet->currentData().toString()), m_start->value(), error);
    case PortraitPage: {
        ObservatoryFilter filter;
        filter.year = m_portraitYear->currentData().toInt();
        ObservatoryEngine engine(m_connectionName);
        engine.parseTerritory(m_portraitTerritory->currentData().toString(), &filter, error);
        return factory.portrait(filter, error, &engine);
    }
    case PlanReportPage:
        if (m_reportPlan->currentIndex() < 0) {
            if (error)
                *error = tr("There is no plan of action yet: create or import one in the Plan tab.");
            return nullptr;
        }
        return factory.planReport(m_reportPlan->currentData().toLongLong(), m_reportFrom->date(), m_reportTo->date(), error);
    default:
        return nullptr;
    }
}

void PublicationsTab::preview()
{
    QString error;
    std::shared_ptr<PrintDocument> document = currentDocument(&error);
    if (!document) {
        if (!error.isEmpty())
            Prompter::warning(this, tr("Print preview"), error);
        return;
    }
    // The output is the page shown now, whatever is shown when the preview prints.
    const QString output = publicOutput();
    DocumentPrinter::preview(this, document, [this, output](const QString &printedTo) { rememberPublicOutput(output, printedTo); });
}

void PublicationsTab::printDocument()
{
    QString error;
    std::unique_ptr<PrintDocument> document = currentDocument(&error);
    if (!document) {
        if (!error.isEmpty())
            Prompter::warning(this, tr("Print"), error);
        return;
    }
    QString printer;
    if (DocumentPrinter::print(this, *document, &printer))
        rememberPublicOutput(publicOutput(), printer);
}

bool PublicationsTab::exportPdf()
{
    QString error;
    std::unique_ptr<PrintDocument> document = currentDocument(&error);
    if (!document) {
        if (!error.isEmpty())
            Prompter::warning(this, tr("Save as PDF"), error);
        return false;
    }
    int pages = 0;
    const QString path = DocumentPrinter::savePdf(this, *document, &pages);
    if (path.isEmpty())
        return false;
    rememberPublicOutput(publicOutput(), path);
    emit statusMessage(tr("“%1” saved: %n page(s).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PublicationsTab::exportHtml()
{
    if (m_pages->currentIndex() != LetterPage)
        return false;
    const LetterIssue issue = issueFromForm();
    DocumentFactory factory(m_connectionName, m_store);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Prompter::saveFileName(this, tr("Export the letter as HTML"),
                                          QDir(dir).filePath(LetterBuilder::title(issue) + QStringLiteral(".html")), tr("Web pages (*.html)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        path += QStringLiteral(".html");
    QString error;
    if (!LetterBuilder::exportHtml(factory.letterContent(issue), factory.style(), path, &error)) {
        Prompter::warning(this, tr("Export the letter as HTML"), error);
        return false;
    }
    rememberPublicOutput(QStringLiteral("letter-html"), path);
    emit statusMessage(tr("“%1” saved, images included: ready to send by e-mail.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString PublicationsTab::publicOutput() const
{
    // The portrait and the plan's report are the council's own documents,
    // not publications of the people and actors who consented.
    switch (m_pages->currentIndex()) {
    case LetterPage: return QStringLiteral("letter");
    case PlaquettePage: return QStringLiteral("plaquette");
    case GuidePage: return QStringLiteral("guide");
    case LabelsPage: return QStringLiteral("labels");
    default: return QString();
    }
}

void PublicationsTab::rememberPublicOutput(const QString &output, const QString &where)
{
    // The same record as the command line's, so that the privacy check
    // says which outputs predate a withdrawal whatever made them.
    if (!output.isEmpty() && !PrivacyCheck::recordPublication(m_connectionName, output, where))
        emit statusMessage(tr("“%1” is made, but Essaim could not note it for the privacy check: make it again later.")
                               .arg(QDir::toNativeSeparators(where)));
}

void PublicationsTab::pageSetup()
{
    QString error;
    std::unique_ptr<PrintDocument> document = currentDocument(&error);
    if (document && DocumentPrinter::pageSetup(this, *document))
        emit statusMessage(tr("Page set-up remembered for this document."));
}
