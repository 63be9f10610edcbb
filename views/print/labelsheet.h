#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

/// A sheet of A4 address labels, as the common office references lay them
/// out: 63.5 x 38.1 mm in 3 x 7 and 99.1 x 38.1 mm in 2 x 7 (the Avery
/// L7160 and L7163 family), and the sheets sold most in France, edge to
/// edge: 70 x 37 mm in 3 x 8, 105 x 37 mm in 2 x 8, 70 x 42.3 mm in 3 x 7.
/// Millimetres from the sheet's top-left corner.
struct LabelSheet
{
    QString name; ///< "3x7"
    int columns = 3;
    int rows = 7;
    QSizeF label;    ///< one label
    QPointF origin;  ///< top-left of the first label
    QSizeF pitch;    ///< from one label to the next, across and down

    int perSheet() const { return columns * rows; }
    /// Slot 0 is the top-left label; slots run across, then down.
    QRectF labelRect(int slot) const
    {
        const int s = slot % perSheet();
        return QRectF(origin.x() + (s % columns) * pitch.width(), origin.y() + (s / columns) * pitch.height(), label.width(),
                      label.height());
    }

    static LabelSheet threeBySeven() { return {QStringLiteral("3x7"), 3, 7, {63.5, 38.1}, {7.2, 15.1}, {66.0, 38.1}}; }
    static LabelSheet twoBySeven() { return {QStringLiteral("2x7"), 2, 7, {99.1, 38.1}, {4.7, 15.1}, {101.6, 38.1}}; }
    /// Every sheet offered, in the order the window and the help list them.
    static QList<LabelSheet> all()
    {
        return {threeBySeven(),
                twoBySeven(),
                // Edge to edge across; 297 mm less the labels' height shared
                // between top and bottom.
                {QStringLiteral("3x8"), 3, 8, {70.0, 37.0}, {0.0, 0.5}, {70.0, 37.0}},
                {QStringLiteral("2x8"), 2, 8, {105.0, 37.0}, {0.0, 0.5}, {105.0, 37.0}},
                {QStringLiteral("70x42"), 3, 7, {70.0, 42.3}, {0.0, 0.45}, {70.0, 42.3}}};
    }
    static std::optional<LabelSheet> named(const QString &name)
    {
        for (const LabelSheet &sheet : all()) {
            if (sheet.name == name)
                return sheet;
        }
        return std::nullopt;
    }
};
