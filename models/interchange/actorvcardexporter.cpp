#include "actorvcardexporter.h"

#include "vcardwriter.h"
#include "models/stores/directorysnapshot.h"

#include <QFileDevice>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace {
// Fixed namespace: a contact keeps the same UID from one export to the
// next, so an address book updates the card instead of adding a twin.
const QUuid uidNamespace(QStringLiteral("{6f1d3c52-4b0e-4c55-9a55-2a9d1e0c7e11}"));
} // namespace

ActorVCardExporter::ActorVCardExporter(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QString ActorVCardExporter::telUri(const QString &phone)
{
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-/()]"));
    QString digits = phone;
    digits.remove(separators);
    static const QRegularExpression national(QStringLiteral("^0([1-9]\\d{8})$"));
    static const QRegularExpression international(QStringLiteral("^(?:\\+|00)(33[1-9]\\d{8})$"));
    QRegularExpressionMatch m = national.match(digits);
    if (m.hasMatch())
        return QStringLiteral("tel:+33") + m.captured(1);
    m = international.match(digits);
    if (m.hasMatch())
        return QStringLiteral("tel:+") + m.captured(1);
    return {};
}

bool ActorVCardExporter::exportTo(const QString &path, const std::vector<qint32> &ids)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("The file “%1” cannot be written (%2). Choose another folder or name.").arg(path, file.errorString());
        return false;
    }
    if (!write(&file, ids)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("The file “%1” could not be saved (%2). Check the free space and try again.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ActorVCardExporter::writeCard(VCardWriter &writer, const Actor &actor, const Contact &c, const QString &revision) const
{
    writer.begin();
    writer.addRaw("PRODID", QStringLiteral("-//Essaim//Essaim//FR"));
    writer.addRaw("UID", QStringLiteral("urn:uuid:")
                             + QUuid::createUuidV5(uidNamespace, QByteArray("contact/") + QByteArray::number(c.id))
                                   .toString(QUuid::WithoutBraces));
    writer.addRaw("KIND", QStringLiteral("individual"));
    const QString name = c.displayName();
    writer.addText("FN", name.isEmpty() ? actor.name : name);
    writer.addStructured("N", {c.lastName, c.firstName, QString(), QString(), QString()});
    writer.addStructured("ORG", {actor.name});
    if (!c.role.isEmpty())
        writer.addText("TITLE", c.role);
    if (!c.email.isEmpty())
        writer.addText("EMAIL", c.email, ";TYPE=work");
    if (!c.phone.isEmpty()) {
        const QString uri = telUri(c.phone);
        if (uri.isEmpty())
            writer.addText("TEL", c.phone, ";TYPE=work");
        else
            writer.addRaw("TEL", uri, ";VALUE=uri;TYPE=work");
    }
    if (!actor.address.isEmpty() || !actor.communeName.isEmpty() || !actor.postcode.isEmpty()) {
        // ADR: post office box; extended address; street; locality;
        // region; postal code; country.
        writer.addStructured("ADR", {QString(), QString(), actor.address, actor.communeName, QString(), actor.postcode,
                                     QStringLiteral("France")},
                             ";TYPE=work");
    }
    if (!actor.website.isEmpty())
        writer.addText("URL", actor.website, ";TYPE=work");
    if (c.consentGuideOn.isValid()) {
        // The sentences are translated once per export (write()), and the
        // date written without QDate's general formatter: both cost more
        // than the rest of the card.
        const QDate d = c.consentGuideOn;
        const QString on = QString::asprintf("%04d-%02d-%02d", d.year(), d.month(), d.day());
        writer.addText("NOTE", c.consentGuideSource.isEmpty() ? m_consentNote.arg(on) : m_consentNoteWithSource.arg(on, c.consentGuideSource));
    }
    if (!revision.isEmpty())
        writer.addRaw("REV", revision);
    writer.end();
}

QString ActorVCardExporter::revision(const QDateTime &updatedAt)
{
    if (!updatedAt.isValid())
        return {};
    // yyyyMMdd'T'HHmmss'Z', without the cost of a date format per card.
    const QDateTime utc = updatedAt.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QString::asprintf("%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second());
}

bool ActorVCardExporter::write(QIODevice *device, const std::vector<qint32> &ids)
{
    m_cards = 0;
    m_withheld = 0;
    m_error.clear();
    m_consentNote = tr("Consent to the publication of these details given on %1.");
    m_consentNoteWithSource = tr("Consent to the publication of these details given on %1 (%2).");
    DirectorySnapshot snapshot(m_connectionName);
    VCardWriter writer(device);
    const bool read = snapshot.forEachActor(ids, DirectorySnapshot::Contacts, [&](const Actor &actor) {
        if (actor.archived)
            return;
        QString rev;
        bool dated = false;
        for (const Contact &c : actor.contacts) {
            if (!c.consentGuide) {
                ++m_withheld;
                continue;
            }
            if (!dated) {
                rev = revision(actor.updatedAt);
                dated = true;
            }
            writeCard(writer, actor, c, rev);
            ++m_cards;
        }
    });
    writer.flush();
    if (!read) {
        m_error = snapshot.errorString();
        return false;
    }
    const auto *file = qobject_cast<QFileDevice *>(device);
    if (file && file->error() != QFileDevice::NoError) {
        m_error = tr("The file could not be written (%1).").arg(device->errorString());
        return false;
    }
    return true;
}
