#pragma once

#include "models/domain/plan.h"
#include "models/domain/plantree.h"

#include <QString>

#include <functional>

/// Writes a plan in the outline format PlanOutlineReader reads, so that an
/// exported plan imports back to the same tree. Attributes follow a fixed
/// order (moyens, début, échéance, note, pilote, partenaires, état,
/// avancement, budgets, hours) and are left out when empty or default.
class PlanOutlineWriter
{
public:
    using NameLookup = std::function<QString(qint64)>;

    /// @p contactName and @p actorName give the names of the pilot and the
    /// partner actors; without them only the names kept as text are written.
    static QString write(const Plan &plan, const PlanTree &tree, const NameLookup &contactName = {},
                         const NameLookup &actorName = {});
    /// "1200" or "1200,50".
    static QString euros(qint64 cents);
    static QString pilotText(const PlanItem &item, const NameLookup &contactName);
    static QString partnersText(const PlanItem &item, const NameLookup &actorName);
};
