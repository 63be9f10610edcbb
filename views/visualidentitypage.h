#pragma once

#include "publicationpage.h"

#include <QByteArray>

class PublicationStore;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

/// The visual identity's page of the Publications tab: the council's name,
/// address, contact line, two colours and logo, set once for every
/// document and saved as one undoable change. It prints nothing itself.
class VisualIdentityPage : public PublicationPage
{
    Q_OBJECT

public:
    VisualIdentityPage(PublicationStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    std::unique_ptr<PrintDocument> document(const DocumentFactory &factory, QString *error) const override;
    bool canPrint() const override { return false; }
    bool saveIdentity();
    /// Why this person may not change the council's identity (a shared
    /// server's roles): its fields and buttons are disabled, the sentence
    /// under them; empty: editable.
    void setRefusal(const QString &why);

private:
    QWidget *colourRow(QLineEdit **edit, const QString &name);
    QWidget *logoRow();
    void reloadIdentity();
    void chooseLogo();
    void updateLogoPreview();

    PublicationStore *m_store;
    QUndoStack *m_undoStack;
    QLineEdit *m_councilName = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_contactLine = nullptr;
    QLineEdit *m_primary = nullptr;
    QLineEdit *m_secondary = nullptr;
    QLabel *m_logoPreview = nullptr;
    QLabel *m_refusal = nullptr;
    QByteArray m_logo;
};
