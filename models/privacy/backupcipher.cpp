#include "backupcipher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <vector>

namespace {
const QByteArray magic = QByteArrayLiteral("ESSAIMENC1");
constexpr qint64 chunkSize = 64 * 1024;

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

/// The key, wiped from memory when it goes out of scope.
struct Key {
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

bool deriveKey(Key &key, const QString &passphrase, const unsigned char *salt, quint64 ops, quint64 mem)
{
    const QByteArray secret = passphrase.toUtf8();
    return crypto_pwhash(key.bytes, sizeof key.bytes, secret.constData(), quint64(secret.size()), salt, ops, size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}
} // namespace

bool BackupCipher::isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(magic.size()) == magic;
}

bool BackupCipher::encryptFile(const QString &source, const QString &target, const QString &passphrase)
{
    QFile in(source);
    QSaveFile out(target);
    if (!ready() || passphrase.isEmpty() || !in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        m_error = tr("The encrypted copy “%1” could not be written.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    Key key;
    if (!deriveKey(key, passphrase, salt, ops, mem)) {
        m_error = tr("There is not enough memory to derive the backup key.");
        return false;
    }
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.bytes);
    QByteArray prefix = magic;
    const quint64 limits[2] = {qToLittleEndian(ops), qToLittleEndian(mem)};
    prefix.append(reinterpret_cast<const char *>(limits), sizeof limits);
    prefix.append(reinterpret_cast<const char *>(salt), sizeof salt);
    prefix.append(reinterpret_cast<const char *>(header), sizeof header);
    out.write(prefix);
    std::vector<unsigned char> sealed(chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
    const qint64 total = in.size();
    qint64 done = 0;
    do {
        const QByteArray plain = in.read(chunkSize);
        done += plain.size();
        const unsigned char tag = done >= total ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, sealed.data(), &sealedSize,
                                                   reinterpret_cast<const unsigned char *>(plain.constData()),
                                                   quint64(plain.size()), nullptr, 0, tag);
        out.write(reinterpret_cast<const char *>(sealed.data()), qint64(sealedSize));
    } while (done < total);
    if (!out.commit()) {
        m_error = tr("The encrypted copy “%1” could not be written (%2).").arg(QDir::toNativeSeparators(target), out.errorString());
        return false;
    }
    return true;
}

bool BackupCipher::decryptFile(const QString &source, const QString &target, const QString &passphrase)
{
    QFile in(source);
    const qint64 prefixSize = magic.size() + 16 + qint64(crypto_pwhash_SALTBYTES)
        + qint64(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (!ready() || !in.open(QIODevice::ReadOnly)) {
        m_error = tr("The backup copy “%1” cannot be read.").arg(QDir::toNativeSeparators(source));
        return false;
    }
    const QByteArray prefix = in.read(prefixSize);
    if (prefix.size() != prefixSize || !prefix.startsWith(magic)) {
        m_error = tr("The backup copy is damaged: it is not a whole encrypted Essaim copy. Choose another copy.");
        return false;
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(prefix.constData()) + magic.size();
    const quint64 ops = qFromLittleEndian<quint64>(bytes);
    const quint64 mem = qFromLittleEndian<quint64>(bytes + 8);
    const unsigned char *salt = bytes + 16;
    const unsigned char *header = salt + crypto_pwhash_SALTBYTES;
    Key key;
    crypto_secretstream_xchacha20poly1305_state state;
    if (ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem > crypto_pwhash_MEMLIMIT_SENSITIVE
        || !deriveKey(key, passphrase, salt, ops, mem)
        || crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key.bytes) != 0) {
        m_error = tr("The backup copy is damaged: its header cannot be read. Choose another copy.");
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        m_error = tr("The decrypted copy could not be written next to the database (%1).").arg(out.errorString());
        return false;
    }
    std::vector<unsigned char> plain(chunkSize);
    bool final = false;
    int chunk = 0;
    while (!final) {
        const QByteArray sealed = in.read(chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (sealed.isEmpty()
            || crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &plainSize, &tag,
                                                          reinterpret_cast<const unsigned char *>(sealed.constData()),
                                                          quint64(sealed.size()), nullptr, 0)
                != 0) {
            out.cancelWriting();
            // Only the first chunk tells a wrong passphrase from a damaged file.
            m_error = chunk == 0 ? tr("The passphrase does not open this backup copy (or the copy is damaged). Check the "
                                     "passphrase and try again; nothing was changed.")
                                : tr("The backup copy is damaged or cut short. Choose another copy; nothing was changed.");
            return false;
        }
        out.write(reinterpret_cast<const char *>(plain.data()), qint64(plainSize));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        ++chunk;
    }
    if (!in.atEnd()) {
        out.cancelWriting();
        m_error = tr("The backup copy is damaged: it goes on past its end. Choose another copy; nothing was changed.");
        return false;
    }
    if (!out.commit()) {
        m_error = tr("The decrypted copy could not be written next to the database (%1).").arg(out.errorString());
        return false;
    }
    return true;
}
