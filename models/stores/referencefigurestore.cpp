#include "referencefigurestore.h"

#include "models/storage/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

template<typename T>
QVariant opt(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<qint64> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const char *const columns = "kind, code, year, name, total_employment, private_employment, employer_establishments, "
                            "ess_jobs, ess_establishments, ess_share_pct, source";

ReferenceFigure fromQuery(const QSqlQuery &q)
{
    ReferenceFigure f;
    f.kind = ReferenceFigure::kindFromCode(q.value(0).toString()).value_or(ReferenceFigure::Kind::Territory);
    f.code = q.value(1).toString();
    f.year = q.value(2).toInt();
    f.name = q.value(3).toString();
    f.totalEmployment = optInt(q.value(4));
    f.privateEmployment = optInt(q.value(5));
    f.employerEstablishments = optInt(q.value(6));
    f.essJobs = optInt(q.value(7));
    f.essEstablishments = optInt(q.value(8));
    if (!q.value(9).isNull())
        f.essSharePct = q.value(9).toDouble();
    f.source = q.value(10).toString();
    return f;
}

} // namespace

ReferenceFigureStore::ReferenceFigureStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

QList<ReferenceFigure> ReferenceFigureStore::all() const
{
    QList<ReferenceFigure> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM reference_figures ORDER BY CASE kind WHEN 'france' THEN 0 WHEN 'region' THEN 1 "
                             "WHEN 'department' THEN 2 WHEN 'territory' THEN 3 WHEN 'epci' THEN 4 ELSE 5 END, code, year")
                  .arg(QLatin1String(columns)));
    if (q.exec()) {
        while (q.next())
            out << fromQuery(q);
    }
    return out;
}

std::optional<ReferenceFigure> ReferenceFigureStore::find(ReferenceFigure::Kind kind, const QString &code, int year) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM reference_figures WHERE kind = ? AND code = ? AND year = ?").arg(QLatin1String(columns)));
    q.addBindValue(ReferenceFigure::kindCode(kind));
    q.addBindValue(code);
    q.addBindValue(year);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<ReferenceFigure> ReferenceFigureStore::nearest(ReferenceFigure::Kind kind, const QString &code, int year) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Years up to the one asked come first, the closest first; then later years.
    q.prepare(QStringLiteral("SELECT %1 FROM reference_figures WHERE kind = ? AND code = ? "
                             "ORDER BY year > ?, abs(year - ?) LIMIT 1")
                  .arg(QLatin1String(columns)));
    q.addBindValue(ReferenceFigure::kindCode(kind));
    q.addBindValue(code);
    q.addBindValue(year);
    q.addBindValue(year);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool ReferenceFigureStore::write(const ReferenceFigure &f)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO reference_figures(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(columns)));
    q.addBindValue(ReferenceFigure::kindCode(f.kind));
    q.addBindValue(f.code.isNull() ? QStringLiteral("") : f.code);
    q.addBindValue(f.year);
    q.addBindValue(f.name.isNull() ? QStringLiteral("") : f.name);
    q.addBindValue(opt(f.totalEmployment));
    q.addBindValue(opt(f.privateEmployment));
    q.addBindValue(opt(f.employerEstablishments));
    q.addBindValue(opt(f.essJobs));
    q.addBindValue(opt(f.essEstablishments));
    q.addBindValue(opt(f.essSharePct));
    q.addBindValue(f.source.isNull() ? QStringLiteral("") : f.source);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    return true;
}

bool ReferenceFigureStore::save(const ReferenceFigure &figure)
{
    return saveAll({figure});
}

bool ReferenceFigureStore::saveAll(const QList<ReferenceFigure> &figures)
{
    m_error.clear();
    {
        Transaction transaction(m_connectionName);
        if (!transaction.isActive()) {
            m_error = transaction.errorString();
            return false;
        }
        for (const ReferenceFigure &f : figures) {
            if (!write(f))
                return false;
        }
        if (!transaction.commit()) {
            m_error = transaction.errorString();
            return false;
        }
    }
    emit figuresChanged();
    return true;
}

bool ReferenceFigureStore::mergeAll(const QList<ReferenceFigure> &figures)
{
    return saveAll(merged(figures));
}

bool ReferenceFigureStore::replace(const QList<ReferenceFigure> &removed, const QList<ReferenceFigure> &written)
{
    m_error.clear();
    {
        Transaction transaction(m_connectionName);
        if (!transaction.isActive()) {
            m_error = transaction.errorString();
            return false;
        }
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("DELETE FROM reference_figures WHERE kind = ? AND code = ? AND year = ?"));
        for (const ReferenceFigure &f : removed) {
            q.addBindValue(ReferenceFigure::kindCode(f.kind));
            q.addBindValue(f.code);
            q.addBindValue(f.year);
            if (!q.exec()) {
                m_error = q.lastError().databaseText();
                return false;
            }
        }
        for (const ReferenceFigure &f : written) {
            if (!write(f))
                return false;
        }
        if (!transaction.commit()) {
            m_error = transaction.errorString();
            return false;
        }
    }
    emit figuresChanged();
    return true;
}

QList<ReferenceFigure> ReferenceFigureStore::merged(const QList<ReferenceFigure> &figures) const
{
    QList<ReferenceFigure> merged;
    for (ReferenceFigure f : figures) {
        if (const auto old = find(f.kind, f.code, f.year)) {
            if (f.name.isEmpty())
                f.name = old->name;
            if (!f.totalEmployment)
                f.totalEmployment = old->totalEmployment;
            if (!f.privateEmployment)
                f.privateEmployment = old->privateEmployment;
            if (!f.employerEstablishments)
                f.employerEstablishments = old->employerEstablishments;
            if (!f.essJobs)
                f.essJobs = old->essJobs;
            if (!f.essEstablishments)
                f.essEstablishments = old->essEstablishments;
            if (!f.essSharePct)
                f.essSharePct = old->essSharePct;
            if (f.source.isEmpty())
                f.source = old->source;
            else if (!old->source.isEmpty() && old->source != f.source)
                f.source = old->source + QStringLiteral(" ; ") + f.source;
        }
        merged << f;
    }
    return merged;
}

bool ReferenceFigureStore::remove(ReferenceFigure::Kind kind, const QString &code, int year)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM reference_figures WHERE kind = ? AND code = ? AND year = ?"));
    q.addBindValue(ReferenceFigure::kindCode(kind));
    q.addBindValue(code);
    q.addBindValue(year);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    emit figuresChanged();
    return true;
}
