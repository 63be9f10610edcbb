#pragma once

// Shared by the libFuzzer targets: checks that hold in every build type
// (Q_ASSERT is compiled out of the release builds CI fuzzes), the number of
// lines of an input, and a scratch database with the reference tables.

#include "database.h"
#include "importcontext.h"
#include "importstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

/// Aborts, so that libFuzzer keeps the input, when @p condition is false.
#define FUZZ_CHECK(condition)                                                                        \
    do {                                                                                             \
        if (!(condition)) {                                                                          \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                            \
        }                                                                                            \
    } while (false)

namespace FuzzSupport {

/// The last line a reader may name: every kind of line end counts.
inline int lineCount(const QByteArray &bytes)
{
    return int(std::max(bytes.count('\n'), bytes.count('\r'))) + 1;
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
    static std::unique_ptr<Database> db;
    if (!db) {
        db = std::make_unique<Database>();
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
