#include "referencefiguresdialog.h"

#include "models/domain/clock.h"
#include "models/interchange/referencefigurescsvreader.h"
#include "models/itemmodels/referencefiguretablemodel.h"
#include "models/stores/referencefigurestore.h"
#include "prompter.h"

#include <QAbstractItemDelegate>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

ReferenceFiguresDialog::ReferenceFiguresDialog(ReferenceFigureStore *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new ReferenceFigureTableModel(store, undoStack, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("referenceFiguresDialog"));
    setWindowTitle(tr("Reference figures"));
    resize(1100, 520);
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("Salaried employment and the ESS's published figures per territory and year, with their source. "
                               "Level is one of france, region, department, territory (the whole territory, code “all”), epci, "
                               "commune. Empty cells are unknown, not zero."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table->setObjectName(QStringLiteral("referenceFiguresTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status->setObjectName(QStringLiteral("referenceFiguresStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), this);
    add->setObjectName(QStringLiteral("addReferenceFigure"));
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeReferenceFigure"));
    auto *import = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import CSV…"), this);
    import->setObjectName(QStringLiteral("importReferenceFigures"));
    import->setToolTip(tr("Essaim's layout or the URSSAF open data layout (region;code_region;champ_ess;…)"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(import);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ReferenceFiguresDialog::addFigure);
    connect(remove, &QPushButton::clicked, this, &ReferenceFiguresDialog::removeSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString dir = QSettings().value(QStringLiteral("import/lastDir"),
                                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
        const QString path = Prompter::openFileName(this, tr("Import reference figures"), dir, tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
        importFile(path);
    });
    // An edit the model refuses says why under the table.
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        if (!m_model->errorString().isEmpty()) {
            m_status->setText(m_model->errorString());
            m_model->clearError();
        }
    });
}

bool ReferenceFiguresDialog::importFile(const QString &path)
{
    ReferenceFiguresCsvReader reader;
    if (!reader.readFile(path)) {
        Prompter::warning(this, tr("Import refused"), tr("“%1” was not imported. %2").arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    QList<ReferenceFigure> before;
    for (const ReferenceFigure &f : reader.figures()) {
        if (const auto old = m_store->find(f.kind, f.code, f.year))
            before << *old;
    }
    if (!m_model->replace(before, m_store->merged(reader.figures()), tr("import “%1”").arg(QFileInfo(path).fileName()))) {
        Prompter::warning(this, tr("Import refused"), tr("The figures could not be saved (%1). Nothing was changed.").arg(m_model->errorString()));
        return false;
    }
    m_status->setText(tr("%n line(s) of reference figures imported from “%1”.", nullptr, int(reader.figures().size()))
                          .arg(QFileInfo(path).fileName()));
    return true;
}

void ReferenceFiguresDialog::addFigure()
{
    ReferenceFigure f;
    f.kind = ReferenceFigure::Kind::Territory;
    f.code = QStringLiteral("all");
    f.year = Clock::today().year() - 1;
    while (m_store->find(f.kind, f.code, f.year))
        --f.year;
    f.source = tr("to be completed");
    if (!m_model->replace({}, {f}, tr("add reference figures"))) {
        m_status->setText(m_model->errorString());
        return;
    }
    const int row = m_model->rowOf(f.kind, f.code, f.year);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, ReferenceFigureTableModel::TotalEmployment));
        m_table->edit(m_table->currentIndex());
    }
}

void ReferenceFiguresDialog::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const ReferenceFigure f = m_model->figureAt(current.row());
    const auto answer = Prompter::question(this, tr("Remove reference figures"),
                                           tr("Remove the figures of %1 for %2?").arg(f.name.isEmpty() ? f.code : f.name).arg(f.year),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes && !m_model->replace({f}, {}, tr("remove the reference figures of %1 %2").arg(f.name.isEmpty() ? f.code : f.name).arg(f.year)))
        m_status->setText(m_model->errorString());
}
