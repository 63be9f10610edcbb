#pragma once

#include "flowdocument.h"
#include "lettercontent.h"

#include <QCoreApplication>

/// One issue of the Lettre de l'ESS, printed: the HTML of LetterBuilder,
/// with the logo in the masthead and the key figures' chart drawn as
/// vector graphics in the page (not as a picture of itself).
class LetterDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(LetterDocument)

public:
    LetterDocument(const LetterContent &content, const PrintStyle &style);
    ~LetterDocument() override;

protected:
    void prepare(QTextDocument *document, QPaintDevice *device) override;
    bool headerOnFirstPage() const override { return false; }

public:
    /// Lays the letter out so that the council's address that closes it
    /// never makes a page of its own: in full when it fits on the last
    /// page of text, else on one small line, else left out (every page's
    /// frame names the council already).
    int layout(QPaintDevice *device, const PageGeometry &geometry) override;

private:
    LetterContent m_content;
    std::unique_ptr<class VectorFigures> m_figures;
};
