#pragma once

#include "models/domain/territoryspec.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Chooses a council's territory as any mix of EPCIs, départements and
/// communes of the national list, found as one types (a name, a postcode, a
/// SIREN, an INSEE or département code), with the number of communes and
/// inhabitants of the result shown as pieces are added. Used by the new
/// council assistant and by the territory dialog.
class TerritoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TerritoryEditor(QWidget *parent = nullptr);

    QList<TerritorySpec> specs() const { return m_specs; }
    void setSpecs(const QList<TerritorySpec> &specs);
    int communeCount() const { return m_communeCount; }
    qint64 population() const { return m_population; }

signals:
    void specsChanged();

private:
    void search(const QString &text);
    void addCurrent();
    void removeCurrent();
    void refreshPieces();
    QString pieceLabel(const TerritorySpec &spec) const;

    QList<TerritorySpec> m_specs;
    int m_communeCount = 0;
    qint64 m_population = 0;
    QLineEdit *m_search;
    QListWidget *m_results;
    QListWidget *m_pieces;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_summary;
};
