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

/// Writes @p value as @p width digits, zero-padded, at @p out: the dates of
/// every card without a general formatter (asprintf cost a tenth of the
/// export). The callers keep to years 0 to 9999, where "%04d" says the same.
char *digits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

bool fourDigitYear(const QDate &d)
{
    return d.year() >= 0 && d.year() <= 9999;
}
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

void ActorVCardExporter::writeCard(VCardWriter &writer, const Actor &actor, const Contact &c, const QByteArray &revision) const
{
    writer.begin();
    writer.addRaw("PRODID", QStringLiteral("-//Essaim//Essaim//FR"));
    writer.addRawUtf8("UID", "urn:uuid:"
                                 + QUuid::createUuidV5(uidNamespace, QByteArray("contact/") + QByteArray::number(c.id))
                                       .toByteArray(QUuid::WithoutBraces));
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
        QString on;
        if (fourDigitYear(d)) {
            char text[10];
            char *p = digits(text, d.year(), 4);
            *p++ = '-';
            p = digits(p, d.month(), 2);
            *p++ = '-';
            digits(p, d.day(), 2);
            on = QString::fromLatin1(text, sizeof text);
        } else {
            on = QString::asprintf("%04d-%02d-%02d", d.year(), d.month(), d.day());
        }
        writer.addText("NOTE", c.consentGuideSource.isEmpty() ? m_consentNote.arg(on) : m_consentNoteWithSource.arg(on, c.consentGuideSource));
    }
    if (!revision.isEmpty())
        writer.addRawUtf8("REV", revision);
    writer.end();
}

QByteArray ActorVCardExporter::revision(const QDateTime &updatedAt)
{
    if (!updatedAt.isValid())
        return {};
    // yyyyMMdd'T'HHmmss'Z', without the cost of a date format per card.
    const QDateTime utc = updatedAt.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!fourDigitYear(d))
        return QString::asprintf("%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
            .toUtf8();
    char text[16];
    char *p = digits(text, d.year(), 4);
    p = digits(p, d.month(), 2);
    p = digits(p, d.day(), 2);
    *p++ = 'T';
    p = digits(p, t.hour(), 2);
    p = digits(p, t.minute(), 2);
    p = digits(p, t.second(), 2);
    *p = 'Z';
    return QByteArray(text, sizeof text);
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
        QByteArray rev;
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
