#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// What an attendance sheet (feuille d'émargement) prints for one
/// occurrence of an event: the agenda fills it (a plain struct, so the
/// sheet does not depend on the calendar).
struct AttendanceSheetData
{
    struct Participant
    {
        QString name;
        QString structure;
    };
    QString eventTitle;
    QDateTime start;
    bool allDay = false;
    QString place;
    QList<Participant> registered; ///< in the order to print
    int blankLines = 10;           ///< for those who come unannounced
    QString notice;                ///< the RGPD information notice, from the register
};
