#pragma once

class QComboBox;

/// Filter lists (facets) of the tabs: the closed list is wide enough for its
/// "all" entry, so it reads whole as it is first shown, and its popup is as
/// wide as its longest entry (commune, EPCI, pilot names), however the data
/// changes. The closed lists stay narrow so each tab fits a 1,280-pixel screen.
class FacetCombo
{
public:
    /// @p minimumChars: the width, in characters, below which the closed list
    /// never goes (0: the length of its first entry; -1: of its longest, for
    /// a short list of choices that must all read whole).
    static void fit(QComboBox *combo, int minimumChars = 0);
    /// The width in pixels the popup needs to show @p combo's longest entry whole.
    static int widestEntry(const QComboBox *combo);
};
