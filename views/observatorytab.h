#pragma once

#include "models/sync/writepolicy.h"
#include "models/observatory/observatoryfilter.h"
#include "models/observatory/observatorystats.h"
#include "models/search/directorydrilldown.h"

#include "observatorycharts.h"

#include <QList>
#include <QWidget>

#include <memory>

class ActorStore;
class ChartPanel;
class ObservatoryEngine;
class ObservatoryStore;
class QAction;
class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QUndoStack;
class QVBoxLayout;
class ReferenceFigureStore;
class ReferenceStore;
class SectorStore;

/// The Observatoire tab: a year, a territory (whole, EPCI, commune, saved
/// list of communes) and filters; the key figures; the six charts with their
/// tables and exports; the reference figures; presentation mode. Figures
/// come from ObservatoryEngine::compute(), like "essaim stats".
class ObservatoryTab : public QWidget
{
    Q_OBJECT

public:
    ObservatoryTab(ActorStore *actors, SectorStore *sectors, ReferenceStore *references, ReferenceFigureStore *figures,
                   ObservatoryStore *observatory, QUndoStack *undoStack = nullptr, QWidget *parent = nullptr);
    ~ObservatoryTab() override;

    ObservatoryFilter filter() const;
    const ObservatoryStats &stats() const { return m_stats; }
    /// The engine behind the tab, its directory already read (for the portrait).
    ObservatoryEngine *engine() const { return m_engine.get(); }
    ChartPanel *panel(int index) const { return m_panels.value(index); }
    QList<ChartPanel *> panels() const { return m_panels; }
    QList<QAction *> actions() const;
    QAction *presentationAction() const { return m_presentationAction; }
    QAction *referenceFiguresAction() const { return m_referencesAction; }
    /// The reference figures and the lists of communes have no territory:
    /// only a shared server's coordinator changes them; for anyone else
    /// their actions are disabled with the policy's sentence.
    void setWritePolicy(const WritePolicy &policy);

    /// Where other capabilities add their block to the tab (the agenda's
    /// "mobilisation des acteurs"): a layout under the key figures.
    QVBoxLayout *extraArea() const { return m_extraArea; }

    /// Computes again now (tests; the tab otherwise waits until it is shown).
    /// The first view comes at once; the years of the evolution chart not
    /// read yet are read afterwards, one per turn of the event loop.
    void refresh();
    /// Reads the rest of the evolution now instead of in the background (tests).
    void finishEvolution();
    /// The year and territory chosen are remembered under @p key (the
    /// database's path) and chosen again when the tab opens on it.
    void rememberChoicesAs(const QString &key);
    void showPresentation();
    void editReferenceFigures();
    void editCommuneLists();

signals:
    /// The user clicked a bar: the directory should show exactly these actors.
    void drillDownRequested(const QList<qint32> &ids, const QString &label);
    /// The same click with the facets it stands for (family, sector, EPCI,
    /// commune), the territory and the year.
    void drillDown(const DirectoryDrillDown &request);
    void statusMessage(const QString &message);
    /// The Portrait du territoire of what the tab shows is asked for.
    void portraitRequested(const ObservatoryFilter &filter);
    /// The figures were computed again (stats() holds them).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildFilterBar(QWidget *bar);
    void createActions();
    QWidget *buildKeyFigures();
    QGridLayout *buildCharts();
    void connectStores();
    void reloadChoices();
    void markDirty();
    void updateKeyFigures();
    void updateWarnings();
    void readNextEvolutionYear();
    void saveChoices() const;
    void onDrillDown(ObservatoryCharts::Kind kind, const QList<qint32> &ids, const QString &label);

    ActorStore *m_actors;
    SectorStore *m_sectors;
    ReferenceStore *m_references;
    ReferenceFigureStore *m_figures;
    ObservatoryStore *m_observatory;
    QUndoStack *m_undoStack;
    std::unique_ptr<ObservatoryEngine> m_engine;
    ObservatoryStats m_stats;
    bool m_dirty = true;
    bool m_evolutionPending = false;
    QString m_choicesKey;

    QComboBox *m_year = nullptr;
    QComboBox *m_territory = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_compareYear = nullptr;
    QLabel *m_title = nullptr;
    QList<QLabel *> m_keyValues;
    QLabel *m_estimateNote = nullptr;
    QLabel *m_shareNote = nullptr;
    QFrame *m_warnings = nullptr;
    QVBoxLayout *m_warningList = nullptr;
    QVBoxLayout *m_extraArea = nullptr;
    QList<ChartPanel *> m_panels;
    QAction *m_presentationAction = nullptr;
    QAction *m_portraitAction = nullptr;
    QAction *m_referencesAction = nullptr;
    QAction *m_listsAction = nullptr;
};
