#pragma once

#include "flowdocument.h"
#include "models/domain/attendancesheetdata.h"

#include <QCoreApplication>
#include <QString>

/// The feuille d'émargement of one occurrence: the registered participants,
/// then blank lines, with name, structure and signature columns. An internal
/// document: its footer says "usage interne".
class AttendanceSheetDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheetDocument)

public:
    AttendanceSheetDocument(const AttendanceSheetData &data, const PrintStyle &style);
    static QString html(const AttendanceSheetData &data, const PrintStyle &style);
    /// "vendredi 6 novembre 2026, 18 h".
    static QString when(const AttendanceSheetData &data);

protected:
    /// Every page names the event and its date: a page of signatures parted
    /// from the first still proves who came to what.
    QString runningTitle() const override { return m_runningTitle; }

private:
    QString m_runningTitle;
};
