#pragma once

#include <QDate>
#include <QString>

/// One entry of a project's journal: a meeting, a call, a committee… and the
/// next step it agreed on, whose due date puts it in the agenda and the
/// "to do" list until it is done.
struct ProjectInteraction
{
    enum class Kind { Meeting, Call, Email, Committee, Visit };

    qint64 id = 0;
    qint64 projectId = 0;
    QDate date;
    Kind kind = Kind::Meeting;
    QString participants;
    QString notes;
    QString nextStep;
    QDate nextStepDue;
    bool nextStepDone = false;

    bool hasOpenNextStep() const { return !nextStep.isEmpty() && !nextStepDone; }

    bool operator==(const ProjectInteraction &o) const
    {
        return id == o.id && projectId == o.projectId && date == o.date && kind == o.kind
            && participants == o.participants && notes == o.notes && nextStep == o.nextStep
            && nextStepDue == o.nextStepDue && nextStepDone == o.nextStepDone;
    }
};
