#pragma once

#include "publicationpage.h"

class PublicationStore;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

/// The plaquette's page of the Publications tab: the title and text of
/// each of its six panels, saved as one undoable change.
class PlaquetteTextsPage : public PublicationPage
{
    Q_OBJECT

public:
    PlaquetteTextsPage(PublicationStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    std::unique_ptr<PrintDocument> document(const DocumentFactory &factory, QString *error) const override;
    QString publicOutput() const override { return QStringLiteral("plaquette"); }
    bool savePlaquette();

private:
    void reloadPlaquette();

    PublicationStore *m_store;
    QUndoStack *m_undoStack;
    QList<QLineEdit *> m_panelTitles;
    QList<QPlainTextEdit *> m_panelBodies;
};
