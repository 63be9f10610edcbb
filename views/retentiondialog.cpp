#include "retentiondialog.h"

#include "models/domain/clock.h"
#include "models/privacy/personstore.h"
#include "models/privacy/processingregister.h"
#include "models/stores/actorstore.h"
#include "models/undo/anonymiseregistrationscommand.h"
#include "models/undo/erasepersoncommand.h"
#include "models/undo/keepcontactscommand.h"
#include "prompter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

RetentionDialog::RetentionDialog(const QString &connectionName, ActorStore *actors, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(connectionName)
    , m_actors(actors)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Retention review"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("retentionMonths"));
    m_months->setRange(1, 240);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(ProcessingRegister(connectionName).directoryRetentionMonths());
    form->addRow(tr("Without a sign of life for more than:"), m_months);
    layout->addLayout(form);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setHorizontalHeaderLabels({tr("Contact"), tr("Actor"), tr("Last sign"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *keepRow = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("retentionReason"));
    m_reason->setPlaceholderText(tr("Why keep them (e.g. member of the council's board)"));
    keepRow->addWidget(m_reason, 1);
    m_keep = new QPushButton(tr("&Keep the ticked ones"), this);
    m_keep->setObjectName(QStringLiteral("retentionKeep"));
    keepRow->addWidget(m_keep);
    m_erase = new QPushButton(tr("&Erase the ticked ones…"), this);
    m_erase->setObjectName(QStringLiteral("retentionErase"));
    keepRow->addWidget(m_erase);
    layout->addLayout(keepRow);
    auto *registrationsRow = new QHBoxLayout;
    m_registrations = new QLabel(this);
    m_registrations->setObjectName(QStringLiteral("retentionRegistrations"));
    m_registrations->setWordWrap(true);
    registrationsRow->addWidget(m_registrations, 1);
    m_anonymise = new QPushButton(tr("&Anonymise them…"), this);
    m_anonymise->setObjectName(QStringLiteral("retentionAnonymise"));
    registrationsRow->addWidget(m_anonymise);
    layout->addLayout(registrationsRow);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("retentionReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_months, &QSpinBox::valueChanged, this, &RetentionDialog::reload);
    connect(m_keep, &QPushButton::clicked, this, &RetentionDialog::keepChecked);
    connect(m_erase, &QPushButton::clicked, this, &RetentionDialog::eraseChecked);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionDialog::anonymiseRegistrations);
    reload();
    resize(860, 460);
}

int RetentionDialog::candidateCount() const
{
    return int(m_candidates.size());
}

void RetentionDialog::reload()
{
    const RetentionReview review(m_connectionName);
    m_candidates = review.candidates(Clock::today(), m_months->value());
    m_table->setRowCount(int(m_candidates.size()));
    const QLocale locale;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const RetentionReview::Candidate &c = m_candidates.at(i);
        auto *name = new QTableWidgetItem(c.name);
        // Read only, nothing is ticked: there is nothing to act on.
        if (m_refusal.isEmpty()) {
            name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
            name->setCheckState(Qt::Checked);
        } else {
            name->setFlags(name->flags() & ~Qt::ItemIsUserCheckable);
        }
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(c.actorName));
        m_table->setItem(i, 2, new QTableWidgetItem(locale.toString(c.lastSign, QLocale::ShortFormat)));
        m_table->setItem(i, 3, new QTableWidgetItem(c.reason));
    }
    m_table->resizeColumnsToContents();
    const int former = review.formerRegistrations(Clock::today(), m_months->value());
    m_registrations->setText(tr("%n registration(s) of events older than the period still name someone.", nullptr, former));
    m_anonymise->setEnabled(former > 0 && m_refusal.isEmpty());
}

void RetentionDialog::setReadOnly(const QString &why)
{
    m_refusal = why;
    // The period shown is the register's: read-only, not greyed, so that
    // it reads as the council's rule and not as a choice.
    m_months->setReadOnly(true);
    m_months->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_reason->setReadOnly(true);
    for (QPushButton *b : {m_keep, m_erase, m_anonymise}) {
        b->setEnabled(false);
        b->setToolTip(why);
    }
    m_readOnlyNote->setText(QStringLiteral("<i>%1</i>").arg(why.toHtmlEscaped()));
    m_readOnlyNote->show();
    reload();
}

QList<qint64> RetentionDialog::checkedContacts() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (m_table->item(i, 0)->checkState() == Qt::Checked)
            ids << m_candidates.at(i).contactId;
    }
    return ids;
}

void RetentionDialog::eraseChecked()
{
    const QList<qint64> ids = checkedContacts();
    if (ids.isEmpty() || !m_refusal.isEmpty()
        || Prompter::question(this, windowTitle(),
                              tr("Erase %n contact(s)? Registrations stay as anonymous counts. Edit > Undo brings them back "
                                 "until Essaim is closed.", nullptr, int(ids.size())),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    PersonStore store(m_connectionName);
    auto *macro = new QUndoCommand(tr("Erase %n contact(s) at the retention review", nullptr, int(ids.size())));
    bool ok = true;
    for (qint64 id : ids) {
        PersonErasure erasure;
        ok = store.eraseContact(id, &erasure, false);
        if (erasure.committed)
            new ErasePersonCommand(m_connectionName, m_actors, erasure, id, 0, QString(), macro);
        if (!ok)
            break;
    }
    ok = ok && store.scrubFile();
    if (macro->childCount() > 0)
        m_undoStack->push(macro);
    else
        delete macro;
    if (m_actors)
        m_actors->notifyReset();
    if (!ok)
        Prompter::warning(this, windowTitle(), store.errorString());
    reload();
}

void RetentionDialog::keepChecked()
{
    const QList<qint64> ids = checkedContacts();
    if (ids.isEmpty() || !m_refusal.isEmpty())
        return;
    auto command = std::make_unique<KeepContactsCommand>(
        m_connectionName, ids, m_reason->text(),
        tr("Keep %n contact(s) past the retention period", nullptr, int(ids.size())));
    if (!command->applyNow()) {
        Prompter::warning(this, windowTitle(), command->errorString());
        return;
    }
    m_undoStack->push(command.release());
    reload();
}

void RetentionDialog::anonymiseRegistrations()
{
    const QList<RetentionReview::FormerRegistration> rows
        = RetentionReview(m_connectionName).formerRegistrationRows(Clock::today(), m_months->value());
    const int former = int(rows.size());
    if (former == 0 || !m_refusal.isEmpty()
        || Prompter::question(this, windowTitle(),
                              tr("Anonymise %n former registration(s)? Names and e-mails are removed; the counts of the "
                                 "observatory do not change. Edit > Undo brings them back until Essaim is closed.",
                                 nullptr, former),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    auto command = std::make_unique<AnonymiseRegistrationsCommand>(
        m_connectionName, rows, tr("Anonymise %n former registration(s)", nullptr, former));
    if (!command->applyNow()) {
        Prompter::warning(this, windowTitle(), command->errorString());
        return;
    }
    m_undoStack->push(command.release());
    PersonStore store(m_connectionName);
    if (!store.scrubFile())
        Prompter::warning(this, windowTitle(), store.errorString());
    reload();
}
