#include "icsimporter.h"

#include "models/domain/agendatime.h"
#include "models/domain/eventzone.h"
#include "models/domain/recurrence.h"
#include "models/domain/textkey.h"
#include "textdecoder.h"
#include "timezonematcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <libical/ical.h>

#include <algorithm>

namespace {

const QSet<QString> &eventProperties()
{
    static const QSet<QString> names = {
        QStringLiteral("DTSTAMP"), QStringLiteral("UID"), QStringLiteral("DTSTART"), QStringLiteral("CLASS"),
        QStringLiteral("CREATED"), QStringLiteral("DESCRIPTION"), QStringLiteral("GEO"), QStringLiteral("LAST-MODIFIED"),
        QStringLiteral("LOCATION"), QStringLiteral("ORGANIZER"), QStringLiteral("PRIORITY"), QStringLiteral("SEQUENCE"),
        QStringLiteral("STATUS"), QStringLiteral("SUMMARY"), QStringLiteral("TRANSP"), QStringLiteral("URL"),
        QStringLiteral("RECURRENCE-ID"), QStringLiteral("RRULE"), QStringLiteral("DTEND"), QStringLiteral("DURATION"),
        QStringLiteral("ATTACH"), QStringLiteral("ATTENDEE"), QStringLiteral("CATEGORIES"), QStringLiteral("COMMENT"),
        QStringLiteral("CONTACT"), QStringLiteral("EXDATE"), QStringLiteral("REQUEST-STATUS"), QStringLiteral("RELATED-TO"),
        QStringLiteral("RESOURCES"), QStringLiteral("RDATE"), QStringLiteral("COLOR"), QStringLiteral("CONFERENCE"),
        QStringLiteral("IMAGE"), QStringLiteral("EXRULE"),
    };
    return names;
}

icaltimezone *paris()
{
    return icaltimezone_get_builtin_timezone("Europe/Paris");
}

QDateTime wallOf(icaltimetype t)
{
    if (t.is_date)
        return AgendaTime::wall(QDate(t.year, t.month, t.day));
    return AgendaTime::wall(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second));
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

void IcsImporter::issue(int line, const QString &message)
{
    m_issues << Issue{line, message};
}

bool IcsImporter::fail(int line, const QString &message)
{
    m_errorLine = line;
    m_error = line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message;
    m_events.clear();
    return false;
}

bool IcsImporter::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_events.clear();
        m_issues.clear();
        m_errorLine = 0;
        m_error = tr("The file “%1” cannot be opened (%2). Check that it exists and that you may read it.").arg(path, file.errorString());
        return false;
    }
    return read(file.readAll());
}

struct IcsImporter::Zones
{
    Zones() = default;
    Zones(const Zones &) = delete;
    Zones &operator=(const Zones &) = delete;
    ~Zones()
    {
        for (icaltimezone *zone : std::as_const(defined))
            icaltimezone_free(zone, 1);
    }

    QHash<QString, icaltimezone *> defined;
    QHash<QString, QString> texts;
    QHash<QString, QString> specs;
    QSet<QString> reported;
};

bool IcsImporter::read(const QByteArray &bytes)
{
    m_events.clear();
    m_issues.clear();
    m_error.clear();
    m_errorLine = 0;

    QList<Calendar> calendars;
    if (!checkStructure(unfold(decode(bytes)), &calendars))
        return false;
    QList<Override> overrides;
    for (const Calendar &calendar : std::as_const(calendars)) {
        icalcomponent *root = parse(calendar);
        if (!root)
            return false;
        // A TZID names the VTIMEZONE of its own calendar.
        Zones zones;
        readZones(root, zones);
        int index = 0;
        for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); c;
             c = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT), ++index)
            readEvent(c, calendar.events.value(index), zones, &overrides);
        icalcomponent_free(root);
    }
    // A changed occurrence may come in another calendar than its series.
    applyOverrides(overrides);
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const Issue &a, const Issue &b) { return a.line < b.line; });
    return true;
}

namespace {
/// RFC 5545 folds lines every 75 octets, and its section 3.1 warns that
/// simple writers fold in the middle of a UTF-8 character. The bytes that
/// continue such a character (10xxxxxx, which never start one) are moved
/// back before the fold, so the text decodes whole: moving bytes across a
/// fold leaves the unfolded line as it was, and the line count, which the
/// defects refer to, stays the same.
void rejoinSplitCharacters(QByteArray *data)
{
    const auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    qsizetype i = 0;
    while ((i = data->indexOf('\n', i)) >= 0) {
        const qsizetype lineEnd = i > 0 && data->at(i - 1) == '\r' ? i - 1 : i;
        const qsizetype next = i + 2;
        if (next < data->size() && (data->at(i + 1) == ' ' || data->at(i + 1) == '\t') && continuation(data->at(next))) {
            qsizetype end = next;
            while (end < data->size() && continuation(data->at(end)))
                ++end;
            // Back past folded lines left with nothing but the fold's blank.
            qsizetype to = lineEnd;
            while (to >= 2 && (data->at(to - 1) == ' ' || data->at(to - 1) == '\t') && data->at(to - 2) == '\n')
                to -= to >= 3 && data->at(to - 3) == '\r' ? 3 : 2;
            const QByteArray tail = data->mid(next, end - next);
            data->remove(next, end - next);
            data->insert(to, tail);
            i += tail.size();
        }
        ++i;
    }
}
} // namespace

QString IcsImporter::decode(const QByteArray &bytes)
{
    // UTF-8 as RFC 5545 says, a BOM dropped; a file from an old tool in
    // Windows-1252 is read as Latin-1 rather than refused.
    QByteArray data = bytes;
    // Saved as "Unicode" by a Windows editor: UTF-16.
    if (const auto utf16 = TextDecoder::detectUtf16(data))
        return TextDecoder::decode(data, *utf16);
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    rejoinSplitCharacters(&data);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString content = utf8.decode(data);
    if (utf8.hasError()) {
        content = QString::fromLatin1(data);
        issue(0, tr("the file is not in UTF-8: it was read as Latin-1, check the accents"));
    }
    return content;
}

QList<IcsImporter::Line> IcsImporter::unfold(const QString &content)
{
    // RFC 5545 3.1, keeping the line where each property starts.
    QList<Line> lines;
    const QStringList physical = content.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    for (int i = 0; i < physical.size(); ++i) {
        const QString &raw = physical.at(i);
        if (!raw.isEmpty() && (raw.at(0) == QLatin1Char(' ') || raw.at(0) == QLatin1Char('\t')) && !lines.isEmpty()) {
            lines.last().text += raw.mid(1);
            continue;
        }
        lines << Line{i + 1, raw};
    }
    return lines;
}

bool IcsImporter::checkStructure(const QList<Line> &lines, QList<Calendar> *calendars)
{
    // Every BEGIN closed by its END, in order. What breaks it makes the whole
    // file unreadable; a bad line inside a component does not.
    QList<Open> stack;
    bool sawCalendar = false;
    int lastLine = 0;
    for (const Line &l : lines) {
        if (l.text.trimmed().isEmpty())
            continue;
        lastLine = l.number;
        const int colon = l.text.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            if (stack.isEmpty() && !sawCalendar)
                return fail(l.number, tr("this is not an iCalendar file (it should begin with BEGIN:VCALENDAR)."));
            issue(l.number, tr("“%1” is not a property (no colon); the line was skipped").arg(l.text.left(40)));
            continue;
        }
        QString head = l.text.left(colon);
        const QString value = l.text.mid(colon + 1);
        const QString name = head.section(QLatin1Char(';'), 0, 0).trimmed().toUpper();
        if (name == QLatin1String("BEGIN")) {
            if (!begin(l.number, value.trimmed().toUpper(), &stack, sawCalendar, calendars))
                return false;
            continue;
        }
        if (name == QLatin1String("END")) {
            if (!end(l.number, value.trimmed().toUpper(), &stack, calendars))
                return false;
            sawCalendar = sawCalendar || stack.isEmpty();
            continue;
        }
        if (stack.isEmpty())
            return fail(l.number, tr("“%1” stands outside any component.").arg(name));
        if (stack.last().name == QLatin1String("VEVENT")) {
            if (!keepEventProperty(l.number, name, &head, value))
                continue;
            calendars->last().events.last().properties << Line{l.number, head + QLatin1Char(':') + value};
        }
        calendars->last().lines << head + QLatin1Char(':') + value;
    }
    if (!stack.isEmpty())
        return fail(lastLine, tr("the file ends before END:%1 (BEGIN:%1 on line %2): it is incomplete.")
                                  .arg(stack.last().name)
                                  .arg(stack.last().line));
    if (calendars->isEmpty())
        return fail(1, tr("the file is empty."));
    return true;
}

bool IcsImporter::begin(int line, const QString &component, QList<Open> *stack, bool sawCalendar, QList<Calendar> *calendars)
{
    const bool calendar = component == QLatin1String("VCALENDAR");
    if (stack->isEmpty() && !calendar && component != QLatin1String("VEVENT")) {
        if (sawCalendar)
            return fail(line, tr("content after END:VCALENDAR."));
        return fail(line, tr("this is not an iCalendar file (it should begin with BEGIN:VCALENDAR)."));
    }
    // RFC 5545 3.4: a file holds one calendar or more, each read whole;
    // VEVENTs without one (some web sites publish that) are gathered into one.
    if (stack->isEmpty() && (calendar || calendars->isEmpty() || !calendars->last().bare))
        *calendars << Calendar{line, !calendar, {}, {}};
    *stack << Open{component, line};
    if (component == QLatin1String("VEVENT"))
        calendars->last().events << EventLines{line, {}};
    else if (component != QLatin1String("VCALENDAR") && component != QLatin1String("VTIMEZONE") && component != QLatin1String("STANDARD")
             && component != QLatin1String("DAYLIGHT") && component != QLatin1String("VALARM") && stack->size() <= 2)
        issue(line, tr("a %1 component is not an event; it was skipped").arg(component));
    calendars->last().lines << QStringLiteral("BEGIN:") + component;
    return true;
}

bool IcsImporter::end(int line, const QString &component, QList<Open> *stack, QList<Calendar> *calendars)
{
    if (stack->isEmpty())
        return fail(line, tr("END:%1 closes nothing.").arg(component));
    if (stack->last().name != component)
        return fail(line, tr("END:%1 found where END:%2 (opened line %3) was expected.").arg(component, stack->last().name).arg(stack->last().line));
    stack->removeLast();
    calendars->last().lines << QStringLiteral("END:") + component;
    return true;
}

bool IcsImporter::keepEventProperty(int line, const QString &name, QString *head, const QString &value)
{
    if (!name.startsWith(QLatin1String("X-")) && !eventProperties().contains(name)) {
        issue(line, tr("the unknown property %1 was skipped").arg(name));
        return false;
    }
    if (head->contains(QLatin1String(";;"))) {
        issue(line, tr("an empty parameter in %1 was ignored").arg(name));
        while (head->contains(QLatin1String(";;")))
            head->replace(QLatin1String(";;"), QLatin1String(";"));
    }
    if (value.trimmed().isEmpty()) {
        // An empty text means no text (Google writes "DESCRIPTION:" and
        // "LOCATION:" on every event): left out silently, rather than given
        // to libical, which reports it as an error. An empty date or rule
        // is a defect worth saying.
        static const QSet<QString> texts = {QStringLiteral("SUMMARY"), QStringLiteral("DESCRIPTION"), QStringLiteral("LOCATION"),
                                            QStringLiteral("COMMENT"), QStringLiteral("CATEGORIES"), QStringLiteral("CONTACT"),
                                            QStringLiteral("RESOURCES"), QStringLiteral("URL")};
        if (!texts.contains(name) && !name.startsWith(QLatin1String("X-")))
            issue(line, tr("the empty %1 was ignored").arg(name));
        return false;
    }
    if (name == QLatin1String("RRULE")) {
        if (const Outcome<bool> valid = Recurrence::check(value); !valid) {
            issue(line, tr("the repeat rule “%1” is refused (%2); the event was kept without repetition").arg(value.trimmed(), valid.errorString()));
            return false;
        }
    }
    if (name == QLatin1String("EXRULE")) {
        issue(line, tr("EXRULE (dropped from RFC 5545) is not supported; it was skipped"));
        return false;
    }
    return true;
}

icalcomponent *IcsImporter::parse(const Calendar &calendar)
{
    QStringList lines = calendar.lines;
    // Bare VEVENTs are wrapped in a calendar.
    if (calendar.bare) {
        lines.prepend(QStringLiteral("BEGIN:VCALENDAR"));
        lines << QStringLiteral("END:VCALENDAR");
    }
    const QByteArray ical = lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    icalcomponent *root = icalparser_parse_string(ical.constData());
    if (!root || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
        if (root)
            icalcomponent_free(root);
        fail(calendar.begin, tr("the calendar cannot be read."));
        return nullptr;
    }
    return root;
}

void IcsImporter::readZones(icalcomponent *root, Zones &zones)
{
    // The zones defined by the file come first; zoneOf() falls back on the
    // system's database.
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT); c;
         c = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)) {
        // RFC 5545 3.6.5 requires a STANDARD or DAYLIGHT part: a VTIMEZONE
        // without one (some web sites write only its TZID) gives no rules,
        // and libical would read it as a zone always at UTC. Its TZID is
        // then resolved by its name alone.
        if (!icalcomponent_get_first_component(c, ICAL_XSTANDARD_COMPONENT)
            && !icalcomponent_get_first_component(c, ICAL_XDAYLIGHT_COMPONENT))
            continue;
        icaltimezone *zone = icaltimezone_new();
        icalcomponent *copy = icalcomponent_new_clone(c);
        if (!icaltimezone_set_component(zone, copy)) {
            // Refused (no TZID): the zone did not take the copy.
            icaltimezone_free(zone, 1);
            icalcomponent_free(copy);
            continue;
        }
        const QString tzid = text(icaltimezone_get_tzid(zone));
        // A TZID defined twice: the last definition stands, the first is freed.
        if (icaltimezone *earlier = zones.defined.take(tzid))
            icaltimezone_free(earlier, 1);
        zones.defined.insert(tzid, zone);
        char *vtimezone = icalcomponent_as_ical_string_r(c);
        zones.texts.insert(tzid, text(vtimezone).trimmed());
        icalmemory_free_buffer(vtimezone);
    }
}

QString IcsImporter::zoneOf(Zones &zones, const QString &tzid)
{
    // Each TZID is named once, as EventZone holds it (TimeZoneMatcher).
    auto known = zones.specs.constFind(tzid);
    if (known != zones.specs.constEnd())
        return *known;
    const QString spec = TimeZoneMatcher::zoneFor(tzid, zones.defined.value(tzid), zones.texts.value(tzid));
    zones.specs.insert(tzid, spec);
    return spec;
}

QDateTime IcsImporter::toWall(Zones &zones, icalproperty *p, icaltimetype t, int line, const QString &floatingTzid)
{
    // A floating time beside a start with a TZID (Outlook writes such a
    // DTEND) is read in the start's zone, as calendar programs do.
    if (t.is_date)
        return wallOf(t);
    if (icaltime_is_utc(t))
        return wallOf(icaltime_convert_to_zone(t, paris()));
    QString tzid = text(icalproperty_get_parameter_as_string(p, "TZID"));
    if (tzid.isEmpty())
        tzid = floatingTzid;
    if (tzid.isEmpty())
        return wallOf(t); // floating: the council's own clock
    const QString spec = zoneOf(zones, tzid);
    if (spec.isEmpty()) {
        if (!zones.reported.contains(tzid)) {
            zones.reported.insert(tzid);
            issue(line, tr("the time zone “%1” is not defined; its times were read as Paris times").arg(tzid));
        }
        return wallOf(t);
    }
    t.zone = nullptr;
    return EventZone(spec).toHome(wallOf(t));
}

void IcsImporter::reportParseError(icalproperty *error, const EventLines &source)
{
    // libical's sentences (icalparser.c), in English whatever the user's
    // language: "No value for DESCRIPTION property. Removing entire
    // property:", "Can't parse as DATE-TIME value in RDATE property.
    // Removing entire property: 20131210Z", "Cant parse parameter value:
    // TZID=…". Each becomes a sentence of ours, with the property's line.
    static const QRegularExpression noValue(QStringLiteral("^No value for (\\S+) property"));
    static const QRegularExpression badValue(QStringLiteral("^Can't parse as (\\S+) value in (\\S+) property\\. Removing entire property:(.*)$"));
    static const QRegularExpression badParameter(
        QStringLiteral("^(?:Cant parse parameter name|Cant parse parameter value|Got a VALUE parameter with an unknown type):(.*)$"));
    const QString raw = text(icalproperty_get_xlicerror(error)).trimmed();
    // The first property line of the event named @p property (libical
    // names X- properties "X") and holding @p written.
    const auto lineOf = [&source](const QString &property, const QString &written) {
        for (const Line &l : source.properties) {
            const int colon = l.text.indexOf(QLatin1Char(':'));
            const QString name = l.text.left(colon).section(QLatin1Char(';'), 0, 0).trimmed().toUpper();
            const bool named = property.isEmpty() || name == property
                               || (property == QLatin1String("X") && name.startsWith(QLatin1String("X-")));
            if (named && l.text.contains(written))
                return l;
        }
        return Line{source.begin, QString()};
    };
    if (const QRegularExpressionMatch m = noValue.match(raw); m.hasMatch()) {
        const QString property = m.captured(1);
        issue(lineOf(property, QString()).number, tr("the empty %1 was ignored").arg(property));
        return;
    }
    if (const QRegularExpressionMatch m = badValue.match(raw); m.hasMatch()) {
        const QString kind = m.captured(1);
        const QString property = m.captured(2);
        const QString written = m.captured(3).trimmed();
        const int line = lineOf(property, written).number;
        if (kind.startsWith(QLatin1String("DATE")) || kind == QLatin1String("PERIOD") || kind == QLatin1String("TIME"))
            issue(line, tr("the %1 value “%2” cannot be read as a date and time; it was skipped").arg(property, written));
        else if (kind == QLatin1String("DURATION"))
            issue(line, tr("the %1 value “%2” cannot be read as a duration; it was skipped").arg(property, written));
        else if (kind == QLatin1String("INTEGER") || kind == QLatin1String("FLOAT"))
            issue(line, tr("the %1 value “%2” cannot be read as a number; it was skipped").arg(property, written));
        else if (kind == QLatin1String("GEO"))
            issue(line, tr("the %1 value “%2” cannot be read as a latitude and longitude; it was skipped").arg(property, written));
        else if (kind == QLatin1String("RECUR"))
            issue(line, tr("the %1 value “%2” cannot be read as a repeat rule; it was skipped").arg(property, written));
        else
            issue(line, tr("the %1 value “%2” cannot be read; it was skipped").arg(property, written));
        return;
    }
    if (const QRegularExpressionMatch m = badParameter.match(raw); m.hasMatch()) {
        const QString written = m.captured(1).trimmed();
        const Line l = lineOf(QString(), written);
        if (l.text.isEmpty())
            issue(l.number, tr("the parameter “%1” cannot be read; it was ignored").arg(written));
        else
            issue(l.number, tr("the parameter “%1” of %2 cannot be read; it was ignored")
                                .arg(written, l.text.section(QLatin1Char(';'), 0, 0).section(QLatin1Char(':'), 0, 0).trimmed().toUpper()));
        return;
    }
    // Another sentence of libical: its English is not shown.
    issue(source.begin, tr("part of the event could not be read and was skipped"));
}

void IcsImporter::readEvent(icalcomponent *c, const EventLines &source, Zones &zones, QList<Override> *overrides)
{
    const int line = source.begin;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
        reportParseError(p, source);

    Event e;
    e.title = text(icalcomponent_get_summary(c)).trimmed();
    e.location = text(icalcomponent_get_location(c)).trimmed();
    e.description = text(icalcomponent_get_description(c)).trimmed();
    e.uid = text(icalcomponent_get_uid(c)).trimmed();
    QString startTzid;
    QString zoneSpec;
    if (!readWhen(c, line, zones, &e, &startTzid, &zoneSpec))
        return;
    const EventZone zone(zoneSpec);
    if (e.title.isEmpty())
        e.title = tr("(untitled)");
    if (e.uid.isEmpty()) {
        // A stable UID, so that importing the same file twice updates.
        const QByteArray key = (e.title + QLatin1Char('|') + AgendaTime::toText(e.start) + QLatin1Char('|') + e.location
                                + QLatin1Char('|') + e.description).toUtf8();
        e.uid = QStringLiteral("import-%1@essaim").arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20)));
    }
    if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_CLASS_PROPERTY))
        e.isPublic = icalproperty_get_class(p) == ICAL_CLASS_PUBLIC;
    e.typeId = typeOf(c);
    const bool cancelled = icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED;

    if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY)) {
        Override o = overrideOf(e, cancelled, toWall(zones, p, icalproperty_get_recurrenceid(p), line), line);
        o.single = e;
        if (!zoneSpec.isEmpty() && zoneSpec != QLatin1String("UTC"))
            o.single.timeZone = zone.isHome() ? EventZone::home() : zoneSpec;
        *overrides << o;
        return;
    }
    if (cancelled) {
        issue(line, tr("the event “%1” is marked cancelled; it was not imported").arg(e.title));
        return;
    }
    e.rrule = ruleOf(c, e, zone, line);
    readExtraDates(c, line, zones, startTzid, zone, &e);
    // A UTC start repeats in UTC; a single one is just an instant.
    if (!zoneSpec.isEmpty() && (e.isRecurring() || zoneSpec != QLatin1String("UTC")))
        e.timeZone = zone.isHome() ? EventZone::home() : zoneSpec;
    addEvent(e, line);
}

bool IcsImporter::readWhen(icalcomponent *c, int line, Zones &zones, Event *e, QString *startTzid, QString *zoneSpec)
{
    icalproperty *startProperty = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
    if (!startProperty) {
        issue(line, tr("the event “%1” has no start (DTSTART); it was skipped").arg(e->title));
        return false;
    }
    const icaltimetype startValue = icalproperty_get_dtstart(startProperty);
    e->allDay = startValue.is_date;
    e->start = toWall(zones, startProperty, startValue, line);
    // The zone the rule repeats in: the start's (RFC 5545 3.3.10).
    *startTzid = startValue.is_date ? QString() : text(icalproperty_get_parameter_as_string(startProperty, "TZID"));
    *zoneSpec = startTzid->isEmpty() ? QString() : zoneOf(zones, *startTzid);
    if (zoneSpec->isEmpty() && !startValue.is_date && icaltime_is_utc(startValue))
        *zoneSpec = QStringLiteral("UTC");
    if (!e->start.isValid()) {
        issue(line, tr("the start of the event “%1” cannot be read; it was skipped").arg(e->title));
        return false;
    }
    if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY)) {
        e->end = toWall(zones, p, icalproperty_get_dtend(p), line, *startTzid);
    } else if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY)) {
        e->end = e->start.addSecs(icaldurationtype_as_int(icalproperty_get_duration(p)));
    } else {
        e->end = e->allDay ? e->start.addDays(1) : e->start;
    }
    if (!e->end.isValid() || e->end < e->start) {
        issue(line, tr("the end of the event “%1” is before its start; the event was given no length").arg(e->title));
        e->end = e->allDay ? e->start.addDays(1) : e->start;
    }
    return true;
}

qint64 IcsImporter::typeOf(icalcomponent *c) const
{
    // The first category, in file order, that names one of the types.
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_CATEGORIES_PROPERTY)) {
        const QStringList names = text(icalproperty_get_categories(p)).split(QLatin1Char(','));
        for (const QString &n : names) {
            for (const EventType &t : m_types) {
                if (TextKey::fold(t.name) == TextKey::fold(n.trimmed()))
                    return t.id;
            }
        }
    }
    return 0;
}

IcsImporter::Override IcsImporter::overrideOf(const Event &e, bool cancelled, const QDateTime &occurrenceStart, int line)
{
    Override o;
    o.uid = e.uid;
    o.line = line;
    o.exception.occurrenceStart = occurrenceStart;
    o.exception.kind = cancelled ? EventException::Kind::Cancelled : EventException::Kind::Changed;
    if (!cancelled) {
        o.exception.start = e.start;
        o.exception.end = e.end;
        o.exception.title = e.title;
        o.exception.location = e.location;
        o.exception.description = e.description;
    }
    return o;
}

QString IcsImporter::ruleOf(icalcomponent *c, const Event &e, const EventZone &zone, int line)
{
    icalproperty *p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
    if (!p)
        return e.rrule;
    icalrecurrencetype r = icalproperty_get_rrule(p);
    if (!icaltime_is_null_time(r.until)) {
        // UNTIL becomes a wall-clock time like the start.
        QDateTime until;
        // For all-day series (Google writes a UTC UNTIL with a date
        // start) the date as written is the last day.
        if (r.until.is_date || e.allDay)
            until = AgendaTime::wall(QDate(r.until.year, r.until.month, r.until.day), QTime(23, 59, 59));
        else if (icaltime_is_utc(r.until))
            until = zone.fromUtc(wallOf(r.until));
        else
            until = wallOf(r.until);
        icaltimetype u = icaltime_null_time();
        u.year = until.date().year();
        u.month = until.date().month();
        u.day = until.date().day();
        u.hour = until.time().hour();
        u.minute = until.time().minute();
        u.second = until.time().second();
        r.until = u;
    }
    char *rule = icalrecurrencetype_as_string_r(&r);
    const QString written = text(rule);
    icalmemory_free_buffer(rule);
    if (icalcomponent_get_next_property(c, ICAL_RRULE_PROPERTY))
        issue(line, tr("the event “%1” has several repeat rules; only the first was kept").arg(e.title));
    return written;
}

void IcsImporter::readExtraDates(icalcomponent *c, int line, Zones &zones, const QString &startTzid, const EventZone &zone, Event *e)
{
    // EXDATE cancels occurrences, RDATE adds some; a date alone stands for
    // the occurrence of that day (a day of the event's zone).
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype t = icalproperty_get_exdate(p);
        if (icaltime_is_null_time(t))
            continue;
        EventException x;
        x.kind = EventException::Kind::Cancelled;
        x.occurrenceStart = toWall(zones, p, t, line, startTzid);
        if (t.is_date && !e->allDay)
            x.occurrenceStart = zone.toHome(AgendaTime::wall(x.occurrenceStart.date(), zone.fromHome(e->start).time()));
        if (!e->exceptionAt(x.occurrenceStart))
            e->exceptions << x;
    }
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype d = icalproperty_get_rdate(p);
        icaltimetype t = d.time;
        if (icaltime_is_null_time(t))
            t = d.period.start;
        if (icaltime_is_null_time(t))
            continue;
        EventException x;
        x.kind = EventException::Kind::Added;
        x.occurrenceStart = toWall(zones, p, t, line, startTzid);
        if (t.is_date && !e->allDay)
            x.occurrenceStart = zone.toHome(AgendaTime::wall(x.occurrenceStart.date(), zone.fromHome(e->start).time()));
        x.start = x.occurrenceStart;
        x.end = x.start.addSecs(e->durationSecs());
        // A period gives this occurrence its own end (RFC 5545 §3.8.5.2).
        if (icaltime_is_null_time(d.time)) {
            if (!icaltime_is_null_time(d.period.end)) {
                const QDateTime end = toWall(zones, p, d.period.end, line, startTzid);
                if (end > x.start)
                    x.end = end;
            } else if (const int seconds = icaldurationtype_as_int(d.period.duration); seconds > 0) {
                x.end = x.start.addSecs(seconds);
            }
        }
        if (!e->isRecurring())
            e->rrule = QStringLiteral("FREQ=YEARLY;COUNT=1"); // the start itself, then the added dates
        if (!e->exceptionAt(x.occurrenceStart))
            e->exceptions << x;
    }
}

void IcsImporter::addEvent(const Event &e, int line)
{
    bool merged = false;
    for (const Event &known : std::as_const(m_events)) {
        if (known.uid == e.uid) {
            issue(line, tr("the UID “%1” appears twice; the first event was kept").arg(e.uid));
            merged = true;
        }
    }
    if (!merged)
        m_events << e;
}

void IcsImporter::applyOverrides(QList<Override> overrides)
{
    for (Override &o : overrides) {
        auto series = std::find_if(m_events.begin(), m_events.end(), [&](const Event &e) { return e.uid == o.uid; });
        if (series == m_events.end()) {
            // A changed occurrence whose series is elsewhere (a CalDAV server
            // may hold only that one, RFC 4791 4.1; Google exports birthdays
            // so): calendar programs show it where it is, as an event of its
            // own, which it becomes, under a UID of its own so that the
            // occurrences of one series stay apart and a new import of the
            // file updates each. A cancelled one shows nothing.
            if (o.exception.kind == EventException::Kind::Cancelled) {
                issue(o.line, tr("the change of one occurrence of “%1” has no series in the file; it was skipped").arg(o.uid));
                continue;
            }
            Event single = o.single;
            single.rrule.clear();
            single.exceptions.clear();
            single.uid = QStringLiteral("%1#%2").arg(o.uid, o.exception.occurrenceStart.toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
            addEvent(single, o.line);
            continue;
        }
        if (!series->isRecurring()) {
            issue(o.line, tr("the event “%1” does not repeat; the change of one occurrence was skipped").arg(series->title));
            continue;
        }
        if (o.exception.kind == EventException::Kind::Changed) {
            // What the occurrence shares with its series is not repeated.
            if (o.exception.title == series->title)
                o.exception.title.clear();
            if (o.exception.location == series->location)
                o.exception.location.clear();
            if (o.exception.description == series->description)
                o.exception.description.clear();
        }
        for (int i = series->exceptions.size() - 1; i >= 0; --i) {
            if (series->exceptions.at(i).occurrenceStart == o.exception.occurrenceStart)
                series->exceptions.removeAt(i);
        }
        series->exceptions << o.exception;
    }
}
