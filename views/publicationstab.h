#pragma once

#include "models/domain/letterissue.h"

#include <QWidget>

#include <memory>

class CouncilIdentity;
class PrintDocument;
class PublicationStore;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QSpinBox;
class QStackedWidget;
class QTextEdit;
class QUndoStack;

/// The Publications tab: the documents on the left (Lettre de l'ESS,
/// plaquette, guide, address labels, portrait du territoire, plan progress
/// report, visual identity), the chosen one's
/// settings on the right, and for each the print preview, printing, the
/// PDF and the page set-up. Issues, panels and the identity are saved
/// through the undo stack.
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
    /// The plan progress report's page, with @p planId chosen.
    void showPlanReport(qint64 planId);

    /// The current document as it would print now (for the actions and tests).
    std::unique_ptr<PrintDocument> currentDocument(QString *error) const;
    void preview();
    void printDocument();
    bool exportPdf();
    bool exportHtml();
    void pageSetup();

    void newIssue();
    bool saveIssue();
    void deleteIssue();
    bool saveIdentity();
    bool savePlaquette();

signals:
    void statusMessage(const QString &message);

private:
    QWidget *buildLetterPage();
    QWidget *buildPlaquettePage();
    QWidget *buildGuidePage();
    QWidget *buildLabelsPage();
    QWidget *buildPortraitPage();
    QWidget *buildPlanReportPage();
    /// The years, territories and plans change with the data: read again
    /// each time their page is shown.
    void reloadPortraitChoices();
    void reloadPlans();
    void planChosen();
    QWidget *buildIdentityPage();
    QWidget *outputButtons(QWidget *parent);

    void reloadIssues(int selectNumber = 0);
    void showIssue(const LetterIssue &issue);
    LetterIssue issueFromForm() const;
    void reloadIdentity();
    void reloadPlaquette();
    void chooseLogo();
    void updateLogoPreview();
    void updateActions();
    /// The name the privacy check knows the current document by, empty for
    /// a document that publishes nobody's data.
    QString publicOutput() const;
    void rememberPublicOutput(const QString &output, const QString &where);

    QString m_connectionName;
    PublicationStore *m_store;
    QUndoStack *m_undoStack;

    QListWidget *m_documents;
    QStackedWidget *m_pages;

    QListWidget *m_issues = nullptr;
    QSpinBox *m_issueNumber = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QLineEdit *m_issueTitle = nullptr;
    QTextEdit *m_editorial = nullptr;
    QList<QCheckBox *> m_sections;
    QLineEdit *m_articleTitle = nullptr;
    QTextEdit *m_article = nullptr;
    qint64 m_issueId = 0;

    QList<QLineEdit *> m_panelTitles;
    QList<QPlainTextEdit *> m_panelBodies;

    QComboBox *m_groupBy = nullptr;
    QCheckBox *m_guideBooklet = nullptr;
    QComboBox *m_audience = nullptr;
    QComboBox *m_sheet = nullptr;
    QSpinBox *m_start = nullptr;

    QComboBox *m_portraitYear = nullptr;
    QComboBox *m_portraitTerritory = nullptr;
    QComboBox *m_reportPlan = nullptr;
    QDateEdit *m_reportFrom = nullptr;
    QDateEdit *m_reportTo = nullptr;

    QLineEdit *m_councilName = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_contactLine = nullptr;
    QLineEdit *m_primary = nullptr;
    QLineEdit *m_secondary = nullptr;
    QLabel *m_logoPreview = nullptr;
    QByteArray m_logo;

    QAction *m_previewAction;
    QAction *m_printAction;
    QAction *m_pdfAction;
    QAction *m_pageSetupAction;
    QAction *m_htmlAction;
};
