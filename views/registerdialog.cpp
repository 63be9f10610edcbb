#include "registerdialog.h"

#include "models/domain/clock.h"
#include "models/privacy/processingregister.h"
#include "models/stores/publicationstore.h"
#include "models/undo/saveregistercommand.h"
#include "prompter.h"
#include "views/print/documentoutput.h"
#include "views/print/registerdocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Column { Name, Purpose, Basis, Data, Persons, Recipients, Months, Security, Active, ColumnCount };
}

RegisterDialog::RegisterDialog(const QString &connectionName, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(connectionName)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("registerDialog"));
    setWindowTitle(tr("Register of processing activities"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setHorizontalHeaderLabels({tr("Processing"), tr("Purpose"), tr("Legal basis"), tr("Categories of data"),
                                        tr("Categories of persons"), tr("Recipients"), tr("Kept (months)"),
                                        tr("Security measures"), tr("In use")});
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setDefaultSectionSize(180);
    // Room for three lines of each text; the whole text is in the tooltip.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 3 + 6);
    layout->addWidget(m_table);
    m_loaded = ProcessingRegister(connectionName).activities();
    for (const ProcessingActivity &a : std::as_const(m_loaded))
        addRow(a);
    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add a processing"), this);
    m_add->setObjectName(QStringLiteral("registerAdd"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("registerRemove"));
    auto *pdf = new QPushButton(tr("&Print to PDF…"), this);
    pdf->setObjectName(QStringLiteral("registerPdf"));
    auto *notice = new QPushButton(tr("&Notice for the site…"), this);
    notice->setObjectName(QStringLiteral("registerNotice"));
    for (QPushButton *b : {m_add, m_remove, pdf, notice})
        row->addWidget(b);
    row->addStretch();
    layout->addLayout(row);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("registerReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        ProcessingActivity a;
        a.name = tr("New processing");
        addRow(a);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(pdf, &QPushButton::clicked, this, &RegisterDialog::printPdf);
    connect(notice, &QPushButton::clicked, this, &RegisterDialog::writeNotice);
    resize(1100, 520);
}

void RegisterDialog::addRow(const ProcessingActivity &a)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts = {a.name, a.purpose, a.legalBasis, a.dataCategories, a.personCategories, a.recipients,
                               QString::number(a.retentionMonths), a.securityMeasures};
    for (int c = 0; c < texts.size(); ++c) {
        auto *item = new QTableWidgetItem(texts.at(c));
        item->setToolTip(texts.at(c));
        m_table->setItem(row, c, item);
    }
    m_table->item(row, Name)->setData(Qt::UserRole, a.key);
    auto *active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    active->setCheckState(a.active ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Active, active);
}

QList<ProcessingActivity> RegisterDialog::activities() const
{
    QList<ProcessingActivity> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text().trimmed() : QString(); };
        ProcessingActivity a;
        a.key = m_table->item(row, Name)->data(Qt::UserRole).toString();
        a.name = text(Name);
        a.purpose = text(Purpose);
        a.legalBasis = text(Basis);
        a.dataCategories = text(Data);
        a.personCategories = text(Persons);
        a.recipients = text(Recipients);
        a.retentionMonths = qMax(1, text(Months).toInt());
        a.securityMeasures = text(Security);
        a.active = m_table->item(row, Active)->checkState() == Qt::Checked;
        list << a;
    }
    return list;
}

void RegisterDialog::setReadOnly(const QString &why)
{
    m_refusal = why;
    // The cells stay enabled and selectable, to be read, scrolled and
    // copied; only their editing goes, the ticks of "In use" included.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setFlags(item->flags() & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
        }
    }
    for (QPushButton *b : {m_add, m_remove}) {
        b->setEnabled(false);
        b->setToolTip(why);
    }
    m_readOnlyNote->setText(QStringLiteral("<i>%1</i>").arg(why.toHtmlEscaped()));
    m_readOnlyNote->show();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

void RegisterDialog::accept()
{
    // Only a Close button is left to a reader; saving from code says why too.
    if (!m_refusal.isEmpty()) {
        Prompter::warning(this, windowTitle(), m_refusal);
        return;
    }
    const QList<ProcessingActivity> after = activities();
    auto *command = new SaveRegisterCommand(m_connectionName, m_loaded, after, tr("Edit the register of processing activities"));
    if (!command->applyNow()) {
        const QString why = command->errorString();
        delete command;
        Prompter::warning(this, windowTitle(), why);
        return;
    }
    m_undoStack->push(command);
    QDialog::accept();
}

void RegisterDialog::printPdf()
{
    const QString path = Prompter::saveFileName(this, windowTitle(), QDir::home().filePath(tr("register-of-processing.pdf")),
                                                tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    RegisterDocument document(activities(), PrintStyle(PublicationStore(m_connectionName).identity()), Clock::today());
    QString error;
    if (DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error) < 0)
        Prompter::warning(this, windowTitle(), error);
}

void RegisterDialog::writeNotice()
{
    const QString path = Prompter::saveFileName(this, tr("Information notice"), QDir::home().filePath(tr("personal-data.html")),
                                                tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QString html = ProcessingRegister::noticeHtml(activities(), PublicationStore(m_connectionName).identity());
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit())
        Prompter::warning(this, windowTitle(),
                          tr("The notice could not be written to “%1” (%2). Choose another folder.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
}
