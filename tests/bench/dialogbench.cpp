#include "dialogbench.h"

#include "models/domain/agendatime.h"
#include "models/itemmodels/directorypickermodel.h"
#include "models/stores/eventstore.h"
#include "views/eventdialog.h"
#include "views/registrationsdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <ctime>
#include <vector>

namespace {

double elapsed(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread, in ms (the wall time on a shared machine also
/// counts the time other programs had the processor).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void line(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit << Qt::endl;
}

/// Shows the dialog and lets it lay itself out and paint once, as the user
/// sees it open; returns when that is done.
void showAndPaint(QDialog &dialog)
{
    dialog.show();
    QCoreApplication::processEvents();
    dialog.repaint();
}

/// An event of the benchmark's directory: organiser, five partners and
/// forty registered contacts, spread over the whole table of actors.
bool makeEvent(EventStore &store, const QString &connectionName, EventRecord *made)
{
    QList<qint64> actors;
    QList<QPair<qint64, qint64>> contacts; // contact, actor
    {
        QSqlQuery q(QSqlDatabase::database(connectionName, false));
        q.exec(QStringLiteral("SELECT id FROM actors WHERE archived = 0 AND id % 9973 = 1 LIMIT 6"));
        while (q.next())
            actors << q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT id, actor_id FROM contacts WHERE id % 2503 = 7 LIMIT 40"));
        while (q.next())
            contacts << qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    if (actors.isEmpty())
        return false;
    EventRecord record;
    Event &e = record.event;
    e.uid = EventStore::newUid();
    e.title = QStringLiteral("Rendez-vous de l'ESS");
    e.typeId = store.types().value(0).id;
    e.start = AgendaTime::wall(QDate(2026, 3, 6), QTime(9, 0));
    e.end = AgendaTime::wall(QDate(2026, 3, 6), QTime(12, 0));
    e.location = QStringLiteral("Maison de l'ESS");
    e.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=1FR");
    e.organiserId = actors.first();
    e.partnerIds = actors.mid(1);
    e.capacity = 60;
    for (const auto &c : contacts) {
        Registration r;
        r.occurrenceStart = e.start;
        r.contactId = c.first;
        r.actorId = c.second;
        r.name = QStringLiteral("Participant %1").arg(c.first);
        record.registrations << r;
    }
    QList<EventRecord> write{record};
    if (!store.apply(write))
        return false;
    *made = write.first();
    return true;
}

} // namespace

void runDialogBench(const QString &connectionName, QTextStream &out)
{
    EventStore store(connectionName);
    EventRecord record;
    if (!makeEvent(store, connectionName, &record)) {
        out << "agenda.event_dialog_open_ms n/a ms" << Qt::endl;
        return;
    }
    QElapsedTimer timer;
    // Opened as the Agenda tab opens them (see AgendaTab::openOccurrence and
    // editRegistrations); the worst of five openings, the first one cold.
    double eventWorst = 0;
    double eventCpuWorst = 0;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const double cpu = threadCpuMs();
        {
            const auto loaded = store.load(record.event.id);
            EventDialog dialog(&store);
            dialog.setPlanActions({});
            dialog.setEvent(loaded->event);
            showAndPaint(dialog);
            eventWorst = std::max(eventWorst, elapsed(timer));
            eventCpuWorst = std::max(eventCpuWorst, threadCpuMs() - cpu);
        }
    }
    double registrationsWorst = 0;
    double registrationsCpuWorst = 0;
    const QList<Occurrence> dates = store.occurrences(record.event.start, record.event.end);
    for (int i = 0; i < 5 && !dates.isEmpty(); ++i) {
        timer.restart();
        const double cpu = threadCpuMs();
        {
            const Occurrence &o = dates.first();
            RegistrationsDialog dialog(&store, o, store.registrations(o.eventId, o.originalStart));
            showAndPaint(dialog);
            registrationsWorst = std::max(registrationsWorst, elapsed(timer));
            registrationsCpuWorst = std::max(registrationsCpuWorst, threadCpuMs() - cpu);
        }
    }

    // Typing into the pickers, letter by letter.
    std::vector<double> keystrokes;
    const QStringList typed = {QStringLiteral("association"), QStringLiteral("energie"), QStringLiteral("jardins maubeuge"),
                               QStringLiteral("delattre"), QStringLiteral("cooperative")};
    for (auto kind : {DirectoryPickerModel::Kind::Actors, DirectoryPickerModel::Kind::Contacts}) {
        DirectoryPickerModel model(connectionName, kind);
        for (const QString &word : typed) {
            for (int length = 1; length <= word.size(); ++length) {
                timer.restart();
                model.setSearchText(word.left(length));
                keystrokes.push_back(elapsed(timer));
            }
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    auto percentile = [&keystrokes](double p) {
        return keystrokes.empty() ? 0.0 : keystrokes[std::min(keystrokes.size() - 1, std::size_t(p * double(keystrokes.size())))];
    };

    // The benchmark's database is left as it was.
    QList<EventRecord> none;
    store.apply(none, {record.event.id});

    line(out, QStringLiteral("agenda.event_dialog_open_ms"), eventWorst, "ms");
    line(out, QStringLiteral("agenda.event_dialog_open_ms.cpu"), eventCpuWorst, "ms");
    line(out, QStringLiteral("agenda.registrations_dialog_open_ms"), registrationsWorst, "ms");
    line(out, QStringLiteral("agenda.registrations_dialog_open_ms.cpu"), registrationsCpuWorst, "ms");
    line(out, QStringLiteral("agenda.picker_keystroke_p50_ms"), percentile(0.5), "ms");
    line(out, QStringLiteral("agenda.picker_keystroke_p95_ms"), percentile(0.95), "ms");
}
