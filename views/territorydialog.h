#pragma once

#include "models/domain/territoryspec.h"

#include <QDialog>

class TerritoryEditor;

/// The council's settings ▸ Territory: the pieces of the territory, changed
/// when an EPCI joins or two merge. Collects only; the window writes the
/// change through an undoable command.
class TerritoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TerritoryDialog(const QList<TerritorySpec> &specs, QWidget *parent = nullptr);

    QList<TerritorySpec> specs() const;
    TerritoryEditor *editor() const { return m_editor; }

private:
    TerritoryEditor *m_editor;
};
