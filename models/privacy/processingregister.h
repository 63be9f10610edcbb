#pragma once

#include "models/domain/councilidentity.h"
#include "models/domain/processingactivity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The register of processing activities (registre des traitements): read
/// and written whole, pre-filled with what Essaim itself does until the
/// council saves its own version. The information notice for forms and
/// attendance sheets is written from it.
class ProcessingRegister
{
    Q_DECLARE_TR_FUNCTIONS(ProcessingRegister)

public:
    explicit ProcessingRegister(const QString &connectionName);

    /// The saved register, or the pre-filled one while none was saved.
    QList<ProcessingActivity> activities() const;
    bool isSaved() const;
    /// Replaces the register in one transaction.
    bool save(const QList<ProcessingActivity> &activities);
    /// The processings Essaim carries out, with the CNIL's usual periods
    /// (three years after the last contact for prospects).
    static QList<ProcessingActivity> defaults();
    /// Months the directory's contacts are kept without a sign of life.
    int directoryRetentionMonths() const;

    /// The notice (who, why, how long, rights, whom to contact) as plain
    /// paragraphs and as a self-contained HTML page for the council's site.
    static QString noticeText(const QList<ProcessingActivity> &activities, const CouncilIdentity &identity);
    static QString noticeHtml(const QList<ProcessingActivity> &activities, const CouncilIdentity &identity);
    /// A period written for people: "3 ans", "18 mois".
    static QString periodText(int months);

    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
};
