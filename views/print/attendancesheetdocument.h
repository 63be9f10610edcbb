#pragma once

#include "flowdocument.h"
#include "models/domain/attendancesheetdata.h"

#include <QCoreApplication>

/// The feuille d'émargement of one occurrence: the registered participants,
/// then blank lines, with name, structure and signature columns. An internal
/// document: its footer says "usage interne".
class AttendanceSheetDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheetDocument)

public:
    AttendanceSheetDocument(const AttendanceSheetData &data, const PrintStyle &style);
    static QString html(const AttendanceSheetData &data, const PrintStyle &style);
};
