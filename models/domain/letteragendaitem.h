#pragma once

#include <QDateTime>
#include <QString>

/// One date of the agenda as the Lettre de l'ESS announces it; the calendar
/// fills these (a plain struct, so the letter does not depend on it).
struct LetterAgendaItem
{
    QDateTime start;
    bool allDay = false;
    QString title;
    QString place;
    QString description;
};
