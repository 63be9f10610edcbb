#pragma once

#include "planitem.h"

#include <QDate>

/// A plan item as it stood on a past day, rebuilt from its journal.
///
/// The journal is the item's history: entries after the day are left out;
/// the progress is the last one reported on or before the day; the status
/// is the last one an entry recorded on or before the day. When nothing was
/// written after the day, the item is as it is now. When entries came later
/// but none before recorded a status, the status follows the progress of
/// the day: 100 % done, some progress in progress, none to start.
class PlanHistory
{
public:
    static PlanItem asOf(const PlanItem &item, const QDate &day);
};
