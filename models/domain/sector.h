#pragma once

#include <QColor>
#include <QString>

/// A sector of activity in the editable hierarchy, with the colour the
/// directory and the charts give it.
struct Sector
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor color;
    int position = 0;
};
