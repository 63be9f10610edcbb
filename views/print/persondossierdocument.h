#pragma once

#include "flowdocument.h"
#include "models/privacy/persondossier.h"

#include <QCoreApplication>

/// The answer to a request of access (RGPD article 15), to hand to the
/// person: their identity and consents with the history of each, the actor
/// they belong to, their registrations and attendance, the plan actions they
/// pilot, the journal entries that name them and the log of changes.
class PersonDossierDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(PersonDossierDocument)

public:
    PersonDossierDocument(const PersonDossier &dossier, const PrintStyle &style);
    static QString html(const PersonDossier &dossier, const PrintStyle &style);

private:
    static QString section(const QString &title, const QStringList &headers, const QList<QStringList> &rows,
                           const QString &primary);
};
