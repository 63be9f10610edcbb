#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

/// An appel à projets (a regional scheme, a European fund…): who funds it,
/// for which sectors and ESS families, on which territory, and when it
/// opens and closes.
struct CallForProjects
{
    qint64 id = 0;
    QString funder;
    QString title;
    QStringList sectors;  ///< sector names; empty: every sector
    QStringList families; ///< EssFamily codes; empty: every family
    QString territory;    ///< free text ("Hauts-de-France", an EPCI…); empty: anywhere
    std::optional<qint64> amountCents;
    QDate opensOn;
    QDate closesOn;
    QString url;
    QString notes;

    /// Open on @p day: opened (or no opening date) and not yet closed.
    bool isOpenOn(const QDate &day) const
    {
        return (!opensOn.isValid() || opensOn <= day) && (!closesOn.isValid() || day <= closesOn);
    }

    bool operator==(const CallForProjects &o) const
    {
        return id == o.id && funder == o.funder && title == o.title && sectors == o.sectors && families == o.families
            && territory == o.territory && amountCents == o.amountCents && opensOn == o.opensOn
            && closesOn == o.closesOn && url == o.url && notes == o.notes;
    }
};
