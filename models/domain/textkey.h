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

} // namespace TextKey
