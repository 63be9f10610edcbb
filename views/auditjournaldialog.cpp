#include "auditjournaldialog.h"

#include "prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AuditJournalDialog::AuditJournalDialog(const QString &connectionName, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(connectionName)
    , m_contactId(contactId)
{
    setObjectName(QStringLiteral("auditJournalDialog"));
    setWindowTitle(contactId > 0 ? tr("Changes to the data of contact no. %1").arg(contactId) : tr("Journal of personal data"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("journalAction"));
    m_action->addItem(tr("Every action"), QString());
    for (const char *action :
         {"create", "change", "consent", "delete", "export", "erase", "erase-undone", "import", "keep", "keep-undone", "publish"})
        m_action->addItem(PersonalDataJournal::actionLabel(QString::fromLatin1(action)), QString::fromLatin1(action));
    filters->addWidget(m_action);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("journalText"));
    m_text->setPlaceholderText(tr("User, field or detail"));
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("What"), tr("Record"), tr("Fields"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("Export to &CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("journalExport"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, &AuditJournalDialog::exportCsv);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditJournalDialog::reload);
    connect(m_text, &QLineEdit::textChanged, this, &AuditJournalDialog::reload);
    reload();
    resize(860, 440);
}

PersonalDataJournal::Filter AuditJournalDialog::filter() const
{
    PersonalDataJournal::Filter f;
    if (m_contactId > 0) {
        f.recordKind = QStringLiteral("contact");
        f.recordId = m_contactId;
    }
    f.action = m_action->currentData().toString();
    f.text = m_text->text().trimmed();
    return f;
}

int AuditJournalDialog::rowCount() const
{
    return m_table->rowCount();
}

void AuditJournalDialog::reload()
{
    const QList<PersonalDataJournal::Entry> entries = PersonalDataJournal(m_connectionName).entries(filter());
    m_table->setRowCount(int(entries.size()));
    const QLocale locale;
    // Newest first: the journal is read to answer "what happened lately".
    for (int i = 0; i < entries.size(); ++i) {
        const PersonalDataJournal::Entry &e = entries.at(entries.size() - 1 - i);
        const QString record = e.recordId > 0 ? QStringLiteral("%1 %2").arg(e.recordKind).arg(e.recordId) : e.recordKind;
        const QStringList cells = {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.userName,
                                   PersonalDataJournal::actionLabel(e.action), record, e.fields.join(QStringLiteral(", ")), e.detail};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

void AuditJournalDialog::exportCsv()
{
    const QString path = Prompter::saveFileName(this, tr("Export the journal"), QDir::home().filePath(tr("personal-data-journal.csv")),
                                                tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    PersonalDataJournal journal(m_connectionName);
    if (!journal.exportCsv(path, filter()))
        Prompter::warning(this, windowTitle(), journal.errorString());
}
