#pragma once

#include "models/domain/actorlistrow.h"
#include "models/search/actorfilter.h"
#include "models/search/actorsearchengine.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QDateTime>

#include <vector>

class ActorStore;

/// The directory's table: the actors that pass the current filter, sorted,
/// read from SQL a page at a time (canFetchMore/fetchMore), so 100,000
/// actors never sit in memory as rows. totalCount() is the number of
/// matching actors, not the number fetched so far.
class ActorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name, Acronym, Family, LegalStatus, Sector, Commune, Epci, Postcode, Siret, Rna,
        Employer, Headcount, AcceptsInterns, CharterSigned, Updated, ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, ArchivedRole };
    static constexpr int PageSize = 100;

    explicit ActorTableModel(ActorStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ActorFilter filter() const { return m_filter; }
    void setFilter(const ActorFilter &filter);
    /// Number of actors that pass the filter.
    int totalCount() const { return int(m_ids.size()); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qint64 idAt(int row) const;
    /// Row of @p id, fetching pages until @p fetchLimit rows are loaded; -1
    /// when it does not pass the filter or lies further down.
    int rowOfId(qint64 id, int fetchLimit = 2000);
    /// True when the actor is among those the search and filters let through.
    bool matches(qint64 id) const;
    /// Every matching id in display order (exports).
    std::vector<qint32> allIdsInOrder();

    /// Runs the query again (after the database changed under us).
    void reload();

signals:
    void totalCountChanged(int count);

private:
    using RowData = ActorListRow;

    void runQuery();
    void loadRows(std::size_t from, std::size_t to, std::vector<RowData> &out);
    QString displayText(const RowData &row, int column) const;
    ActorSearchEngine::SortKey sortKey() const;

    ActorStore *m_store;
    ActorSearchEngine m_engine;
    ActorFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<qint32> m_ids;
    std::size_t m_sortedUpTo = 0;
    std::vector<RowData> m_rows;
};
