#pragma once

#include "models/interchange/actorimporter.h"
#include "models/interchange/importmapping.h"
#include "models/interchange/importsource.h"
#include "models/interchange/tabularfile.h"

#include <QWizard>

class ActorStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QUndoStack;

/// The import wizard (Directory > Import…): the files and their kind; for a
/// spreadsheet, the encoding and separator as detected (and changeable), a
/// preview of the first rows as they will be read and the editable column
/// mapping with saved presets; the value mapping (each value the directory
/// does not know, mapped to an existing one, created or left empty, saved
/// with the preset); then the check, which is a dry run: counts,
/// rejected rows (exportable), changes since the last register import, and
/// the duplicates with a choice for all or per row; finally the import in
/// one transaction with a progress bar and cancel, pushed on the undo stack.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPage, ReadingPage, ValuesPage, CheckPage, ImportPage };

    ImportWizard(ActorStore *actors, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setFiles(const QStringList &paths);
    QStringList files() const { return m_files; }
    ImportSource::Format format() const;
    const ActorImporter::Plan &plan() const { return m_plan; }
    bool imported() const { return m_imported; }

    int nextId() const override;
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *createFilesPage();
    QWizardPage *createReadingPage();
    QWizardPage *createValuesPage();
    QWizardPage *createCheckPage();
    // The check page's sections, each hidden when it has no row.
    QWidget *createDuplicatesBox(QWidget *page);
    QWidget *createRejectedBox(QWidget *page);
    QWidget *createClassificationBox(QWidget *page);
    QWizardPage *createImportPage();

    void addFile();
    void removeFile();
    void reloadTable();
    void showPreview();
    void applyPreset();
    void savePreset();
    void readSource();
    /// Reads the file with the mapping to find the values the directory does not know.
    void findUnknownValues();
    void showUnknownValues();
    QComboBox *valueChoiceCombo(const CsvActorReader::UnknownValue &value);
    void runCheck();
    void showClassification();
    void overrideFamily(const QString &siren, const QString &family);
    void exportReport();
    void runImport();
    ImportSource::Options options() const;

    ActorStore *m_actors;
    QUndoStack *m_undoStack;
    QStringList m_files;
    TabularFile m_table;
    ImportMapping m_mapping;
    QList<ImportRecord> m_records;
    QList<RejectedRow> m_readRejected;
    QStringList m_notes;
    QList<RegisterEntry> m_aside;
    QList<CsvActorReader::UnknownValue> m_unknown;
    ActorImporter::Plan m_plan;
    QHash<int, ActorImporter::DuplicateMode> m_perRow;
    bool m_imported = false;
    bool m_cancelled = false;
    bool m_running = false;

    QListWidget *m_fileList = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QCheckBox *m_keepOutside = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_separatorCombo = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QTableWidget *m_valuesTable = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QLineEdit *m_presetName = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QTableWidget *m_duplicates = nullptr;
    QTableWidget *m_rejected = nullptr;
    QListWidget *m_changes = nullptr;
    QLabel *m_changesLabel = nullptr;
    QTableWidget *m_classification = nullptr;
    QLineEdit *m_overrideNote = nullptr;
    QWidget *m_classificationBox = nullptr;
    QWidget *m_duplicatesBox = nullptr;
    QWidget *m_rejectedBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_result = nullptr;
};
