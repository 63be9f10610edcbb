#pragma once

#include "models/domain/accompanimentfigures.h"
#include "models/domain/accompanimentreportdata.h"

#include "models/domain/callforprojects.h"

#include <QCoreApplication>
#include <QList>
#include <QDate>
#include <QString>

/// Read-only queries of the accompaniment for a period: the figures the
/// observatory shows beside the mobilisation, and the data of the steering
/// committee's report. A project counts as accompanied in a period when its
/// journal has an entry or its stage changed in it; as founded when it
/// entered creation in it.
class AccompanimentReader
{
    Q_DECLARE_TR_FUNCTIONS(AccompanimentReader)

public:
    explicit AccompanimentReader(const QString &connectionName);

    AccompanimentFigures figures(const QDate &from, const QDate &to) const;
    AccompanimentFigures yearFigures(int year) const { return figures(QDate(year, 1, 1), QDate(year, 12, 31)); }
    AccompanimentReportData report(const QDate &from, const QDate &to) const;

    /// A project or an actor that may answer, or did answer, a call.
    struct Candidate {
        enum class Kind { Project, Actor };
        Kind kind = Kind::Project;
        qint64 id = 0;
        QString name;
        bool operator==(const Candidate &o) const { return kind == o.kind && id == o.id && name == o.name; }
    };
    /// The current projects (not abandoned, not yet founded) and the current
    /// actors of the ESS that the call's sectors, families and territory name.
    QList<Candidate> eligible(const CallForProjects &call) const;
    /// Those whose funding request answers the call.
    QList<Candidate> applicants(qint64 callId) const;

private:
    void readStages(AccompanimentReportData &data) const;
    void readBreakdowns(AccompanimentReportData &data) const;
    void readFunding(AccompanimentReportData &data) const;
    void readJournal(AccompanimentReportData &data) const;

    QString m_connectionName;
};
