#pragma once

#include "models/observatory/socialutilitygrid.h"
#include "storecommand.h"

class ObservatoryStore;

/// A change to the observatory's details of one actor: its social utility
/// grid for a year and its SIRENE headcount band. Undo writes the previous
/// grid and band back; redo (also the first one) writes the new ones.
class SetSocialUtilityCommand : public StoreCommand
{
public:
    struct State {
        SocialUtilityScores scores;
        QString band;
    };

    SetSocialUtilityCommand(ObservatoryStore *store, qint64 actorId, int year, const State &before, const State &after,
                            const QString &text, QUndoCommand *parent = nullptr);

protected:
    bool apply() override;
    bool revert() override;

private:
    bool write(const State &state);

    ObservatoryStore *m_store;
    qint64 m_actorId;
    int m_year;
    State m_before;
    State m_after;
};
