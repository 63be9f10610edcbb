#pragma once

#include "importcontext.h"
#include "importrecord.h"
#include "tabularfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
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
    /// How the files are read: an encoding given by the user wins over the guess.
    void setFileOptions(const TabularFile::Options &options) { m_fileOptions = options; }
    /// What reading the files noticed (characters already lost…), one sentence each.
    QStringList fileWarnings() const { return m_fileWarnings; }
    QString errorString() const { return m_error; }

private:
    /// The columns of one file, found by name, and which layout it has.
    struct Layout;

    bool readFile(const QString &path, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
                  const std::function<bool()> &keepGoing);
    /// One line of the right width: a record, a rejected row, or one more outside the territory.
    void readRow(const Layout &c, const QStringList &row, const QString &fileName, int line, QList<ImportRecord> *records,
                 QList<RejectedRow> *rejected);
    static QString rnaNumber(const Layout &c, const QStringList &row);
    /// The fields an RNA line gives: all of them, and the closing and the
    /// creation year when it has them.
    static QSet<QString> providedFields(bool closed, bool dated);
    void readActor(const Layout &c, const QStringList &row, const QString &insee, Actor *a) const;
    static QString address(const Layout &c, const QStringList &row);
    static RegisterEntry registerEntry(const Layout &c, const QStringList &row, const Actor &a);

    const ImportContext *m_context;
    bool m_keepOutside = false;
    int m_outside = 0;
    TabularFile::Options m_fileOptions;
    QStringList m_fileWarnings;
    QString m_error;
};
