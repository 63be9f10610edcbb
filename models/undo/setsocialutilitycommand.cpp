#include "setsocialutilitycommand.h"

#include "models/stores/observatorystore.h"

SetSocialUtilityCommand::SetSocialUtilityCommand(ObservatoryStore *store, qint64 actorId, int year, const State &before,
                                                 const State &after, const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_actorId(actorId)
    , m_year(year)
    , m_before(before)
    , m_after(after)
{
}

bool SetSocialUtilityCommand::write(const State &state)
{
    if (!m_store->setScores(m_actorId, m_year, state.scores))
        return false;
    return m_store->headcountBand(m_actorId) == state.band || m_store->setHeadcountBand(m_actorId, state.band);
}

bool SetSocialUtilityCommand::apply()
{
    return write(m_after);
}

bool SetSocialUtilityCommand::revert()
{
    return write(m_before);
}
