#pragma once

#include "models/observatory/referencefigure.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoStack;
class ReferenceFigureStore;

/// The reference figures as an editable table: each edit is written to the
/// store at once (all or nothing) and the table reloads after the store
/// says so. Empty cells are unknown figures, not zeros.
class ReferenceFigureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Kind, Code, Name, Year, TotalEmployment, PrivateEmployment, EmployerEstablishments, EssJobs, EssEstablishments,
        EssShare, Source, ColumnCount
    };

    /// Edits go through @p undoStack when one is given.
    explicit ReferenceFigureTableModel(ReferenceFigureStore *store, QUndoStack *undoStack = nullptr, QObject *parent = nullptr);

    /// Removes @p before and writes @p after, as one undoable step.
    bool replace(const QList<ReferenceFigure> &before, const QList<ReferenceFigure> &after, const QString &text);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    ReferenceFigure figureAt(int row) const { return m_figures.value(row); }
    /// Row of a figure, -1 when absent.
    int rowOf(ReferenceFigure::Kind kind, const QString &code, int year) const;
    /// Kind label in the interface language.
    static QString kindLabel(ReferenceFigure::Kind kind);

    QString errorString() const { return m_error; }
    void clearError() { m_error.clear(); }

public slots:
    void reload();

private:
    ReferenceFigureStore *m_store;
    QUndoStack *m_undoStack;
    QList<ReferenceFigure> m_figures;
    QString m_error;
};
