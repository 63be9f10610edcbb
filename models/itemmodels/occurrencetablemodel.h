#pragma once

#include "models/domain/event.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

/// The occurrences of the agenda's list (coming events or a search) as a
/// table: date, time, title (with its type's colour), type, place; the
/// accompaniment's tasks among them in italics and their own colour (late
/// next steps in red). Display
/// is localised; SortRole holds the start; the event id and the occurrence's
/// original start are in roles of their own.
class OccurrenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Time, Title, Type, Place, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, EventIdRole, OriginalStartRole };

    explicit OccurrenceTableModel(QObject *parent = nullptr);

    void setOccurrences(const QList<Occurrence> &occurrences, const QHash<qint64, QString> &typeNames,
                        const QHash<qint64, QColor> &typeColors);
    const QList<Occurrence> &occurrences() const { return m_occurrences; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Occurrence> m_occurrences;
    QHash<qint64, QString> m_typeNames;
    QHash<qint64, QColor> m_colors;
};
