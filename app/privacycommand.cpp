#include "privacycommand.h"

#include "invocation.h"

#include "models/domain/clock.h"
#include "models/interchange/csvwriter.h"
#include "models/privacy/personaldatajournal.h"
#include "models/privacy/personstore.h"
#include "models/privacy/privacycheck.h"
#include "models/privacy/processingregister.h"
#include "models/privacy/retentionreview.h"
#include "models/storage/database.h"
#include "models/stores/publicationstore.h"
#include "views/print/documentoutput.h"
#include "views/print/persondossierdocument.h"
#include "views/print/registerdocument.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace {
QString say(const QString &message)
{
    return QStringLiteral("essaim: ") + message;
}

QString csvLine(const QStringList &fields)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Flavour::ExcelFrench);
    writer.writeRecord(fields);
    QString line = QString::fromUtf8(buffer.data());
    // Standard output is read by programs and pipes: no byte-order mark.
    if (line.startsWith(QChar(0xfeff)))
        line.remove(0, 1);
    return line;
}
} // namespace

QString PrivacyCommand::help() const
{
    return tr("person find TEXT | export --contact ID -o FILE.pdf|.json | erase --contact ID | withdraw --contact ID --consent "
              "guide|newsletter: a person's rights (RGPD)\n"
              "retention [--older-than 3y] --format csv: the contacts kept longer than the register allows\n"
              "privacy check | journal [--contact ID] [-o FILE.csv] | register -o FILE.pdf | notice -o FILE.html: personal data");
}

QList<QCommandLineOption> PrivacyCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("contact"), tr("person export|erase|withdraw, privacy journal: the contact's number (as “person find” gives it)."), tr("ID")),
        QCommandLineOption(QStringLiteral("registration"), tr("person export|erase: a registration without a contact (its number)."), tr("ID")),
        QCommandLineOption(QStringLiteral("older-than"), tr("retention: the period without a sign of life, as 3y or 18m (default: the register's)."), tr("PERIOD")),
        QCommandLineOption(QStringLiteral("consent"), tr("person withdraw: the consent withdrawn, guide or newsletter."), tr("PURPOSE")),
    };
}

QStringList PrivacyCommand::names() const
{
    return {QStringLiteral("person"), QStringLiteral("retention"), QStringLiteral("privacy")};
}

bool PrivacyCommand::needsGui(const Invocation &invocation) const
{
    const auto pdf = [](const QString &path) { return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive); };
    const QStringList words = invocation.words();
    return pdf(invocation.value(QStringLiteral("output"))) || std::any_of(words.cbegin(), words.cend(), pdf);
}

int PrivacyCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    const QStringList words = invocation.words();
    const QCommandLineParser &parser = invocation.parser();
    const QString command = words.value(0);
    const QString what = words.value(1);
    auto usage = [&err](const QString &message) {
        err << say(message) << Qt::endl;
        return 2;
    };
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("csv") && (command != QLatin1String("person") || what == QLatin1String("find")))
        return usage(tr("the format “%1” is not known here; use csv.").arg(format));
    if (command == QLatin1String("retention")) {
        const QString period = parser.value(QStringLiteral("older-than"));
        if (!period.isEmpty() && RetentionReview::parsePeriod(period) <= 0)
            return usage(tr("the period “%1” is not understood; write it as 3y (years) or 18m (months).").arg(period));
        return 0;
    }
    if (command == QLatin1String("privacy")) {
        const QStringList known = {QStringLiteral("check"), QStringLiteral("journal"), QStringLiteral("register"), QStringLiteral("notice")};
        if (!known.contains(what))
            return usage(tr("privacy what? Write “essaim privacy check|journal|register|notice”."));
        if ((what == QLatin1String("register") || what == QLatin1String("notice")) && parser.value(QStringLiteral("output")).isEmpty())
            return usage(tr("privacy %1 needs a file to write: add -o FILE.").arg(what));
        return 0;
    }
    const QStringList known = {QStringLiteral("find"), QStringLiteral("export"), QStringLiteral("erase"), QStringLiteral("withdraw")};
    if (!known.contains(what))
        return usage(tr("person what? Write “essaim person find TEXT” or “essaim person export|erase|withdraw --contact ID”."));
    if (what == QLatin1String("find"))
        return words.value(2).trimmed().isEmpty() ? usage(tr("person find needs the text to look for.")) : 0;
    const bool contact = parser.isSet(QStringLiteral("contact"));
    const bool registration = parser.isSet(QStringLiteral("registration"));
    const QString id = parser.value(contact ? QStringLiteral("contact") : QStringLiteral("registration"));
    if (contact == registration || id.toLongLong() <= 0)
        return usage(tr("person %1 needs one person: --contact ID or --registration ID (numbers, as “person find” gives them).").arg(what));
    if (what == QLatin1String("withdraw")) {
        const QString consent = parser.value(QStringLiteral("consent"));
        if (!contact || (consent != QLatin1String("guide") && consent != QLatin1String("newsletter")))
            return usage(tr("person withdraw needs --contact ID and --consent guide or newsletter."));
    }
    if (what == QLatin1String("export")) {
        const QString output = parser.value(QStringLiteral("output"));
        if (!output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) && !output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return usage(tr("person export needs -o FILE.pdf or -o FILE.json."));
    }
    return 0;
}

int PrivacyCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    Database &db = session.database();
    const QStringList words = invocation.words();
    const QCommandLineParser &parser = invocation.parser();
    const QString command = words.value(0);
    const QString what = words.value(1);
    if (command == QLatin1String("retention"))
        return retention(db, parser, out);
    if (command == QLatin1String("privacy")) {
        if (what == QLatin1String("check"))
            return check(db, out);
        if (what == QLatin1String("journal"))
            return journal(db, parser, out, err);
        return printRegister(db, parser, out, err);
    }
    if (what == QLatin1String("find"))
        return find(db, words.mid(2).join(QLatin1Char(' ')), out);
    if (what == QLatin1String("export"))
        return exportPerson(db, parser, out, err);
    if (what == QLatin1String("erase"))
        return erase(db, parser, out, err);
    return withdraw(db, parser, out, err);
}

int PrivacyCommand::find(Database &db, const QString &text, QTextStream &out)
{
    out << csvLine({QStringLiteral("contact"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                    QStringLiteral("actor")});
    for (const PersonStore::Match &m : PersonStore(db.connectionName()).find(text)) {
        const QString id = m.contactId > 0 ? QString::number(m.contactId)
                                           : QStringLiteral("registration:%1").arg(m.registrationId);
        out << csvLine({id, m.name, m.email, m.phone, m.actorName});
    }
    return 0;
}

int PrivacyCommand::exportPerson(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    PersonStore store(db.connectionName());
    const bool contact = parser.isSet(QStringLiteral("contact"));
    const qint64 id = parser.value(contact ? QStringLiteral("contact") : QStringLiteral("registration")).toLongLong();
    if (contact ? !store.contactExists(id) : !store.registrationExists(id)) {
        err << say(contact ? tr("there is no contact number %1; “essaim person find TEXT” gives the numbers.").arg(id)
                           : tr("there is no registration number %1; “essaim person find TEXT” gives the numbers.").arg(id))
            << Qt::endl;
        return 1;
    }
    const PersonDossier dossier = contact ? store.contactDossier(id) : store.registrantDossier(id);
    const QString path = parser.value(QStringLiteral("output"));
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        if (!store.exportJson(dossier, path)) {
            err << say(store.errorString()) << Qt::endl;
            return 1;
        }
    } else {
        PublicationStore publications(db.connectionName());
        PersonDossierDocument document(dossier, PrintStyle(publications.identity()));
        QString error;
        if (DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error) < 0 || !store.recordExport(dossier, QStringLiteral("pdf"))) {
            err << say(error.isEmpty() ? store.errorString() : error) << Qt::endl;
            return 1;
        }
    }
    out << tr("Everything held about %1 was written to “%2”.").arg(dossier.displayName(), QDir::toNativeSeparators(path)) << Qt::endl;
    return 0;
}

int PrivacyCommand::erase(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    PersonStore store(db.connectionName());
    const bool contact = parser.isSet(QStringLiteral("contact"));
    const qint64 id = parser.value(contact ? QStringLiteral("contact") : QStringLiteral("registration")).toLongLong();
    PersonErasure erasure;
    const bool done = contact ? store.eraseContact(id, &erasure) : store.eraseRegistrant(id, &erasure);
    const int registrations = erasure.registrations;
    // No undo on the command line: the erased values go at once.
    erasure = PersonErasure();
    if (!done) {
        err << say(store.errorString()) << Qt::endl;
        return 1;
    }
    out << tr("The person was erased; %n registration(s) kept as anonymous counts. Backups older than now still hold "
              "the data: replace them.", nullptr, registrations)
        << Qt::endl;
    return 0;
}

int PrivacyCommand::withdraw(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    PersonStore store(db.connectionName());
    const qint64 id = parser.value(QStringLiteral("contact")).toLongLong();
    if (!store.withdrawConsent(id, parser.value(QStringLiteral("consent")), tr("withdrawn at the person's request"))) {
        err << say(store.errorString()) << Qt::endl;
        return 1;
    }
    out << tr("Consent withdrawn on %1; the next labels, lists, guide and exports leave the person out.")
               .arg(QLocale().toString(Clock::today(), QLocale::ShortFormat))
        << Qt::endl;
    return 0;
}

int PrivacyCommand::retention(Database &db, const QCommandLineParser &parser, QTextStream &out)
{
    const QString period = parser.value(QStringLiteral("older-than"));
    const int months = period.isEmpty() ? ProcessingRegister(db.connectionName()).directoryRetentionMonths()
                                        : RetentionReview::parsePeriod(period);
    out << csvLine({QStringLiteral("contact"), QStringLiteral("name"), QStringLiteral("actor"), QStringLiteral("last_sign"),
                    QStringLiteral("reason")});
    for (const RetentionReview::Candidate &c : RetentionReview(db.connectionName()).candidates(Clock::today(), months))
        out << csvLine({QString::number(c.contactId), c.name, c.actorName,
                        c.lastSign.isValid() ? c.lastSign.toString(Qt::ISODate) : QString(), c.reason});
    return 0;
}

int PrivacyCommand::check(Database &db, QTextStream &out)
{
    const QList<PrivacyCheck::Finding> findings = PrivacyCheck(&db).run(Clock::today());
    if (findings.isEmpty())
        out << tr("Nothing needs attention.") << Qt::endl;
    for (const PrivacyCheck::Finding &f : findings)
        out << f.kind << QStringLiteral(": ") << f.sentence << Qt::endl;
    return 0;
}

int PrivacyCommand::journal(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    PersonalDataJournal journal(db.connectionName());
    PersonalDataJournal::Filter filter;
    if (parser.isSet(QStringLiteral("contact"))) {
        filter.recordKind = QStringLiteral("contact");
        filter.recordId = parser.value(QStringLiteral("contact")).toLongLong();
    }
    const QString path = parser.value(QStringLiteral("output"));
    if (!path.isEmpty()) {
        if (!journal.exportCsv(path, filter)) {
            err << say(journal.errorString()) << Qt::endl;
            return 1;
        }
        out << tr("The journal was written to “%1”.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return 0;
    }
    out << csvLine({QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"), QStringLiteral("record"),
                    QStringLiteral("id"), QStringLiteral("fields"), QStringLiteral("detail")});
    for (const PersonalDataJournal::Entry &e : journal.entries(filter))
        out << csvLine({e.at.toUTC().toString(Qt::ISODate), e.userName, e.action, e.recordKind,
                        e.recordId ? QString::number(e.recordId) : QString(), e.fields.join(QLatin1Char(',')), e.detail});
    return 0;
}

int PrivacyCommand::printRegister(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.value(QStringLiteral("output"));
    const ProcessingRegister processing(db.connectionName());
    const CouncilIdentity identity = PublicationStore(db.connectionName()).identity();
    QString error;
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || parser.positionalArguments().value(1) == QLatin1String("notice")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ProcessingRegister::noticeHtml(processing.activities(), identity).toUtf8()) < 0
            || !file.commit()) {
            err << say(tr("the file “%1” could not be written (%2).").arg(QDir::toNativeSeparators(path), file.errorString())) << Qt::endl;
            return 1;
        }
    } else {
        RegisterDocument document(processing.activities(), PrintStyle(identity), Clock::today());
        if (DocumentOutput::writePdf(document, document.defaultPageLayout(), path, &error) < 0) {
            err << say(error) << Qt::endl;
            return 1;
        }
    }
    out << tr("“%1” written.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return 0;
}
