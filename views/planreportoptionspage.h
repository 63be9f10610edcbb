#pragma once

#include "publicationpage.h"

class QComboBox;
class QDateEdit;

/// The plan progress report's page of the Publications tab: the plan and
/// the period the report covers (by default the plan's, up to today).
class PlanReportOptionsPage : public PublicationPage
{
    Q_OBJECT

public:
    explicit PlanReportOptionsPage(const QString &connectionName, QWidget *parent = nullptr);

    std::unique_ptr<PrintDocument> document(const DocumentFactory &factory, QString *error) const override;
    bool hasPageSetup() const override { return true; }
    /// The plans change with the data; the latest is chosen the first time.
    void reloadChoices() override;
    /// Chooses the plan @p planId when it is listed.
    void choosePlan(qint64 planId);

private:
    void planChosen();

    QString m_connectionName;
    QComboBox *m_plan;
    QDateEdit *m_from;
    QDateEdit *m_to;
};
