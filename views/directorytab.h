#pragma once

#include "models/domain/actor.h"

#include <functional>

#include "models/search/directorydrilldown.h"
#include "models/sync/writepolicy.h"

#include "models/domain/councilidentity.h"

#include <QWidget>

#include <optional>

class ActorForm;
class ActorStore;
class ActorTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;
class ReferenceStore;
class SectorStore;

/// The Annuaire tab: one search field and facet filters above the table of
/// actors, the count of matching actors, and the form of the selected actor
/// beside it. Every change goes through the undo stack.
class DirectoryTab : public QWidget
{
    Q_OBJECT

public:
    DirectoryTab(ActorStore *actors, SectorStore *sectors, ReferenceStore *references, QUndoStack *undoStack,
                 QWidget *parent = nullptr);
    ~DirectoryTab() override;

    QList<QAction *> actorActions() const;
    QAction *exportAction() const { return m_exportAction; }
    QAction *sectorsAction() const { return m_sectorsAction; }
    QAction *findAction() const { return m_findAction; }
    ActorTableModel *model() const { return m_model; }
    ActorForm *form() const { return m_form; }

    /// Applies pending valid changes of the form; false when the user chose
    /// to stay on an invalid record.
    bool settleForm();

    void newActor();
    void duplicateActor();
    void setCurrentArchived(bool archived);
    /// Exports the actors shown, in the format the user picks (CSV, vCard, GeoJSON, site).
    void exportDirectory();
    /// The identity the exported web site carries in its header.
    void setCouncilIdentity(const CouncilIdentity &identity) { m_councilIdentity = identity; }
    /// Who may change which actor (a shared server's roles): a change the
    /// policy refuses ends with its sentence; for a reader the actions that
    /// create are disabled too, and the sectors are the coordinator's.
    void setWritePolicy(const WritePolicy &policy);
    void editSectors();
    bool applyForm();
    void selectActor(qint64 id);
    /// Drill-down from the observatory: shows exactly these actors (current
    /// and archived), under a notice naming @p label with a button that
    /// lifts the restriction.
    void showActorIds(const QList<qint32> &ids, const QString &label);
    /// The same, with the facets of the drill-down set in the filter bar and
    /// the territory and year in the notice. Lifting the drill-down puts the
    /// filters back as they were before it (the archive filter too).
    void showDrillDown(const DirectoryDrillDown &request);
    void clearActorIds();

signals:
    void statusMessage(const QString &message);

private:
    void buildFilters(QWidget *bar);
    void buildRestrictionNotice();
    void setUpTable();
    QWidget *buildFormSide();
    void createActions();
    void connectSignals();
    void reloadFilterChoices();
    void updateFilter();
    void resetFilters();
    void updateCount(int count);
    void onCurrentRowChanged();
    void showActor(qint64 id);
    void onStoreChanged(qint64 id);
    void onStoreRemoved(qint64 id);
    /// Says above the form when the list does not show the actor it holds.
    void updateHiddenNotice();
    void updateActions();
    bool allowedToChange(const Actor &actor);
    WritePolicy m_policy;
    bool m_readOnly = false;
    void showHeaderMenu(const QPoint &pos);
    void saveHeaderState() const;
    void setFacet(QComboBox *combo, const QVariant &value);

    /// The filter bar as the user left it before a drill-down.
    struct SavedFilters
    {
        QString search;
        QList<QVariant> facets; ///< in the order of facetCombos()
    };
    QList<QComboBox *> facetCombos() const;

    ActorStore *m_actors;
    SectorStore *m_sectors;
    ReferenceStore *m_references;
    QUndoStack *m_undoStack;
    ActorTableModel *m_model;

    QLineEdit *m_search = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_epci = nullptr;
    QComboBox *m_commune = nullptr;
    QComboBox *m_employer = nullptr;
    QComboBox *m_interns = nullptr;
    QComboBox *m_charter = nullptr;
    QComboBox *m_archived = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_restrictionNotice = nullptr;
    QLabel *m_restrictionLabel = nullptr;
    QList<qint32> m_restrictedIds;
    QString m_restriction;
    std::optional<SavedFilters> m_beforeDrillDown;
    QTableView *m_table = nullptr;
    ActorForm *m_form = nullptr;
    QLabel *m_hiddenNotice = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_sectorsAction = nullptr;
    QAction *m_findAction = nullptr;

    CouncilIdentity m_councilIdentity;
    qint64 m_currentId = 0;
    bool m_currentArchived = false;
    bool m_settingSelection = false;
};
