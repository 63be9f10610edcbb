#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// The password of a shared server kept in the desktop's secret store (GNOME
/// Keyring, KWallet… through the Secret Service of freedesktop.org, with
/// libsecret), filed under the server's address and the user's name. Where
/// no secret service answers (no desktop session, a server without one),
/// every call says so in errorString() and isAvailable() turns false: the
/// caller then asks for the password at each start and keeps it nowhere.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    /// Keeps @p password for @p user on @p server (an address as ServerAddress::toString() writes it).
    bool save(const QString &server, const QString &user, const QString &password);
    /// The password kept for @p user on @p server; nullopt when none is kept
    /// (errorString() empty) or when the store cannot be asked (errorString() says why).
    std::optional<QString> load(const QString &server, const QString &user);
    /// Forgets it; true when nothing is kept any more.
    bool remove(const QString &server, const QString &user);

    /// False once a call found no secret service.
    bool isAvailable() const { return m_available; }
    QString errorString() const { return m_error; }

private:
    /// Records the failure of a call; @p detail is libsecret's message.
    void fail(const QString &detail);

    bool m_available = true;
    QString m_error;
};
