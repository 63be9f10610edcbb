#pragma once

#include <QDialog>

class QLabel;
class QTableView;
class QUndoStack;
class ReferenceFigureStore;
class ReferenceFigureTableModel;

/// Edits the reference figures (employment totals and the ESS's published
/// figures per territory and year, with their source) and imports them
/// from CSV, Essaim's layout or URSSAF's open data, all or nothing.
class ReferenceFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    /// Every change goes through @p undoStack when one is given.
    explicit ReferenceFiguresDialog(ReferenceFigureStore *store, QUndoStack *undoStack = nullptr, QWidget *parent = nullptr);

    ReferenceFigureTableModel *model() const { return m_model; }
    /// Imports @p path; false (and a message) when the file is refused whole.
    bool importFile(const QString &path);
    void addFigure();
    void removeSelected();

private:
    ReferenceFigureStore *m_store;
    ReferenceFigureTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
};
