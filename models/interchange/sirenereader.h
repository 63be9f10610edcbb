#pragma once

#include "importcontext.h"
#include "importrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

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
    QString errorString() const { return m_error; }

private:
    struct HeadOffice {
        QString siret;
        QString address;
        QString postcode;
        QString communeInsee;
        bool closed = false;
    };

    const ImportContext *m_context;
    Counts m_counts;
    QList<RegisterEntry> m_aside;
    QString m_error;
};
