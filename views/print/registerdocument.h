#pragma once

#include "flowdocument.h"
#include "models/domain/processingactivity.h"

#include <QCoreApplication>
#include <QList>

/// The register of processing activities (registre des traitements,
/// RGPD article 30) as the CNIL expects to see it: the controller, then one
/// table per processing with its purpose, legal basis, categories of data
/// and persons, recipients, retention period and security measures.
class RegisterDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(RegisterDocument)

public:
    RegisterDocument(const QList<ProcessingActivity> &activities, const PrintStyle &style, const QDate &on);
    static QString html(const QList<ProcessingActivity> &activities, const PrintStyle &style, const QDate &on);
};
