#pragma once

#include "models/sync/writepolicy.h"

#include <QWidget>

#include <memory>

class AddressLabelsPage;
class GuideOptionsPage;
class LetterIssuesPage;
class PlanReportOptionsPage;
class PlaquetteTextsPage;
class PortraitOptionsPage;
class PrintDocument;
class PublicationPage;
class PublicationStore;
class QAction;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class VisualIdentityPage;

/// The Publications tab: the documents on the left (Lettre de l'ESS,
/// plaquette, guide, address labels, portrait du territoire, plan progress
/// report, visual identity), the chosen one's page of settings on the right
/// (one PublicationPage each), and for each the print preview, printing,
/// the PDF and the page set-up. The tab assembles the pages and owns the
/// output actions; each page owns its settings and its document.
class PublicationsTab : public QWidget
{
    Q_OBJECT

public:
    enum Page { LetterPage, PlaquettePage, GuidePage, LabelsPage, PortraitPage, PlanReportPage, IdentityPage };

    PublicationsTab(const QString &connectionName, PublicationStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PublicationsTab() override;

    /// Preview, print, PDF and page set-up of the current document (also in the menu).
    QList<QAction *> printActions() const;
    void showPage(Page page);
    /// The council's identity has no territory: only a shared server's
    /// coordinator changes it. The documents' own settings stay this
    /// desktop's, and printing stays for everyone.
    void setWritePolicy(const WritePolicy &policy);
    /// The plan progress report's page, with @p planId chosen.
    void showPlanReport(qint64 planId);

    /// The current document as it would print now (for the actions and tests).
    std::unique_ptr<PrintDocument> currentDocument(QString *error) const;
    void preview();
    void printDocument();
    bool exportPdf();
    bool exportHtml();
    void pageSetup();

signals:
    void statusMessage(const QString &message);

private:
    void createActions();
    QWidget *outputButtons(QWidget *page);
    PublicationPage *currentPage() const;
    void updateActions();
    void rememberPublicOutput(const QString &output, const QString &where);

    QString m_connectionName;
    PublicationStore *m_store;

    QListWidget *m_documents;
    QStackedWidget *m_pages;
    LetterIssuesPage *m_letter;
    PlaquetteTextsPage *m_plaquette;
    GuideOptionsPage *m_guide;
    AddressLabelsPage *m_labels;
    PortraitOptionsPage *m_portrait;
    PlanReportOptionsPage *m_planReport;
    VisualIdentityPage *m_identity;

    QAction *m_previewAction;
    QAction *m_printAction;
    QAction *m_pdfAction;
    QAction *m_pageSetupAction;
    QAction *m_htmlAction;
};
