#pragma once

// Shared by the libFuzzer targets: checks that hold in every build type
// (Q_ASSERT is compiled out of the release builds CI fuzzes), the number of
// lines of an input, and a scratch database with the reference tables.

#include "models/interchange/importcontext.h"
#include "models/storage/database.h"
#include "models/stores/importstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

/// Aborts, so that libFuzzer keeps the input, when @p condition is false.
#define FUZZ_CHECK(condition)                                                                        \
    do {                                                                                             \
        if (!(condition)) {                                                                          \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                            \
        }                                                                                            \
    } while (false)

namespace FuzzSupport {

/// The last line a reader may name. CRLF, a lone LF and a lone CR each end
/// a line, as the readers count them (old Mac files and mixed files exist).
inline int lineCount(const QByteArray &bytes)
{
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' || (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++lines;
    }
    return lines;
}

/// One application object and one scratch folder for the whole run.
inline QTemporaryDir &scratch()
{
    static int argc = 1;
    static char name[] = "fuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    return dir;
}

/// Writes @p bytes to a file of the scratch folder and gives its path.
inline QString writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

/// A database made once, with Essaim's reference tables (communes, legal
/// categories, headcount bands) for the readers' context.
inline Database &database()
{
    // Never destroyed: at exit, Qt SQL's connection registry (a static of
    // its own) may already be gone, and closing the connection would then
    // crash after the run has passed. The process ends anyway.
    static Database *db = nullptr;
    if (!db) {
        db = new Database;
        if (!db->open(scratch().filePath(QStringLiteral("fuzz.essaim")))) {
            std::fprintf(stderr, "the scratch database cannot be made: %s\n", qPrintable(db->errorString()));
            std::abort();
        }
    }
    return *db;
}

inline const ImportContext &context()
{
    static const ImportContext ctx = ImportStore(database().connectionName()).context();
    return ctx;
}

} // namespace FuzzSupport
