#pragma once

#include "flowdocument.h"
#include "models/domain/clock.h"
#include "models/observatory/observatorystats.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class ObservatoryTableModel;
class VectorFigures;

/// The Portrait du territoire, the observatory's report for one year and
/// one territory: the key figures, the charts of the Observatoire tab drawn
/// as vector graphics, the tables by family, sector and EPCI, the evolution
/// and the comparisons, the agenda's mobilisation of the actors, and a
/// method note naming each figure's source and year. The numbers are those
/// of ObservatoryEngine::compute(), the tab's and the stats command's.
class PortraitDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(PortraitDocument)

public:
    /// @p edited is the date printed as the edition's ("édité le").
    PortraitDocument(const ObservatoryStats &stats, const PrintStyle &style, const QDate &edited = Clock::today());
    ~PortraitDocument() override;

    static QString title(const ObservatoryStats &stats);
    static QString html(const ObservatoryStats &stats, const PrintStyle &style, const QDate &edited);

protected:
    void prepare(QTextDocument *document, QPaintDevice *device) override;
    bool headerOnFirstPage() const override { return false; }
    QTextOption::WrapMode wrapMode() const override { return QTextOption::WordWrap; }

private:
    // The portrait's parts, in the order it reads.
    static QString masthead(const ObservatoryStats &stats, const PrintStyle &style, const QDate &edited);
    /// "Only the actors of the family…" when the figures are filtered.
    static QString filterLine(const ObservatoryStats &stats);
    static QString keyFigures(const ObservatoryStats &stats, const PrintStyle &style);
    static QString chartsAndTables(const ObservatoryStats &stats);
    static QString mobilisationSection(const ObservatoryStats &stats);
    static QString tableHtml(const ObservatoryTableModel &model);
    static QString methodNote(const ObservatoryStats &stats, const PrintStyle &style);

    ObservatoryStats m_stats;
    std::unique_ptr<VectorFigures> m_figures;
};
