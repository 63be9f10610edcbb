#pragma once

#include <QDateTime>
#include <QString>

/// What the A4 poster (affiche) of an event prints; the agenda fills it.
struct PosterData
{
    QString eventType; ///< "Rendez-vous de l'ESS", "Forum"...
    QString title;
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    QString place;
    QString description;
    QString partners; ///< one line: "Avec le soutien de ..."
};
