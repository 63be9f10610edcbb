#pragma once

#include "importcontext.h"
#include "importmapping.h"
#include "importrecord.h"
#include "tabularfile.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

/// Turns the rows of a spreadsheet into actors through a column mapping:
/// each cell read as the form would read it (dates, decimal commas, yes/no,
/// commune by name or INSEE code). A row with a value that cannot be read,
/// or with more or fewer cells than the header, is rejected with its line
/// number and the reason.
class CsvActorReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvActorReader)

public:
    explicit CsvActorReader(const ImportContext *context);

    /// Reads every row of @p file. False when the file itself cannot be read
    /// (errorString()); rejected rows are not an error.
    bool read(TabularFile &file, const ImportMapping &mapping, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
              const std::function<bool()> &keepGoing = {});

    /// One row; false with @p reason when it cannot be read.
    bool readRow(const QStringList &cells, const ImportMapping &mapping, ImportRecord *record, QString *reason) const;

    QString errorString() const { return m_error; }

private:
    const ImportContext *m_context;
    QString m_error;
};
