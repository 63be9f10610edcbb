#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QDateTime;
class QIODevice;
class VCardWriter;
struct Actor;
struct Contact;

/// Writes the contacts of the given actors as vCard 4.0 (RFC 6350), one
/// card per person, with the actor as ORG, for an address book.
///
/// Only contacts who consented to the publication of their details (the
/// "guide" purpose, contacts.consent_guide) are written: an address book
/// leaves the council's hands (a partner's phone, a shared book), which is a
/// disclosure of the person's details; the newsletter consent only lets the
/// council write to the person and does not cover that. Contacts of archived
/// actors are left out. The file is replaced only once it is complete.
class ActorVCardExporter
{
    Q_DECLARE_TR_FUNCTIONS(ActorVCardExporter)

public:
    explicit ActorVCardExporter(const QString &connectionName);

    bool exportTo(const QString &path, const std::vector<qint32> &ids);
    bool write(QIODevice *device, const std::vector<qint32> &ids);

    /// Cards written by the last export.
    int cardCount() const { return m_cards; }
    /// Contacts left out for want of consent by the last export.
    int withheldCount() const { return m_withheld; }
    QString errorString() const { return m_error; }

    /// "03 27 12 34 56" -> "tel:+33327123456"; empty when the number is not
    /// a French ten-digit number (it is then written as text).
    static QString telUri(const QString &phone);

private:
    /// One person's card; @p revision is the actor's last change (REV).
    void writeCard(VCardWriter &writer, const Actor &actor, const Contact &contact, const QByteArray &revision) const;
    static QByteArray revision(const QDateTime &updatedAt);

    QString m_connectionName;
    QString m_error;
    QString m_consentNote, m_consentNoteWithSource;
    int m_cards = 0;
    int m_withheld = 0;
};
