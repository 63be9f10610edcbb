#include "secretstore.h"

// glib names a struct member "signals", which Qt defines as a macro.
#undef signals
#include <libsecret/secret.h>

namespace {

const SecretSchema *schema()
{
    static const SecretSchema essaimSchema = {"org.essaim.SharedServer",
                                              SECRET_SCHEMA_NONE,
                                              {{"server", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                               {"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                               {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
                                              0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
    return &essaimSchema;
}

/// libsecret's message, then the error freed.
QString take(GError *error)
{
    const QString text = error ? QString::fromUtf8(error->message) : QString();
    if (error)
        g_error_free(error);
    return text;
}

} // namespace

void SecretStore::fail(const QString &detail)
{
    m_available = false;
    m_error = tr("No secret store answers on this desktop (GNOME Keyring, KWallet…), so the password is kept nowhere: Essaim asks for it "
                 "at each start. (%1)")
                  .arg(detail);
}

bool SecretStore::save(const QString &server, const QString &user, const QString &password)
{
    m_error.clear();
    const QByteArray s = server.toUtf8();
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    const QByteArray label = tr("Essaim: %1 on %2").arg(user, server).toUtf8();
    GError *error = nullptr;
    const gboolean stored = secret_password_store_sync(schema(), SECRET_COLLECTION_DEFAULT, label.constData(), p.constData(), nullptr,
                                                       &error, "server", s.constData(), "user", u.constData(), nullptr);
    if (!stored) {
        fail(take(error));
        return false;
    }
    return true;
}

std::optional<QString> SecretStore::load(const QString &server, const QString &user)
{
    m_error.clear();
    const QByteArray s = server.toUtf8();
    const QByteArray u = user.toUtf8();
    GError *error = nullptr;
    gchar *found = secret_password_lookup_sync(schema(), nullptr, &error, "server", s.constData(), "user", u.constData(), nullptr);
    if (error) {
        fail(take(error));
        return std::nullopt;
    }
    if (!found)
        return std::nullopt;
    const QString password = QString::fromUtf8(found);
    secret_password_free(found);
    return password;
}

bool SecretStore::remove(const QString &server, const QString &user)
{
    m_error.clear();
    const QByteArray s = server.toUtf8();
    const QByteArray u = user.toUtf8();
    GError *error = nullptr;
    secret_password_clear_sync(schema(), nullptr, &error, "server", s.constData(), "user", u.constData(), nullptr);
    if (error) {
        fail(take(error));
        return false;
    }
    return true;
}
