#pragma once

#include "accompanimentfigures.h"
#include "project.h"
#include "projectinteraction.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

/// Everything the steering committee's accompaniment report shows for a
/// period, gathered by the store and laid out by the print builder.
struct AccompanimentReportData
{
    struct Breakdown {
        QString label;
        int projects = 0;
        int jobsExpected = 0;
        int jobsCreated = 0;
    };
    struct Funder {
        QString name;
        int requests = 0;
        qint64 askedCents = 0;
        qint64 grantedCents = 0;
    };
    struct CallAnswered {
        QString title;
        QString funder;
        int requests = 0;
        qint64 grantedCents = 0;
    };
    struct JournalLine {
        QDate date;
        QString project;
        ProjectInteraction::Kind kind = ProjectInteraction::Kind::Meeting;
        QString notes;
        QString nextStep;
    };

    QDate from;
    QDate to;
    AccompanimentFigures figures;
    QMap<Project::Stage, int> atEnd;   ///< projects in each stage on the last day
    QMap<Project::Stage, int> entered; ///< entries into each stage during the period
    QList<Breakdown> bySector;
    QList<Breakdown> byEpci;
    QList<Funder> funders;
    QList<CallAnswered> calls;
    /// The latest entries of the period, in date order: at most
    /// JournalLimit, so that ten thousand projects make a report of a few
    /// pages rather than thousands (the project sheets hold the rest).
    QList<JournalLine> journal;
    int journalTotal = 0; ///< entries in the period, those not printed included
    static constexpr int JournalLimit = 400;
};
