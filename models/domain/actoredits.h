#pragma once

#include "actor.h"

/// What a form may write back: only the values the user changed.
///
/// A form shows an actor through widgets that round or normalise some
/// values (a full-time equivalent to one decimal, a date that defaults to
/// today, a combo box that cannot hold an unknown code). Comparing the
/// fields with what they showed right after loading, field by field, and
/// keeping the stored value wherever they are equal, means that a save
/// never rewrites what nobody touched.
class ActorEdits
{
public:
    /// @p original as stored, @p shown as the fields read right after
    /// loading it, @p edited as they read now: @p original with the fields
    /// that differ between @p shown and @p edited taken from @p edited.
    /// Contacts pair by id, yearly figures by year.
    static Actor apply(const Actor &original, const Actor &shown, const Actor &edited);
    static Contact apply(const Contact &original, const Contact &shown, const Contact &edited);
    static YearFigures apply(const YearFigures &original, const YearFigures &shown, const YearFigures &edited);
};
