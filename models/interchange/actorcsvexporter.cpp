#include "actorcsvexporter.h"

#include "models/domain/essfamily.h"

#include <QDate>
#include <QFileDevice>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

ActorCsvExporter::ActorCsvExporter(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QStringList ActorCsvExporter::header()
{
    // Column names are French whatever the interface language: the file
    // leaves for partners' spreadsheets and comes back through the import.
    return {QStringLiteral("nom"), QStringLiteral("sigle"), QStringLiteral("famille"),
            QStringLiteral("categorie_juridique"), QStringLiteral("libelle_categorie_juridique"),
            QStringLiteral("statut"), QStringLiteral("siren"), QStringLiteral("siret"), QStringLiteral("rna"),
            QStringLiteral("naf"), QStringLiteral("secteur"), QStringLiteral("adresse"),
            QStringLiteral("code_postal"), QStringLiteral("commune"), QStringLiteral("code_insee"),
            QStringLiteral("epci"), QStringLiteral("telephone"), QStringLiteral("courriel"),
            QStringLiteral("site_web"), QStringLiteral("annee_creation"), QStringLiteral("employeur"),
            QStringLiteral("accueille_stagiaires"), QStringLiteral("charte_signee_le"),
            QStringLiteral("conventionnement_iae"), QStringLiteral("agrement_esus"),
            QStringLiteral("consentement_publication"), QStringLiteral("competences"), QStringLiteral("reseaux"),
            QStringLiteral("annee_effectif"), QStringLiteral("effectif"), QStringLiteral("etp"),
            QStringLiteral("benevoles"), QStringLiteral("adherents"), QStringLiteral("archive")};
}

std::vector<qint32> ActorCsvExporter::activeIdsByName() const
{
    std::vector<qint32> ids;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM actors WHERE archived = 0 ORDER BY sort_key, id"))) {
        while (q.next())
            ids.push_back(q.value(0).toInt());
    }
    return ids;
}

bool ActorCsvExporter::exportTo(const QString &path, const std::vector<qint32> &ids, CsvWriter::Flavour flavour)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("The file “%1” cannot be written (%2). Choose another folder or name.").arg(path, file.errorString());
        return false;
    }
    if (!write(&file, ids, flavour)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("The file “%1” could not be saved (%2). Check the free space and try again.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ActorCsvExporter::write(QIODevice *device, const std::vector<qint32> &ids, CsvWriter::Flavour flavour)
{
    CsvWriter writer(device, flavour);
    writer.writeRecord(header());
    const bool french = flavour == CsvWriter::Flavour::ExcelFrench;
    const QLocale locale = french ? QLocale(QLocale::French, QLocale::France) : QLocale::c();
    auto yesNo = [french](bool v) {
        return french ? (v ? QStringLiteral("oui") : QStringLiteral("non")) : (v ? QStringLiteral("1") : QStringLiteral("0"));
    };
    auto date = [french](const QString &iso) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        return d.isValid() ? (french ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso) : QString();
    };
    auto number = [&locale](const QVariant &v, bool real) {
        if (v.isNull())
            return QString();
        return real ? locale.toString(v.toDouble(), 'g', 10) : QString::number(v.toLongLong());
    };

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const std::size_t chunk = 500;
    for (std::size_t start = 0; start < ids.size(); start += chunk) {
        const std::size_t end = std::min(ids.size(), start + chunk);
        QString placeholders = QStringLiteral("?,").repeated(int(end - start));
        placeholders.chop(1);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT a.id, a.name, a.acronym, a.family, a.legal_category, COALESCE(lc.label, ''), a.legal_status, "
            "a.siren, a.siret, a.rna, a.naf, COALESCE(s.name, ''), a.address, a.postcode, a.commune_name, "
            "COALESCE(a.commune_insee, ''), COALESCE(e.name, ''), a.phone, a.email, a.website, a.creation_year, "
            "a.employer, a.accepts_interns, a.charter_signed_on, a.iae_agreement, a.esus_agreement, "
            "a.publication_consent, "
            "(SELECT group_concat(name, ', ') FROM (SELECT name FROM actor_tags WHERE actor_id = a.id AND kind = 'competency' ORDER BY position)), "
            "(SELECT group_concat(name, ', ') FROM (SELECT name FROM actor_tags WHERE actor_id = a.id AND kind = 'network' ORDER BY position)), "
            "f.year, f.headcount, f.fte, f.volunteers, f.members, a.archived "
            "FROM actors a LEFT JOIN legal_categories lc ON lc.code = a.legal_category "
            "LEFT JOIN sectors s ON s.id = a.sector_id "
            "LEFT JOIN communes c ON c.insee = a.commune_insee LEFT JOIN epcis e ON e.siren = c.epci_siren "
            "LEFT JOIN actor_figures f ON f.actor_id = a.id AND f.year = (SELECT max(year) FROM actor_figures WHERE actor_id = a.id) "
            "WHERE a.id IN (%1)").arg(placeholders));
        for (std::size_t i = start; i < end; ++i)
            q.addBindValue(ids[i]);
        if (!q.exec()) {
            m_error = tr("The directory could not be read (%1).").arg(q.lastError().databaseText());
            return false;
        }
        QHash<qint32, QStringList> lines;
        while (q.next()) {
            QStringList f;
            f << q.value(1).toString() << q.value(2).toString() << EssFamily::label(q.value(3).toString())
              << q.value(4).toString() << q.value(5).toString() << q.value(6).toString() << q.value(7).toString()
              << q.value(8).toString() << q.value(9).toString() << q.value(10).toString() << q.value(11).toString()
              << q.value(12).toString() << q.value(13).toString() << q.value(14).toString()
              << q.value(15).toString() << q.value(16).toString() << q.value(17).toString()
              << q.value(18).toString() << q.value(19).toString()
              << (q.value(20).isNull() ? QString() : q.value(20).toString()) << yesNo(q.value(21).toBool())
              << yesNo(q.value(22).toBool()) << date(q.value(23).toString()) << q.value(24).toString()
              << yesNo(q.value(25).toBool()) << yesNo(q.value(26).toBool()) << q.value(27).toString()
              << q.value(28).toString() << number(q.value(29), false) << number(q.value(30), false)
              << number(q.value(31), true) << number(q.value(32), false) << number(q.value(33), false)
              << yesNo(q.value(34).toBool());
            lines.insert(q.value(0).toInt(), f);
        }
        for (std::size_t i = start; i < end; ++i) {
            const auto it = lines.constFind(ids[i]);
            if (it != lines.constEnd())
                writer.writeRecord(it.value());
        }
    }
    const auto *file = qobject_cast<QFileDevice *>(device);
    if (file && file->error() != QFileDevice::NoError) {
        m_error = tr("The file could not be written (%1).").arg(device->errorString());
        return false;
    }
    return true;
}
