#include "synccontroller.h"

#include "models/domain/clock.h"
#include "models/stores/session.h"
#include "models/sync/secretstore.h"
#include "models/sync/serveraddress.h"
#include "models/sync/serverconnection.h"
#include "models/sync/syncengine.h"
#include "models/sync/syncstatus.h"
#include "views/conflictsdialog.h"
#include "views/connectserverdialog.h"
#include "views/prompter.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>
#include <QWidget>

namespace {
const QString serverConnection = QStringLiteral("essaim-window-server");
const QString channel = QStringLiteral("essaim_changes");
} // namespace

SyncController::SyncController(QUndoStack *undo, QWidget *window)
    : QObject(window)
    , m_undo(undo)
    , m_window(window)
    , m_period(new QTimer(this))
    , m_settle(new QTimer(this))
    , m_connectAction(new QAction(tr("Connect to a &shared server…"), this))
    , m_syncAction(new QAction(tr("S&ynchronise now"), this))
    , m_conflictsAction(new QAction(tr("Co&nflicts of the synchronisation…"), this))
    , m_status(new QLabel(window))
{
    m_connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_conflictsAction->setObjectName(QStringLiteral("conflictsAction"));
    m_status->setObjectName(QStringLiteral("syncStatusLabel"));
    m_period->setInterval(PeriodMs);
    m_settle->setSingleShot(true);
    m_settle->setInterval(NotificationDelayMs);
    connect(m_period, &QTimer::timeout, this, &SyncController::synchronise);
    connect(m_settle, &QTimer::timeout, this, &SyncController::synchronise);
    connect(m_connectAction, &QAction::triggered, this, &SyncController::connectToServer);
    connect(m_syncAction, &QAction::triggered, this, &SyncController::synchronise);
    connect(m_conflictsAction, &QAction::triggered, this, &SyncController::showConflicts);
    detach();
}

SyncController::~SyncController() = default;

void SyncController::attach(Session *session)
{
    if (session == m_session)
        return;
    detach();
    m_session = session;
    m_connectAction->setEnabled(session != nullptr);
    const std::optional<SyncStatus> status = session ? SyncStatus::read(session->connectionName()) : std::nullopt;
    if (!status || !status->isShared())
        return updateStatus();
    m_syncAction->setEnabled(true);
    m_conflictsAction->setEnabled(true);
    // At opening: the password kept in the secret store, or libpq's own.
    ServerAddress address;
    QString error;
    const std::optional<QString> saved = address.parse(status->serverUrl) ? SecretStore().load(address.toString(), status->user) : std::nullopt;
    if (!openServer(status->serverUrl, status->user, saved.value_or(QString()), &error))
        return updateStatus(error);
    listen();
    QTimer::singleShot(0, this, &SyncController::synchronise);
}

void SyncController::detach()
{
    m_period->stop();
    m_settle->stop();
    m_server.reset();
    m_session = nullptr;
    m_connectAction->setEnabled(false);
    m_syncAction->setEnabled(false);
    m_conflictsAction->setEnabled(false);
    m_status->clear();
    m_status->hide();
}

bool SyncController::openServer(const QString &url, const QString &user, const QString &password, QString *error)
{
    ServerAddress address;
    if (!address.parse(url)) {
        *error = address.errorString();
        return false;
    }
    m_server = std::make_unique<ServerConnection>(serverConnection);
    if (!m_server->open(address, user, password)) {
        *error = m_server->errorString();
        m_server.reset();
        return false;
    }
    m_period->start();
    return true;
}

void SyncController::listen()
{
    QSqlDriver *driver = QSqlDatabase::database(serverConnection).driver();
    if (driver->subscribedToNotifications().contains(channel))
        return;
    driver->subscribeToNotification(channel);
    connect(driver, &QSqlDriver::notification, this, [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
        if (source == QSqlDriver::OtherSource)
            m_settle->start();
    });
}

void SyncController::synchronise()
{
    if (!m_session || m_busy)
        return;
    const std::optional<SyncStatus> status = SyncStatus::read(m_session->connectionName());
    if (!status || !status->isShared())
        return;
    QString error;
    if (!m_server && !openServer(status->serverUrl, status->user, QString(), &error))
        return updateStatus(error);
    m_busy = true;
    SyncEngine engine(m_session->connectionName(), serverConnection);
    const bool ok = engine.sync();
    m_busy = false;
    if (!ok) {
        // The connection is tried afresh next time: the server may be back.
        m_server.reset();
        return updateStatus(engine.errorString());
    }
    // Listening goes on from a synchronisation that succeeded (again after
    // a join from the window that failed): none runs an event loop.
    listen();
    const SyncEngine::Figures f = engine.figures();
    updateStatus();
    if (f.refused > 0)
        emit statusMessage(tr("The server refused %n change(s) your role does not allow; they were taken back.", nullptr, f.refused));
    if (f.newConflicts > 0)
        emit statusMessage(tr("%n conflict(s) wait for your choice: File ▸ Conflicts of the synchronisation.", nullptr, f.newConflicts));
    if (f.received > 0 || f.refused > 0)
        emit databaseChanged();
}

void SyncController::connectToServer()
{
    if (!m_session)
        return;
    ConnectServerDialog dialog(m_window);
    if (const std::optional<SyncStatus> status = SyncStatus::read(m_session->connectionName()); status && status->isShared())
        dialog.setValues(status->serverUrl, status->user, QString());
    if (Prompter::exec(&dialog) != QDialog::Accepted)
        return;
    QString error;
    m_server.reset();
    if (!openServer(dialog.url(), dialog.user(), dialog.password(), &error)) {
        Prompter::warning(m_window, tr("Shared server"), error);
        return updateStatus(error);
    }
    QProgressDialog progress(tr("First synchronisation with the server…"), tr("Cancel"), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("syncProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    SyncEngine engine(m_session->connectionName(), serverConnection);
    engine.setProgress([&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::max<qint64>(total, 1)));
        progress.setValue(int(std::min(done, total)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    m_busy = true;
    ServerAddress address;
    address.parse(dialog.url());
    const std::optional<SyncEngine::Joined> joined = engine.join(address.toString(), dialog.user());
    m_busy = false;
    progress.reset();
    if (!joined) {
        Prompter::warning(m_window, tr("Shared server"), engine.errorString());
        // A join cancelled or cut after its first pages keeps what came and
        // carries on from there: Synchronise now (or the next opening, or
        // the timer) finishes it.
        if (const std::optional<SyncStatus> status = SyncStatus::read(m_session->connectionName()); status && status->isShared()) {
            m_syncAction->setEnabled(true);
            m_conflictsAction->setEnabled(true);
        }
        return updateStatus(engine.errorString());
    }
    if (dialog.keepPassword() && !dialog.password().isEmpty()) {
        SecretStore secrets;
        if (!secrets.save(address.toString(), dialog.user(), dialog.password()))
            emit statusMessage(secrets.errorString());
    }
    // Only now: the join's progress runs an event loop while a thread of
    // the synchronisation reads from the connection (InboxFeed).
    listen();
    m_syncAction->setEnabled(true);
    m_conflictsAction->setEnabled(true);
    updateStatus();
    emit databaseChanged();
}

void SyncController::showConflicts()
{
    if (!m_session)
        return;
    ConflictsDialog dialog(m_session->connectionName(), m_undo, m_window);
    Prompter::exec(&dialog);
    updateStatus();
}

void SyncController::updateStatus(const QString &problem)
{
    const std::optional<SyncStatus> status = m_session ? SyncStatus::read(m_session->connectionName()) : std::nullopt;
    if (!status || !status->isShared()) {
        m_status->hide();
        return;
    }
    QStringList parts;
    parts << (m_server ? tr("Shared: online") : tr("Shared: offline"));
    if (status->joining)
        parts << tr("first synchronisation unfinished");
    else if (!status->lastSyncAt.isEmpty())
        parts << tr("synchronised at %1").arg(QLocale().toString(QDateTime::fromString(status->lastSyncAt, Qt::ISODate).toLocalTime(),
                                                                  QLocale::ShortFormat));
    parts << tr("%n change(s) waiting", nullptr, status->pendingChanges);
    if (status->openConflicts > 0)
        parts << tr("%n conflict(s)", nullptr, status->openConflicts);
    if (status->role == QLatin1String("reader"))
        parts << tr("read only");
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_status->setToolTip(problem.isEmpty() ? tr("%1 on %2").arg(status->user, status->serverUrl) : problem);
    m_status->show();
}
