#pragma once

#include "models/domain/councilidentity.h"
#include "models/domain/letterissue.h"
#include "models/domain/plaquettepanel.h"

#include <QList>
#include "storecommand.h"

#include <optional>

class PublicationStore;

/// A change in the Publications area — the identity, the plaquette's
/// panels, or one issue of the Lettre (created, changed or deleted): undo
/// writes the previous state back, redo the new one. The caller has
/// already written the new state; the first redo() does nothing.
class PublicationEditCommand : public StoreCommand
{
public:
    PublicationEditCommand(PublicationStore *store, const CouncilIdentity &before, const CouncilIdentity &after, const QString &text);
    PublicationEditCommand(PublicationStore *store, const QList<PlaquettePanel> &before, const QList<PlaquettePanel> &after,
                           const QString &text);
    /// An issue: no @p before for a creation, no @p after for a deletion.
    PublicationEditCommand(PublicationStore *store, const std::optional<LetterIssue> &before, const std::optional<LetterIssue> &after,
                           const QString &text);


protected:
    bool apply() override;
    bool revert() override;

private:
    enum class Kind { Identity, Plaquette, Issue } m_kind;
    bool write(bool after);

    PublicationStore *m_store;
    CouncilIdentity m_identity[2];
    QList<PlaquettePanel> m_panels[2];
    std::optional<LetterIssue> m_issue[2];
};
