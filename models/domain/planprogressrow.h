#pragma once

#include <QString>

/// One action of the plan as the Lettre de l'ESS summarises it; the plan
/// fills these (a plain struct, so the letter does not depend on it).
struct PlanProgressRow
{
    QString objective;
    QString action;
    QString status;   ///< translated status: "en cours", "réalisé" ...
    int progress = 0; ///< percent
    bool late = false;
};
