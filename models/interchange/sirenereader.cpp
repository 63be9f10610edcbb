#include "sirenereader.h"

#include "actorvalidator.h"
#include "essclassifier.h"
#include "importvalue.h"
#include "tabularfile.h"

#include <QHash>

namespace {

class Columns
{
public:
    explicit Columns(const QStringList &header)
    {
        for (int i = 0; i < header.size(); ++i)
            m_index.insert(header.at(i).trimmed(), i);
    }
    int operator()(const char *name) const { return m_index.value(QString::fromLatin1(name), -1); }
    bool has(const char *name) const { return m_index.contains(QString::fromLatin1(name)); }

private:
    QHash<QString, int> m_index;
};

QString at(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

} // namespace

SireneReader::SireneReader(const ImportContext *context)
    : m_context(context)
{
}

bool SireneReader::isUnitHeader(const QStringList &header)
{
    const Columns c(header);
    return c.has("siren") && c.has("categorieJuridiqueUniteLegale");
}

bool SireneReader::isEstablishmentHeader(const QStringList &header)
{
    const Columns c(header);
    return c.has("siret") && c.has("etablissementSiege");
}

bool SireneReader::read(const QStringList &paths, QList<ImportRecord> *records, QList<RejectedRow> *rejected,
                        const std::function<bool()> &keepGoing)
{
    m_counts = {};
    m_aside.clear();
    TabularFile units;
    TabularFile establishments;
    bool haveUnits = false;
    bool haveEstablishments = false;
    for (const QString &path : paths) {
        TabularFile file;
        if (!file.load(path)) {
            m_error = file.errorString();
            return false;
        }
        if (isUnitHeader(file.header()) && !haveUnits) {
            units = std::move(file);
            haveUnits = true;
        } else if (isEstablishmentHeader(file.header()) && !haveEstablishments) {
            establishments = std::move(file);
            haveEstablishments = true;
        } else {
            m_error = tr("“%1” is neither a SIRENE StockUniteLegale nor a StockEtablissement file (its columns are not those of SIRENE), or it is given twice.")
                          .arg(file.fileName());
            return false;
        }
    }
    if (!haveUnits || !haveEstablishments) {
        m_error = tr("A SIRENE import needs the two files together: StockUniteLegale (the units) and StockEtablissement (where their head offices are).");
        return false;
    }

    // Head offices first: they say which units belong to the territory.
    QHash<QString, HeadOffice> heads;
    {
        const Columns c(establishments.header());
        const int siren = c("siren"), siret = c("siret"), head = c("etablissementSiege"), commune = c("codeCommuneEtablissement"),
                  postcode = c("codePostalEtablissement"), complement = c("complementAdresseEtablissement"),
                  number = c("numeroVoieEtablissement"), repeat = c("indiceRepetitionEtablissement"),
                  type = c("typeVoieEtablissement"), street = c("libelleVoieEtablissement"),
                  state = c("etatAdministratifEtablissement");
        bool cancelled = false;
        QStringList row;
        const bool ok = establishments.forEachRowView([&](int, const QList<QStringView> &views) {
            if (keepGoing && !keepGoing()) {
                cancelled = true;
                return false;
            }
            const QStringView isHead = views.value(head).trimmed();
            if (isHead.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0 && isHead.compare(QLatin1String("o"), Qt::CaseInsensitive) != 0
                && isHead != QLatin1String("1"))
                return true;
            const QString insee = views.value(commune).trimmed().toString();
            if (!m_context->isTerritoryCommune(insee))
                return true;
            row.clear();
            for (const QStringView v : views)
                row << v.toString();
            HeadOffice h;
            h.siret = at(row, siret);
            QStringList parts;
            for (int col : {complement, number, repeat, type, street}) {
                const QString p = at(row, col);
                if (!p.isEmpty())
                    parts << p;
            }
            h.address = parts.join(QLatin1Char(' ')).simplified();
            h.postcode = at(row, postcode);
            h.communeInsee = insee;
            h.closed = at(row, state) == QLatin1String("F");
            heads.insert(at(row, siren), h);
            return true;
        });
        if (cancelled) {
            m_error = tr("The import was cancelled.");
            return false;
        }
        if (!ok) {
            m_error = establishments.errorString();
            return false;
        }
    }

    const Columns c(units.header());
    const int siren = c("siren"), denomination = c("denominationUniteLegale"), usual = c("denominationUsuelle1UniteLegale"),
              lastName = c("nomUniteLegale"), usedName = c("nomUsageUniteLegale"), firstName = c("prenomUsuelUniteLegale"),
              acronym = c("sigleUniteLegale"), category = c("categorieJuridiqueUniteLegale"),
              naf = c("activitePrincipaleUniteLegale"), flag = c("economieSocialeSolidaireUniteLegale"),
              band = c("trancheEffectifsUniteLegale"), bandYear = c("anneeEffectifsUniteLegale"),
              state = c("etatAdministratifUniteLegale"), created = c("dateCreationUniteLegale"), since = c("dateDebut"),
              employer = c("caractereEmployeurUniteLegale"), association = c("identifiantAssociationUniteLegale");
    bool cancelled = false;
    QStringList row;
    const bool ok = units.forEachRowView([&](int line, const QList<QStringView> &views) {
        if (keepGoing && (m_counts.units % 1000) == 0 && !keepGoing()) {
            cancelled = true;
            return false;
        }
        ++m_counts.units;
        const QString key = views.value(siren).trimmed().toString();
        const auto head = heads.constFind(key);
        if (head == heads.constEnd()) {
            ++m_counts.outsideTerritory;
            return true;
        }
        row.clear();
        for (const QStringView v : views)
            row << v.toString();
        if (!ActorValidator::isValidSiren(key)) {
            *rejected << RejectedRow{units.fileName(), line, tr("The SIREN “%1” is not valid (check digit).").arg(key)};
            return true;
        }
        const QString legalCategory = at(row, category);
        const QString essFlag = at(row, flag).toUpper();
        const EssClassifier::Result family = EssClassifier::classify(*m_context, key, legalCategory, essFlag);
        if (!family.isEss()) {
            ++m_counts.outsideEss;
            RegisterEntry aside;
            aside.kind = QStringLiteral("sirene");
            aside.key = key;
            aside.name = at(row, denomination).isEmpty() ? at(row, usual) : at(row, denomination);
            aside.legalCategory = legalCategory;
            aside.essFlag = essFlag;
            aside.family = family.family;
            aside.familyReason = family.reason;
            m_aside << aside;
            return true;
        }
        ImportRecord record;
        record.file = units.fileName();
        record.line = line;
        Actor &a = record.actor;
        a.name = at(row, denomination);
        if (a.name.isEmpty())
            a.name = at(row, usual);
        if (a.name.isEmpty())
            a.name = QStringLiteral("%1 %2").arg(at(row, firstName), at(row, usedName).isEmpty() ? at(row, lastName) : at(row, usedName)).simplified();
        if (a.name.isEmpty()) {
            *rejected << RejectedRow{units.fileName(), line, tr("The unit %1 has no name in the file.").arg(key)};
            return true;
        }
        a.acronym = at(row, acronym);
        a.family = family.family;
        a.legalCategory = legalCategory;
        a.siren = key;
        a.siret = ActorValidator::isValidSiret(head->siret) ? head->siret : QString();
        const QString rna = at(row, association);
        if (ActorValidator::isValidRna(rna))
            a.rna = rna;
        a.naf = at(row, naf);
        a.address = head->address;
        a.postcode = head->postcode;
        m_context->resolveCommune(a, head->communeInsee, QString(), a.postcode);
        const auto createdOn = ImportValue::date(at(row, created));
        if (createdOn && createdOn->isValid())
            a.creationYear = createdOn->year();

        RegisterEntry entry;
        entry.kind = QStringLiteral("sirene");
        entry.key = key;
        entry.name = a.name;
        entry.legalCategory = legalCategory;
        entry.essFlag = essFlag;
        entry.family = family.family;
        entry.familyReason = family.reason;
        entry.headcountBand = at(row, band);
        entry.bandYear = at(row, bandYear).toInt();
        entry.address = a.address;
        entry.postcode = a.postcode;
        entry.communeInsee = a.communeInsee;
        entry.communeName = a.communeName;
        entry.createdOn = createdOn && createdOn->isValid() ? createdOn->toString(Qt::ISODate) : QString();
        const QString unitState = at(row, state);
        entry.closed = unitState == QLatin1String("C") || unitState == QLatin1String("F") || head->closed;
        if (entry.closed) {
            const auto closedOn = ImportValue::date(at(row, since));
            entry.closedOn = closedOn && closedOn->isValid() ? closedOn->toString(Qt::ISODate) : QString();
            a.archived = true;
            record.provided.insert(QStringLiteral("archived"));
        }

        const QString employerFlag = at(row, employer).toUpper();
        if (employerFlag == QLatin1String("O") || employerFlag == QLatin1String("N")) {
            a.employer = employerFlag == QLatin1String("O");
            record.provided.insert(QStringLiteral("employer"));
        } else if (!entry.headcountBand.isEmpty()) {
            a.employer = entry.headcountBand != QLatin1String("NN");
            record.provided.insert(QStringLiteral("employer"));
        }
        const auto range = m_context->bands.constFind(entry.headcountBand);
        if (range != m_context->bands.constEnd() && entry.headcountBand != QLatin1String("NN") && entry.bandYear >= 1900) {
            YearFigures f;
            f.year = entry.bandYear;
            f.headcount = range->second < 0 ? range->first : (range->first + range->second) / 2;
            a.figures << f;
            record.provided.insert(QStringLiteral("figures"));
        }
        for (const char *code : {"name", "acronym", "family", "legal_category", "siren", "siret", "naf", "address", "commune"}) {
            record.provided.insert(QString::fromLatin1(code));
        }
        if (!a.rna.isEmpty())
            record.provided.insert(QStringLiteral("rna"));
        if (a.creationYear)
            record.provided.insert(QStringLiteral("creation_year"));
        record.provided.remove(QStringLiteral("siret"));
        if (!a.siret.isEmpty())
            record.provided.insert(QStringLiteral("siret"));
        record.entry = entry;
        *records << record;
        return true;
    });
    if (cancelled) {
        m_error = tr("The import was cancelled.");
        return false;
    }
    if (!ok) {
        m_error = units.errorString();
        return false;
    }
    return true;
}
