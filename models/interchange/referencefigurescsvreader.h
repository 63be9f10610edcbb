#pragma once

#include "models/observatory/referencefigure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Reads reference figures from CSV, all or nothing: a file with one bad
/// line gives no figure at all and a sentence naming the line.
///
/// Two layouts, told apart by their header:
/// - Essaim's own (what the tab exports): kind;code;year;name;
///   total_employment;private_employment;employer_establishments;ess_jobs;
///   ess_establishments;ess_share_pct;source
/// - URSSAF open data "ESS" (region;code_region;champ_ess;famille_ess;
///   secteur_na88;annee;nombre_d_etablissements;effectifs_salaries_moyens;
///   masse_salariale): rows are added up per region and year into private
///   employment and establishments (every row) and ESS jobs and
///   establishments (rows whose champ_ess is the ESS). Rows whose family or
///   sector is a subtotal ("Total", "Ensemble") are skipped so nothing is
///   counted twice.
class ReferenceFiguresCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceFiguresCsvReader)

public:
    enum class Layout { Unknown, Essaim, Urssaf };

    bool readFile(const QString &path);
    bool readText(const QString &text, const QString &sourceName);

    QList<ReferenceFigure> figures() const { return m_figures; }
    Layout layout() const { return m_layout; }
    QString errorString() const { return m_error; }

    /// The header line of Essaim's own layout, for exports.
    static QStringList essaimHeader();

private:
    bool readEssaim(const QList<QStringList> &rows);
    bool readUrssaf(const QList<QStringList> &rows, const QString &sourceName);
    bool fail(int line, const QString &why);

    QList<ReferenceFigure> m_figures;
    Layout m_layout = Layout::Unknown;
    QString m_error;
};
