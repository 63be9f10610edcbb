#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

/// Narrows the projects by stage (each column of the board), sector (with
/// its sub-sectors: the caller gives the set), EPCI, accompanying actor, a
/// late next step, and a text typed without caring for accents or case.
class ProjectFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProjectFilterProxy(QObject *parent = nullptr);

    void setStage(std::optional<int> stage);
    void setSectors(const QSet<qint64> &sectorIds); ///< empty: every sector
    void setEpci(const QString &siren);             ///< empty: every EPCI
    void setAccompanier(qint64 actorId);            ///< 0: anyone
    void setLateOnly(bool lateOnly);
    void setText(const QString &text);

    /// By name ascending is the source's own order (ProjectStore::cards()
    /// gives the cards in reading order, and the proxies above the model only
    /// filter): it is kept as it is, without comparing ten thousand rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<int> m_stage;
    QSet<qint64> m_sectors;
    QString m_epci;
    qint64 m_accompanier = 0;
    bool m_lateOnly = false;
    QString m_text;
};
