#include "processingregister.h"

#include "models/storage/transaction.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// Where a person writes to exercise their rights: the e-mail address of the
/// contact line, else the postal address on one line; never a phone number,
/// which nobody can write to.
QString writingAddress(const CouncilIdentity &identity)
{
    static const QRegularExpression email(QStringLiteral("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = email.match(identity.contactLine);
    if (m.hasMatch())
        return m.captured();
    QStringList lines;
    for (const QString &line : identity.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines.join(QStringLiteral(", "));
}

} // namespace

ProcessingRegister::ProcessingRegister(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QList<ProcessingActivity> ProcessingRegister::defaults()
{
    // The register is a French legal document kept by a French council: its
    // pre-filled content is data in French (like the seed plans), not
    // interface text.
    const QString security = QStringLiteral(
        "Base de données sur le poste du chargé de mission, session protégée par mot de passe ; copies de sauvegarde "
        "chiffrées (Argon2id, XChaCha20-Poly1305) ; journal des modifications ; accès limité au personnel du conseil.");
    QList<ProcessingActivity> list;
    auto add = [&](const char *key, const QString &name, const QString &purpose, const QString &basis, const QString &data,
                   const QString &persons, const QString &recipients, int months) {
        ProcessingActivity a;
        a.key = QString::fromLatin1(key);
        a.name = name;
        a.purpose = purpose;
        a.legalBasis = basis;
        a.dataCategories = data;
        a.personCategories = persons;
        a.recipients = recipients;
        a.retentionMonths = months;
        a.securityMeasures = security;
        list << a;
    };
    add("directory", QStringLiteral("Annuaire des acteurs de l'ESS"),
        QStringLiteral("Tenir l'annuaire des structures de l'ESS du territoire et de leurs contacts ; publier le guide, le site et "
                       "la carte des acteurs qui y consentent ; produire l'observatoire."),
        QStringLiteral("Intérêt légitime (annuaire professionnel) ; consentement pour la publication des coordonnées."),
        QStringLiteral("Nom, prénom, fonction, courriel et téléphone professionnels, structure, consentements."),
        QStringLiteral("Contacts des structures de l'ESS et des partenaires."),
        QStringLiteral("Le conseil ; le public pour les seules données publiées avec consentement."), 36);
    add("newsletter", QStringLiteral("Liste de diffusion de la Lettre de l'ESS"),
        QStringLiteral("Envoyer la Lettre de l'ESS et les invitations du conseil."), QStringLiteral("Consentement."),
        QStringLiteral("Nom, prénom, courriel, adresse postale de la structure, date et source du consentement."),
        QStringLiteral("Abonnés à la Lettre."), QStringLiteral("Le conseil ; son imprimeur ou routeur pour l'envoi."), 36);
    add("events", QStringLiteral("Inscriptions aux événements"),
        QStringLiteral("Gérer les inscriptions et l'émargement des événements ; compter la participation (anonymement au-delà "
                       "de la durée de conservation)."),
        QStringLiteral("Intérêt légitime ; obligation envers les financeurs pour les feuilles d'émargement."),
        QStringLiteral("Nom, courriel, structure, présence."), QStringLiteral("Participants aux événements."),
        QStringLiteral("Le conseil ; les financeurs pour les feuilles d'émargement."), 36);
    add("plan", QStringLiteral("Pilotes du plan d'action"),
        QStringLiteral("Suivre le plan d'action : qui pilote quelle action, journal des avancées."),
        QStringLiteral("Intérêt légitime."), QStringLiteral("Nom du pilote, structure, entrées de journal."),
        QStringLiteral("Pilotes et partenaires des actions."), QStringLiteral("Le conseil et ses instances."), 72);
    add("accompaniment", QStringLiteral("Accompagnement des porteurs de projet"),
        QStringLiteral("Accompagner les porteurs de projet de l'ESS : suivre leur projet, les échanges et les prochaines "
                       "étapes, les demandes de financement."),
        QStringLiteral("Consentement ou mesures précontractuelles."),
        QStringLiteral("Identité, coordonnées, projet, échanges de l'accompagnement."),
        QStringLiteral("Porteurs de projet."), QStringLiteral("Le conseil ; les partenaires de l'accompagnement avec accord."), 36);
    return list;
}

bool ProcessingRegister::isSaved() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("SELECT 1 FROM processing_activities LIMIT 1")) && q.next();
}

QList<ProcessingActivity> ProcessingRegister::activities() const
{
    QList<ProcessingActivity> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT id, key, name, purpose, legal_basis, data_categories, person_categories, recipients, "
                               "retention_months, security_measures, active FROM processing_activities ORDER BY position, id")))
        return defaults();
    while (q.next()) {
        ProcessingActivity a;
        a.id = q.value(0).toLongLong();
        a.key = q.value(1).toString();
        a.name = q.value(2).toString();
        a.purpose = q.value(3).toString();
        a.legalBasis = q.value(4).toString();
        a.dataCategories = q.value(5).toString();
        a.personCategories = q.value(6).toString();
        a.recipients = q.value(7).toString();
        a.retentionMonths = q.value(8).toInt();
        a.securityMeasures = q.value(9).toString();
        a.active = q.value(10).toBool();
        list << a;
    }
    return list.isEmpty() ? defaults() : list;
}

bool ProcessingRegister::save(const QList<ProcessingActivity> &activities)
{
    Transaction transaction(m_connectionName);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!transaction.isActive() || !q.exec(QStringLiteral("DELETE FROM processing_activities"))) {
        m_error = tr("The register could not be saved (%1).").arg(q.lastError().databaseText());
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO processing_activities(key, name, purpose, legal_basis, data_categories, "
                             "person_categories, recipients, retention_months, security_measures, active, position) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const ProcessingActivity &a : activities) {
        for (const QString &text : {a.key, a.name, a.purpose, a.legalBasis, a.dataCategories, a.personCategories, a.recipients})
            q.addBindValue(text.isNull() ? QStringLiteral("") : text);
        q.addBindValue(qMax(1, a.retentionMonths));
        q.addBindValue(a.securityMeasures.isNull() ? QStringLiteral("") : a.securityMeasures);
        q.addBindValue(int(a.active));
        q.addBindValue(position++);
        if (!q.exec()) {
            m_error = tr("The register could not be saved (%1).").arg(q.lastError().databaseText());
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = tr("The register could not be saved (%1).").arg(transaction.errorString());
        return false;
    }
    return true;
}

int ProcessingRegister::directoryRetentionMonths() const
{
    for (const ProcessingActivity &a : activities()) {
        if (a.key == QLatin1String("directory"))
            return a.retentionMonths;
    }
    return 36;
}

QString ProcessingRegister::periodText(int months)
{
    if (months % 12 == 0)
        return tr("%n year(s)", nullptr, months / 12);
    return tr("%n month(s)", nullptr, months);
}

QString ProcessingRegister::noticeText(const QList<ProcessingActivity> &activities, const CouncilIdentity &identity)
{
    const QString controller = identity.name.isEmpty() ? tr("the council") : identity.name;
    QStringList why;
    for (const ProcessingActivity &a : activities) {
        if (a.active)
            why << tr("%1: %2 Kept %3.").arg(a.name, a.purpose, periodText(a.retentionMonths));
    }
    QStringList parts;
    // Said as a label, so that no article has to precede a name that may or may not take one.
    parts << tr("Personal data. Controller: %1.").arg(controller);
    parts << why.join(QLatin1Char(' '));
    parts << tr("You may access your data, have it corrected or erased, take it with you, object to its use or withdraw "
                "your consent at any time, and complain to the CNIL (cnil.fr).");
    const QString contact = writingAddress(identity);
    parts << (contact.isEmpty() ? tr("To exercise these rights, write to: %1.").arg(controller)
                                : tr("To exercise these rights, write to: %1, %2.").arg(controller, contact));
    return parts.join(QLatin1Char('\n'));
}

QString ProcessingRegister::noticeHtml(const QList<ProcessingActivity> &activities, const CouncilIdentity &identity)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title></head><body>\n")
                    .arg(tr("Personal data").toHtmlEscaped());
    h += QStringLiteral("<h1>%1</h1>\n").arg(tr("Personal data").toHtmlEscaped());
    const QStringList paragraphs = noticeText({}, identity).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    h += QStringLiteral("<p>%1</p>\n").arg(paragraphs.value(0).toHtmlEscaped());
    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(tr("Processing").toHtmlEscaped(), tr("Purpose").toHtmlEscaped(), tr("Legal basis").toHtmlEscaped(),
                  tr("Kept").toHtmlEscaped());
    for (const ProcessingActivity &a : activities) {
        if (!a.active)
            continue;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(a.name.toHtmlEscaped(), a.purpose.toHtmlEscaped(), a.legalBasis.toHtmlEscaped(),
                      periodText(a.retentionMonths).toHtmlEscaped());
    }
    h += QStringLiteral("</table>\n");
    for (int i = 1; i < paragraphs.size(); ++i)
        h += QStringLiteral("<p>%1</p>\n").arg(paragraphs.at(i).toHtmlEscaped());
    h += QStringLiteral("</body></html>\n");
    return h;
}
