#include "timezonematcher.h"

#include "models/domain/eventzone.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>

namespace {

constexpr int FirstYear = 2021;
constexpr int LastYear = 2032;

int fileOffset(icaltimezone *zone, const QDateTime &utc)
{
    icaltimetype t = icaltime_null_time();
    t.year = utc.date().year();
    t.month = utc.date().month();
    t.day = utc.date().day();
    t.hour = utc.time().hour();
    t.minute = utc.time().minute();
    t.zone = icaltimezone_get_utc_timezone();
    int daylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(zone, &t, &daylight);
}

/// The file zone's offsets: one a day at noon UTC, and every hour of the
/// days where it changes, so that the hour of each change is compared too.
struct Signature
{
    QList<QDateTime> instants;
    QList<int> offsets;
};

Signature signatureOf(icaltimezone *zone)
{
    Signature s;
    int previous = 0;
    for (QDate d(FirstYear, 1, 1); d.year() <= LastYear; d = d.addDays(1)) {
        const QDateTime noon(d, QTime(12, 0), Qt::UTC);
        const int offset = fileOffset(zone, noon);
        if (!s.offsets.isEmpty() && offset != previous) {
            // A change since yesterday noon: sample each hour in between.
            for (int h = 1; h < 24; ++h) {
                const QDateTime t = noon.addSecs(-3600LL * h);
                s.instants << t;
                s.offsets << fileOffset(zone, t);
            }
        }
        s.instants << noon;
        s.offsets << offset;
        previous = offset;
    }
    return s;
}

bool sameRules(const QTimeZone &zone, const Signature &s)
{
    if (!zone.isValid())
        return false;
    for (qsizetype i = 0; i < s.instants.size(); ++i) {
        if (zone.offsetFromUtc(s.instants.at(i)) != s.offsets.at(i))
            return false;
    }
    return true;
}

/// A cheap first look: winter and summer offsets of two years.
bool sameSeasons(const QTimeZone &zone, icaltimezone *file)
{
    for (int year : {FirstYear, LastYear}) {
        for (int month : {1, 4, 7, 10}) {
            const QDateTime t(QDate(year, month, 15), QTime(12, 0), Qt::UTC);
            if (zone.offsetFromUtc(t) != fileOffset(file, t))
                return false;
        }
    }
    return true;
}

/// An alias ("US/Eastern") as the zone the CLDR names for its Windows zone.
QString canonical(const QString &id)
{
    const QByteArray windows = QTimeZone::ianaIdToWindowsId(id.toUtf8());
    if (windows.isEmpty() || QTimeZone::windowsIdToIanaIds(windows).contains(id.toUtf8()))
        return id;
    const QByteArray main = QTimeZone::windowsIdToDefaultIanaId(windows);
    return main.isEmpty() ? id : QString::fromUtf8(main);
}

/// The folder of the tz database, where QTimeZone reads its zones on
/// Linux (TZDIR when set, else the usual folders).
QString zoneInfoDir()
{
    static const QString dir = [] {
        QStringList candidates;
        if (const QString tzdir = qEnvironmentVariable("TZDIR"); !tzdir.isEmpty())
            candidates << tzdir;
        candidates << QStringLiteral("/usr/share/zoneinfo") << QStringLiteral("/usr/lib/zoneinfo") << QStringLiteral("/usr/share/lib/zoneinfo");
        for (const QString &d : std::as_const(candidates)) {
            if (QFileInfo(d + QStringLiteral("/Europe/Paris")).isFile())
                return QDir(d).canonicalPath();
        }
        return QString();
    }();
    return dir;
}

/// The zone the tz database names @p id, under its main name ("US/Eastern"
/// is America/New_York, "Asia/Calcutta" Asia/Kolkata, "GMT" UTC); empty
/// when the database has no such name.
///
/// Qt 6.4 lists only the names of zone.tab (isTimeZoneIdAvailable), not
/// the links of the database's "backward" file nor Etc/GMT+5, which
/// calendars still write. QTimeZone reads those, but it also takes any
/// POSIX rule ("XYZ" would be a zone at UTC), so a name that Qt does not
/// list counts only when the database holds a file of that name; the file
/// a link points to gives the main name, which libical also knows when
/// the zone is exported.
QString databaseName(const QString &id)
{
    if (id.isEmpty())
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return id;
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$"));
    const QString dir = zoneInfoDir();
    if (dir.isEmpty() || !shape.match(id).hasMatch())
        return {};
    const QFileInfo file(dir + QLatin1Char('/') + id);
    if (!file.isFile() || !QTimeZone(id.toUtf8()).isValid())
        return {};
    QString name = id;
    const QString target = QDir(dir).relativeFilePath(file.canonicalFilePath());
    if (!target.startsWith(QLatin1String("..")) && shape.match(target).hasMatch() && QTimeZone(target.toUtf8()).isValid())
        name = target;
    // The database's names of UTC (GMT, Etc/GMT, Zulu…): the one zone
    // written with "Z" on export.
    static const QStringList utc = {QStringLiteral("Etc/UTC"), QStringLiteral("Etc/GMT"), QStringLiteral("Etc/UCT"),
                                    QStringLiteral("Etc/Universal"), QStringLiteral("Etc/Zulu"), QStringLiteral("Etc/Greenwich")};
    if (utc.contains(name))
        return QStringLiteral("UTC");
    return name;
}

/// IANA names the TZID itself gives: as is, inside a longer path, with
/// Mozilla's dashes ("US-Eastern"), or as a Windows name.
QStringList namedCandidates(const QString &tzid)
{
    QStringList names;
    auto add = [&names](const QString &written) {
        const QString id = databaseName(written);
        if (!id.isEmpty()) {
            const QString c = canonical(id);
            if (!names.contains(c))
                names << c;
        }
    };
    const QString t = tzid.trimmed();
    add(t);
    // A globally unique TZID (RFC 5545 3.2.19) begins with a slash
    // ("/Europe/Stockholm", "/mozilla.org/20050126_1/Europe/Paris"): the
    // IANA name is the longest tail of its path that is one, from its
    // first part on.
    const QStringList path = t.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < path.size(); ++i)
        add(path.mid(i).join(QLatin1Char('/')));
    add(QString(t).replace(QLatin1Char('-'), QLatin1Char('/')).replace(QLatin1Char(' '), QLatin1Char('_')));
    add(QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(t.toUtf8())));
    if (icaltimezone *builtin = icaltimezone_get_builtin_timezone_from_tzid(t.toUtf8().constData()))
        add(QString::fromUtf8(icaltimezone_get_location(builtin)));
    return names;
}

} // namespace

QString TimeZoneMatcher::zoneFor(const QString &tzid, icaltimezone *fileZone, const QString &vtimezoneText)
{
    const QStringList named = namedCandidates(tzid);
    if (!fileZone)
        return named.value(0);
    const Signature signature = signatureOf(fileZone);
    QSet<QByteArray> tried;
    auto matches = [&](const QByteArray &id) {
        if (id.isEmpty() || tried.contains(id))
            return false;
        tried.insert(id);
        const QTimeZone zone(id);
        return zone.isValid() && sameSeasons(zone, fileZone) && sameRules(zone, signature);
    };
    for (const QString &id : named) {
        if (matches(id.toUtf8()))
            return id;
    }
    if (matches(EventZone::home().toUtf8()))
        return EventZone::home();
    // The main zone of each Windows zone, the zones covering most places
    // first, so that a custom "Eastern" is New York rather than Grand Turk.
    const QList<QByteArray> all = QTimeZone::availableTimeZoneIds();
    QList<QPair<qsizetype, QByteArray>> ranked;
    QSet<QByteArray> seen;
    for (const QByteArray &id : all) {
        const QByteArray windows = QTimeZone::ianaIdToWindowsId(id);
        if (windows.isEmpty() || seen.contains(windows))
            continue;
        seen.insert(windows);
        const QByteArray main = QTimeZone::windowsIdToDefaultIanaId(windows);
        if (!main.isEmpty())
            ranked << qMakePair(-QTimeZone::windowsIdToIanaIds(windows).size(), main);
    }
    std::sort(ranked.begin(), ranked.end());
    QList<QByteArray> mains;
    for (const auto &r : std::as_const(ranked))
        mains << r.second;
    for (const QByteArray &id : std::as_const(mains)) {
        if (matches(id))
            return QString::fromUtf8(id);
    }
    for (const QByteArray &id : all) {
        if (matches(id))
            return QString::fromUtf8(id);
    }
    return vtimezoneText;
}
