#pragma once

#include <QDate>
#include <QString>

#include <optional>

/// One dated update of a plan item: who reported it, what changed, and the
/// progress reached that day. The journal is the material of the yearly
/// evaluation in plenary.
struct PlanJournalEntry
{
    qint64 id = 0;
    QDate date;
    QString author;
    QString text;
    std::optional<int> progress;
    QString status; ///< status key the item took that day ("done"), empty when the entry records none

    bool operator==(const PlanJournalEntry &o) const
    {
        return id == o.id && date == o.date && author == o.author && text == o.text && progress == o.progress && status == o.status;
    }
    bool operator!=(const PlanJournalEntry &o) const { return !(*this == o); }
};
