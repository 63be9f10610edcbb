#include "referencefiguretablemodel.h"

#include "models/stores/referencefigurestore.h"
#include "models/undo/replacereferencefigurescommand.h"

#include <QLocale>
#include <QUndoStack>

ReferenceFigureTableModel::ReferenceFigureTableModel(ReferenceFigureStore *store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    connect(m_store, &ReferenceFigureStore::figuresChanged, this, &ReferenceFigureTableModel::reload);
    reload();
}

void ReferenceFigureTableModel::reload()
{
    beginResetModel();
    m_figures = m_store->all();
    endResetModel();
}

bool ReferenceFigureTableModel::replace(const QList<ReferenceFigure> &before, const QList<ReferenceFigure> &after, const QString &text)
{
    auto *command = new ReplaceReferenceFiguresCommand(m_store, before, after, text);
    if (!command->applyNow()) {
        delete command;
        m_error = m_store->errorString();
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command;
    return true;
}

int ReferenceFigureTableModel::rowOf(ReferenceFigure::Kind kind, const QString &code, int year) const
{
    for (int i = 0; i < m_figures.size(); ++i) {
        const ReferenceFigure &f = m_figures.at(i);
        if (f.kind == kind && f.code == code && f.year == year)
            return i;
    }
    return -1;
}

QString ReferenceFigureTableModel::kindLabel(ReferenceFigure::Kind kind)
{
    switch (kind) {
    case ReferenceFigure::Kind::France: return tr("France");
    case ReferenceFigure::Kind::Region: return tr("Region");
    case ReferenceFigure::Kind::Department: return tr("Department");
    case ReferenceFigure::Kind::Territory: return tr("Whole territory");
    case ReferenceFigure::Kind::Epci: return tr("EPCI");
    case ReferenceFigure::Kind::Commune: return tr("Commune");
    }
    return {};
}

int ReferenceFigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int ReferenceFigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

Qt::ItemFlags ReferenceFigureTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant ReferenceFigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.size())
        return {};
    const ReferenceFigure &f = m_figures.at(index.row());
    const QLocale locale;
    auto count = [&](const std::optional<qint64> &v) -> QVariant {
        if (!v)
            return role == Qt::EditRole ? QVariant(QString()) : QVariant();
        return role == Qt::EditRole ? QVariant(*v) : QVariant(locale.toString(*v));
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Year && index.column() <= EssShare ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Kind: return role == Qt::EditRole ? ReferenceFigure::kindCode(f.kind) : kindLabel(f.kind);
    case Code: return f.code;
    case Name: return f.name;
    case Year: return f.year;
    case TotalEmployment: return count(f.totalEmployment);
    case PrivateEmployment: return count(f.privateEmployment);
    case EmployerEstablishments: return count(f.employerEstablishments);
    case EssJobs: return count(f.essJobs);
    case EssEstablishments: return count(f.essEstablishments);
    case EssShare:
        if (!f.essSharePct)
            return role == Qt::EditRole ? QVariant(QString()) : QVariant();
        return role == Qt::EditRole ? QVariant(*f.essSharePct) : QVariant(tr("%1 %").arg(locale.toString(*f.essSharePct, 'f', 1)));
    case Source: return f.source;
    }
    return {};
}

bool ReferenceFigureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_figures.size())
        return false;
    const ReferenceFigure before = m_figures.at(index.row());
    ReferenceFigure f = before;
    const QString text = value.toString().trimmed();
    const QLocale locale;
    auto parseCount = [&](std::optional<qint64> *target) {
        if (text.isEmpty()) {
            target->reset();
            return true;
        }
        bool ok = false;
        QString digits = text;
        digits.remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f));
        const qint64 v = digits.toLongLong(&ok);
        if (!ok || v < 0)
            return false;
        *target = v;
        return true;
    };
    bool ok = true;
    switch (index.column()) {
    case Kind: {
        const auto kind = ReferenceFigure::kindFromCode(text);
        ok = kind.has_value();
        if (ok)
            f.kind = *kind;
        break;
    }
    case Code:
        ok = !text.isEmpty();
        f.code = text;
        break;
    case Name: f.name = text; break;
    case Year:
        f.year = text.toInt(&ok);
        ok = ok && f.year >= 1900 && f.year <= 2100;
        break;
    case TotalEmployment: ok = parseCount(&f.totalEmployment); break;
    case PrivateEmployment: ok = parseCount(&f.privateEmployment); break;
    case EmployerEstablishments: ok = parseCount(&f.employerEstablishments); break;
    case EssJobs: ok = parseCount(&f.essJobs); break;
    case EssEstablishments: ok = parseCount(&f.essEstablishments); break;
    case EssShare:
        if (text.isEmpty()) {
            f.essSharePct.reset();
        } else {
            QString t = text;
            t.remove(QLatin1Char('%'));
            t = t.trimmed();
            double v = locale.toDouble(t, &ok);
            if (!ok)
                v = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            ok = ok && v >= 0 && v <= 100;
            if (ok)
                f.essSharePct = v;
        }
        break;
    case Source: f.source = text; break;
    }
    if (!ok) {
        m_error = tr("“%1” is not a valid value for %2.").arg(text, headerData(index.column(), Qt::Horizontal).toString());
        return false;
    }
    if (f == before)
        return true;
    const bool keyChanged = f.kind != before.kind || f.code != before.code || f.year != before.year;
    if (keyChanged && m_store->find(f.kind, f.code, f.year)) {
        m_error = tr("There are already figures for %1 %2 in %3.").arg(kindLabel(f.kind), f.code).arg(f.year);
        return false;
    }
    return replace({before}, {f}, tr("edit the reference figures of %1 %2").arg(f.name.isEmpty() ? f.code : f.name).arg(f.year));
}

QVariant ReferenceFigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Level");
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Year: return tr("Year");
    case TotalEmployment: return tr("Salaried employment");
    case PrivateEmployment: return tr("Private salaried employment");
    case EmployerEstablishments: return tr("Employer establishments");
    case EssJobs: return tr("ESS jobs (published)");
    case EssEstablishments: return tr("ESS establishments (published)");
    case EssShare: return tr("ESS share (published)");
    case Source: return tr("Source");
    }
    return {};
}
