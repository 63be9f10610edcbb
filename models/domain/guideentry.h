#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

/// A contact as a public document shows it: only people who consented to
/// appear in the guide ever become one.
struct GuideContact
{
    QString name;
    QString role;
    QString email;
    QString phone;
};

/// One actor as the printed guide and the Lettre de l'ESS show it: plain
/// text only, already filtered on the actor's consent to publication.
struct GuideEntry
{
    qint64 id = 0;
    QString name;
    QString acronym;
    QString status; ///< legal status, else the ESS family's label
    QString sector; ///< top-level sector, the guide's chapter when grouped by sector
    QColor sectorColor;
    QString subSector; ///< the sector itself when it is a sub-sector
    QString address;
    QString postcode;
    QString commune;
    QString phone;
    QString email;
    QString website;
    QString description;
    QStringList competencies;
    bool acceptsInterns = false;
    QList<GuideContact> contacts;
};
