#include "testsupport.h"

#include "models/domain/clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <time.h>

namespace {

// Every test executable runs in the time zone, locale and display that CTest
// sets, even when started by hand from a shell: set before main(), so before
// Qt reads them. CTest's own values win when present.
struct PinnedEnvironment {
    PinnedEnvironment()
    {
        qputenv("TZ", "Europe/Paris");
        tzset();
        qputenv("LANG", "C.UTF-8");
        qputenv("LC_ALL", "C.UTF-8");
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
};
const PinnedEnvironment pinnedEnvironment;

} // namespace

namespace TestSupport {

QDateTime demoInstant()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

void pinClock(const QDateTime &instant)
{
    Clock::setFixed(instant);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

Actor makeActor(const QString &name, const QString &communeInsee, const QString &communeName)
{
    Actor a;
    a.name = name;
    a.communeInsee = communeInsee;
    a.communeName = communeName;
    return a;
}

CliResult runEssaim(const QString &home, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    // No display at all: the commands must not need one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // The program's clock is the test's: pinned when the test pinned it.
    if (Clock::isFixed())
        env.insert(QStringLiteral("ESSAIM_CLOCK"), Clock::nowUtcText());
    else
        env.remove(QStringLiteral("ESSAIM_CLOCK"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ESSAIM_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString pdfText(const QString &path, int first, int last, bool layout)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last > 0 ? last : first);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(60000);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    return text;
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int pdfImageCount(const QString &path, int page)
{
    QStringList args{QStringLiteral("-list")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    QProcess p;
    p.start(QStringLiteral("pdfimages"), args << path);
    p.waitForFinished(60000);
    int count = 0;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() > 2 && fields.at(2) == QLatin1String("image"))
            ++count;
    }
    return count;
}

} // namespace TestSupport
