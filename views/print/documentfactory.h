#pragma once

#include "guidedocument.h"
#include "labelsheet.h"
#include "lettercontent.h"
#include "printsourcestore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class LabelSheetDocument;
class LetterDocument;
class PlaquetteDocument;
class PublicationStore;

/// Builds each printed document from the open database: the one place
/// where the stores' data become the builders' plain input, for the
/// Publications tab and the command line alike.
///
/// The letter's agenda and plan sections and the observatory's chart come
/// from other capabilities: letterContent() is where they are filled in.
class DocumentFactory
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFactory)

public:
    DocumentFactory(const QString &connectionName, const PublicationStore *publications);

    PrintStyle style() const;
    std::unique_ptr<GuideDocument> guide(GuideDocument::GroupBy groupBy) const;
    /// Null with @p error set when nobody is on the list.
    std::unique_ptr<LabelSheetDocument> labels(PrintSourceStore::Audience audience, const LabelSheet &sheet, int start,
                                               QString *error) const;
    std::unique_ptr<PlaquetteDocument> plaquette() const;
    LetterContent letterContent(const LetterIssue &issue) const;
    std::unique_ptr<LetterDocument> letter(const LetterIssue &issue) const;

private:
    QString m_connectionName;
    const PublicationStore *m_publications;
};
