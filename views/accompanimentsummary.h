#pragma once

#include <QLabel>

/// The accompaniment's figures of a year, shown under the observatory's key
/// figures beside the mobilisation: projects accompanied, founded, jobs
/// expected and created, money granted.
class AccompanimentSummary : public QLabel
{
    Q_OBJECT

public:
    AccompanimentSummary(const QString &connectionName, QWidget *parent = nullptr);
    void showYear(int year);

private:
    QString m_connectionName;
};
