#include "app/mainwindow.h"
#include "models/demo/democalendar.h"
#include "models/demo/demodatabuilder.h"
#include "models/domain/agendatime.h"
#include "models/domain/clock.h"
#include "models/domain/publicholidays.h"
#include "models/domain/serieseditor.h"
#include "models/domain/textkey.h"
#include "models/itemmodels/occurrencetablemodel.h"
#include "models/storage/database.h"
#include "models/stores/agendataskreader.h"
#include "models/stores/eventstore.h"
#include "models/stores/projectstore.h"
#include "testsupport.h"
#include "views/agendatab.h"
#include "views/calendarview.h"
#include "views/directorypicker.h"
#include "views/eventdialog.h"
#include "views/eventtypesdialog.h"
#include "views/observatorytab.h"
#include "views/prompter.h"
#include "views/registrationsdialog.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QApplication>
#include <QPushButton>
#include <QListWidget>
#include <QMenu>
#include <QTabWidget>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

/// The Agenda tab driven as a user does, over the demo database.
class TestAgendaGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_dir.isValid());
        TestSupport::pinClock();
        // One demo database, copied for each test.
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("demo.essaim"))));
        DemoDataBuilder builder(db.connectionName());
        QVERIFY2(builder.build(), qPrintable(builder.errorString()));
        QVERIFY(db.copyTo(m_dir.filePath(QStringLiteral("template.essaim"))));
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui%1.essaim").arg(++m_counter));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("template.essaim")), path));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path));
        m_store = std::make_unique<EventStore>(m_db->connectionName());
        m_undo = std::make_unique<QUndoStack>();
        m_tab = std::make_unique<AgendaTab>(m_store.get(), m_undo.get());
        m_tab->resize(1280, 800);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        m_tab->goToDate(QDate(2026, 11, 23));
        Prompter::setQuestionHandler([this](const QString &text) {
            m_questions << text;
            return m_answer;
        });
        Prompter::setWarningHandler([this](const QString &text) { m_warnings << text; });
    }

    void cleanup()
    {
        AgendaTab::setDialogRunner({});
        AgendaTab::setScopeChooser({});
        Prompter::setQuestionHandler({});
        Prompter::setWarningHandler({});
        m_tab.reset();
        m_undo.reset();
        m_store.reset();
        m_db.reset();
        m_questions.clear();
        m_warnings.clear();
        m_answer = QMessageBox::Yes;
        Prompter::setFileHandler({});
    }

    void monthViewStartsOnMondayInFrench()
    {
        auto *view = m_tab->findChild<CalendarView *>(QStringLiteral("calendarView"));
        QVERIFY(view);
        QCOMPARE(view->firstVisibleDay(), QDate(2026, 10, 26)); // the Monday before 1 November
        QCOMPARE(view->firstVisibleDay().dayOfWeek(), 1);
        QCOMPARE(m_tab->findChild<QLabel *>(QStringLiteral("periodLabel"))->text(), QStringLiteral("Novembre 2026"));
        QCOMPARE(m_tab->findChild<QCalendarWidget *>(QStringLiteral("miniCalendar"))->firstDayOfWeek(), Qt::Monday);
        QStringList titles;
        for (const Occurrence &o : m_tab->visibleOccurrences())
            titles << o.title;
        QVERIFY(titles.contains(QStringLiteral("Forum de l'ESS")));
        QVERIFY(titles.contains(QStringLiteral("Mois de l'ESS")));
        QCOMPARE(titles.count(QStringLiteral("Rendez-vous de l'ESS")), 2); // 6 November and 4 December, both in the grid

        // A click on the Forum's chip selects it; the detail says its place.
        QVERIFY(m_tab->selectOccurrence(QStringLiteral("Forum")));
        view->repaint();
        const QRect chip = view->rectOf(view->selectedIndex());
        view->setSelectedIndex(-1);
        QVERIFY(chip.isValid());
        QTest::mouseClick(view, Qt::LeftButton, {}, chip.center());
        QCOMPARE(m_tab->selectedOccurrence()->title, QStringLiteral("Forum de l'ESS"));
        QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("detailLabel"))->text().contains(QStringLiteral("Salle des fêtes, Maubeuge")));

        // Next and previous months, then today.
        m_tab->findChild<QAction *>(QStringLiteral("nextAction"))->trigger();
        QCOMPARE(m_tab->findChild<QLabel *>(QStringLiteral("periodLabel"))->text(), QStringLiteral("Décembre 2026"));
        for (int i = 0; i < 4; ++i)
            m_tab->goPrevious();
        QCOMPARE(m_tab->currentDate(), QDate(2026, 8, 13));
        // August: the Rendez-vous is cancelled.
        for (const Occurrence &o : m_tab->visibleOccurrences())
            QVERIFY(!(o.title == QStringLiteral("Rendez-vous de l'ESS") && o.start.date().month() == 8));
        m_tab->findChild<QAction *>(QStringLiteral("todayAction"))->trigger();
        QCOMPARE(m_tab->currentDate(), Clock::today());
    }

    void weekViewAndList()
    {
        QTest::mouseClick(m_tab->findChild<QToolButton *>(QStringLiteral("weekButton")), Qt::LeftButton);
        QCOMPARE(m_tab->view(), AgendaTab::View::Week);
        m_tab->goToDate(QDate(2026, 3, 29)); // summer time begins that Sunday
        auto *view = m_tab->findChild<CalendarView *>(QStringLiteral("calendarView"));
        QCOMPARE(view->firstVisibleDay(), QDate(2026, 3, 23));
        QStringList starts;
        for (const Occurrence &o : m_tab->visibleOccurrences())
            starts << AgendaTime::toText(o.start) + QLatin1Char(' ') + o.title;
        QVERIFY2(starts.contains(QStringLiteral("2026-03-24T09:00:00 Formation collective DLA : gouvernance associative")), qPrintable(starts.join(QLatin1Char('\n'))));
        QVERIFY(starts.contains(QStringLiteral("2026-03-26T09:30:00 Atelier « Finances solidaires »")));
        QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("periodLabel"))->text().startsWith(QStringLiteral("Week 13")));
        // The Sunday of the change has 23 hours, yet it is shown as a full day
        // of the week and its 10:00 sits where Monday's 10:00 sits.
        QCOMPARE(view->endVisibleDay(), QDate(2026, 3, 30));
        QList<EventRecord> added;
        for (const QDate &day : {QDate(2026, 3, 23), QDate(2026, 3, 29)}) {
            EventRecord r;
            r.event.title = QStringLiteral("Essai %1").arg(day.dayOfWeek());
            r.event.start = AgendaTime::wall(day, QTime(10, 0));
            r.event.end = AgendaTime::wall(day, QTime(11, 0));
            added << r;
        }
        QVERIFY(m_store->apply(added)); // the tab hears of it
        int monday = -1, sunday = -1;
        const QList<Occurrence> shown = m_tab->visibleOccurrences();
        for (int i = 0; i < shown.size(); ++i) {
            if (shown.at(i).title == QStringLiteral("Essai 1"))
                monday = i;
            else if (shown.at(i).title == QStringLiteral("Essai 7"))
                sunday = i;
        }
        QVERIFY(monday >= 0 && sunday >= 0);
        QCOMPARE(AgendaTime::toText(shown.at(sunday).start), QStringLiteral("2026-03-29T10:00:00"));
        view->repaint();
        QCOMPARE(view->rectOf(sunday).top(), view->rectOf(monday).top());
        QCOMPARE(view->rectOf(sunday).height(), view->rectOf(monday).height());
        QVERIFY(view->dayRect(QDate(2026, 3, 29)).contains(view->rectOf(sunday).center()));

        // Typing a search shows the list of matching occurrences.
        QTest::keyClicks(m_tab->findChild<QLineEdit *>(QStringLiteral("agendaSearch")), QStringLiteral("tropHees"));
        QCOMPARE(m_tab->view(), AgendaTab::View::List);
        auto *list = m_tab->findChild<QTreeView *>(QStringLiteral("occurrenceList"));
        for (int r = 0; r < 3; ++r) qDebug() << list->model()->index(r, 0).data() << list->model()->index(r, OccurrenceTableModel::Title).data();
        // The Trophées of last year and of this year: the agenda begins on 1 January of last year.
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->model()->index(0, 2).data().toString(), QStringLiteral("Trophées de l'ESS"));
        QCOMPARE(list->model()->index(1, 2).data().toString(), QStringLiteral("Trophées de l'ESS"));
        QCOMPARE(m_tab->findChild<QLabel *>(QStringLiteral("periodLabel"))->text(), QStringLiteral("2 result(s)"));
        // Coming up after the pinned Monday 23 November 2026: the Tuesday
        // Permanence and Chantier, then the Trophées on Friday.
        auto *upcoming = m_tab->findChild<QListWidget *>(QStringLiteral("upcomingList"));
        QCOMPARE(Clock::today(), QDate(2026, 11, 23));
        QCOMPARE(upcoming->count(), 12);
        QCOMPARE(upcoming->item(0)->text(), QStringLiteral("mar. 24 nov., 09:00\nPermanence ESS"));
        QCOMPARE(upcoming->item(1)->text(), QStringLiteral("mar. 24 nov., 14:00\nChantier « Mutualiser les compétences »"));
        QCOMPARE(upcoming->item(2)->text(), QStringLiteral("ven. 27 nov., 18:30\nTrophées de l'ESS"));
    }

    void createWithRecurrenceThenUndo()
    {
        // No translation is loaded here: French day names in English sentences.
        const int before = m_store->count();
        QString preview;
        AgendaTab::setDialogRunner([&](QDialog *dialog) {
            auto *d = qobject_cast<EventDialog *>(dialog);
            d->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Café des bénévoles"));
            auto *start = d->findChild<QDateTimeEdit *>(QStringLiteral("startEdit"));
            start->setDateTime(AgendaTime::wall(QDate(2027, 1, 1), QTime(10, 0))); // a Friday
            auto *repeat = d->findChild<QComboBox *>(QStringLiteral("repeatCombo"));
            repeat->setCurrentIndex(repeat->findText(QStringLiteral("The 1st vendredi of the month")));
            d->findChild<QComboBox *>(QStringLiteral("repeatEndCombo"))->setCurrentIndex(2);
            d->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(3);
            preview = d->previewText();
            return int(QDialog::Accepted);
        });
        m_tab->findChild<QAction *>(QStringLiteral("newEventAction"))->trigger();
        QCOMPARE(m_store->count(), before + 1);
        QCOMPARE(preview.split(QLatin1Char('\n')).value(0), QStringLiteral("The 1st vendredi of the month, 3 time(s)"));
        QCOMPARE(preview.split(QLatin1Char('\n')).value(2), QStringLiteral("vendredi 5 février 2027 at 10:00"));
        // The demo's DLA training for "dirigeants bénévoles" matches the search too.
        QList<Occurrence> created = m_store->occurrences(AgendaTime::wall(QDate(2027, 1, 1)), AgendaTime::wall(QDate(2027, 12, 1)),
                                                         QStringLiteral("benevoles"));
        created.erase(std::remove_if(created.begin(), created.end(),
                                     [](const Occurrence &o) { return o.title != QStringLiteral("Café des bénévoles"); }),
                      created.end());
        QCOMPARE(created.size(), 3);
        QCOMPARE(created.at(2).start, AgendaTime::wall(QDate(2027, 3, 5), QTime(10, 0)));
        m_undo->undo();
        QCOMPARE(m_store->count(), before);
        m_undo->redo();
        QCOMPARE(m_store->count(), before + 1);
    }

    void editOneOccurrenceAndCancelAnother()
    {
        m_tab->goToDate(QDate(2026, 12, 1));
        QVERIFY(m_tab->selectOccurrence(QStringLiteral("Rendez-vous"), QDate(2026, 12, 4)));
        QString asked;
        AgendaTab::setScopeChooser([&](const QString &question) {
            asked = question;
            return int(SeriesEditor::Scope::ThisOccurrence);
        });
        AgendaTab::setDialogRunner([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("locationEdit"))->setText(QStringLiteral("Théâtre, Maubeuge"));
            return int(QDialog::Accepted);
        });
        m_tab->findChild<QAction *>(QStringLiteral("editEventAction"))->trigger();
        QVERIFY(asked.contains(QStringLiteral("repeats")));
        auto place = [this](const QDate &day) {
            for (const Occurrence &o : m_store->occurrences(AgendaTime::wall(day), AgendaTime::wall(day.addDays(1))))
                if (o.title == QStringLiteral("Rendez-vous de l'ESS"))
                    return o.location;
            return QStringLiteral("none");
        };
        QCOMPARE(place(QDate(2026, 12, 4)), QStringLiteral("Théâtre, Maubeuge"));
        QCOMPARE(place(QDate(2026, 11, 6)), QStringLiteral("Maison de l'ESS, Maubeuge"));

        m_tab->goToDate(QDate(2026, 11, 1));
        QVERIFY(m_tab->selectOccurrence(QStringLiteral("Rendez-vous"), QDate(2026, 11, 6)));
        m_tab->findChild<QAction *>(QStringLiteral("cancelOccurrenceAction"))->trigger();
        QCOMPARE(place(QDate(2026, 11, 6)), QStringLiteral("none"));
        m_undo->undo();
        QCOMPARE(place(QDate(2026, 11, 6)), QStringLiteral("Maison de l'ESS, Maubeuge"));
        m_undo->undo();
        QCOMPARE(place(QDate(2026, 12, 4)), QStringLiteral("Maison de l'ESS, Maubeuge"));
    }

    void registrationsAndCapacity()
    {
        m_tab->goToDate(QDate(2026, 12, 1));
        QVERIFY(m_tab->selectOccurrence(QStringLiteral("Plénière")));
        const Occurrence o = *m_tab->selectedOccurrence();
        const int before = int(m_store->registrations(o.eventId, o.originalStart).size());
        QVERIFY(before > 0);
        QString capacity;
        int offered = 0;
        AgendaTab::setDialogRunner([&](QDialog *dialog) {
            auto *d = qobject_cast<RegistrationsDialog *>(dialog);
            // Contacts are found by typing: every contact offered for a few letters.
            auto *picker = d->findChild<DirectoryPicker *>(QStringLiteral("contactPicker"));
            for (const QString &typed : {QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("m"), QStringLiteral("l")}) {
                picker->clear();
                QTest::keyClicks(picker, typed);
                offered = std::max(offered, picker->offers()->rowCount());
                const int n = picker->offers()->rowCount();
                for (int i = 0; i < n; ++i) {
                    picker->offers()->setSearchText(typed);
                    d->addContact(picker->offers()->match(i));
                }
            }
            d->addPerson(QStringLiteral("Jeanne Martin"), QStringLiteral("jeanne.martin@example.org"));
            d->setStatus(0, Registration::Status::Excused);
            capacity = d->capacityText();
            return int(QDialog::Accepted);
        });
        m_tab->findChild<QAction *>(QStringLiteral("registrationsAction"))->trigger();
        const QList<Registration> after = m_store->registrations(o.eventId, o.originalStart);
        QCOMPARE(offered, DirectoryPickerModel::limit()); // never more than a page of matches
        QVERIFY(after.size() > 60);
        QCOMPARE(after.last().name, QStringLiteral("Jeanne Martin"));
        QCOMPARE(after.first().status, Registration::Status::Excused);
        // No translation is loaded here: the plural forms show as written in the source.
        QVERIFY2(capacity.startsWith(QStringLiteral("Capacity passed: %1 registration(s) for 60 place(s)").arg(after.size())), qPrintable(capacity));
        m_undo->undo();
        QCOMPARE(int(m_store->registrations(o.eventId, o.originalStart).size()), before);
    }

    void endFollowsTheStartAndKeepsATypedEnd()
    {
        EventDialog dialog(m_store.get());
        Event e;
        e.title = QStringLiteral("Atelier");
        e.start = AgendaTime::wall(QDate(2027, 2, 3), QTime(18, 0));
        e.end = AgendaTime::wall(QDate(2027, 2, 3), QTime(20, 0));
        dialog.setEvent(e);
        auto *start = dialog.findChild<QDateTimeEdit *>(QStringLiteral("startEdit"));
        auto *end = dialog.findChild<QDateTimeEdit *>(QStringLiteral("endEdit"));
        start->setDateTime(AgendaTime::wall(QDate(2027, 2, 4), QTime(9, 30)));
        QCOMPARE(end->dateTime(), AgendaTime::wall(QDate(2027, 2, 4), QTime(11, 30))); // two hours, as before
        // A typed end is kept: the next move of the start keeps the new length.
        end->setDateTime(AgendaTime::wall(QDate(2027, 2, 4), QTime(12, 0)));
        start->setDateTime(AgendaTime::wall(QDate(2027, 2, 4), QTime(10, 0)));
        QCOMPARE(end->dateTime(), AgendaTime::wall(QDate(2027, 2, 4), QTime(12, 30)));
        QCOMPARE(dialog.event().end, AgendaTime::wall(QDate(2027, 2, 4), QTime(12, 30)));
        // An all-day event of one day stays one day when moved.
        Event day;
        day.title = QStringLiteral("Forum");
        day.allDay = true;
        day.start = AgendaTime::wall(QDate(2027, 2, 10));
        day.end = AgendaTime::wall(QDate(2027, 2, 11)); // exclusive in storage
        dialog.setEvent(day);
        start->setDateTime(AgendaTime::wall(QDate(2027, 2, 12)));
        QCOMPARE(end->date(), QDate(2027, 2, 12));
        QCOMPARE(dialog.event().end, AgendaTime::wall(QDate(2027, 2, 13)));
    }

    void weekdaysAndTheUnitOfTheInterval()
    {
        EventDialog dialog(m_store.get());
        Event e;
        e.title = QStringLiteral("Permanence");
        e.start = AgendaTime::wall(QDate(2027, 2, 3), QTime(14, 0)); // a Wednesday
        e.end = AgendaTime::wall(QDate(2027, 2, 3), QTime(16, 0));
        dialog.setEvent(e);
        auto *repeat = dialog.findChild<QComboBox *>(QStringLiteral("repeatCombo"));
        repeat->setCurrentIndex(repeat->findText(QStringLiteral("Every week")));
        auto checked = [&dialog] {
            QList<int> days;
            for (int d = 1; d <= 7; ++d) {
                if (dialog.findChild<QCheckBox *>(QStringLiteral("weekDay%1").arg(d))->isChecked())
                    days << d;
            }
            return days;
        };
        QCOMPARE(checked(), QList<int>{3});
        // Moving the event to a Friday moves the ticked day with it.
        dialog.findChild<QDateTimeEdit *>(QStringLiteral("startEdit"))->setDateTime(AgendaTime::wall(QDate(2027, 2, 5), QTime(14, 0)));
        QCOMPARE(checked(), QList<int>{5});
        auto *unit = dialog.findChild<QLabel *>(QStringLiteral("intervalUnitLabel"));
        auto *interval = dialog.findChild<QSpinBox *>(QStringLiteral("intervalSpin"));
        QCOMPARE(unit->text(), QStringLiteral("week(s)"));
        repeat->setCurrentIndex(repeat->findText(QStringLiteral("The 1st vendredi of the month")));
        QCOMPARE(interval->value(), 1);
        QCOMPARE(unit->text(), QStringLiteral("month(s)"));
        interval->setValue(2);
        QVERIFY(dialog.previewText().startsWith(QStringLiteral("The 1st vendredi of every 2 months")) || dialog.previewText().contains(QStringLiteral("2")));
        repeat->setCurrentIndex(repeat->findData(0)); // does not repeat
        QCOMPARE(unit->text(), QString());
    }

    void datesGivenOneByOneAreKept()
    {
        // As read from a file with DTSTART and two RDATEs and no RRULE.
        EventDialog dialog(m_store.get());
        Event e;
        e.title = QStringLiteral("Permanence");
        e.start = AgendaTime::wall(QDate(2027, 1, 5), QTime(9, 0));
        e.end = AgendaTime::wall(QDate(2027, 1, 5), QTime(10, 0));
        e.rrule = QStringLiteral("FREQ=YEARLY;COUNT=1");
        for (const QDate &d : {QDate(2027, 1, 12), QDate(2027, 1, 19)}) {
            EventException x;
            x.kind = EventException::Kind::Added;
            x.occurrenceStart = AgendaTime::wall(d, QTime(9, 0));
            x.start = x.occurrenceStart;
            x.end = x.start.addSecs(3600);
            e.exceptions << x;
        }
        dialog.setEvent(e);
        auto *repeat = dialog.findChild<QComboBox *>(QStringLiteral("repeatCombo"));
        QCOMPARE(repeat->currentText(), QStringLiteral("On the 3 date(s) given"));
        QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("intervalSpin"))->isEnabled());
        const Event saved = dialog.event();
        QCOMPARE(saved.rrule, e.rrule);
        QCOMPARE(saved.exceptions.size(), 2);
    }

    void holidaysOfASeriesArePointedOut()
    {
        // The first Monday of the month from January 2027, five times: 5 April
        // is not Easter Monday (29 March), but a daily series over Easter is.
        QStringList asked;
        AgendaTab::setDialogRunner([&](QDialog *dialog) {
            auto *d = qobject_cast<EventDialog *>(dialog);
            d->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Stage"));
            d->findChild<QDateTimeEdit *>(QStringLiteral("startEdit"))->setDateTime(AgendaTime::wall(QDate(2027, 3, 26), QTime(9, 0)));
            auto *repeat = d->findChild<QComboBox *>(QStringLiteral("repeatCombo"));
            repeat->setCurrentIndex(repeat->findData(1)); // daily
            d->findChild<QComboBox *>(QStringLiteral("repeatEndCombo"))->setCurrentIndex(2);
            d->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(5);
            asked << d->holidayText();
            m_answer = QMessageBox::No; // not saved when the user says no
            d->accept();
            asked << QString::number(d->result());
            m_answer = QMessageBox::Yes;
            d->accept();
            return d->result();
        });
        const int before = m_store->count();
        m_tab->findChild<QAction *>(QStringLiteral("newEventAction"))->trigger();
        QCOMPARE(asked.value(0), QStringLiteral("On a public holiday: lundi 29 mars 2027 (Easter Monday)."));
        QCOMPARE(asked.value(1), QString::number(QDialog::Rejected));
        QCOMPARE(m_questions.size(), 2);
        QVERIFY2(m_questions.first().startsWith(QStringLiteral("1 date(s) of this event fall(s) on a public holiday: lundi 29 mars 2027")),
                 qPrintable(m_questions.first()));
        QCOMPARE(m_store->count(), before + 1);
        QCOMPARE(PublicHolidays::nameOf(QDate(2027, 3, 29)), QStringLiteral("Easter Monday"));
    }

    void organiserAndPartnersAreFoundByTyping()
    {
        const QList<Occurrence> forum = m_store->occurrences(AgendaTime::wall(QDate(2026, 11, 1)), AgendaTime::wall(QDate(2026, 12, 1)),
                                                             QStringLiteral("forum"));
        QVERIFY(!forum.isEmpty());
        const auto record = m_store->load(forum.first().eventId);
        QVERIFY(record);
        EventDialog dialog(m_store.get());
        dialog.setEvent(record->event);
        auto *organiser = dialog.findChild<DirectoryPicker *>(QStringLiteral("organiserPicker"));
        auto *partners = dialog.findChild<QListWidget *>(QStringLiteral("partnersList"));
        // Only the event's own actors are read, shown by name.
        QCOMPARE(organiser->chosenId(), record->event.organiserId);
        QCOMPARE(partners->count(), record->event.partnerIds.size());
        QCOMPARE(organiser->offers()->rowCount(), 0);
        // Typing offers the matches, accents and case ignored; choosing shows the name.
        organiser->setFocus();
        organiser->clear();
        QTest::keyClicks(organiser, QStringLiteral("energie"));
        QVERIFY(organiser->offers()->rowCount() > 0);
        QVERIFY(organiser->offers()->rowCount() <= DirectoryPickerModel::limit());
        const DirectoryLookup::Match first = organiser->offers()->match(0);
        QVERIFY2(TextKey::fold(first.name).contains(QStringLiteral("energie")), qPrintable(first.name));
        // As a user does: the popup of offers, Down then Enter.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        organiser->clear();
        QTest::keyClicks(organiser, QStringLiteral("ener"));
        QAbstractItemView *popup = dialog.findChild<QAbstractItemView *>(QStringLiteral("directoryPickerPopup"));
        if (!popup) {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("directoryPickerPopup") && w->isVisible())
                    popup = qobject_cast<QAbstractItemView *>(w);
        }
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible());
        const DirectoryLookup::Match offered = organiser->offers()->match(0);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(organiser->text(), offered.name);
        QCOMPARE(dialog.event().organiserId, offered.id);
        // Emptying the field chooses nobody.
        organiser->clear();
        QTest::keyClick(organiser, Qt::Key_Backspace);
        emit organiser->textEdited(QString());
        QCOMPARE(dialog.event().organiserId, qint64(0));
        // Partners: each choice joins the list, Remove takes the selected ones away.
        auto *partnerPicker = dialog.findChild<DirectoryPicker *>(QStringLiteral("partnerPicker"));
        QTest::keyClicks(partnerPicker, QStringLiteral("energie"));
        QVERIFY(partnerPicker->chooseOffer(0));
        QCOMPARE(partnerPicker->text(), QString());
        QCOMPARE(partners->count(), record->event.partnerIds.size() + 1);
        QVERIFY(dialog.event().partnerIds.contains(first.id));
        partners->item(partners->count() - 1)->setSelected(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removePartnerButton")), Qt::LeftButton);
        QCOMPARE(dialog.event().partnerIds, record->event.partnerIds);
    }

    void listGoesAsFarAsChosen()
    {
        m_tab->goToDate(QDate(2026, 9, 1));
        m_tab->setView(AgendaTab::View::List);
        auto *horizon = m_tab->findChild<QComboBox *>(QStringLiteral("listHorizonCombo"));
        QVERIFY(horizon->isVisible());
        auto lastDay = [this] {
            QDate last;
            for (const Occurrence &o : m_tab->visibleOccurrences())
                last = std::max(last, o.start.date());
            return last;
        };
        QCOMPARE(horizon->currentText(), QStringLiteral("Next 3 months"));
        QVERIFY(lastDay() < QDate(2026, 12, 1));
        const int threeMonths = int(m_tab->visibleOccurrences().size());
        horizon->setCurrentIndex(horizon->findData(1));
        QVERIFY(lastDay() < QDate(2026, 10, 1));
        QVERIFY(m_tab->visibleOccurrences().size() < threeMonths);
        horizon->setCurrentIndex(horizon->findData(12));
        QVERIFY(lastDay() >= QDate(2026, 12, 1));
        QCOMPARE(m_tab->findChild<QLabel *>(QStringLiteral("periodLabel"))->text(), QStringLiteral("From mardi 1 septembre 2026 to mardi 31 août 2027"));
        m_tab->setView(AgendaTab::View::Month);
        QVERIFY(!horizon->isVisible());
    }

    void doubleClickOnADayCreatesThere()
    {
        auto *view = m_tab->findChild<CalendarView *>(QStringLiteral("calendarView"));
        QDate asked;
        AgendaTab::setDialogRunner([&](QDialog *dialog) {
            asked = dialog->findChild<QDateTimeEdit *>(QStringLiteral("startEdit"))->date();
            return int(QDialog::Rejected);
        });
        const QRect day = view->dayRect(QDate(2026, 11, 30));
        QTest::mouseDClick(view, Qt::LeftButton, {}, day.bottomRight() - QPoint(3, 3));
        QCOMPARE(asked, QDate(2026, 11, 30));
    }

    void typesAreEditableWithColours()
    {
        AgendaTab::setDialogRunner([](QDialog *dialog) {
            auto *d = qobject_cast<EventTypesDialog *>(dialog);
            d->addType(QStringLiteral("Visite d'entreprise"), QColor(QStringLiteral("#123456")));
            d->setColor(0, QColor(QStringLiteral("#abcdef")));
            d->accept();
            return d->result();
        });
        m_tab->findChild<QAction *>(QStringLiteral("eventTypesAction"))->trigger();
        const QList<EventType> types = m_store->types();
        QCOMPARE(types.size(), 14);
        QCOMPARE(types.first().color, QColor(QStringLiteral("#abcdef")));
        QCOMPARE(types.last().name, QStringLiteral("Visite d'entreprise"));
        QCOMPARE(types.last().color, QColor(QStringLiteral("#123456")));
        // Two types of one name are refused.
        AgendaTab::setDialogRunner([](QDialog *dialog) {
            auto *d = qobject_cast<EventTypesDialog *>(dialog);
            d->addType(QStringLiteral("forum"), Qt::red);
            return int(d->save());
        });
        m_tab->editTypes();
        QCOMPARE(m_warnings.size(), 1);
        QCOMPARE(m_store->types().size(), 14);
    }

    void importThroughTheTab()
    {
        const int before = m_store->count();
        QString file = QStringLiteral(ESSAIM_TEST_DATA "/ics/pyical_thunderbird_export.ics");
        Prompter::setFileHandler([&file](const QString &) { return file; });
        m_answer = QMessageBox::Ok;
        m_tab->findChild<QAction *>(QStringLiteral("importIcsAction"))->trigger();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().startsWith(QStringLiteral("1 event(s) to import, 0 to update.")), qPrintable(m_questions.first()));
        QCOMPARE(m_store->count(), before + 1);
        QCOMPARE(m_tab->currentDate(), QDate(2024, 10, 23));
        m_undo->undo();
        QCOMPARE(m_store->count(), before);

        file = QStringLiteral(ESSAIM_TEST_DATA "/ics/pyical_small_bad_calendar_unterminated.ics");
        m_tab->importIcs();
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.first().contains(QStringLiteral("Line 3:")), qPrintable(m_warnings.first()));
        QCOMPARE(m_store->count(), before);
    }

    void nextStepsAndClosingCallsAreTasksOfTheMonthAndTheList()
    {
        // The demo's accompaniment set aside: the test's own next steps and calls.
        QSqlQuery clear(QSqlDatabase::database(m_db->connectionName()));
        for (const char *sql : {"DELETE FROM project_interactions", "DELETE FROM funding_requests", "DELETE FROM calls_for_projects"})
            QVERIFY(clear.exec(QString::fromLatin1(sql)));
        ProjectStore projects(m_db->connectionName());
        Project velo;
        velo.name = QStringLiteral("Atelier vélo");
        Project epicerie;
        epicerie.name = QStringLiteral("Épicerie mobile");
        QVERIFY(projects.save(velo) && projects.save(epicerie));
        const struct { qint64 project; const char *step; QDate due; bool done; } steps[] = {
            {velo.id, "Envoyer le budget", QDate(2026, 11, 5), false}, // late on 23 November
            {velo.id, "Visiter le local", QDate(2026, 11, 30), false},
            {velo.id, "Sans date", QDate(), false},
            {epicerie.id, "Déjà fait", QDate(2026, 11, 10), true},
            {epicerie.id, "Rappeler la mairie", QDate(2026, 12, 4), false},
            {epicerie.id, "Signer les statuts", QDate(2027, 1, 15), false},
            {epicerie.id, "Trop loin", QDate(2027, 6, 1), false},
        };
        for (const auto &s : steps) {
            ProjectInteraction entry;
            entry.projectId = s.project;
            entry.date = QDate(2026, 10, 1);
            entry.nextStep = QString::fromUtf8(s.step);
            entry.nextStepDue = s.due;
            entry.nextStepDone = s.done;
            QVERIFY(projects.saveInteraction(entry));
        }
        QList<CallForProjects> calls(2);
        calls[0].funder = QStringLiteral("Région Hauts-de-France");
        calls[0].title = QStringLiteral("Initiatives rurales");
        calls[0].closesOn = QDate(2026, 11, 27);
        calls[1].funder = QStringLiteral("FSE+");
        calls[1].title = QStringLiteral("Inclusion");
        calls[1].closesOn = QDate(2027, 2, 1);
        QVERIFY(projects.addCalls(calls));

        AgendaTaskReader reader(m_db->connectionName());
        m_tab->setTaskReader(&reader);
        const auto tasks = [this] {
            QStringList result;
            for (const Occurrence &o : m_tab->visibleOccurrences()) {
                if (o.isTask())
                    result << QStringLiteral("%1 %2 %3%4").arg(o.start.date().toString(Qt::ISODate),
                                                               o.task == Occurrence::Task::NextStep ? QStringLiteral("step") : QStringLiteral("call"),
                                                               o.title, o.late ? QStringLiteral(" (late)") : QString());
            }
            return result;
        };
        // November's grid runs from Monday 26 October to Sunday 6 December.
        QCOMPARE(tasks(), (QStringList{QStringLiteral("2026-11-05 step Atelier vélo: Envoyer le budget (late)"),
                                       QStringLiteral("2026-11-27 call Call for projects closes: Initiatives rurales"),
                                       QStringLiteral("2026-11-30 step Atelier vélo: Visiter le local"),
                                       QStringLiteral("2026-12-04 step Épicerie mobile: Rappeler la mairie")}));
        // Read-only: nothing of an event's can be done to a task; opening it asks for its project.
        QVERIFY(m_tab->selectOccurrence(QStringLiteral("Visiter le local")));
        QVERIFY(!m_tab->findChild<QAction *>(QStringLiteral("editEventAction"))->isEnabled());
        QVERIFY(!m_tab->findChild<QAction *>(QStringLiteral("deleteEventAction"))->isEnabled());
        auto *view = m_tab->findChild<CalendarView *>(QStringLiteral("calendarView"));
        QSignalSpy opened(m_tab.get(), &AgendaTab::projectRequested);
        QSignalSpy callOpened(m_tab.get(), &AgendaTab::callRequested);
        view->repaint();
        QTest::mouseDClick(view, Qt::LeftButton, {}, view->rectOf(view->selectedIndex()).center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), velo.id);
        QVERIFY(m_tab->selectOccurrence(QStringLiteral("Initiatives rurales")));
        m_tab->editSelected();
        QCOMPARE(callOpened.size(), 1);
        QCOMPARE(callOpened.first().first().toLongLong(), calls[0].id);
        QCOMPARE(m_warnings, QStringList());

        // The list, from today and three months ahead, begins with the late one, in red.
        m_tab->setView(AgendaTab::View::List);
        QCOMPARE(tasks(), (QStringList{QStringLiteral("2026-11-05 step Atelier vélo: Envoyer le budget (late)"),
                                       QStringLiteral("2026-11-27 call Call for projects closes: Initiatives rurales"),
                                       QStringLiteral("2026-11-30 step Atelier vélo: Visiter le local"),
                                       QStringLiteral("2026-12-04 step Épicerie mobile: Rappeler la mairie"),
                                       QStringLiteral("2027-01-15 step Épicerie mobile: Signer les statuts"),
                                       QStringLiteral("2027-02-01 call Call for projects closes: Inclusion")}));
        auto *list = m_tab->findChild<QTreeView *>(QStringLiteral("occurrenceList"));
        // Only the Mois de l'ESS, begun on 1 November and still on, comes before it.
        QCOMPARE(list->model()->index(0, OccurrenceTableModel::Title).data().toString(), QStringLiteral("Mois de l'ESS"));
        const QModelIndex late = list->model()->index(1, OccurrenceTableModel::Title);
        QCOMPARE(late.data().toString(), QStringLiteral("Atelier vélo: Envoyer le budget"));
        QCOMPARE(late.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x1c, 0x28));
        QCOMPARE(late.siblingAtColumn(OccurrenceTableModel::Type).data().toString(), QStringLiteral("Next step of a project"));
        QVERIFY(!list->model()->index(0, OccurrenceTableModel::Title).data(Qt::ForegroundRole).isValid());
        // A step done leaves the agenda when the projects say so.
        ProjectInteraction done = projects.interactions(velo.id).first();
        done.nextStepDone = true;
        QVERIFY(projects.saveInteraction(done));
        m_tab->reloadTasks();
        QCOMPARE(tasks().size(), 5);
        QVERIFY(!tasks().first().contains(QStringLiteral("Envoyer le budget")));
        // A search finds tasks by their words, accents and case aside.
        QCOMPARE(reader.tasks(QDate(2026, 1, 1), QDate(2028, 1, 1), QStringLiteral("MAIRIE")).size(), 1);
        QCOMPARE(reader.tasks(QDate(2026, 1, 1), QDate(2028, 1, 1), QStringLiteral("epicerie")).size(), 3);
        m_tab->setTaskReader(nullptr);
        QCOMPARE(tasks(), QStringList());
    }

    void mainWindowHasTheAgenda()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("window.essaim"))));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        // A tab per capability, in the order of the coordinator's work.
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("&Directory"), QStringLiteral("&Observatory"), QStringLiteral("A&genda"),
                                      QStringLiteral("&Plan"), QStringLiteral("P&rojects"), QStringLiteral("&Publications")}));
        QCOMPARE(tabs->indexOf(window.agendaTab()), 2);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("agendaMenu"));
        QVERIFY(menu && menu->isEnabled());
        QVERIFY(menu->actions().contains(window.agendaTab()->findChild<QAction *>(QStringLiteral("importIcsAction"))));
    }

    /// The observatory shows the agenda's attendance of its year: the demo's
    /// figures end last year, and its agenda begins on 1 January of last year.
    void observatoryShowsTheMobilisation()
    {
        const QString path = m_dir.filePath(QStringLiteral("mobilisation.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            DemoDataBuilder demo(db.connectionName());
            QVERIFY2(demo.build(), qPrintable(demo.errorString()));
        }
        MainWindow window;
        QVERIFY(window.openDatabase(path, false));
        window.observatoryTab()->refresh();
        auto *label = window.observatoryTab()->findChild<QLabel *>(QStringLiteral("mobilisationLabel"));
        QVERIFY(label);
        const int year = DemoCalendar::lastFigureYear();
        QCOMPARE(year, Clock::today().year() - 1);
        QCOMPARE(window.observatoryTab()->stats().filter.year, year);
        QVERIFY2(label->text().startsWith(QStringLiteral("<b>Mobilisation of the actors in %1</b> (from the agenda)").arg(year)),
                 qPrintable(label->text()));
        // Every first Friday of the year but August's.
        QVERIFY2(label->text().contains(QStringLiteral("<tr><td>Rendez-vous de l'ESS</td><td align=right>11</td>")), qPrintable(label->text()));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AgendaTab> m_tab;
    QStringList m_questions;
    QStringList m_warnings;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
};

QTEST_MAIN(TestAgendaGui)
#include "tst_agendagui.moc"
