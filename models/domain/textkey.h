#pragma once

#include <QString>

/// Text normalisation shared by sorting, duplicate detection and search, so
/// that "Écuélin", "ecuelin" and "ÉCUÉLIN" are one key everywhere.
namespace TextKey {

/// Lower-case, accents removed, ligatures expanded (œ -> oe), blanks collapsed.
QString fold(const QString &text);

/// fold() with punctuation dropped: "L'Atelier  du Cœur" -> "l atelier du coeur".
/// Two actors with the same normalized name in one commune are likely duplicates.
QString normalizedName(const QString &text);

/// A key whose plain code-point order is the order a French reader expects
/// of names (QCollator, French, numeric mode): accents and case set aside
/// first ("Écomusée" among the E), numbers by value ("n°2" before "n°10"),
/// then accents, then lower case before upper case. Stored beside each name
/// (actors.sort_key) so that SQL sorts 100,000 names through an index.
QString sortKey(const QString &text);

} // namespace TextKey
