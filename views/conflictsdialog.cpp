#include "conflictsdialog.h"

#include "models/sync/conflictstore.h"
#include "models/sync/syncrecordlabel.h"
#include "models/undo/resolveconflictcommand.h"
#include "prompter.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QString when(const QString &utc)
{
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : utc;
}
} // namespace

ConflictsDialog::ConflictsDialog(const QString &connectionName, QUndoStack *undo, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(connectionName)
    , m_undo(undo)
    , m_table(new QTableWidget(this))
    , m_mine(new QPushButton(tr("Keep &mine"), this))
    , m_server(new QPushButton(tr("Keep the &server's"), this))
    , m_other(new QPushButton(tr("&Other value…"), this))
{
    setWindowTitle(tr("Conflicts of the synchronisation"));
    setObjectName(QStringLiteral("conflictsDialog"));
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_mine->setObjectName(QStringLiteral("keepMineButton"));
    m_server->setObjectName(QStringLiteral("keepServerButton"));
    m_other->setObjectName(QStringLiteral("otherValueButton"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("My value"), tr("Server's value"), tr("Mine: who, when"),
                                        tr("Server's: who, when")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *intro = new QLabel(tr("The same field was changed here and by someone else. The record holds the server's value until "
                                "you choose; your choice is sent to everyone at the next synchronisation."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mine);
    buttons->addWidget(m_server);
    buttons->addWidget(m_other);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(900, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mine, &QPushButton::clicked, this, [this] { choose(Choice::Mine); });
    connect(m_server, &QPushButton::clicked, this, [this] { choose(Choice::Server); });
    connect(m_other, &QPushButton::clicked, this, [this] { choose(Choice::Other); });
    connect(m_undo, &QUndoStack::indexChanged, this, &ConflictsDialog::reload);
    reload();
}

void ConflictsDialog::reload()
{
    ConflictStore store(m_connectionName);
    m_conflicts = store.open().value_or(QList<SyncConflict>());
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const SyncConflict &c = m_conflicts.at(row);
        const bool whole = c.field.isEmpty();
        const QStringList cells = {c.record, whole ? tr("(the whole record)") : SyncRecordLabel::fieldName(c.field), ConflictStore::displayValue(c.localValue, whole),
                                   ConflictStore::displayValue(c.serverValue, whole), tr("%1, %2").arg(c.localBy, when(c.localAt)),
                                   tr("%1, %2").arg(c.serverBy, when(c.serverAt))};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    if (!m_conflicts.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    const bool any = !m_conflicts.isEmpty();
    m_mine->setEnabled(any);
    m_server->setEnabled(any);
    m_other->setEnabled(any);
}

void ConflictsDialog::choose(Choice choice)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const SyncConflict c = m_conflicts.at(row);
    QJsonValue value = choice == Choice::Mine ? c.localValue : c.serverValue;
    if (choice == Choice::Other) {
        if (c.field.isEmpty())
            return;
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Other value"), tr("Value of “%1”:").arg(SyncRecordLabel::fieldName(c.field)), QLineEdit::Normal,
                                                   ConflictStore::displayValue(c.localValue, false), &ok);
        if (!ok)
            return;
        value = c.localValue.isDouble() && !text.isEmpty() ? QJsonValue(QLocale().toDouble(text)) : QJsonValue(text);
    }
    auto *command = new ResolveConflictCommand(m_connectionName, c.id, value, tr("Resolve the conflict on “%1”").arg(c.record));
    if (!command->applyNow()) {
        Prompter::warning(this, tr("Conflicts"), command->errorString());
        delete command;
        return;
    }
    m_undo->push(command);
    reload();
}
