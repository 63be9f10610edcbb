#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QLabel;
class QTimer;
class QUndoStack;
class QWidget;
class ServerConnection;
class Session;

/// The window's side of the shared server: File ▸ Connect to a shared
/// server…, Synchronise now and Conflicts…, the status in the status bar,
/// and the synchronisations that run by themselves — at opening, every few
/// minutes while online, and within seconds of another desktop's change
/// (PostgreSQL's NOTIFY). Offline, everything goes on locally and the
/// changes wait.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(QUndoStack *undo, QWidget *window);
    ~SyncController() override;

    QAction *connectAction() const { return m_connectAction; }
    QAction *syncAction() const { return m_syncAction; }
    QAction *conflictsAction() const { return m_conflictsAction; }
    QLabel *statusLabel() const { return m_status; }

    /// Follows @p session's database (connects when it is shared); the same
    /// session again changes nothing.
    void attach(Session *session);
    void detach();

    /// The interval between two synchronisations while online.
    static constexpr int PeriodMs = 5 * 60 * 1000;
    /// How long a burst of other desktops' changes is let settle.
    static constexpr int NotificationDelayMs = 1500;

public slots:
    void synchronise();

signals:
    /// A synchronisation wrote the server's changes into the database: the
    /// tabs read it again.
    void databaseChanged();
    void statusMessage(const QString &message);

private:
    void connectToServer();
    bool openServer(const QString &url, const QString &user, const QString &password, QString *error);
    /// Listens to the other desktops' changes (LISTEN): the driver reads the
    /// connection whenever the event loop runs, so never while a
    /// synchronisation that runs the event loop reads it.
    void listen();
    void showConflicts();
    void updateStatus(const QString &problem = QString());

    QUndoStack *m_undo;
    QWidget *m_window;
    Session *m_session = nullptr;
    std::unique_ptr<ServerConnection> m_server;
    QTimer *m_period;
    QTimer *m_settle;
    QAction *m_connectAction;
    QAction *m_syncAction;
    QAction *m_conflictsAction;
    QLabel *m_status;
    bool m_busy = false;
};
