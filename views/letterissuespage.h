#pragma once

#include "models/domain/letterissue.h"
#include "publicationpage.h"

class PublicationStore;
class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTextEdit;
class QUndoStack;

/// The Lettre de l'ESS's page of the Publications tab: the issues on the
/// left; the chosen one's number, date, title, editorial, sections and
/// article on the right. Saving and deleting an issue are undoable.
class LetterIssuesPage : public PublicationPage
{
    Q_OBJECT

public:
    LetterIssuesPage(PublicationStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    std::unique_ptr<PrintDocument> document(const DocumentFactory &factory, QString *error) const override;
    QString publicOutput() const override { return QStringLiteral("letter"); }
    bool canPrint() const override { return m_issueId > 0; }
    bool hasPageSetup() const override { return true; }

    /// The issue as the form shows it, saved or not: the preview is the proof.
    LetterIssue issueFromForm() const;
    void newIssue();
    bool saveIssue();
    void deleteIssue();

private:
    QWidget *createIssueList();
    QWidget *createSectionsBox();
    void reloadIssues(int selectNumber = 0);
    void showIssue(const LetterIssue &issue);

    PublicationStore *m_store;
    QUndoStack *m_undoStack;
    QListWidget *m_issues = nullptr;
    QSpinBox *m_issueNumber = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QLineEdit *m_issueTitle = nullptr;
    QTextEdit *m_editorial = nullptr;
    QList<QCheckBox *> m_sections;
    QLineEdit *m_articleTitle = nullptr;
    QTextEdit *m_article = nullptr;
    qint64 m_issueId = 0;
};
