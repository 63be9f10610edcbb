#include "planhistory.h"

#include "planvocabulary.h"

#include <algorithm>

PlanItem PlanHistory::asOf(const PlanItem &item, const QDate &day)
{
    PlanItem past = item;
    past.journal.clear();
    QList<PlanJournalEntry> entries = item.journal;
    std::stable_sort(entries.begin(), entries.end(), [](const PlanJournalEntry &a, const PlanJournalEntry &b) { return a.date < b.date; });
    bool later = false;
    std::optional<int> progress;
    std::optional<PlanItem::Status> status;
    for (const PlanJournalEntry &e : std::as_const(entries)) {
        if (e.date.isValid() && e.date > day) {
            later = true;
            continue;
        }
        past.journal << e;
        if (e.progress)
            progress = e.progress;
        if (const auto recorded = PlanVocabulary::statusFromKey(e.status))
            status = recorded;
    }
    if (!later)
        return past;
    past.progress = progress.value_or(0);
    if (status) {
        past.status = *status;
    } else if (past.progress >= 100) {
        past.status = PlanItem::Status::Done;
    } else {
        past.status = past.progress > 0 ? PlanItem::Status::InProgress : PlanItem::Status::ToStart;
    }
    return past;
}
