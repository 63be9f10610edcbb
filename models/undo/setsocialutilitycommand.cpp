#include "setsocialutilitycommand.h"

#include "observatorystore.h"

SetSocialUtilityCommand::SetSocialUtilityCommand(ObservatoryStore *store, qint64 actorId, int year, const State &before,
                                                 const State &after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_actorId(actorId)
    , m_year(year)
    , m_before(before)
    , m_after(after)
{
}

void SetSocialUtilityCommand::apply(const State &state)
{
    m_store->setScores(m_actorId, m_year, state.scores);
    if (m_store->headcountBand(m_actorId) != state.band)
        m_store->setHeadcountBand(m_actorId, state.band);
}

void SetSocialUtilityCommand::undo()
{
    apply(m_before);
}

void SetSocialUtilityCommand::redo()
{
    apply(m_after);
}
