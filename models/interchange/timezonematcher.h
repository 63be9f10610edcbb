#pragma once

#include <QString>

typedef struct _icaltimezone icaltimezone;

/// Names the zone of a TZID read in an iCalendar file the way EventZone
/// holds it: an IANA identifier whenever one fits, so that an event keeps
/// the real rules of its country.
///
/// Calendar programs write their own names: Outlook "Eastern Standard
/// Time" or "Romance Standard Time" (Windows names), Mozilla "US-Eastern",
/// anyone a custom name. A TZID that is an IANA name (a link of the tz
/// database, "US/Eastern" or "Asia/Calcutta", counts as the zone it names:
/// America/New_York, Asia/Kolkata), contains one
/// ("/mozilla.org/.../America/New_York") or is a Windows name is taken as
/// such when the file's VTIMEZONE (if any) gives the same offsets; otherwise
/// the IANA zones are compared with the VTIMEZONE's offsets day by day over
/// 2021-2032 (Paris first, then the main zone of each Windows zone, then
/// every other) and the first that gives the same instants wins. When none
/// does, the VTIMEZONE's own rules are kept (its text is returned).
class TimeZoneMatcher
{
public:
    /// The zone for @p tzid, with @p fileZone the zone the file defines
    /// under that TZID (nullptr when it defines none). Empty when the TZID
    /// is unknown and the file gives no rules.
    static QString zoneFor(const QString &tzid, icaltimezone *fileZone, const QString &vtimezoneText);
};
