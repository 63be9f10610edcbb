#include "importwizard.h"

#include "models/domain/essfamily.h"
#include "models/interchange/importfield.h"
#include "models/stores/actorstore.h"
#include "models/stores/importstore.h"
#include "models/stores/sectorstore.h"
#include "models/undo/importactorscommand.h"
#include "prompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const int PreviewRows = 20;

QString modeLabel(ActorImporter::DuplicateMode mode)
{
    switch (mode) {
    case ActorImporter::DuplicateMode::Skip: return ImportWizard::tr("Skip");
    case ActorImporter::DuplicateMode::UpdateEmpty: return ImportWizard::tr("Update empty fields");
    case ActorImporter::DuplicateMode::Overwrite: return ImportWizard::tr("Overwrite");
    case ActorImporter::DuplicateMode::Create: return ImportWizard::tr("Create anyway");
    }
    return {};
}

void fillModes(QComboBox *combo)
{
    for (auto mode : {ActorImporter::DuplicateMode::Skip, ActorImporter::DuplicateMode::UpdateEmpty,
                      ActorImporter::DuplicateMode::Overwrite, ActorImporter::DuplicateMode::Create})
        combo->addItem(modeLabel(mode), int(mode));
}
} // namespace

ImportWizard::ImportWizard(ActorStore *actors, QUndoStack *undoStack, QWidget *parent)
    : QWizard(parent)
    , m_actors(actors)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import actors"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilesPage, createFilesPage());
    setPage(ReadingPage, createReadingPage());
    setPage(ValuesPage, createValuesPage());
    setPage(CheckPage, createCheckPage());
    setPage(ImportPage, createImportPage());
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(980, 680);
}

QWizardPage *ImportWizard::createFilesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Files to import"));
    page->setSubTitle(tr("A spreadsheet saved as CSV or TSV, the two SIRENE stock files together, or RNA files."));
    m_fileList = new QListWidget(page);
    m_fileList->setObjectName(QStringLiteral("fileList"));
    auto *add = new QPushButton(tr("&Add a file…"), page);
    add->setObjectName(QStringLiteral("addFileButton"));
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeFileButton"));
    connect(add, &QPushButton::clicked, this, &ImportWizard::addFile);
    connect(remove, &QPushButton::clicked, this, &ImportWizard::removeFile);
    m_formatCombo = new QComboBox(page);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->addItem(tr("Spreadsheet (CSV, TSV)"), int(ImportSource::Format::Csv));
    m_formatCombo->addItem(tr("SIRENE (StockUniteLegale and StockEtablissement)"), int(ImportSource::Format::Sirene));
    m_formatCombo->addItem(tr("RNA (rna_waldec, rna_import)"), int(ImportSource::Format::Rna));
    m_keepOutside = new QCheckBox(tr("Also keep the associations outside the territory"), page);
    m_keepOutside->setObjectName(QStringLiteral("keepOutsideCheck"));
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_keepOutside->setEnabled(format() == ImportSource::Format::Rna); });
    m_keepOutside->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_fileList, 1);
    row->addLayout(buttons);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind of file:"), m_formatCombo);
    form->addRow(QString(), m_keepOutside);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addLayout(form);
    return page;
}

QWizardPage *ImportWizard::createReadingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("How the file is read"));
    page->setSubTitle(tr("Check the first rows as they will be read, and which field each column fills."));
    m_detectedLabel = new QLabel(page);
    m_detectedLabel->setObjectName(QStringLiteral("detectedLabel"));
    m_detectedLabel->setWordWrap(true);
    m_encodingCombo = new QComboBox(page);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    for (TextDecoder::Encoding e : TextDecoder::encodings())
        m_encodingCombo->addItem(TextDecoder::name(e), int(e));
    m_separatorCombo = new QComboBox(page);
    m_separatorCombo->setObjectName(QStringLiteral("separatorCombo"));
    for (const QChar c : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')})
        m_separatorCombo->addItem(TabularFile::separatorName(c), QString(c));
    connect(m_encodingCombo, &QComboBox::activated, this, &ImportWizard::reloadTable);
    connect(m_separatorCombo, &QComboBox::activated, this, &ImportWizard::reloadTable);

    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_mappingTable = new QTableWidget(page);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Fills the field")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_presetCombo = new QComboBox(page);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    auto *apply = new QPushButton(tr("A&pply"), page);
    apply->setObjectName(QStringLiteral("applyPresetButton"));
    connect(apply, &QPushButton::clicked, this, &ImportWizard::applyPreset);
    m_presetName = new QLineEdit(page);
    m_presetName->setObjectName(QStringLiteral("presetNameEdit"));
    m_presetName->setPlaceholderText(tr("Name of the mapping, e.g. CRESS"));
    auto *save = new QPushButton(tr("&Save the mapping"), page);
    save->setObjectName(QStringLiteral("savePresetButton"));
    connect(save, &QPushButton::clicked, this, &ImportWizard::savePreset);

    auto *reading = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), page);
    encodingLabel->setBuddy(m_encodingCombo);
    reading->addWidget(encodingLabel);
    reading->addWidget(m_encodingCombo);
    auto *sepLabel = new QLabel(tr("Se&parator:"), page);
    sepLabel->setBuddy(m_separatorCombo);
    reading->addWidget(sepLabel);
    reading->addWidget(m_separatorCombo);
    reading->addStretch();
    auto *presets = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("Saved &mappings:"), page);
    presetLabel->setBuddy(m_presetCombo);
    presets->addWidget(presetLabel);
    presets->addWidget(m_presetCombo, 1);
    presets->addWidget(apply);
    presets->addSpacing(12);
    presets->addWidget(m_presetName, 1);
    presets->addWidget(save);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_detectedLabel);
    layout->addLayout(reading);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_mappingTable, 3);
    layout->addLayout(presets);
    return page;
}

QWizardPage *ImportWizard::createValuesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Values the directory does not know"));
    page->setSubTitle(tr("No row is rejected for them: choose for each value an existing one, a new sector, or to leave the field empty "
                         "(the file's text then goes to the actor's notes). The choices are saved with the mapping."));
    m_valuesTable = new QTableWidget(page);
    m_valuesTable->setObjectName(QStringLiteral("valuesTable"));
    m_valuesTable->setColumnCount(4);
    m_valuesTable->setHorizontalHeaderLabels({tr("Field"), tr("Value in the file"), tr("Rows"), tr("Becomes")});
    m_valuesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_valuesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_valuesTable->verticalHeader()->hide();
    m_valuesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *save = new QPushButton(tr("&Save the mapping with these choices"), page);
    save->setObjectName(QStringLiteral("saveValuesPresetButton"));
    connect(save, &QPushButton::clicked, this, &ImportWizard::savePreset);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_valuesTable, 1);
    layout->addWidget(save, 0, Qt::AlignRight);
    return page;
}

QComboBox *ImportWizard::valueChoiceCombo(const CsvActorReader::UnknownValue &value)
{
    using Choice = ImportMapping::ValueChoice;
    auto *combo = new QComboBox(m_valuesTable);
    const auto add = [combo](const QString &label, Choice::Kind kind, const QString &target) {
        combo->addItem(label, QStringList{QString::number(int(kind)), target});
    };
    add(tr("Leave empty (text kept in the notes)"), Choice::Kind::LeaveEmpty, QString());
    const ImportContext context = ImportStore(m_actors->connectionName()).context();
    if (value.field == QLatin1String("sector")) {
        add(tr("New sector “%1”").arg(value.value), Choice::Kind::CreateNew, value.value);
        for (const Sector &sector : SectorStore(m_actors->connectionName()).all())
            add(sector.name, Choice::Kind::Existing, sector.name);
    } else if (value.field == QLatin1String("family")) {
        for (const QString &code : EssFamily::codes())
            add(EssFamily::label(code), Choice::Kind::Existing, code);
    } else if (value.field == QLatin1String("legal_category")) {
        QStringList codes = context.categoryLabels.keys();
        std::sort(codes.begin(), codes.end());
        for (const QString &code : std::as_const(codes))
            add(tr("%1 %2").arg(code, context.categoryLabels.value(code)), Choice::Kind::Existing, code);
    } else if (value.field == QLatin1String("commune")) {
        for (const Commune &c : context.communes)
            add(c.name, Choice::Kind::Existing, c.insee);
    } else if (value.field == QLatin1String("postcode")) {
        QStringList postcodes;
        for (const Commune &c : context.communes)
            postcodes << c.postcodes;
        postcodes.removeDuplicates();
        std::sort(postcodes.begin(), postcodes.end());
        for (const QString &p : std::as_const(postcodes))
            add(p, Choice::Kind::Existing, p);
    }
    if (const auto chosen = m_mapping.valueChoice(value.field, value.value)) {
        const int index = combo->findData(QStringList{QString::number(int(chosen->kind)), chosen->value});
        combo->setCurrentIndex(std::max(0, index));
    }
    connect(combo, &QComboBox::activated, this, [this, combo, value] {
        const QStringList data = combo->currentData().toStringList();
        m_mapping.setValueChoice(value.field, value.value, Choice{Choice::Kind(data.value(0).toInt()), data.value(1)});
    });
    return combo;
}

void ImportWizard::findUnknownValues()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportMapping withoutChoices = m_mapping;
    withoutChoices.clearValueChoices();
    ImportSource::Options o = options();
    o.mappings.insert(m_files.first(), withoutChoices);
    QList<ImportRecord> records;
    QList<RejectedRow> rejected;
    ImportSource source;
    source.read(m_files, o, ImportStore(m_actors->connectionName()).context(), &records, &rejected);
    m_unknown = source.unknownValues();
    QApplication::restoreOverrideCursor();
}

void ImportWizard::showUnknownValues()
{
    m_valuesTable->setRowCount(int(m_unknown.size()));
    for (int r = 0; r < m_unknown.size(); ++r) {
        const CsvActorReader::UnknownValue &u = m_unknown.at(r);
        m_valuesTable->setItem(r, 0, new QTableWidgetItem(ImportField::label(u.field)));
        m_valuesTable->setItem(r, 1, new QTableWidgetItem(u.value));
        auto *rows = new QTableWidgetItem(QLocale().toString(u.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_valuesTable->setItem(r, 2, rows);
        QComboBox *combo = valueChoiceCombo(u);
        combo->setObjectName(QStringLiteral("valueCombo_%1").arg(r));
        m_valuesTable->setCellWidget(r, 3, combo);
    }
    m_valuesTable->resizeColumnToContents(0);
    m_valuesTable->resizeColumnToContents(2);
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check before importing"));
    page->setSubTitle(tr("Nothing is written yet: this is a dry run. Choose what to do with the actors already in the directory."));
    page->setCommitPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_changes = new QListWidget(page);
    m_changes->setObjectName(QStringLiteral("changesList"));
    // Sections without rows are hidden, so the ones that matter get the room.
    m_duplicatesBox = createDuplicatesBox(page);
    m_rejectedBox = createRejectedBox(page);
    m_classificationBox = createClassificationBox(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_duplicatesBox, 2);
    layout->addWidget(m_rejectedBox, 2);
    layout->addWidget(m_classificationBox, 2);
    // A spreadsheet has no register, and a register with no news has nothing to list.
    m_changesLabel = new QLabel(tr("Changes since the last import of the register:"), page);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 1);
    return page;
}

QWidget *ImportWizard::createDuplicatesBox(QWidget *page)
{
    m_modeCombo = new QComboBox(page);
    m_modeCombo->setObjectName(QStringLiteral("duplicateModeCombo"));
    fillModes(m_modeCombo);
    connect(m_modeCombo, &QComboBox::activated, this, [this] {
        m_perRow.clear();
        runCheck();
    });
    m_duplicates = new QTableWidget(page);
    m_duplicates->setObjectName(QStringLiteral("duplicatesTable"));
    m_duplicates->setColumnCount(4);
    m_duplicates->setHorizontalHeaderLabels({tr("Line"), tr("In the file"), tr("Already in the directory"), tr("Action")});
    m_duplicates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_duplicates->verticalHeader()->hide();
    m_duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *box = new QWidget(page);
    auto *modeRow = new QHBoxLayout;
    auto *modeLabelWidget = new QLabel(tr("For every &duplicate:"), page);
    modeLabelWidget->setBuddy(m_modeCombo);
    modeRow->addWidget(modeLabelWidget);
    modeRow->addWidget(m_modeCombo);
    modeRow->addStretch();
    auto *duplicatesLayout = new QVBoxLayout(box);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->addLayout(modeRow);
    duplicatesLayout->addWidget(m_duplicates);
    return box;
}

QWidget *ImportWizard::createRejectedBox(QWidget *page)
{
    m_rejected = new QTableWidget(page);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setColumnCount(3);
    m_rejected->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason")});
    m_rejected->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("&Export the rejected rows…"), page);
    exportButton->setObjectName(QStringLiteral("exportReportButton"));
    connect(exportButton, &QPushButton::clicked, this, &ImportWizard::exportReport);
    auto *box = new QWidget(page);
    auto *rejectRow = new QHBoxLayout;
    rejectRow->addWidget(new QLabel(tr("Rejected rows and warnings:"), page));
    rejectRow->addStretch();
    rejectRow->addWidget(exportButton);
    auto *rejectedLayout = new QVBoxLayout(box);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    rejectedLayout->addLayout(rejectRow);
    rejectedLayout->addWidget(m_rejected);
    return box;
}

QWidget *ImportWizard::createClassificationBox(QWidget *page)
{
    // Registers: each unit's family with its reason, and a choice by hand.
    auto *box = new QWidget(page);
    m_classification = new QTableWidget(box);
    m_classification->setObjectName(QStringLiteral("classificationTable"));
    m_classification->setColumnCount(4);
    m_classification->setHorizontalHeaderLabels({tr("Name"), tr("Number"), tr("ESS family"), tr("Why")});
    m_classification->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_classification->verticalHeader()->hide();
    m_classification->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overrideNote = new QLineEdit(box);
    m_overrideNote->setObjectName(QStringLiteral("overrideNoteEdit"));
    m_overrideNote->setPlaceholderText(tr("Why the family is chosen by hand (e.g. SCIC in SAS form)"));
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note for a family chosen by hand:"), box);
    noteLabel->setBuddy(m_overrideNote);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_overrideNote, 1);
    auto *classLayout = new QVBoxLayout(box);
    classLayout->setContentsMargins(0, 0, 0, 0);
    classLayout->addWidget(new QLabel(tr("Units kept and their ESS family:"), box));
    classLayout->addWidget(m_classification);
    classLayout->addLayout(noteRow);
    return box;
}

QWizardPage *ImportWizard::createImportPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Import"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_cancelButton = new QPushButton(tr("&Cancel the import"), page);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancelled = true; });
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch();
    return page;
}

ImportSource::Format ImportWizard::format() const
{
    return ImportSource::Format(m_formatCombo->currentData().toInt());
}

void ImportWizard::setFiles(const QStringList &paths)
{
    m_files = paths;
    m_fileList->clear();
    for (const QString &p : paths)
        m_fileList->addItem(QDir::toNativeSeparators(p));
    const ImportSource::Format guessed = ImportSource::guessFormat(paths);
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(guessed)));
}

void ImportWizard::addFile()
{
    const QString dir = QSettings().value(QStringLiteral("import/lastFolder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = Prompter::openFileName(this, tr("Add a file to import"), dir,
                                                tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    setFiles(m_files + QStringList{path});
}

void ImportWizard::removeFile()
{
    const int row = m_fileList->currentRow();
    if (row < 0)
        return;
    QStringList files = m_files;
    files.removeAt(row);
    setFiles(files);
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilesPage: return format() == ImportSource::Format::Csv && m_files.size() == 1 ? ReadingPage : CheckPage;
    case ReadingPage: return m_unknown.isEmpty() ? CheckPage : ValuesPage;
    case ValuesPage: return CheckPage;
    case CheckPage: return ImportPage;
    default: return -1;
    }
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilesPage) {
        if (m_files.isEmpty()) {
            Prompter::warning(this, tr("Import actors"), tr("Add at least one file to import."));
            return false;
        }
        if (format() == ImportSource::Format::Csv && m_files.size() == 1) {
            TabularFile file;
            if (!file.load(m_files.first())) {
                Prompter::warning(this, tr("Import actors"), file.errorString());
                return false;
            }
        }
        return true;
    }
    if (currentId() == ReadingPage && m_mapping.column(QStringLiteral("name")) < 0) {
        Prompter::warning(this, tr("Import actors"), tr("Choose the column that holds the name of the structure."));
        return false;
    }
    if (currentId() == ReadingPage)
        findUnknownValues();
    if (currentId() == CheckPage && m_plan.report.created + m_plan.report.updated == 0) {
        Prompter::warning(this, tr("Import actors"), tr("There is nothing to import: every row is skipped or rejected."));
        return false;
    }
    return true;
}

void ImportWizard::initializePage(int id)
{
    if (id == ReadingPage) {
        TabularFile::Options none;
        m_table.load(m_files.first(), none);
        m_encodingCombo->setCurrentIndex(m_encodingCombo->findData(int(m_table.encoding())));
        m_separatorCombo->setCurrentIndex(m_separatorCombo->findData(QString(m_table.separator())));
        m_mapping = ImportMapping::guess(m_table.header());
        m_presetCombo->clear();
        m_presetCombo->addItems(ImportStore(m_actors->connectionName()).presetNames());
        showPreview();
    } else if (id == ValuesPage) {
        showUnknownValues();
    } else if (id == CheckPage) {
        m_perRow.clear();
        // A register's news (a closure, a new band) reaches known actors by default.
        const auto mode = format() == ImportSource::Format::Csv ? ActorImporter::DuplicateMode::Skip
                                                                : ActorImporter::DuplicateMode::UpdateEmpty;
        m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
        readSource();
    } else if (id == ImportPage) {
        runImport();
    }
}

void ImportWizard::readSource()
{
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ImportStore store(m_actors->connectionName());
        m_records.clear();
        m_readRejected.clear();
        ImportSource source;
        const bool ok = source.read(m_files, options(), store.context(), &m_records, &m_readRejected);
        QApplication::restoreOverrideCursor();
        m_notes = source.notes();
        m_aside = source.asideEntries();
        if (!ok) {
            m_records.clear();
            m_plan = {};
            m_summary->setText(source.errorString() + QLatin1Char(' ') + tr("Nothing will be imported."));
            m_duplicates->setRowCount(0);
            m_rejected->setRowCount(0);
            m_changes->clear();
            m_classificationBox->hide();
            return;
        }
        runCheck();
    }
}

ImportSource::Options ImportWizard::options() const
{
    ImportSource::Options o;
    o.format = format();
    o.keepOutsideTerritory = m_keepOutside->isChecked();
    if (o.format == ImportSource::Format::Csv && m_files.size() == 1) {
        o.encoding = TextDecoder::Encoding(m_encodingCombo->currentData().toInt());
        o.separator = m_separatorCombo->currentData().toString().at(0);
        o.mappings.insert(m_files.first(), m_mapping);
    }
    return o;
}

void ImportWizard::reloadTable()
{
    TabularFile::Options o;
    o.encoding = TextDecoder::Encoding(m_encodingCombo->currentData().toInt());
    o.separator = m_separatorCombo->currentData().toString().at(0);
    if (!m_table.load(m_files.first(), o)) {
        m_detectedLabel->setText(m_table.errorString());
        return;
    }
    if (m_mapping.header() != m_table.header())
        m_mapping = ImportMapping::guess(m_table.header());
    showPreview();
}

void ImportWizard::showPreview()
{
    m_detectedLabel->setText(tr("Read as %1, columns separated by %2.").arg(TextDecoder::name(m_table.encoding()),
                                                                           TabularFile::separatorName(m_table.separator()))
                             + (m_table.warnings().isEmpty() ? QString() : QLatin1Char(' ') + m_table.warnings().join(QLatin1Char(' '))));
    const QStringList header = m_table.header();
    const auto rows = m_table.preview(PreviewRows);
    m_preview->clear();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setRowCount(int(rows.size()));
    m_preview->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r) {
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(rows.at(r).first)));
        for (int c = 0; c < rows.at(r).second.size() && c < header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r).second.at(c)));
    }
    // Each column as wide as what it shows, up to about forty characters: a
    // name or an address is read whole, a long description stays one cell.
    // (The table is not laid out yet when the page is entered: its own
    // width cannot say.)
    m_preview->resizeColumnsToContents();
    const int widest = m_preview->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), widest));

    m_mappingTable->setRowCount(int(header.size()));
    const QStringList codes = ImportField::codes();
    for (int c = 0; c < header.size(); ++c) {
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(header.at(c)));
        m_mappingTable->setItem(c, 1, new QTableWidgetItem(rows.isEmpty() ? QString() : rows.first().second.value(c)));
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("mappingCombo_%1").arg(c));
        combo->addItem(tr("(not imported)"), QString());
        for (const QString &code : codes)
            combo->addItem(ImportField::label(code), code);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.field(c))));
        connect(combo, &QComboBox::activated, this, [this, c, combo] {
            m_mapping.setField(c, combo->currentData().toString());
            // A field taken from another column shows there too.
            for (int other = 0; other < m_mappingTable->rowCount(); ++other) {
                auto *w = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(other, 2));
                if (w && other != c)
                    w->setCurrentIndex(std::max(0, w->findData(m_mapping.field(other))));
            }
        });
        m_mappingTable->setCellWidget(c, 2, combo);
    }
}

void ImportWizard::applyPreset()
{
    const QByteArray json = ImportStore(m_actors->connectionName()).preset(m_presetCombo->currentText());
    if (json.isEmpty())
        return;
    m_mapping = ImportMapping::fromJson(json, m_table.header());
    showPreview();
}

void ImportWizard::savePreset()
{
    const QString name = m_presetName->text().trimmed();
    if (name.isEmpty()) {
        Prompter::warning(this, tr("Save the mapping"), tr("Give the mapping a name first, for instance the partner who sends the file."));
        return;
    }
    ImportStore store(m_actors->connectionName());
    if (!store.savePreset(name, m_mapping.toJson())) {
        Prompter::warning(this, tr("Save the mapping"), tr("The mapping could not be saved (%1).").arg(store.errorString()));
        return;
    }
    m_presetCombo->clear();
    m_presetCombo->addItems(store.presetNames());
    m_presetCombo->setCurrentText(name);
}

void ImportWizard::runCheck()
{
    ActorImporter importer(m_actors);
    m_plan = importer.plan(m_records, m_readRejected, ActorImporter::DuplicateMode(m_modeCombo->currentData().toInt()), m_perRow);
    m_plan.format = ImportSource::formatName(format());
    m_plan.files = m_files;
    m_plan.report.dryRun = true;
    m_plan.report.notes = m_notes + m_plan.report.notes;
    // The notes of the reading, then the rows given twice; a long list is cut.
    const QStringList &notes = m_plan.report.notes;
    QStringList shown = notes.mid(0, 8);
    if (notes.size() > shown.size())
        shown << tr("… and %n more.", nullptr, int(notes.size() - shown.size()));
    m_summary->setText(tr("If you import now: %1").arg(m_plan.report.summary().section(QStringLiteral(": "), 1))
                       + (shown.isEmpty() ? QString() : QLatin1Char('\n') + shown.join(QLatin1Char('\n'))));

    m_duplicates->setRowCount(0);
    for (const ActorImporter::Row &row : std::as_const(m_plan.rows)) {
        if (!row.existingId)
            continue;
        const ImportRecord &record = m_plan.records.at(row.record);
        const int r = m_duplicates->rowCount();
        m_duplicates->insertRow(r);
        m_duplicates->setItem(r, 0, new QTableWidgetItem(QString::number(record.line)));
        m_duplicates->setItem(r, 1, new QTableWidgetItem(record.actor.name));
        m_duplicates->setItem(r, 2, new QTableWidgetItem(tr("%1 (%2)").arg(row.existingName, DuplicateIndex::reasonText(row.reason))));
        auto *combo = new QComboBox(m_duplicates);
        combo->setObjectName(QStringLiteral("duplicateCombo_%1").arg(r));
        fillModes(combo);
        combo->setCurrentIndex(combo->findData(int(row.mode)));
        const int index = row.record;
        connect(combo, &QComboBox::activated, this, [this, index, combo] {
            m_perRow.insert(index, ActorImporter::DuplicateMode(combo->currentData().toInt()));
            // Later signals would reach a deleted combo: rebuild once back in the loop.
            QMetaObject::invokeMethod(this, &ImportWizard::runCheck, Qt::QueuedConnection);
        });
        m_duplicates->setCellWidget(r, 3, combo);
    }
    // Rejected rows first, then the fields left empty (imported with a warning).
    const QList<RejectedRow> &rejected = m_plan.report.rejectedRows;
    const QList<RejectedRow> &warned = m_plan.report.warningRows;
    m_rejected->setRowCount(int(rejected.size() + warned.size()));
    for (int r = 0; r < m_rejected->rowCount(); ++r) {
        const bool warning = r >= rejected.size();
        const RejectedRow &row = warning ? warned.at(r - rejected.size()) : rejected.at(r);
        m_rejected->setItem(r, 0, new QTableWidgetItem(QFileInfo(row.file).fileName()));
        m_rejected->setItem(r, 1, new QTableWidgetItem(QString::number(row.line)));
        m_rejected->setItem(r, 2, new QTableWidgetItem(warning ? tr("Imported, with a warning: %1").arg(row.reason) : row.reason));
    }
    m_rejected->resizeRowsToContents();
    m_duplicatesBox->setVisible(m_duplicates->rowCount() > 0);
    m_rejectedBox->setVisible(m_rejected->rowCount() > 0);
    m_changes->clear();
    for (const RegisterChange &change : std::as_const(m_plan.report.changes))
        m_changes->addItem(ImportReport::describe(change));
    m_changesLabel->setVisible(m_changes->count() > 0);
    m_changes->setVisible(m_changes->count() > 0);
    showClassification();
}

void ImportWizard::showClassification()
{
    m_classification->setRowCount(0);
    const bool sirene = format() == ImportSource::Format::Sirene;
    QList<RegisterEntry> entries;
    for (const ImportRecord &record : std::as_const(m_plan.records)) {
        if (record.entry)
            entries << *record.entry;
    }
    entries << m_aside;
    for (const RegisterEntry &entry : std::as_const(entries)) {
        const int r = m_classification->rowCount();
        m_classification->insertRow(r);
        m_classification->setItem(r, 0, new QTableWidgetItem(entry.name));
        m_classification->setItem(r, 1, new QTableWidgetItem(entry.key));
        m_classification->setItem(r, 3, new QTableWidgetItem(entry.familyReason));
        if (!sirene) {
            m_classification->setItem(r, 2, new QTableWidgetItem(EssFamily::label(entry.family)));
            continue;
        }
        auto *combo = new QComboBox(m_classification);
        combo->setObjectName(QStringLiteral("familyCombo_%1").arg(r));
        for (const QString &code : EssFamily::codes())
            combo->addItem(EssFamily::label(code), code);
        combo->setCurrentIndex(combo->findData(entry.family));
        const QString siren = entry.key;
        connect(combo, &QComboBox::activated, this, [this, siren, combo] {
            const QString family = combo->currentData().toString();
            QMetaObject::invokeMethod(this, [this, siren, family] { overrideFamily(siren, family); }, Qt::QueuedConnection);
        });
        m_classification->setCellWidget(r, 2, combo);
    }
    m_classification->resizeColumnsToContents();
    m_classification->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_classificationBox->setVisible(m_classification->rowCount() > 0);
}

void ImportWizard::overrideFamily(const QString &siren, const QString &family)
{
    const QString note = m_overrideNote->text().trimmed();
    if (note.isEmpty()) {
        Prompter::warning(this, tr("Family chosen by hand"),
                          tr("Write first, in the note, why this family is chosen by hand: the note is shown as the reason at every later import."));
        showClassification();
        return;
    }
    ImportStore store(m_actors->connectionName());
    if (!store.setFamilyOverride(siren, family, note)) {
        Prompter::warning(this, tr("Family chosen by hand"), tr("The choice could not be saved (%1).").arg(store.errorString()));
        return;
    }
    readSource();
}

void ImportWizard::exportReport()
{
    const QString path = Prompter::saveFileName(this, tr("Export the rejected rows"),
                                                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                    .filePath(tr("rejected-rows.csv")),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Outcome<bool> written = m_plan.report.writeRejected(path); !written)
        Prompter::warning(this, tr("Export the rejected rows"), written.errorString());
}

void ImportWizard::runImport()
{
    m_cancelled = false;
    m_running = true;
    m_cancelButton->setEnabled(true);
    button(QWizard::FinishButton)->setEnabled(false);
    ActorImporter importer(m_actors);
    ActorImporter::Batch batch;
    m_plan.report.dryRun = false;
    const bool ok = importer.apply(m_plan, &batch, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
        QCoreApplication::processEvents();
        return !m_cancelled;
    });
    m_running = false;
    m_cancelButton->setEnabled(false);
    button(QWizard::FinishButton)->setEnabled(true);
    if (!ok) {
        m_result->setText(importer.errorString());
        return;
    }
    batch.label = QFileInfo(m_files.value(0)).fileName();
    m_undoStack->push(new ImportActorsCommand(m_actors, batch));
    m_imported = true;
    m_result->setText(m_plan.report.summary() + QLatin1Char('\n')
                      + tr("Edit > Undo takes this whole import back."));
}
