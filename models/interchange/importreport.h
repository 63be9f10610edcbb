#pragma once

#include "models/domain/outcome.h"

#include "importrecord.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

/// A change a register import found since the previous import of the same
/// register: a new unit, a closed one, a new name, address or headcount band.
struct RegisterChange
{
    enum class Kind { New, Closed, Reopened, Renamed, Moved, BandChanged };
    Kind kind = Kind::New;
    QString key;
    QString name;
    QString before;
    QString after;
};

/// What an import did or, for a dry run, would do: the counts, every
/// rejected row with its line and reason (exportable as CSV), the changes
/// since the last register import, and notes (rows outside the territory...).
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int warned = 0; ///< rows imported with a field left empty (see warningRows)
    bool dryRun = false;
    QList<RejectedRow> rejectedRows;
    /// One line per field an imported row lost: the reason and the file's text.
    QList<RejectedRow> warningRows;
    QList<RegisterChange> changes;
    QStringList notes;

    int rejected() const { return int(rejectedRows.size()); }
    /// "3 created, 1 updated, 0 skipped, 2 rejected, 1 imported with warnings."
    QString summary() const;
    static QString describe(const RegisterChange &change);

    /// The rejected rows and the warnings as CSV (fichier;ligne;kind;motif,
    /// kind being "rejected" or "warning"; UTF-8 with BOM for Excel).
    bool writeRejected(QIODevice *device) const;
    Outcome<bool> writeRejected(const QString &path) const;
};
