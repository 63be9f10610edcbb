#include "observatorytablemodel.h"

#include <QLocale>

namespace {
enum FigureColumn { Label, Actors, Employers, Jobs, Estimated, EstimatedActors, Fte, Volunteers, Members, Share, FigureColumns };
enum ComparisonColumn { CTerritory, CShare, CYear, CSource, ComparisonColumns };
enum UtilityColumn { UCriterion, UTheme, UCurrent, UCompared, UtilityColumns };
} // namespace

ObservatoryTableModel::ObservatoryTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

QString ObservatoryTableModel::title(Kind kind)
{
    switch (kind) {
    case Kind::Family: return tr("Actors and jobs by family");
    case Kind::Sector: return tr("Jobs by sector");
    case Kind::Evolution: return tr("Evolution over the years");
    case Kind::Comparison: return tr("ESS share of salaried employment");
    case Kind::SizeBand: return tr("Employer actors by size");
    case Kind::SocialUtility: return tr("Social utility profile");
    case Kind::Epci: return tr("Figures by EPCI");
    }
    return {};
}

void ObservatoryTableModel::setStats(const ObservatoryStats &stats)
{
    beginResetModel();
    m_stats = stats;
    endResetModel();
}

const QList<ObservatoryFigures> *ObservatoryTableModel::figures() const
{
    switch (m_kind) {
    case Kind::Family: return &m_stats.byFamily;
    case Kind::Sector: return &m_stats.bySector;
    case Kind::Evolution: return &m_stats.evolution;
    case Kind::SizeBand: return &m_stats.bySizeBand;
    case Kind::Epci: return &m_stats.byEpci;
    case Kind::Comparison:
    case Kind::SocialUtility: break;
    }
    return nullptr;
}

int ObservatoryTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (const auto *list = figures())
        return int(list->size());
    if (m_kind == Kind::Comparison)
        return int(m_stats.comparisons.size());
    return int(m_stats.socialUtility.averages.size());
}

int ObservatoryTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (figures())
        return FigureColumns;
    return m_kind == Kind::Comparison ? int(ComparisonColumns) : int(UtilityColumns);
}

QVariant ObservatoryTableModel::raw(int row, int column) const
{
    if (const auto *list = figures()) {
        const ObservatoryFigures &f = list->at(row);
        switch (column) {
        case Label: return f.label;
        case Actors: return f.actors;
        case Employers: return f.employerActors;
        case Jobs: return f.jobs;
        case Estimated: return f.jobsEstimated;
        case EstimatedActors: return f.estimatedActors;
        case Fte: return f.fte;
        case Volunteers: return f.volunteers;
        case Members: return f.members;
        case Share: return f.essSharePct ? QVariant(*f.essSharePct) : QVariant();
        }
        return {};
    }
    if (m_kind == Kind::Comparison) {
        const ObservatoryComparison &c = m_stats.comparisons.at(row);
        switch (column) {
        case CTerritory: return c.label;
        case CShare: return c.essSharePct ? QVariant(*c.essSharePct) : QVariant();
        case CYear: return c.year ? QVariant(c.year) : QVariant();
        case CSource: return c.source;
        }
        return {};
    }
    const auto &a = m_stats.socialUtility.averages.at(row);
    switch (column) {
    case UCriterion: return SocialUtilityGrid::criterionLabel(a.first);
    case UTheme: return SocialUtilityGrid::themeLabel(SocialUtilityGrid::themeOf(a.first));
    case UCurrent: return a.second >= 0 ? QVariant(a.second) : QVariant();
    case UCompared:
        for (const auto &b : m_stats.socialUtilityCompared.averages) {
            if (b.first == a.first && b.second >= 0)
                return b.second;
        }
        return {};
    }
    return {};
}

QVariant ObservatoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (role == RawRole)
        return raw(index.row(), index.column());
    if (role == ActorIdsRole) {
        const auto *list = figures();
        if (!list || m_kind == Kind::Evolution)
            return {};
        QList<qint64> ids;
        for (qint32 id : list->at(index.row()).actorIds)
            ids << id;
        return QVariant::fromValue(ids);
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 || (m_kind == Kind::Comparison && index.column() == CSource) || (m_kind == Kind::SocialUtility && index.column() == UTheme)
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && figures() && index.column() == Estimated)
        return tr("Midpoints of the SIRENE headcount bands of the actors that declared no headcount: an estimate, not added to the jobs.");
    if (role != Qt::DisplayRole)
        return {};
    const QVariant v = raw(index.row(), index.column());
    if (!v.isValid())
        return tr("n/a");
    const QLocale locale;
    switch (v.typeId()) {
    case QMetaType::Double: {
        const bool share = (figures() && index.column() == Share) || (m_kind == Kind::Comparison && index.column() == CShare);
        const QString text = locale.toString(v.toDouble(), 'f', 1);
        return share ? tr("%1 %").arg(text) : text;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        if (m_kind == Kind::Comparison && index.column() == CYear)
            return v.toString();
        return locale.toString(v.toLongLong());
    default:
        return v.toString();
    }
}

QVariant ObservatoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (figures()) {
        switch (section) {
        case Label:
            switch (m_kind) {
            case Kind::Family: return tr("Family");
            case Kind::Sector: return tr("Sector");
            case Kind::Evolution: return tr("Year");
            case Kind::SizeBand: return tr("Size band");
            case Kind::Epci: return tr("EPCI");
            default: return {};
            }
        case Actors: return tr("Actors");
        case Employers: return tr("Employer actors");
        case Jobs: return tr("Jobs (declared)");
        case Estimated: return tr("Jobs estimated from bands");
        case EstimatedActors: return tr("Actors estimated");
        case Fte: return tr("FTE");
        case Volunteers: return tr("Volunteers");
        case Members: return tr("Members");
        case Share: return tr("ESS share of employment");
        }
        return {};
    }
    if (m_kind == Kind::Comparison) {
        switch (section) {
        case CTerritory: return tr("Territory");
        case CShare: return tr("ESS share of employment");
        case CYear: return tr("Year");
        case CSource: return tr("Source");
        }
        return {};
    }
    switch (section) {
    case UCriterion: return tr("Criterion");
    case UTheme: return tr("Theme");
    case UCurrent: return m_stats.socialUtility.year ? QVariant(QString::number(m_stats.socialUtility.year)) : QVariant(tr("Year"));
    case UCompared:
        return m_stats.socialUtilityCompared.year ? QVariant(QString::number(m_stats.socialUtilityCompared.year)) : QVariant(tr("Earlier year"));
    }
    return {};
}

QList<QStringList> ObservatoryTableModel::rowsForExport(bool localised) const
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal).toString();
    rows << header;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    for (int r = 0; r < rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < columnCount(); ++c) {
            if (localised) {
                row << data(index(r, c)).toString();
                continue;
            }
            const QVariant v = raw(r, c);
            if (!v.isValid())
                row << QString();
            else if (v.typeId() == QMetaType::Double)
                row << locale.toString(v.toDouble(), 'f', 2);
            else
                row << v.toString();
        }
        rows << row;
    }
    return rows;
}
