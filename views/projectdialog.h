#pragma once

#include "models/domain/callforprojects.h"
#include "models/domain/commune.h"
#include "models/domain/need.h"
#include "models/domain/sector.h"
#include "models/stores/projectstore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

/// The project sheet: what the project is and the need it answers, its
/// holders and accompanying actors, its journal with next steps, and its
/// funding requests. Works on a snapshot; the tab turns the result into one
/// undoable change.
class ProjectDialog : public QDialog
{
    Q_OBJECT

public:
    struct Lists {
        QList<Sector> sectors;
        QList<Commune> communes;
        QList<Need> needs;
        QList<CallForProjects> calls;
    };

    ProjectDialog(ProjectStore *store, const Lists &lists, const ProjectStore::Snapshot &snapshot, QWidget *parent = nullptr);

    /// The project as the sheet now says; valid after accept().
    ProjectStore::Snapshot snapshot() const { return m_result; }

    void accept() override;

    /// Shows the sheet without a way to change it (a reader of the shared
    /// server, a project outside a contributor's territory), @p why under it.
    void setReadOnly(const QString &why);

private:
    QWidget *buildGeneralPage();
    QWidget *buildPeoplePage();
    QWidget *buildJournalPage();
    QWidget *buildFundingPage();
    void load(const ProjectStore::Snapshot &snapshot);
    void addHolder(qint64 contactId, const QString &name);
    void addAccompanier(qint64 actorId, const QString &name, const QString &role);
    void addJournalRow(const ProjectInteraction &interaction);
    void addFundingRow(const FundingRequest &request);
    void createHolder();
    bool readJournal(QList<ProjectInteraction> *entries, QString *error) const;
    bool readFunding(QList<FundingRequest> *requests, QString *error) const;

    ProjectStore *m_store;
    Lists m_lists;
    ProjectStore::Snapshot m_original;
    ProjectStore::Snapshot m_result;

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_need = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_commune = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_stage = nullptr;
    QSpinBox *m_jobsExpected = nullptr;
    QSpinBox *m_jobsCreated = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QListWidget *m_holders = nullptr;
    QTableWidget *m_accompaniers = nullptr;
    QTableWidget *m_journal = nullptr;
    QTableWidget *m_funding = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QWidget *m_pages = nullptr;
};
