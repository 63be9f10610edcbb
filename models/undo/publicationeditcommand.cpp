#include "publicationeditcommand.h"

#include "models/stores/publicationstore.h"

PublicationEditCommand::PublicationEditCommand(PublicationStore *store, const CouncilIdentity &before, const CouncilIdentity &after,
                                               const QString &text)
    : StoreCommand(text)
    , m_kind(Kind::Identity)
    , m_store(store)
{
    m_identity[0] = before;
    m_identity[1] = after;
}

PublicationEditCommand::PublicationEditCommand(PublicationStore *store, const QList<PlaquettePanel> &before,
                                               const QList<PlaquettePanel> &after, const QString &text)
    : StoreCommand(text)
    , m_kind(Kind::Plaquette)
    , m_store(store)
{
    m_panels[0] = before;
    m_panels[1] = after;
}

PublicationEditCommand::PublicationEditCommand(PublicationStore *store, const std::optional<LetterIssue> &before,
                                               const std::optional<LetterIssue> &after, const QString &text)
    : StoreCommand(text)
    , m_kind(Kind::Issue)
    , m_store(store)
{
    m_issue[0] = before;
    m_issue[1] = after;
}

bool PublicationEditCommand::apply()
{
    return write(true);
}

bool PublicationEditCommand::revert()
{
    return write(false);
}

bool PublicationEditCommand::write(bool after)
{
    const int i = after ? 1 : 0;
    switch (m_kind) {
    case Kind::Identity:
        return m_store->setIdentity(m_identity[i]);
    case Kind::Plaquette:
        return m_store->setPlaquettePanels(m_panels[i]);
    case Kind::Issue: {
        const std::optional<LetterIssue> &other = m_issue[1 - i];
        if (m_issue[i]) {
            // A deleted issue comes back with a new row id: keep ours in step.
            LetterIssue issue = *m_issue[i];
            if (!other)
                issue.id = 0;
            if (!m_store->saveIssue(issue))
                return false;
            m_issue[i]->id = issue.id;
            if (m_issue[1 - i])
                m_issue[1 - i]->id = issue.id;
            return true;
        }
        return !other || m_store->removeIssue(other->id);
    }
    }
    return false;
}
