#include "persondialog.h"

#include "models/domain/clock.h"
#include "models/stores/actorstore.h"
#include "models/stores/publicationstore.h"
#include "models/undo/editactorcommand.h"
#include "models/undo/erasepersoncommand.h"
#include "prompter.h"
#include "views/print/documentoutput.h"
#include "views/print/persondossierdocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

PersonDialog::PersonDialog(const QString &connectionName, ActorStore *actors, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(connectionName)
    , m_actors(actors)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(tr("A person's data"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Name, e-mail or phone (accents and case ignored)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("personResults"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Phone"), tr("Actor")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("personSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *row = new QHBoxLayout;
    auto button = [&](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        row->addWidget(b);
        return b;
    };
    m_pdf = button(QStringLiteral("exportPersonPdf"), tr("Everything held (&PDF)…"));
    m_json = button(QStringLiteral("exportPersonJson"), tr("For portability (&JSON)…"));
    m_withdrawGuide = button(QStringLiteral("withdrawGuide"), tr("Withdraw from the &guide"));
    m_withdrawLetter = button(QStringLiteral("withdrawLetter"), tr("Withdraw from the &Lettre"));
    m_erase = button(QStringLiteral("erasePerson"), tr("&Erase…"));
    m_journal = button(QStringLiteral("personJournal"), tr("&Changes…"));
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &PersonDialog::search);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PersonDialog::updateButtons);
    connect(m_pdf, &QPushButton::clicked, this, &PersonDialog::exportPdf);
    connect(m_json, &QPushButton::clicked, this, &PersonDialog::exportJson);
    connect(m_withdrawGuide, &QPushButton::clicked, this, [this] { withdraw(QStringLiteral("guide")); });
    connect(m_withdrawLetter, &QPushButton::clicked, this, [this] { withdraw(QStringLiteral("newsletter")); });
    connect(m_erase, &QPushButton::clicked, this, &PersonDialog::erase);
    connect(m_journal, &QPushButton::clicked, this, [this] {
        if (const auto m = current())
            emit journalRequested(m->contactId);
    });
    updateButtons();
    resize(820, 460);
}

void PersonDialog::search(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_matches = text.trimmed().size() < 2 ? QList<PersonStore::Match>() : PersonStore(m_connectionName).find(text);
    m_table->setRowCount(int(m_matches.size()));
    for (int i = 0; i < m_matches.size(); ++i) {
        const PersonStore::Match &m = m_matches.at(i);
        const QString name = m.contactId > 0 ? m.name : tr("%1 (registration only)").arg(m.name);
        const QStringList cells = {name, m.email, m.phone, m.actorName};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!m_matches.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

std::optional<PersonStore::Match> PersonDialog::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_matches.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_matches.at(row);
}

PersonDossier PersonDialog::currentDossier() const
{
    const auto m = current();
    PersonStore store(m_connectionName);
    return m->contactId > 0 ? store.contactDossier(m->contactId) : store.registrantDossier(m->registrationId);
}

void PersonDialog::setRefusal(const QString &why)
{
    m_refusal = why;
    for (QPushButton *b : {m_withdrawGuide, m_withdrawLetter, m_erase})
        b->setToolTip(why);
    updateButtons();
}

void PersonDialog::updateButtons()
{
    const auto m = current();
    const bool may = m_refusal.isEmpty();
    for (QPushButton *b : {m_pdf, m_json})
        b->setEnabled(m.has_value());
    m_erase->setEnabled(m.has_value() && may);
    const bool contact = m && m->contactId > 0;
    m_journal->setEnabled(contact);
    const PersonDossier d = contact ? currentDossier() : PersonDossier();
    m_withdrawGuide->setEnabled(contact && d.contact.consentGuide && may);
    m_withdrawLetter->setEnabled(contact && d.contact.consentNewsletter && may);
    if (!m) {
        m_summary->setText(m_matches.isEmpty() && m_search->text().trimmed().size() >= 2 ? tr("Nobody found.") : QString());
        return;
    }
    const PersonDossier shown = contact ? d : currentDossier();
    m_summary->setText(tr("%n registration(s), ", nullptr, int(shown.registrations.size()))
                       + tr("%n plan action(s) piloted, ", nullptr, int(shown.pilotedActions.size()))
                       + tr("%n journal entr(ies) naming the person.", nullptr, int(shown.journalMentions.size())));
}

void PersonDialog::exportPdf()
{
    const PersonDossier dossier = currentDossier();
    const QString path = Prompter::saveFileName(this, tr("Everything held about a person"),
                                                QDir::home().filePath(tr("personal-data.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    PersonDossierDocument document(dossier, PrintStyle(PublicationStore(m_connectionName).identity()));
    QString error;
    PersonStore store(m_connectionName);
    if (DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error) < 0 || !store.recordExport(dossier, QStringLiteral("pdf")))
        Prompter::warning(this, windowTitle(), error.isEmpty() ? store.errorString() : error);
}

void PersonDialog::exportJson()
{
    const PersonDossier dossier = currentDossier();
    const QString path = Prompter::saveFileName(this, tr("A person's data for portability"),
                                                QDir::home().filePath(tr("personal-data.json")), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    PersonStore store(m_connectionName);
    if (!store.exportJson(dossier, path))
        Prompter::warning(this, windowTitle(), store.errorString());
}

void PersonDialog::withdraw(const QString &purpose)
{
    const auto m = current();
    if (!m || m->contactId <= 0 || !m_refusal.isEmpty())
        return;
    const qint64 actorId = currentDossier().contact.actorId;
    const auto before = m_actors->load(actorId);
    if (!before)
        return;
    // Through the directory's own edit, so that undo and the actor form agree.
    Actor after = *before;
    for (Contact &c : after.contacts) {
        if (c.id != m->contactId)
            continue;
        const bool guide = purpose == QLatin1String("guide");
        (guide ? c.consentGuide : c.consentNewsletter) = false;
        (guide ? c.consentGuideOn : c.consentNewsletterOn) = Clock::today();
        (guide ? c.consentGuideSource : c.consentNewsletterSource) = tr("withdrawn at the person's request");
    }
    auto *command = new EditActorCommand(m_actors, *before, after, tr("Withdraw the consent of %1").arg(m->name));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, windowTitle(), tr("The withdrawal could not be saved (%1).").arg(m_actors->errorString()));
        return;
    }
    m_undoStack->push(command);
    updateButtons();
}

void PersonDialog::erase()
{
    const auto m = current();
    if (!m || !m_refusal.isEmpty())
        return;
    const auto answer = Prompter::question(this, tr("Erase a person"),
                                           tr("Erase %1 everywhere? Name, e-mail, phone and consents are removed; registrations "
                                              "stay as anonymous counts. Edit > Undo can bring the person back until Essaim "
                                              "is closed; after that the erasure is final.")
                                               .arg(m->name),
                                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    PersonStore store(m_connectionName);
    PersonErasure erasure;
    const bool done = m->contactId > 0 ? store.eraseContact(m->contactId, &erasure) : store.eraseRegistrant(m->registrationId, &erasure);
    if (erasure.committed)
        m_undoStack->push(new ErasePersonCommand(m_connectionName, m_actors, erasure, m->contactId, m->registrationId,
                                                 tr("Erase %1").arg(m->name)));
    if (m_actors)
        m_actors->notifyReset();
    if (!done)
        Prompter::warning(this, tr("Erase a person"), store.errorString());
    search(m_search->text());
}
