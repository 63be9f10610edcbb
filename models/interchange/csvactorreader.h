#pragma once

#include "importcontext.h"
#include "importmapping.h"
#include "importrecord.h"
#include "tabularfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <vector>

/// Turns the rows of a spreadsheet into actors through a column mapping:
/// each cell read as the form would read it (dates, decimal commas, yes/no,
/// commune by name or INSEE code). A value the directory does not know (a
/// sector, a family, a legal category, a date that is not one...) never
/// rejects the row: the value mapping of the wizard decides, else the field
/// stays empty, the file's text goes to the actor's notes and the record
/// carries a warning. Only a row without a name, or with more or fewer
/// cells than the header, is rejected here.
class CsvActorReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvActorReader)

public:
    /// A value of a column the directory does not know, with its number of rows.
    struct UnknownValue {
        QString field; ///< ImportField code: sector, family, legal_category, commune, postcode
        QString value; ///< as the file writes it
        int rows = 0;
    };

    explicit CsvActorReader(const ImportContext *context);

    /// Reads every row of @p file. False when the file itself cannot be read
    /// (errorString()); rejected rows are not an error.
    bool read(TabularFile &file, const ImportMapping &mapping, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
              const std::function<bool()> &keepGoing = {});

    /// One row; false with @p reason when it cannot be read.
    bool readRow(const QStringList &cells, const ImportMapping &mapping, ImportRecord *record, QString *reason) const;

    /// The unknown values met by read(), in the order first met.
    QList<UnknownValue> unknownValues() const { return m_unknown; }

    QString errorString() const { return m_error; }

private:
    void countUnknown(const ImportRecord &record);

    const ImportContext *m_context;
    QString m_error;
    QList<UnknownValue> m_unknown;
    QHash<QString, int> m_unknownIndex;
    // Caches of readRow(): the column of each field, and the sets of given fields.
    mutable QStringList m_cachedFields;
    mutable std::vector<int> m_cachedColumns;
    mutable QHash<quint64, QSet<QString>> m_providedSets;
};
