#pragma once

#include "importcontext.h"
#include "importrecord.h"
#include "tabularfile.h"

#include "essclassifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class TabularFile;

/// Reads the SIRENE stock files, StockUniteLegale and StockEtablissement,
/// given together in either order and read by column name: keeps the units
/// whose head office lies in a commune of the territory, with that address,
/// classifies their ESS family with the reason, turns the headcount band
/// into a yearly estimate and marks closed units (state C or F).
class SireneReader
{
    Q_DECLARE_TR_FUNCTIONS(SireneReader)

public:
    struct Counts {
        int units = 0;            ///< rows of StockUniteLegale
        int outsideTerritory = 0; ///< head office elsewhere (or unknown)
        int outsideEss = 0;       ///< in the territory, not of the ESS
    };

    explicit SireneReader(const ImportContext *context);

    /// True when @p header is that of a StockUniteLegale or StockEtablissement file.
    static bool isUnitHeader(const QStringList &header);
    static bool isEstablishmentHeader(const QStringList &header);

    bool read(const QStringList &paths, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
              const std::function<bool()> &keepGoing = {});
    Counts counts() const { return m_counts; }
    /// Units of the territory left aside as outside the ESS, with the reason:
    /// a family chosen by hand brings them in at the next reading.
    QList<RegisterEntry> asideEntries() const { return m_aside; }
    /// How the files are read: an encoding given by the user wins over the guess.
    void setFileOptions(const TabularFile::Options &options) { m_fileOptions = options; }
    /// What reading the files noticed (characters already lost…), one sentence each.
    QStringList fileWarnings() const { return m_fileWarnings; }
    QString errorString() const { return m_error; }

private:
    struct HeadOffice {
        QString siret;
        QString address;
        QString postcode;
        QString communeInsee;
        bool closed = false;
    };
    /// Where each column of StockUniteLegale is, found by name.
    struct UnitColumns;

    /// The two files, told apart by their columns.
    bool loadFiles(const QStringList &paths, TabularFile *units, TabularFile *establishments);
    /// The head offices in the territory, by SIREN: they say which units belong to it.
    bool readHeadOffices(TabularFile &establishments, QHash<QString, HeadOffice> *heads, const std::function<bool()> &keepGoing);
    bool readUnits(TabularFile &units, const QHash<QString, HeadOffice> &heads, QList<ImportRecord> *records,
                   QList<RejectedRow> *rejected, const std::function<bool()> &keepGoing);
    /// One unit of the territory with a valid SIREN: a record, a rejected row or an entry set aside.
    void readUnit(const UnitColumns &c, const QStringList &row, const QString &key, const HeadOffice &head,
                  const QString &fileName, int line, QList<ImportRecord> *records, QList<RejectedRow> *rejected);
    static QString unitName(const UnitColumns &c, const QStringList &row);
    void readActor(const UnitColumns &c, const QStringList &row, const HeadOffice &head, const EssClassifier::Result &family,
                   Actor *a) const;
    static void readRegisterEntry(const UnitColumns &c, const QStringList &row, const HeadOffice &head, ImportRecord *record,
                                  RegisterEntry *entry);
    void readEmployment(const UnitColumns &c, const QStringList &row, const RegisterEntry &entry, ImportRecord *record) const;

    const ImportContext *m_context;
    Counts m_counts;
    QList<RegisterEntry> m_aside;
    TabularFile::Options m_fileOptions;
    bool m_combined = false; ///< one file of establishments with their unit's columns
    QStringList m_fileWarnings;
    QString m_error;
};
