#pragma once

#include <QCoreApplication>
#include <QString>

/// Encrypts and decrypts backup copies with a passphrase (libsodium): the
/// key is derived with Argon2id (crypto_pwhash), the file is sealed in
/// chunks by the XChaCha20-Poly1305 secret stream, whose last chunk is
/// tagged final, so a wrong passphrase, a changed byte or a cut file are
/// all refused before anything is written.
///
/// Layout: "ESSAIMENC1" magic, Argon2id opslimit and memlimit (8 bytes each,
/// little-endian), salt, stream header, then the sealed chunks.
class BackupCipher
{
    Q_DECLARE_TR_FUNCTIONS(BackupCipher)

public:
    static bool isEncrypted(const QString &path);
    /// Writes @p target (replaced whole) from @p source.
    bool encryptFile(const QString &source, const QString &target, const QString &passphrase);
    /// Writes @p target only when the whole of @p source decrypted and
    /// authenticated; otherwise @p target does not exist afterwards.
    bool decryptFile(const QString &source, const QString &target, const QString &passphrase);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};
