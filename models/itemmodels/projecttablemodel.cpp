#include "projecttablemodel.h"

#include "models/domain/clock.h"
#include "models/domain/projectvocabulary.h"

#include <QBrush>
#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(Clock::today())
{
}

void ProjectTableModel::setCards(const QList<ProjectCard> &cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

void ProjectTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_cards.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProjectTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).id == id)
            return row;
    }
    return -1;
}

QString ProjectTableModel::mimeType()
{
    return QStringLiteral("application/x-essaim-project-ids");
}

QList<qint64> ProjectTableModel::idsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream stream(data->data(mimeType()));
    stream >> ids;
    return ids;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::display(const ProjectCard &card, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name: return card.name;
    case Stage: return ProjectVocabulary::stageLabel(card.stage);
    case StageSince: return card.stageSince.isValid() ? locale.toString(card.stageSince, QLocale::ShortFormat) : QString();
    case Sector: return card.sector;
    case Commune: return card.commune;
    case Holders: return card.holders;
    case AccompaniedBy: return card.accompaniedBy;
    case NextStep: return card.nextStep;
    case NextStepDue: return card.nextStepDue.isValid() ? locale.toString(card.nextStepDue, QLocale::ShortFormat) : QString();
    case JobsExpected: return locale.toString(card.jobsExpected);
    case JobsCreated: return locale.toString(card.jobsCreated);
    }
    return {};
}

QVariant ProjectTableModel::sortValue(const ProjectCard &card, int row, int column) const
{
    switch (column) {
    // The cards come in reading order (ProjectStore::cards() sorts them with
    // a French collator once): the row is the name's rank, and the board's
    // six sorted columns and the list compare integers, not names.
    case Name: return row;
    case Stage: return int(card.stage);
    case StageSince: return card.stageSince;
    case NextStepDue: return card.nextStepDue.isValid() ? card.nextStepDue : QDate(9999, 12, 31);
    case JobsExpected: return card.jobsExpected;
    case JobsCreated: return card.jobsCreated;
    default: return display(card, column);
    }
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const ProjectCard &card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(card, index.column());
    case Qt::ToolTipRole: return card.summaryTip();
    case Qt::ForegroundRole:
        if (index.column() == NextStepDue && card.isLate(m_today))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    case SortRole: return sortValue(card, index.row(), index.column());
    case IdRole: return card.id;
    case StageRole: return int(card.stage);
    case LateRole: return card.isLate(m_today);
    case SectorIdRole: return card.sectorId;
    case EpciRole: return card.epciSiren;
    case AccompanierIdsRole: return QVariant::fromValue(card.accompanierIds);
    case HoldersRole: return card.holders;
    case NextStepRole: return card.nextStep;
    case NextStepDueRole: return card.nextStepDue;
    }
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Project");
    case Stage: return tr("Stage");
    case StageSince: return tr("Since");
    case Sector: return tr("Sector");
    case Commune: return tr("Commune");
    case Holders: return tr("Holders");
    case AccompaniedBy: return tr("Accompanied by");
    case NextStep: return tr("Next step");
    case NextStepDue: return tr("Due");
    case JobsExpected: return tr("Jobs expected");
    case JobsCreated: return tr("Jobs created");
    }
    return {};
}

Qt::ItemFlags ProjectTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList ProjectTableModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ProjectTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (!ids.contains(id))
            ids << id;
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}
