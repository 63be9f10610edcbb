#pragma once

#include "importcontext.h"
#include "importrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

/// Reads the files of the Répertoire national des associations, both
/// layouts (rna_waldec and the older rna_import), by column name: each
/// association with its RNA number, object, address and dates; dissolved
/// ones are marked closed. By default only the associations whose seat is
/// in a commune of the territory are kept (the RNA is published by department).
class RnaReader
{
    Q_DECLARE_TR_FUNCTIONS(RnaReader)

public:
    explicit RnaReader(const ImportContext *context);

    static bool isRnaHeader(const QStringList &header);
    void setKeepOutsideTerritory(bool keep) { m_keepOutside = keep; }

    bool read(const QStringList &paths, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
              const std::function<bool()> &keepGoing = {});
    int outsideTerritory() const { return m_outside; }
    QString errorString() const { return m_error; }

private:
    const ImportContext *m_context;
    bool m_keepOutside = false;
    int m_outside = 0;
    QString m_error;
};
