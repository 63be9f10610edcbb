#include "actorcsvexporter.h"


#include "models/stores/directorysnapshot.h"

#include <QDate>
#include <QFileDevice>
#include <QLocale>
#include <QSaveFile>

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
    return DirectorySnapshot::activeIdsByName(m_connectionName);
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
    const QString yes = french ? QStringLiteral("oui") : QStringLiteral("1");
    const QString no = french ? QStringLiteral("non") : QStringLiteral("0");
    auto yesNo = [&](bool v) { return v ? yes : no; };
    auto date = [french](const QDate &d) {
        return d.isValid() ? d.toString(french ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy-MM-dd")) : QString();
    };
    auto whole = [](const auto &v) { return v ? QString::number(qint64(*v)) : QString(); };

    DirectorySnapshot snapshot(m_connectionName);
    QStringList f;
    const bool read = snapshot.forEachActor(ids, DirectorySnapshot::Tags | DirectorySnapshot::LatestFigures, [&](const Actor &a) {
        const Commune *commune = snapshot.commune(a.communeInsee);
        const YearFigures figures = a.figures.isEmpty() ? YearFigures() : a.figures.constFirst();
        f.clear();
        f << a.name << a.acronym << snapshot.familyLabel(a.family) << a.legalCategory
          << snapshot.legalCategoryLabel(a.legalCategory) << a.legalStatus << a.siren << a.siret << a.rna << a.naf
          << snapshot.sectorName(a.sectorId) << a.address << a.postcode << a.communeName << a.communeInsee
          << (commune ? commune->epciName : QString()) << a.phone << a.email << a.website
          << (a.creationYear ? QString::number(a.creationYear) : QString()) << yesNo(a.employer) << yesNo(a.acceptsInterns)
          << date(a.charterSignedOn) << a.iaeAgreement << yesNo(a.esusAgreement) << yesNo(a.publicationConsent)
          << a.competencies.join(QStringLiteral(", ")) << a.networks.join(QStringLiteral(", "))
          << (figures.year ? QString::number(figures.year) : QString()) << whole(figures.headcount)
          << (figures.fte ? locale.toString(*figures.fte, 'g', 10) : QString()) << whole(figures.volunteers)
          << whole(figures.members) << yesNo(a.archived);
        writer.writeRecord(f);
    });
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
