#include "occurrencetablemodel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

OccurrenceTableModel::OccurrenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OccurrenceTableModel::setOccurrences(const QList<Occurrence> &occurrences, const QHash<qint64, QString> &typeNames,
                                          const QHash<qint64, QColor> &typeColors)
{
    beginResetModel();
    m_occurrences = occurrences;
    m_typeNames = typeNames;
    m_colors = typeColors;
    endResetModel();
}

int OccurrenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_occurrences.size());
}

int OccurrenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OccurrenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_occurrences.size())
        return {};
    const Occurrence &o = m_occurrences.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return locale.toString(o.start.date(), QStringLiteral("ddd d MMM yyyy"));
        case Time:
            if (o.isTask())
                return o.task == Occurrence::Task::NextStep ? tr("to do") : tr("closes");
            return o.allDay ? tr("all day")
                            : tr("%1 – %2").arg(locale.toString(o.start.time(), QLocale::ShortFormat),
                                                locale.toString(o.end.time(), QLocale::ShortFormat));
        case Title:
            return o.title;
        case Type:
            if (o.isTask())
                return o.task == Occurrence::Task::NextStep ? tr("Next step of a project") : tr("Call for projects");
            return m_typeNames.value(o.typeId);
        case Place:
            return o.location;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Title)
            return o.isTask() ? o.taskColor() : m_colors.value(o.typeId, QColor(0x80, 0x8b, 0x96));
        break;
    case Qt::ForegroundRole:
        // Tasks are read in their colour; a late next step is red on the whole row.
        if (o.isTask())
            return QBrush(o.late ? o.taskColor() : o.taskColor().darker(120));
        break;
    case Qt::FontRole:
        if (o.isTask()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title && o.changed)
            return tr("This date differs from the rest of its series.");
        if (o.late)
            return tr("Late: this next step was due on %1.").arg(locale.toString(o.start.date(), QLocale::LongFormat));
        break;
    case SortRole:
        return o.start;
    case EventIdRole:
        return o.eventId;
    case OriginalStartRole:
        return o.originalStart;
    }
    return {};
}

QVariant OccurrenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Title:
        return tr("Title");
    case Type:
        return tr("Type");
    case Place:
        return tr("Place");
    }
    return {};
}
