#pragma once

#include <QString>

/// An existing actor that a new or edited one may duplicate, and why.
struct DuplicateCandidate
{
    enum class Reason { SameSiret, SameSiren, SameRna, SameNameAndCommune };
    qint64 id = 0;
    QString name;
    QString communeName;
    Reason reason = Reason::SameNameAndCommune;
};
