#pragma once

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

/// One line of the directory's table: what the columns show of an actor,
/// read for the rows on screen only (ActorListReader).
struct ActorListRow
{
    qint32 id = 0;
    QString name, acronym, family, legalStatus, sector, commune, epci, postcode, siret, rna;
    QColor sectorColor;
    bool employer = false, acceptsInterns = false, archived = false, outside = false;
    QVariant headcount; ///< of the headcount year, null when not declared
    QDate charter;
    QDateTime updated;
};
