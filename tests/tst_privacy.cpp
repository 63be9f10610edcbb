#include "models/demo/demoagendabuilder.h"
#include "models/demo/demodatabuilder.h"
#include "models/domain/clock.h"
#include "models/domain/textkey.h"
#include "models/privacy/backupcipher.h"
#include "models/privacy/personaldatajournal.h"
#include "models/privacy/personstore.h"
#include "models/privacy/privacycheck.h"
#include "models/privacy/processingregister.h"
#include "models/privacy/retentionreview.h"
#include "models/storage/backupmanager.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/eventstore.h"
#include "models/stores/planstore.h"
#include "models/stores/printsourcestore.h"
#include "models/stores/projectstore.h"
#include "models/stores/publicationstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QVariant scalar(const QString &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

bool exec(const QString &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Contact makeContact(const QString &first, const QString &last, const QString &email, const QString &phone)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    c.phone = phone;
    return c;
}

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(10, 0), Qt::UTC);
}
} // namespace

/// Personal data under the RGPD: consent history, access, erasure,
/// retention, audit journal, encrypted backups, public outputs.
class TestPrivacy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    /// The demo directory with one contact made unmistakable: a rare name,
    /// an e-mail and a phone, registered to an event, piloting an action
    /// and named in a journal entry. Returns the contact's id.
    qint64 demoWithPerson(Database &db, const QString &path)
    {
        if (!db.open(path))
            return 0;
        DemoDataBuilder demo(db.connectionName());
        if (!demo.build())
            return 0;
        const QString c = db.connectionName();
        const qint64 contactId = scalar(c, QStringLiteral("SELECT min(pilot_contact_id) FROM plan_items")).toLongLong();
        const qint64 actorId = scalar(c, QStringLiteral("SELECT actor_id FROM contacts WHERE id = ?"), {contactId}).toLongLong();
        ActorStore store(c);
        auto actor = store.load(actorId);
        if (!actor)
            return 0;
        for (Contact &contact : actor->contacts) {
            if (contact.id != contactId)
                continue;
            contact.firstName = QStringLiteral("Zéphyrine");
            contact.lastName = QStringLiteral("Quillebœuf");
            contact.email = QStringLiteral("zephyrine.quilleboeuf@exemple.org");
            contact.phone = QStringLiteral("06 98 76 54 32");
            contact.consentNewsletter = true;
            contact.consentNewsletterOn = QDate(2024, 5, 2);
            contact.consentNewsletterSource = QStringLiteral("formulaire papier");
        }
        if (!store.save(*actor))
            return 0;
        // A registration of hers, present, at a date of the demo agenda.
        exec(c, QStringLiteral("INSERT INTO registrations(event_id, occurrence_start, contact_id, actor_id, name, email, status) "
                               "SELECT event_id, occurrence_start, ?, NULL, 'Zéphyrine Quillebœuf', "
                               "'zephyrine.quilleboeuf@exemple.org', 'present' FROM registrations ORDER BY id LIMIT 1"),
             {contactId});
        exec(c, QStringLiteral("INSERT INTO plan_journal(item_id, entry_date, author, text) SELECT id, '2013-02-01', "
                               "'Zéphyrine Quillebœuf', 'Réunion animée par Zéphyrine Quillebœuf' FROM plan_items "
                               "WHERE pilot_contact_id = ? LIMIT 1"),
             {contactId});
        // She holds a project, accompanied; an exchange names her.
        exec(c, QStringLiteral("INSERT INTO projects(name, stage, stage_since, created_on) "
                               "VALUES ('Conserverie solidaire du Quesnoy', 'feasibility', '2026-02-01', '2025-11-03')"));
        const qint64 project = scalar(c, QStringLiteral("SELECT max(id) FROM projects")).toLongLong();
        exec(c, QStringLiteral("INSERT INTO project_holders(project_id, contact_id, position) VALUES (?, ?, 0)"), {project, contactId});
        exec(c, QStringLiteral("INSERT INTO project_interactions(project_id, on_date, kind, participants, notes, next_step) "
                               "VALUES (?, '2026-03-12', 'meeting', 'Zéphyrine Quillebœuf, la chargée de mission', "
                               "'Étude de marché présentée par Zéphyrine Quillebœuf', 'Rappeler Zephyrine Quilleboeuf')"),
             {project});
        return contactId;
    }

    /// A directory where every field of every person and actor who did not
    /// consent carries @p marker; one contact consents, one withdrew.
    void makeSecretDirectory(const QString &path, const QString &marker)
    {
        Database db;
        QVERIFY(db.open(path));
        ActorStore store(db.connectionName());
        auto secretActor = [&](Actor a) {
            for (QString *field : {&a.name, &a.acronym, &a.address, &a.phone, &a.email, &a.website, &a.description,
                                   &a.notes, &a.legalStatus})
                *field = marker + QStringLiteral(" ") + a.name;
            a.postcode = QStringLiteral("59600");
            a.competencies = QStringList{marker + QStringLiteral(" compétence")};
            a.networks = QStringList{marker + QStringLiteral(" réseau")};
            return a;
        };
        auto secretContact = [&](const QString &n) {
            return makeContact(marker + n, marker + QStringLiteral("nom"), marker.toLower() + n + QStringLiteral("@exemple.org"),
                               QStringLiteral("06 ") + marker);
        };
        // Consents to publication; one contact consents, one does not.
        Actor open = TestSupport::makeActor(QStringLiteral("La Ruche Publique"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        open.publicationConsent = true;
        open.address = QStringLiteral("1 rue de la Gare");
        open.postcode = QStringLiteral("59600");
        Contact yes = makeContact(QStringLiteral("Alice"), QStringLiteral("Publique"), QStringLiteral("alice@ruche.fr"), QStringLiteral("03 27 00 00 00"));
        yes.consentGuide = true;
        yes.consentNewsletter = true;
        open.contacts << yes << secretContact(QStringLiteral("a"));
        QVERIFY(store.save(open));
        // Does not consent, nor do its contacts.
        Actor closed = secretActor(TestSupport::makeActor(QStringLiteral("Cachée"), QStringLiteral("59392"), QStringLiteral("Maubeuge")));
        closed.contacts << secretContact(QStringLiteral("b")) << secretContact(QStringLiteral("c"));
        QVERIFY(store.save(closed));
        // Consented once, then withdrew: withdrawal through the rights' door.
        Actor withdrawn = TestSupport::makeActor(QStringLiteral("Le Fournil"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        withdrawn.publicationConsent = true;
        withdrawn.address = QStringLiteral("2 rue du Pain");
        withdrawn.postcode = QStringLiteral("59600");
        Contact former = secretContact(QStringLiteral("d"));
        former.consentGuide = true;
        former.consentNewsletter = true;
        withdrawn.contacts << former;
        QVERIFY(store.save(withdrawn));
        PersonStore persons(db.connectionName());
        QVERIFY(persons.withdrawConsent(withdrawn.contacts[0].id, QStringLiteral("guide"), QStringLiteral("courriel")));
        QVERIFY(persons.withdrawConsent(withdrawn.contacts[0].id, QStringLiteral("newsletter"), QStringLiteral("courriel")));
        LetterIssue issue;
        issue.number = 1;
        issue.date = QDate(2026, 1, 15);
        issue.title = QStringLiteral("Lettre n° 1");
        issue.sections = LetterIssue::allSections();
        PublicationStore publications(db.connectionName());
        QVERIFY(publications.saveIssue(issue));
    }

    /// The public outputs remembered in the file at @p path: "output file", sorted.
    static QStringList publishedOutputs(const QString &path)
    {
        Database db;
        if (!db.open(path))
            return {QStringLiteral("cannot open")};
        PersonalDataJournal::Filter filter;
        filter.action = QStringLiteral("publish");
        QStringList outputs;
        for (const auto &e : PersonalDataJournal(db.connectionName()).entries(filter))
            outputs << e.fields.join(QLatin1Char(',')) + QLatin1Char(' ') + QFileInfo(e.detail).fileName();
        outputs.sort();
        return outputs;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void cleanup()
    {
        Clock::reset();
    }

    void consentHistoryKeepsThePreviousStateOfEachChange()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.essaim"))));
        ActorStore store(db.connectionName());
        Actor actor = TestSupport::makeActor(QStringLiteral("La Ruche"));
        Contact c = makeContact(QStringLiteral("Marie"), QStringLiteral("Durand"), QStringLiteral("marie@ruche.fr"), {});
        c.consentNewsletter = true;
        c.consentNewsletterOn = QDate(2021, 3, 2);
        c.consentNewsletterSource = QStringLiteral("formulaire papier");
        actor.contacts << c;
        Clock::setFixed(at(2021, 3, 2));
        QVERIFY(store.save(actor));
        Clock::setFixed(at(2022, 1, 5));
        actor.contacts[0].consentNewsletter = false;
        actor.contacts[0].consentNewsletterOn = QDate(2022, 1, 5);
        actor.contacts[0].consentNewsletterSource = QStringLiteral("courriel");
        QVERIFY(store.save(actor));
        // Saving again without a change writes nothing more.
        QVERIFY(store.save(actor));
        const auto history = PersonalDataJournal(db.connectionName()).consentHistory(actor.contacts[0].id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].purpose, QStringLiteral("newsletter"));
        QVERIFY(!history[0].previousGiven.has_value());
        QCOMPARE(history[0].given, true);
        QCOMPARE(history[1].previousGiven, std::optional<bool>(true));
        QCOMPARE(history[1].previousOn, QDate(2021, 3, 2));
        QCOMPARE(history[1].previousSource, QStringLiteral("formulaire papier"));
        QCOMPARE(history[1].given, false);
        QCOMPARE(history[1].givenOn, QDate(2022, 1, 5));
        QCOMPARE(history[1].source, QStringLiteral("courriel"));
        QCOMPARE(history[1].recordedAt, at(2022, 1, 5));
    }

    void auditJournalRecordsEachOperation()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.essaim"))));
        const QString conn = db.connectionName();
        ActorStore store(conn);
        Actor actor = TestSupport::makeActor(QStringLiteral("La Ruche"));
        actor.contacts << makeContact(QStringLiteral("Marie"), QStringLiteral("Durand"), QStringLiteral("marie@ruche.fr"),
                                      QStringLiteral("03 27 00 00 01"));
        Clock::setFixed(at(2024, 1, 1));
        QVERIFY(store.save(actor));
        const qint64 id = actor.contacts[0].id;
        Clock::setFixed(at(2024, 1, 2));
        actor.contacts[0].email = QStringLiteral("m.durand@ruche.fr");
        actor.contacts[0].consentGuide = true;
        actor.contacts[0].consentGuideOn = QDate(2024, 1, 2);
        QVERIFY(store.save(actor));
        PersonStore persons(conn);
        Clock::setFixed(at(2024, 1, 3));
        QVERIFY(persons.exportJson(persons.contactDossier(id), dir.filePath(QStringLiteral("p.json"))));
        Clock::setFixed(at(2024, 1, 4));
        QVERIFY2(persons.eraseContact(id, nullptr), qPrintable(persons.errorString()));

        const auto entries = PersonalDataJournal(conn).entries();
        QStringList seen;
        for (const auto &e : entries)
            seen << QStringLiteral("%1 %2 %3 %4 %5").arg(e.at.toString(Qt::ISODate), e.action, e.recordKind,
                                                         QString::number(e.recordId), e.fields.join(QLatin1Char('+')));
        const QString n = QString::number(id);
        QCOMPARE(seen, QStringList({QStringLiteral("2024-01-01T10:00:00Z create contact %1 first_name+last_name+role+email+phone").arg(n),
                                    QStringLiteral("2024-01-02T10:00:00Z consent contact %1 consent_guide").arg(n),
                                    QStringLiteral("2024-01-02T10:00:00Z change contact %1 email").arg(n),
                                    QStringLiteral("2024-01-03T10:00:00Z export contact %1 ").arg(n),
                                    QStringLiteral("2024-01-04T10:00:00Z erase contact %1 identity+role+email+phone+consents+consent_history").arg(n)}));
        QCOMPARE(entries.first().userName, PersonalDataJournal::sessionUser());
        // Never the values, even of what is not erased.
        const QString csv = dir.filePath(QStringLiteral("journal.csv"));
        QVERIFY(PersonalDataJournal(conn).exportCsv(csv));
        const QByteArray bytes = fileBytes(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "at;user;action;record;id;fields;detail\r\n"));
        QVERIFY(!bytes.contains("Durand"));
        QVERIFY(!bytes.contains("ruche.fr"));
        QCOMPARE(bytes.count("\r\n"), 6);
        // Filtered per contact and per action.
        PersonalDataJournal::Filter filter;
        filter.action = QStringLiteral("consent");
        QCOMPARE(PersonalDataJournal(conn).entries(filter).size(), 1);
    }

    void importIsJournaled()
    {
        const QString csv = m_home.filePath(QStringLiteral("partenaires.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nom;commune\nLa Ruche;Maubeuge\nLe Fournil;Jeumont\n");
        f.close();
        const QString db = m_home.filePath(QStringLiteral("import.essaim"));
        const auto r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("actors"), csv});
        QCOMPARE(r.code, 0);
        const auto journal = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("journal")});
        QCOMPARE(journal.code, 0);
        const QStringList lines = journal.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].contains(QStringLiteral(";import;actor;1;;2 created, 0 updated")), qPrintable(lines[1]));
    }

    void accessExportHoldsEveryRecordOfThePersonAndNothingOfOthers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.essaim"));
        qint64 id = 0;
        int registrations = 0;
        int actions = 0;
        QStringList others;
        {
            Database db;
            id = demoWithPerson(db, path);
            QVERIFY(id > 0);
            const QString c = db.connectionName();
            registrations = scalar(c, QStringLiteral("SELECT count(*) FROM registrations WHERE contact_id = ?"), {id}).toInt();
            actions = scalar(c, QStringLiteral("SELECT count(*) FROM plan_items WHERE pilot_contact_id = ?"), {id}).toInt();
            QSqlQuery q(QSqlDatabase::database(c, false));
            q.prepare(QStringLiteral("SELECT email, phone FROM contacts WHERE id <> ? UNION SELECT email, '' FROM registrations "
                                     "WHERE contact_id IS NULL OR contact_id <> ?"));
            q.addBindValue(id);
            q.addBindValue(id);
            QVERIFY(q.exec());
            while (q.next()) {
                for (int i = 0; i < 2; ++i) {
                    if (q.value(i).toString().size() > 4)
                        others << q.value(i).toString();
                }
            }
        }
        QVERIFY(registrations >= 1);
        QVERIFY(actions >= 1);
        QVERIFY(others.size() > 50);
        const QString json = dir.filePath(QStringLiteral("zq.json"));
        auto r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("person"), QStringLiteral("export"),
                                                        QStringLiteral("--contact"), QString::number(id), QStringLiteral("-o"), json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray bytes = fileBytes(json);
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(o.value(QStringLiteral("person")).toObject().value(QStringLiteral("last_name")).toString(), QStringLiteral("Quillebœuf"));
        QCOMPARE(o.value(QStringLiteral("person")).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("06 98 76 54 32"));
        QCOMPARE(o.value(QStringLiteral("registrations")).toArray().size(), registrations);
        QCOMPARE(o.value(QStringLiteral("plan_actions")).toArray().size(), actions);
        QCOMPARE(o.value(QStringLiteral("actors")).toArray().size(), 1);
        const QJsonArray projects = o.value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Conserverie solidaire du Quesnoy"));
        QCOMPARE(projects[0].toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("feasibility"));
        QCOMPARE(projects[0].toObject().value(QStringLiteral("last_interaction")).toString(), QStringLiteral("2026-03-12"));
        const QJsonArray exchanges = o.value(QStringLiteral("accompaniment_exchanges")).toArray();
        QCOMPARE(exchanges.size(), 1);
        QCOMPARE(exchanges[0].toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Étude de marché présentée par Zéphyrine Quillebœuf"));
        const QJsonArray mentions = o.value(QStringLiteral("journal_entries")).toArray();
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Réunion animée par Zéphyrine Quillebœuf"));
        const QJsonArray history = o.value(QStringLiteral("consent_history")).toArray();
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.last().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("formulaire papier"));
        QVERIFY(!o.value(QStringLiteral("audit")).toArray().isEmpty());
        for (const QString &other : std::as_const(others))
            QVERIFY2(!bytes.contains(other.toUtf8()), qPrintable(other));

        const QString pdf = dir.filePath(QStringLiteral("zq.pdf"));
        r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("person"), QStringLiteral("export"),
                                                   QStringLiteral("--contact"), QString::number(id), QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = TestSupport::pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Zéphyrine Quillebœuf")));
        QVERIFY(text.contains(QStringLiteral("zephyrine.quilleboeuf@exemple.org")));
        QVERIFY(text.contains(QStringLiteral("formulaire papier")));
        QVERIFY(text.contains(QStringLiteral("Conserverie solidaire du Quesnoy")));
        for (const QString &other : std::as_const(others))
            QVERIFY2(!text.contains(other), qPrintable(other));
        // Both exports are in the journal.
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(scalar(db.connectionName(), QStringLiteral("SELECT group_concat(detail, ',') FROM personal_data_audit "
                                                            "WHERE action = 'export' AND record_id = ?"), {id}).toString(),
                 QStringLiteral("json,pdf"));
    }

    void erasureLeavesNoTraceInTheFileAndKeepsTheFigures()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.essaim"));
        qint64 id = 0;
        {
            Database db;
            id = demoWithPerson(db, path);
            QVERIFY(id > 0);
        }
        const QStringList base = {QStringLiteral("--db"), path};
        auto run = [&](const QStringList &args) { return TestSupport::runEssaim(m_home.path(), base + args); };
        const QStringList stats = {QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("json")};
        const auto statsBefore = run(stats);
        QCOMPARE(statsBefore.code, 0);
        QVERIFY(statsBefore.out.contains(QStringLiteral("mobilisation")));
        const QString planBefore = dir.filePath(QStringLiteral("before.csv"));
        const QString planAfter = dir.filePath(QStringLiteral("after.csv"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), planBefore}).code, 0);
        const auto erased = run({QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("--contact"), QString::number(id)});
        QVERIFY2(erased.code == 0, qPrintable(erased.err));
        QCOMPARE(run(stats).out, statsBefore.out);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), planAfter}).code, 0);
        // The plan's figures are the same; only the pilot's name is gone.
        auto withoutPilot = [](const QByteArray &csv) {
            QStringList rows;
            for (const QByteArray &line : csv.split('\n')) {
                QList<QByteArray> cells = line.split(';');
                if (cells.size() > 7)
                    cells.removeAt(7);
                rows << QString::fromUtf8(cells.join(';'));
            }
            return rows;
        };
        QCOMPARE(withoutPilot(fileBytes(planAfter)), withoutPilot(fileBytes(planBefore)));
        QVERIFY(fileBytes(planBefore).contains("Quillebœuf"));

        QByteArray bytes = fileBytes(path);
        bytes += fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(bytes.size() > 100000);
        const QStringList traces = {QStringLiteral("Zéphyrine"), QStringLiteral("Quillebœuf"), QStringLiteral("zephyrine"),
                                    QStringLiteral("quilleboeuf"), QStringLiteral("exemple.org"), QStringLiteral("06 98 76 54 32"),
                                    QStringLiteral("0698765432")};
        for (const QString &trace : traces)
            QVERIFY2(!bytes.contains(trace.toUtf8()), qPrintable(trace));
        // The erasure is in the journal, without the values.
        const auto journal = run({QStringLiteral("privacy"), QStringLiteral("journal"), QStringLiteral("--contact"), QString::number(id)});
        QVERIFY(journal.out.contains(QStringLiteral(";erase;contact;%1;").arg(id)));
        QVERIFY(!journal.out.contains(QStringLiteral("Quilleb")));
    }

    void erasureIsUndoneFromMemory()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 id = demoWithPerson(db, dir.filePath(QStringLiteral("demo.essaim")));
        QVERIFY(id > 0);
        const QString c = db.connectionName();
        const int registrationsBefore = scalar(c, QStringLiteral("SELECT count(*) FROM registrations WHERE contact_id = ?"), {id}).toInt();
        const int historyBefore = scalar(c, QStringLiteral("SELECT count(*) FROM consent_history WHERE contact_id = ?"), {id}).toInt();
        const QString holdersSql = QStringLiteral("SELECT group_concat(project_id || '|' || contact_id || '|' || position, ',') "
                                                  "FROM project_holders WHERE contact_id = ?");
        const QString holdersBefore = scalar(c, holdersSql, {id}).toString();
        QVERIFY(!holdersBefore.isEmpty());
        const QString interactionSql = QStringLiteral("SELECT participants || '|' || notes || '|' || next_step FROM project_interactions "
                                                      "WHERE on_date = '2026-03-12' AND participants LIKE '%chargée%'");
        const QString interactionBefore = scalar(c, interactionSql).toString();
        const int projects = scalar(c, QStringLiteral("SELECT count(*) FROM projects")).toInt();
        PersonStore store(c);
        PersonErasure erasure;
        QVERIFY2(store.eraseContact(id, &erasure), qPrintable(store.errorString()));
        QVERIFY(!store.contactExists(id));
        // The project stays, without its holder; the exchange no longer names her.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM projects")).toInt(), projects);
        QCOMPARE(scalar(c, holdersSql, {id}).toString(), QString());
        QCOMPARE(scalar(c, interactionSql).toString(), QStringLiteral("[…], la chargée de mission|Étude de marché présentée par […]|[…]"));
        QCOMPARE(store.find(QStringLiteral("quillebœuf")).size(), 0);
        QVERIFY2(store.restore(erasure), qPrintable(store.errorString()));
        QCOMPARE(store.contactDossier(id).contact.email, QStringLiteral("zephyrine.quilleboeuf@exemple.org"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM registrations WHERE contact_id = ?"), {id}).toInt(), registrationsBefore);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_history WHERE contact_id = ?"), {id}).toInt(), historyBefore);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM plan_journal WHERE author = 'Zéphyrine Quillebœuf'")).toInt(), 1);
        QCOMPARE(scalar(c, holdersSql, {id}).toString(), holdersBefore);
        QCOMPARE(scalar(c, interactionSql).toString(), interactionBefore);
        // Found again through the directory's search too.
        QCOMPARE(store.find(QStringLiteral("QUILLEBOEUF")).size(), 1);
    }

    void registrationChangesAreJournaled()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("j.essaim"))));
        const QString conn = db.connectionName();
        Clock::setFixed(at(2026, 1, 5));
        EventStore events(conn);
        Event e;
        e.title = QStringLiteral("Forum");
        e.start = QDateTime(QDate(2026, 2, 3), QTime(18, 0));
        e.end = QDateTime(QDate(2026, 2, 3), QTime(20, 0));
        Registration anne;
        anne.occurrenceStart = e.start;
        anne.name = QStringLiteral("Anne Venue");
        anne.email = QStringLiteral("anne@venue.fr");
        Registration bruno = anne;
        bruno.name = QStringLiteral("Bruno Passant");
        bruno.email.clear();
        QList<EventRecord> write{EventRecord{e, {anne, bruno}}};
        QVERIFY(events.apply(write));
        const qint64 eventId = write.first().event.id;
        const qint64 a = write.first().registrations.at(0).id;
        const qint64 b = write.first().registrations.at(1).id;
        // Anne came, Bruno is taken off the list; a write that changes nothing journals nothing.
        EventRecord record = *events.load(eventId);
        record.registrations[0].status = Registration::Status::Present;
        record.registrations.removeAt(1);
        write = {record};
        QVERIFY(events.apply(write));
        write = {*events.load(eventId)};
        QVERIFY(events.apply(write));
        // The event deleted: Anne's registration goes with it.
        QList<EventRecord> none;
        QVERIFY(events.apply(none, {eventId}));
        PersonalDataJournal::Filter filter;
        filter.recordKind = QStringLiteral("registration");
        QStringList entries;
        for (const auto &entry : PersonalDataJournal(conn).entries(filter))
            entries << QStringLiteral("%1 %2 %3").arg(entry.action).arg(entry.recordId).arg(entry.fields.join(QLatin1Char(',')));
        QCOMPARE(entries, QStringList({QStringLiteral("create %1 name,email,status").arg(a),
                                       QStringLiteral("create %1 name,status").arg(b), QStringLiteral("change %1 status").arg(a),
                                       QStringLiteral("delete %1 ").arg(b), QStringLiteral("delete %1 ").arg(a)}));
    }

    void pilotChangesAreJournaled()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("pl.essaim"))));
        const QString conn = db.connectionName();
        PlanStore plans(conn);
        Plan plan;
        plan.name = QStringLiteral("Plan 2026");
        QVERIFY(plans.savePlan(plan));
        PlanItem item;
        item.planId = plan.id;
        item.title = QStringLiteral("Forum de l'ESS");
        item.pilotName = QStringLiteral("Claire Pilote");
        QVERIFY(plans.insertItem(item));
        PlanItem other;
        other.planId = plan.id;
        other.position = 1;
        other.title = QStringLiteral("Sans pilote");
        QVERIFY(plans.insertItem(other));
        item.title = QStringLiteral("Forum de l'ESS 2026"); // not about the pilot
        QVERIFY(plans.updateItem(item));
        item.pilotName = QStringLiteral("Denis Relais");
        QVERIFY(plans.updateItem(item));
        item.pilotName.clear();
        QVERIFY(plans.updateItem(item));
        PersonalDataJournal::Filter filter;
        filter.recordKind = QStringLiteral("plan_item");
        QStringList entries;
        for (const auto &entry : PersonalDataJournal(conn).entries(filter))
            entries << QStringLiteral("%1 %2 %3").arg(entry.action).arg(entry.recordId).arg(entry.fields.join(QLatin1Char(',')));
        QCOMPARE(entries, QStringList({QStringLiteral("create %1 pilot").arg(item.id), QStringLiteral("change %1 pilot").arg(item.id),
                                       QStringLiteral("change %1 pilot").arg(item.id)}));
    }

    void projectHoldersAndExchangesAreJournaled()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("ph.essaim"))));
        const QString conn = db.connectionName();
        Clock::setFixed(at(2026, 1, 5));
        ProjectStore projects(conn);
        const qint64 holder = projects.createHolder(QStringLiteral("Inès"), QStringLiteral("Porteuse"),
                                                    QStringLiteral("ines@exemple.org"), QString());
        QVERIFY(holder > 0);
        Project project;
        project.name = QStringLiteral("Tiers-lieu de Fourmies");
        project.holderIds = {holder};
        QVERIFY(projects.save(project));
        project.name = QStringLiteral("Tiers-lieu de Fourmies-Wignehies"); // the holders stay: nothing to journal
        QVERIFY(projects.save(project));
        // The exchanges of the accompaniment name people: what changes in them is journaled.
        ProjectInteraction meeting;
        meeting.projectId = project.id;
        meeting.date = QDate(2026, 1, 5);
        meeting.participants = QStringLiteral("Inès Porteuse");
        QVERIFY(projects.saveInteraction(meeting));
        meeting.nextStepDone = true; // no one's data
        QVERIFY(projects.saveInteraction(meeting));
        meeting.notes = QStringLiteral("Budget revu avec Inès");
        meeting.nextStep = QStringLiteral("Relancer la mairie");
        QVERIFY(projects.saveInteraction(meeting));
        ProjectInteraction call = meeting;
        call.id = 0;
        QVERIFY(projects.saveInteraction(call));
        QVERIFY(projects.removeInteraction(call.id));
        QVERIFY(projects.remove(project.id));
        PersonalDataJournal::Filter exchanges;
        exchanges.recordKind = QStringLiteral("project_interaction");
        QStringList exchangeEntries;
        for (const auto &e : PersonalDataJournal(conn).entries(exchanges))
            exchangeEntries << QStringLiteral("%1 %2 %3").arg(e.action).arg(e.recordId).arg(e.fields.join(QLatin1Char(',')));
        QCOMPARE(exchangeEntries, QStringList({QStringLiteral("create %1 participants").arg(meeting.id),
                                               QStringLiteral("change %1 notes,next_step").arg(meeting.id),
                                               QStringLiteral("create %1 participants,notes,next_step").arg(call.id),
                                               QStringLiteral("delete %1 ").arg(call.id), QStringLiteral("delete %1 ").arg(meeting.id)}));
        PersonalDataJournal::Filter filter;
        filter.recordKind = QStringLiteral("contact");
        filter.recordId = holder;
        QStringList entries;
        for (const auto &e : PersonalDataJournal(conn).entries(filter))
            entries << QStringLiteral("%1 %2 %3").arg(e.action, e.fields.join(QLatin1Char(',')), e.detail);
        QCOMPARE(entries, QStringList({QStringLiteral("create first_name,last_name,role,email "),
                                       QStringLiteral("change project_holder holder of project no. %1").arg(project.id),
                                       QStringLiteral("change project_holder no longer holder of project no. %1").arg(project.id)}));
        // A holder created for a project is a sign of life for the retention review.
        QCOMPARE(RetentionReview(conn).candidates(QDate(2029, 1, 4), 36).size(), 0);
        QCOMPARE(RetentionReview(conn).candidates(QDate(2029, 1, 6), 36).size(), 1);
    }

    void retentionReviewListsExactlyTheExpectedContacts()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.essaim"))));
        const QString conn = db.connectionName();
        ActorStore store(conn);
        Clock::setFixed(at(2020, 1, 10));
        Actor actor = TestSupport::makeActor(QStringLiteral("La Ruche"));
        Contact consented = makeContact(QStringLiteral("Anne"), QStringLiteral("Ancienne"), {}, {});
        consented.consentGuide = true;
        consented.consentGuideOn = QDate(2020, 1, 10);
        actor.contacts << consented << makeContact(QStringLiteral("Bruno"), QStringLiteral("Silencieux"), {}, {})
                       << makeContact(QStringLiteral("Émile"), QStringLiteral("Inscrit"), {}, {})
                       << makeContact(QStringLiteral("Fanny"), QStringLiteral("Gardée"), {}, {})
                       << makeContact(QStringLiteral("Gaël"), QStringLiteral("Renouvelé"), {}, {})
                       << makeContact(QStringLiteral("Iris"), QStringLiteral("Porteuse"), {}, {});
        QVERIFY(store.save(actor));
        // Iris holds a project; the last exchange of its accompaniment was in May 2022.
        QVERIFY(exec(conn, QStringLiteral("INSERT INTO projects(id, name) VALUES (1, 'Tiers-lieu')")));
        QVERIFY(exec(conn, QStringLiteral("INSERT INTO project_holders(project_id, contact_id) VALUES (1, ?)"), {actor.contacts[5].id}));
        QVERIFY(exec(conn, QStringLiteral("INSERT INTO project_interactions(project_id, on_date) VALUES (1, '2021-02-01'), (1, '2022-05-10')")));
        const qint64 anne = actor.contacts[0].id;
        const qint64 bruno = actor.contacts[1].id;
        // Émile came to an event in 2022.
        QVERIFY(exec(conn, QStringLiteral("INSERT INTO events(uid, title, starts_at, ends_at, span_start, span_end, created_at, updated_at) "
                                          "VALUES ('e1', 'Forum', '2022-03-04T18:00:00', '2022-03-04T20:00:00', '2022-03-04', '2022-03-05', '', '')")));
        QVERIFY(exec(conn, QStringLiteral("INSERT INTO registrations(event_id, occurrence_start, contact_id, name, status) "
                                          "VALUES (1, '2022-03-04T18:00:00', ?, 'Émile Inscrit', 'present')"), {actor.contacts[2].id}));
        // Fanny was kept at a review in 2021.
        Clock::setFixed(at(2021, 6, 1));
        QVERIFY(RetentionReview(conn).keep(actor.contacts[3].id, QStringLiteral("Administratrice du conseil")));
        QVERIFY(!RetentionReview(conn).keep(actor.contacts[3].id, QStringLiteral("  ")));
        // Gaël renewed his consent in 2021.
        Clock::setFixed(at(2021, 9, 1));
        actor.contacts[4].consentNewsletter = true;
        actor.contacts[4].consentNewsletterOn = QDate(2021, 9, 1);
        QVERIFY(store.save(actor));
        // A contact added in 2021 is recent.
        actor.contacts << makeContact(QStringLiteral("Hugo"), QStringLiteral("Nouveau"), {}, {});
        QVERIFY(store.save(actor));

        Clock::setFixed(at(2023, 6, 1));
        const auto candidates = RetentionReview(conn).candidates(Clock::today(), 36);
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates[0].contactId, anne);
        QCOMPARE(candidates[0].lastSign, QDate(2020, 1, 10));
        QCOMPARE(candidates[0].reason, QStringLiteral("last consent given or renewed on 10/01/2020"));
        QCOMPARE(candidates[1].contactId, bruno);
        QCOMPARE(candidates[1].reason, QStringLiteral("record last changed on 10/01/2020"));
        // A year catches everyone: the newest sign is of May 2022.
        const auto year = RetentionReview(conn).candidates(Clock::today(), 12);
        QCOMPARE(year.size(), 7);
        const auto iris = std::find_if(year.cbegin(), year.cend(), [&](const auto &c) { return c.contactId == actor.contacts[5].id; });
        QVERIFY(iris != year.cend());
        QCOMPARE(iris->reason, QStringLiteral("last exchange about a project they hold on 10/05/2022"));
        QCOMPARE(RetentionReview::parsePeriod(QStringLiteral("3y")), 36);
        QCOMPARE(RetentionReview::parsePeriod(QStringLiteral("18m")), 18);
        QCOMPARE(RetentionReview::parsePeriod(QStringLiteral("trois ans")), 0);
        // Former registrations: the one of 2022 is within 36 months.
        QCOMPARE(RetentionReview(conn).formerRegistrations(Clock::today(), 36), 0);
        QCOMPARE(RetentionReview(conn).formerRegistrations(Clock::today(), 12), 1);
        int anonymised = 0;
        QVERIFY(RetentionReview(conn).anonymiseFormerRegistrations(Clock::today(), 12, &anonymised));
        QCOMPARE(anonymised, 1);
        QCOMPARE(scalar(conn, QStringLiteral("SELECT name || '|' || COALESCE(contact_id, 0) || '|' || actor_id || '|' || status FROM registrations")).toString(),
                 QStringLiteral("|0|%1|present").arg(actor.id));
    }

    void retentionCommandListsTheContacts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            ActorStore store(db.connectionName());
            Actor actor = TestSupport::makeActor(QStringLiteral("La Ruche"));
            actor.contacts << makeContact(QStringLiteral("Anne"), QStringLiteral("Ancienne"), {}, {});
            Clock::setFixed(at(2001, 1, 10));
            QVERIFY(store.save(actor));
            Clock::reset();
        }
        const auto r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("retention"),
                                                              QStringLiteral("--older-than"), QStringLiteral("3y"),
                                                              QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts),
                 QStringList({QStringLiteral("contact;name;actor;last_sign;reason"),
                              QStringLiteral("1;Anne Ancienne;La Ruche;2001-01-10;record last changed on 10/01/2001")}));
        const auto bad = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("retention"),
                                                                QStringLiteral("--older-than"), QStringLiteral("longtemps")});
        QCOMPARE(bad.code, 2);
    }

    void encryptedBackupRestoresWithThePassphraseOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("council.essaim"));
        Database db;
        QVERIFY(db.open(path));
        {
            ActorStore store(db.connectionName());
            Actor a = TestSupport::makeActor(QStringLiteral("Structure Secrète du Bocage"));
            QVERIFY(store.save(a));
        }
        BackupManager backups(&db);
        backups.setPassphrase(QStringLiteral("correct horse battery staple"));
        QVERIFY2(backups.dailyBackup(QDate(2026, 6, 1)), qPrintable(backups.errorString()));
        const QString copy = BackupManager::backupPathFor(path, QDateTime(QDate(2026, 6, 1), QTime(0, 0)), false);
        const QByteArray sealed = fileBytes(copy);
        QVERIFY(sealed.startsWith("ESSAIMENC1"));
        QVERIFY(!sealed.contains("SQLite format 3"));
        QVERIFY(!sealed.contains("Bocage"));
        QVERIFY(backups.backups().first().encrypted);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.plain")}, QDir::Files).size(), 0);
        {
            ActorStore store(db.connectionName());
            Actor b = TestSupport::makeActor(QStringLiteral("Seconde structure"));
            QVERIFY(store.save(b));
        }
        const QByteArray present = TestSupport::fileHash(path);
        QVERIFY(!backups.restore(copy));
        QVERIFY(backups.errorString().contains(QStringLiteral("passphrase")));
        QVERIFY(!backups.restore(copy, QStringLiteral("wrong horse")));
        QVERIFY2(backups.errorString().contains(QStringLiteral("passphrase does not open")), qPrintable(backups.errorString()));
        // A damaged copy: one byte changed in the middle.
        const QString damaged = path + QStringLiteral(".backup-2026-05-01");
        QByteArray broken = sealed;
        broken[broken.size() / 2] = char(broken.at(broken.size() / 2) ^ 0x20);
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
        f.close();
        QVERIFY(!backups.restore(damaged, QStringLiteral("correct horse battery staple")));
        QVERIFY2(backups.errorString().contains(QStringLiteral("damaged")), qPrintable(backups.errorString()));
        QCOMPARE(TestSupport::fileHash(path), present);
        QCOMPARE(ActorStore(db.connectionName()).count(), 2);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.restore-plain")}, QDir::Files).size(), 0);

        QVERIFY2(backups.restore(copy, QStringLiteral("correct horse battery staple")), qPrintable(backups.errorString()));
        QCOMPARE(ActorStore(db.connectionName()).count(), 1);
        // The copy of the state before the restore is encrypted too.
        for (const BackupManager::Backup &b : backups.backups())
            QVERIFY2(b.encrypted, qPrintable(b.path));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.restore-plain")}, QDir::Files).size(), 0);
    }

    void cipherRefusesACutFile()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.bin"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200000, 'x'));
        f.close();
        const QString sealed = dir.filePath(QStringLiteral("sealed.bin"));
        BackupCipher cipher;
        QVERIFY2(cipher.encryptFile(plain, sealed, QStringLiteral("pass")), qPrintable(cipher.errorString()));
        QFile s(sealed);
        QVERIFY(s.open(QIODevice::ReadWrite));
        QVERIFY(s.resize(s.size() - 100));
        s.close();
        const QString out = dir.filePath(QStringLiteral("out.bin"));
        QVERIFY(!cipher.decryptFile(sealed, out, QStringLiteral("pass")));
        QVERIFY(!QFile::exists(out));
        QVERIFY(cipher.errorString().contains(QStringLiteral("damaged")));
    }

    void publicOutputsCarryNothingOfThoseWhoDidNotConsent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.essaim"));
        const QString marker = QStringLiteral("ZZSECRETZZ");
        makeSecretDirectory(path, marker);
        if (QTest::currentTestFailed())
            return;
        const QStringList base = {QStringLiteral("--db"), path};
        auto run = [&](const QStringList &args) {
            const auto r = TestSupport::runEssaim(m_home.path(), base + args);
            return r.code == 0 ? QString() : r.err + r.out;
        };
        const QString out = dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        QCOMPARE(run({QStringLiteral("print"), QStringLiteral("guide"), QStringLiteral("-o"), out + QStringLiteral("/guide.pdf")}), QString());
        QCOMPARE(run({QStringLiteral("print"), QStringLiteral("plaquette"), QStringLiteral("-o"), out + QStringLiteral("/plaquette.pdf")}), QString());
        QCOMPARE(run({QStringLiteral("print"), QStringLiteral("labels"), QStringLiteral("-o"), out + QStringLiteral("/labels.pdf")}), QString());
        QCOMPARE(run({QStringLiteral("print"), QStringLiteral("labels"), QStringLiteral("--audience"), QStringLiteral("newsletter"),
                      QStringLiteral("-o"), out + QStringLiteral("/labels-lettre.pdf")}), QString());
        QCOMPARE(run({QStringLiteral("print"), QStringLiteral("letter"), QStringLiteral("--html"), out + QStringLiteral("/lettre.html"),
                      QStringLiteral("-o"), out + QStringLiteral("/lettre.pdf")}), QString());
        for (const QString &format : {QStringLiteral("vcf"), QStringLiteral("geojson")})
            QCOMPARE(run({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"), format, QStringLiteral("-o"),
                          out + QStringLiteral("/annuaire.") + format}), QString());
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("-o"), out + QStringLiteral("/site")}), QString());
        int files = 0;
        QDirIterator it(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            ++files;
            QVERIFY2(!fileBytes(file).toLower().contains(marker.toLower().toUtf8()), qPrintable(file));
            if (file.endsWith(QLatin1String(".pdf")))
                QVERIFY2(!TestSupport::pdfText(file).contains(marker, Qt::CaseInsensitive), qPrintable(file));
        }
        QVERIFY(files >= 10);
        // The consenting ones are there: the test can fail.
        QVERIFY(TestSupport::pdfText(out + QStringLiteral("/guide.pdf")).contains(QStringLiteral("Alice Publique")));
        QVERIFY(TestSupport::pdfText(out + QStringLiteral("/labels-lettre.pdf")).contains(QStringLiteral("Alice Publique")));
        QVERIFY(fileBytes(out + QStringLiteral("/annuaire.vcf")).contains("alice@ruche.fr"));
        // Each public output made is remembered for the privacy check, the
        // Lettre's web page apart from its PDF.
        QCOMPARE(publishedOutputs(path), QStringList({QStringLiteral("geojson annuaire.geojson"), QStringLiteral("guide guide.pdf"),
                                       QStringLiteral("html site"), QStringLiteral("labels labels-lettre.pdf"),
                                       QStringLiteral("labels labels.pdf"), QStringLiteral("letter lettre.pdf"),
                                       QStringLiteral("letter-html lettre.html"), QStringLiteral("plaquette plaquette.pdf"),
                                       QStringLiteral("vcf annuaire.vcf")}));
    }

    void withdrawalTakesThePersonOffTheNextListsAndFlagsOlderOutputs()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.essaim"))));
        const QString conn = db.connectionName();
        ActorStore store(conn);
        Actor actor = TestSupport::makeActor(QStringLiteral("La Ruche"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        actor.address = QStringLiteral("1 rue de la Gare");
        actor.postcode = QStringLiteral("59600");
        Contact c = makeContact(QStringLiteral("Marie"), QStringLiteral("Durand"), QStringLiteral("marie@ruche.fr"), {});
        c.consentNewsletter = true;
        c.consentNewsletterOn = QDate(2024, 1, 1);
        actor.contacts << c;
        Clock::setFixed(at(2024, 1, 1));
        QVERIFY(store.save(actor));
        PrintSourceStore sources(conn);
        QCOMPARE(sources.mailingAddresses(PrintSourceStore::Audience::NewsletterContacts).size(), 1);
        Clock::setFixed(at(2024, 2, 1));
        QVERIFY(PrivacyCheck::recordPublication(conn, QStringLiteral("labels"), dir.filePath(QStringLiteral("labels.pdf"))));
        Clock::setFixed(at(2024, 3, 1));
        PersonStore persons(conn);
        QVERIFY(persons.withdrawConsent(actor.contacts[0].id, QStringLiteral("newsletter"), QStringLiteral("téléphone")));
        QCOMPARE(sources.mailingAddresses(PrintSourceStore::Audience::NewsletterContacts).size(), 0);
        const Contact after = *PersonalDataJournal(conn).storedContact(actor.contacts[0].id);
        QCOMPARE(after.consentNewsletter, false);
        QCOMPARE(after.consentNewsletterOn, QDate(2024, 3, 1));
        QCOMPARE(after.consentNewsletterSource, QStringLiteral("téléphone"));
        QCOMPARE(PersonalDataJournal(conn).consentHistory(actor.contacts[0].id).size(), 2);

        const auto findings = PrivacyCheck(&db).run(Clock::today());
        QStringList kinds;
        for (const auto &f : findings)
            kinds << f.kind;
        QVERIFY2(kinds.contains(QStringLiteral("stale-output")), qPrintable(kinds.join(QLatin1Char(','))));
        Clock::setFixed(at(2024, 3, 2));
        QVERIFY(PrivacyCheck::recordPublication(conn, QStringLiteral("labels"), dir.filePath(QStringLiteral("labels.pdf"))));
        kinds.clear();
        for (const auto &f : PrivacyCheck(&db).run(Clock::today()))
            kinds << f.kind;
        QVERIFY(!kinds.contains(QStringLiteral("stale-output")));
    }

    void privacyCheckListsWhatNeedsAttention()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            ActorStore store(db.connectionName());
            Actor actor = TestSupport::makeActor(QStringLiteral("La Ruche"));
            actor.contacts << makeContact(QStringLiteral("Anne"), QStringLiteral("Sans"), {}, {});
            Contact asked = makeContact(QStringLiteral("Bruno"), QStringLiteral("Refus"), {}, {});
            asked.consentGuideOn = QDate(2001, 1, 1);
            asked.consentGuideSource = QStringLiteral("formulaire");
            actor.contacts << asked;
            Clock::setFixed(at(2001, 1, 1));
            QVERIFY(store.save(actor));
            Clock::reset();
            BackupManager backups(&db);
            QVERIFY(backups.dailyBackup(QDate(2026, 1, 1)));
        }
        const auto r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("privacy"), QStringLiteral("check")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("no-consent: 1 contact without any recorded consent")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("retention: 2 contacts past the retention period of 3 years")));
        QVERIFY(r.out.contains(QStringLiteral("unencrypted-backup: 1 backup copy in clear")));
    }

    void findsPeopleWithoutCaringForAccents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            ActorStore store(db.connectionName());
            Actor actor = TestSupport::makeActor(QStringLiteral("La Ruche"));
            actor.contacts << makeContact(QStringLiteral("Zoé"), QStringLiteral("Lefèvre"), QStringLiteral("zoe@ruche.fr"), QStringLiteral("03 27 11 22 33"))
                           << makeContact(QStringLiteral("Paul"), QStringLiteral("Martin"), QStringLiteral("paul@ruche.fr"), {});
            QVERIFY(store.save(actor));
            QVERIFY(exec(db.connectionName(), QStringLiteral("INSERT INTO events(uid, title, starts_at, ends_at, span_start, span_end, created_at, updated_at) "
                                                             "VALUES ('e1', 'Forum', '2026-03-04T18:00:00', '2026-03-04T20:00:00', '2026-03-04', '2026-03-05', '', '')")));
            QVERIFY(exec(db.connectionName(), QStringLiteral("INSERT INTO registrations(event_id, occurrence_start, name, email) "
                                                             "VALUES (1, '2026-03-04T18:00:00', 'Zoé LEFEVRE', 'zoe.l@free.fr')")));
        }
        auto find = [&](const QString &text) {
            const auto r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("person"), QStringLiteral("find"),
                                                                  text, QStringLiteral("--format"), QStringLiteral("csv")});
            return r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        };
        QCOMPARE(find(QStringLiteral("lefevre")),
                 QStringList({QStringLiteral("contact;name;email;phone;actor"),
                              QStringLiteral("1;Zoé Lefèvre;zoe@ruche.fr;03 27 11 22 33;La Ruche"),
                              QStringLiteral("registration:1;Zoé LEFEVRE;zoe.l@free.fr;;")}));
        QCOMPARE(find(QStringLiteral("0327112233")).size(), 2);
        QCOMPARE(find(QStringLiteral("PAUL@")).size(), 2);
        QCOMPARE(find(QStringLiteral("personne")).size(), 1);
        // A registrant without a contact has rights too.
        const auto erased = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("person"), QStringLiteral("erase"),
                                                                   QStringLiteral("--registration"), QStringLiteral("1")});
        QVERIFY2(erased.code == 0, qPrintable(erased.err));
        QCOMPARE(find(QStringLiteral("lefevre")).size(), 2);
        QVERIFY(!fileBytes(path).contains("zoe.l@free.fr"));
        const auto usage = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("person"), QStringLiteral("erase")});
        QCOMPARE(usage.code, 2);
    }

    void registerAndNoticeArePrinted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            ProcessingRegister reg(db.connectionName());
            QVERIFY(!reg.isSaved());
            QList<ProcessingActivity> list = reg.activities();
            QCOMPARE(list.size(), 5);
            QCOMPARE(reg.directoryRetentionMonths(), 36);
            // The accompaniment of project holders is in use since the Projets tab.
            QVERIFY(list[4].active);
            list[0].retentionMonths = 24;
            list[3].active = false; // a council without a plan of action
            QVERIFY(reg.save(list));
            QCOMPARE(reg.directoryRetentionMonths(), 24);
            CouncilIdentity identity;
            identity.name = QStringLiteral("Conseil local de l'ESS du Bocage");
            identity.contactLine = QStringLiteral("rgpd@bocage.fr");
            QVERIFY(PublicationStore(db.connectionName()).setIdentity(identity));
        }
        const QString pdf = dir.filePath(QStringLiteral("registre.pdf"));
        auto r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("privacy"), QStringLiteral("register"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = TestSupport::pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Conseil local de l'ESS du Bocage")));
        QVERIFY(text.contains(QStringLiteral("Liste de diffusion de la Lettre de l'ESS")));
        QVERIFY(text.contains(QStringLiteral("2 years")));
        QVERIFY(text.contains(QStringLiteral("Accompagnement des porteurs de projet")));
        const QString html = dir.filePath(QStringLiteral("notice.html"));
        r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("privacy"), QStringLiteral("notice"), QStringLiteral("-o"), html});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString notice = QString::fromUtf8(fileBytes(html));
        QVERIFY(notice.contains(QStringLiteral("Conseil local de l&#x27;ESS du Bocage")) || notice.contains(QStringLiteral("Conseil local de l'ESS du Bocage")));
        QVERIFY(notice.contains(QStringLiteral("rgpd@bocage.fr")));
        QVERIFY(notice.contains(QStringLiteral("CNIL")));
        // A processing not in use is left out of the notice.
        QVERIFY(notice.contains(QStringLiteral("Accompagnement des porteurs")));
        QVERIFY(!notice.contains(QStringLiteral("Pilotes du plan")));
    }

    void attendanceSheetCarriesTheNotice()
    {
        // The demo's dates follow the clock: pinned, the Rendez-vous of 6 November 2026 exists.
        TestSupport::pinClock();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            DemoDataBuilder demo(db.connectionName());
            QVERIFY(demo.build());
        }
        const QString pdf = dir.filePath(QStringLiteral("emargement.pdf"));
        const auto r = TestSupport::runEssaim(m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("attendance"),
                                                              QStringLiteral("--event"), DemoAgendaBuilder::rendezVousUid(),
                                                              QStringLiteral("--date"), QStringLiteral("2026-11-06"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = TestSupport::pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Personal data. Controller: Conseil local de l'ESS Sambre-Avesnois.")), qPrintable(text.right(800)));
        QVERIFY(text.contains(QStringLiteral("Inscriptions aux événements")));
        QVERIFY(text.contains(QStringLiteral("CNIL")));
    }
};

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
