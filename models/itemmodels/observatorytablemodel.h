#pragma once

#include "models/observatory/observatorystats.h"

#include <QAbstractTableModel>

/// The numbers behind one chart of the observatory, as a table: what the
/// chart's "Table" view shows, what "Copy" puts on the clipboard and what
/// the CSV export writes. DisplayRole is localised text, Qt::UserRole the
/// raw number; ActorIdsRole gives the ids behind a row (drill-down).
class ObservatoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Family, Sector, Evolution, Comparison, SizeBand, SocialUtility, Epci };
    enum Role { RawRole = Qt::UserRole, ActorIdsRole };

    explicit ObservatoryTableModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setStats(const ObservatoryStats &stats);
    const ObservatoryStats &stats() const { return m_stats; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Rows of text for a spreadsheet: the header first. @p localised uses
    /// the display text (the clipboard), else plain numbers without
    /// thousands separators in the locale's decimal mark (CSV for French Excel).
    QList<QStringList> rowsForExport(bool localised) const;

    /// Title of the chart this table belongs to.
    static QString title(Kind kind);

private:
    const QList<ObservatoryFigures> *figures() const;
    QVariant raw(int row, int column) const;

    Kind m_kind;
    ObservatoryStats m_stats;
};
