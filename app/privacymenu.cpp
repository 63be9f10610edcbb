#include "privacymenu.h"

#include "models/domain/clock.h"
#include "models/privacy/privacycheck.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "views/auditjournaldialog.h"
#include "views/persondialog.h"
#include "views/prompter.h"
#include "views/registerdialog.h"
#include "views/retentiondialog.h"

#include <QMessageBox>

PrivacyMenu::PrivacyMenu(QWidget *parent)
    : QMenu(tr("Personal &data"), parent)
{
    setObjectName(QStringLiteral("privacyMenu"));
    add(QStringLiteral("personAction"), tr("A &person's data…"), [this] { showPerson(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    add(QStringLiteral("registerAction"), tr("&Register of processing activities…"), [this] { showRegister(); });
    add(QStringLiteral("retentionAction"), tr("Re&tention review…"), [this] { showRetention(); });
    add(QStringLiteral("journalAction"), tr("&Journal of changes…"), [this] { showJournal(); });
    addSeparator();
    add(QStringLiteral("privacyCheckAction"), tr("&What needs attention…"), [this] { showCheck(); });
    setEnabled(false);
}

QAction *PrivacyMenu::add(const QString &name, const QString &text, const std::function<void()> &slot)
{
    QAction *action = addAction(text);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void PrivacyMenu::attach(Database *database, ActorStore *actors, QUndoStack *undoStack)
{
    m_database = database;
    m_actors = actors;
    m_undoStack = undoStack;
    setEnabled(true);
}

void PrivacyMenu::detach()
{
    m_database = nullptr;
    m_actors = nullptr;
    setEnabled(false);
}

void PrivacyMenu::setWritePolicy(const WritePolicy &policy)
{
    m_readerRefusal = policy.readerRefusal();
    m_councilRefusal = policy.councilRefusal();
}

void PrivacyMenu::showPerson()
{
    if (!m_database)
        return;
    PersonDialog dialog(m_database->connectionName(), m_actors, m_undoStack, parentWidget());
    dialog.setRefusal(m_readerRefusal);
    connect(&dialog, &PersonDialog::journalRequested, this, [this](qint64 id) { showJournal(id); });
    Prompter::exec(&dialog);
}

void PrivacyMenu::showRegister()
{
    if (!m_database)
        return;
    RegisterDialog dialog(m_database->connectionName(), m_undoStack, parentWidget());
    if (!m_councilRefusal.isEmpty())
        dialog.setReadOnly(m_councilRefusal);
    Prompter::exec(&dialog);
}

void PrivacyMenu::showRetention()
{
    if (!m_database)
        return;
    RetentionDialog dialog(m_database->connectionName(), m_actors, m_undoStack, parentWidget());
    if (!m_councilRefusal.isEmpty())
        dialog.setReadOnly(m_councilRefusal);
    Prompter::exec(&dialog);
}

void PrivacyMenu::showJournal(qint64 contactId)
{
    if (!m_database)
        return;
    AuditJournalDialog dialog(m_database->connectionName(), contactId, parentWidget());
    Prompter::exec(&dialog);
}

void PrivacyMenu::showCheck()
{
    if (!m_database)
        return;
    QStringList lines;
    for (const PrivacyCheck::Finding &f : PrivacyCheck(m_database).run(Clock::today()))
        lines << QStringLiteral("• ") + f.sentence;
    const QString text = lines.isEmpty() ? tr("Nothing needs attention.") : lines.join(QLatin1Char('\n'));
    Prompter::question(parentWidget(), tr("Personal data: what needs attention"), text, QMessageBox::Ok, QMessageBox::Ok);
}
