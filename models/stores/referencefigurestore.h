#pragma once

#include "models/observatory/referencefigure.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

/// The table of reference figures (territory, year, employment totals, the
/// ESS's published figures, source). Writes go in one transaction and are
/// announced after commit.
class ReferenceFigureStore : public QObject
{
    Q_OBJECT

public:
    explicit ReferenceFigureStore(const QString &connectionName, QObject *parent = nullptr);

    /// All figures, by kind, code, then year.
    QList<ReferenceFigure> all() const;
    std::optional<ReferenceFigure> find(ReferenceFigure::Kind kind, const QString &code, int year) const;
    /// The figure of @p year, else the latest before it, else the earliest
    /// after it: a share always says which year it rests on.
    std::optional<ReferenceFigure> nearest(ReferenceFigure::Kind kind, const QString &code, int year) const;

    /// Inserts or replaces (same kind, code and year).
    bool save(const ReferenceFigure &figure);
    /// Many figures in one transaction: all are written or none.
    bool saveAll(const QList<ReferenceFigure> &figures);
    /// An import: each figure given overrides the same territory and year,
    /// field by field; the fields it leaves empty keep what was stored (an
    /// URSSAF file has no total employment and must not erase it).
    bool mergeAll(const QList<ReferenceFigure> &figures);
    /// What mergeAll() would write: each figure completed with the stored one.
    QList<ReferenceFigure> merged(const QList<ReferenceFigure> &figures) const;
    /// Removes the figures of @p removed (by territory and year) then writes
    /// @p written, in one transaction: the step an undo command replays.
    bool replace(const QList<ReferenceFigure> &removed, const QList<ReferenceFigure> &written);
    bool remove(ReferenceFigure::Kind kind, const QString &code, int year);

    QString errorString() const { return m_error; }

signals:
    void figuresChanged();

private:
    bool write(const ReferenceFigure &figure);

    QString m_connectionName;
    QString m_error;
};
