#pragma once

#include <QString>

/// One processing of personal data in the council's register (RGPD article
/// 30): what it is for, on what legal basis, about whom, who receives the
/// data, how long it is kept and how it is protected.
struct ProcessingActivity
{
    qint64 id = 0;
    QString key; ///< directory, newsletter, events, plan, accompaniment; empty for a row added by hand
    QString name;
    QString purpose;
    QString legalBasis;
    QString dataCategories;
    QString personCategories;
    QString recipients;
    int retentionMonths = 36;
    QString securityMeasures;
    bool active = true;

    bool operator==(const ProcessingActivity &o) const
    {
        return id == o.id && key == o.key && name == o.name && purpose == o.purpose && legalBasis == o.legalBasis
            && dataCategories == o.dataCategories && personCategories == o.personCategories && recipients == o.recipients
            && retentionMonths == o.retentionMonths && securityMeasures == o.securityMeasures && active == o.active;
    }
};
