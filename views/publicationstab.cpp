#include "publicationstab.h"

#include "addresslabelspage.h"
#include "documentprinter.h"
#include "guideoptionspage.h"
#include "letterissuespage.h"
#include "models/privacy/privacycheck.h"
#include "planreportoptionspage.h"
#include "plaquettetextspage.h"
#include "portraitoptionspage.h"
#include "prompter.h"
#include "views/print/documentfactory.h"
#include "views/print/letterbuilder.h"
#include "views/print/printdocument.h"
#include "visualidentitypage.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>

PublicationsTab::PublicationsTab(const QString &connectionName, PublicationStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_connectionName(connectionName)
    , m_store(store)
    , m_documents(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_letter(new LetterIssuesPage(store, undoStack, this))
    , m_plaquette(new PlaquetteTextsPage(store, undoStack, this))
    , m_guide(new GuideOptionsPage(this))
    , m_labels(new AddressLabelsPage(this))
    , m_portrait(new PortraitOptionsPage(connectionName, this))
    , m_planReport(new PlanReportOptionsPage(connectionName, this))
    , m_identity(new VisualIdentityPage(store, undoStack, this))
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
    // In the order of Page.
    for (PublicationPage *page : std::initializer_list<PublicationPage *>{m_letter, m_plaquette, m_guide, m_labels, m_portrait, m_planReport, m_identity}) {
        m_pages->addWidget(page);
        connect(page, &PublicationPage::statusMessage, this, &PublicationsTab::statusMessage);
        connect(page, &PublicationPage::outputChanged, this, &PublicationsTab::updateActions);
    }
    createActions();
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
        m_pages->setCurrentIndex(std::max(0, row));
        currentPage()->reloadChoices();
        updateActions();
    });
    m_documents->setCurrentRow(LetterPage);
}

PublicationsTab::~PublicationsTab() = default;

void PublicationsTab::createActions()
{
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
}

QList<QAction *> PublicationsTab::printActions() const
{
    return {m_previewAction, m_printAction, m_pdfAction, m_pageSetupAction, m_htmlAction};
}

void PublicationsTab::setWritePolicy(const WritePolicy &policy)
{
    m_identity->setRefusal(policy.councilRefusal());
}

void PublicationsTab::showPage(Page page)
{
    m_documents->setCurrentRow(page);
}

void PublicationsTab::showPlanReport(qint64 planId)
{
    showPage(PlanReportPage);
    m_planReport->reloadChoices();
    m_planReport->choosePlan(planId);
}

PublicationPage *PublicationsTab::currentPage() const
{
    return static_cast<PublicationPage *>(m_pages->currentWidget());
}

void PublicationsTab::updateActions()
{
    const PublicationPage *page = currentPage();
    for (QAction *a : {m_previewAction, m_printAction, m_pdfAction})
        a->setEnabled(page->canPrint());
    m_pageSetupAction->setEnabled(page->hasPageSetup());
    m_htmlAction->setEnabled(page == m_letter && m_letter->canPrint());
}

QWidget *PublicationsTab::outputButtons(QWidget *page)
{
    auto *box = new QWidget(page);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    QList<QAction *> actions = {m_previewAction, m_printAction, m_pdfAction};
    if (page == m_letter)
        actions << m_htmlAction;
    if (page == m_letter || page == m_guide)
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

std::unique_ptr<PrintDocument> PublicationsTab::currentDocument(QString *error) const
{
    const DocumentFactory factory(m_connectionName, m_store);
    return currentPage()->document(factory, error);
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
    const QString output = currentPage()->publicOutput();
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
        rememberPublicOutput(currentPage()->publicOutput(), printer);
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
    rememberPublicOutput(currentPage()->publicOutput(), path);
    emit statusMessage(tr("“%1” saved: %n page(s).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PublicationsTab::exportHtml()
{
    if (currentPage() != m_letter)
        return false;
    const LetterIssue issue = m_letter->issueFromForm();
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
