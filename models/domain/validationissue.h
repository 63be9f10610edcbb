#pragma once

#include <QString>

/// One problem found in a record: the field it concerns (an object name a
/// form can highlight) and a sentence that says what is wrong and how to fix it.
struct ValidationIssue
{
    QString field;
    QString message;
};
