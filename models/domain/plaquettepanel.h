#pragma once

#include <QString>

/// One of the six panels of the tri-fold plaquette. The body is plain text:
/// blank lines separate paragraphs, lines starting with "- " are bullets.
struct PlaquettePanel
{
    QString key; ///< "cover", "back", "flap", "inside1", "inside2", "inside3"
    QString title;
    QString body;

    bool operator==(const PlaquettePanel &o) const { return key == o.key && title == o.title && body == o.body; }
};
