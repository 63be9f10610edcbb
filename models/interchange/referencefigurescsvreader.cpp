#include "referencefigurescsvreader.h"

#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace {

QHash<QString, int> headerIndex(const QStringList &header)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i)
        index.insert(header.at(i).trimmed().toLower(), i);
    return index;
}

/// "1 234", "1234,5" or "1234.5": French and plain numbers alike.
std::optional<double> number(QString text, bool *ok)
{
    text = text.trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    text.remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(QLatin1Char(' '));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    // No count of France reaches a trillion: a longer number is a typo,
    // and would not fit the 64-bit count it is stored in.
    constexpr double largestCount = 1e12;
    const double value = text.toDouble(ok);
    if (!*ok || !std::isfinite(value) || value < 0 || value > largestCount) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

} // namespace

QStringList ReferenceFiguresCsvReader::essaimHeader()
{
    return {QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("year"), QStringLiteral("name"),
            QStringLiteral("total_employment"), QStringLiteral("private_employment"), QStringLiteral("employer_establishments"),
            QStringLiteral("ess_jobs"), QStringLiteral("ess_establishments"), QStringLiteral("ess_share_pct"), QStringLiteral("source")};
}

bool ReferenceFiguresCsvReader::fail(int line, const QString &why)
{
    m_figures.clear();
    m_error = tr("Line %1: %2 Nothing was imported; correct the file and import it again.").arg(line).arg(why);
    return false;
}

bool ReferenceFiguresCsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The file “%1” cannot be read (%2).").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    // UTF-8 (with or without BOM) first; open-data portals also hand out Latin-1.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return readText(text, QFileInfo(path).fileName());
}

bool ReferenceFiguresCsvReader::readText(const QString &text, const QString &sourceName)
{
    m_figures.clear();
    m_error.clear();
    m_layout = Layout::Unknown;
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = firstLine.count(QLatin1Char(';')) >= firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    const QList<QStringList> rows = CsvReader(separator).parse(text);
    if (rows.isEmpty())
        return fail(1, tr("the file is empty."));
    const QHash<QString, int> index = headerIndex(rows.first());
    if (index.contains(QStringLiteral("champ_ess")) || index.contains(QStringLiteral("effectifs_salaries_moyens")))
        return readUrssaf(rows, sourceName);
    if (index.contains(QStringLiteral("kind")) && index.contains(QStringLiteral("year")))
        return readEssaim(rows);
    return fail(1, tr("the header is neither Essaim's reference figures layout (kind;code;year;…) nor the URSSAF one (region;code_region;champ_ess;…)."));
}

bool ReferenceFiguresCsvReader::readEssaim(const QList<QStringList> &rows)
{
    m_layout = Layout::Essaim;
    const QHash<QString, int> index = headerIndex(rows.first());
    for (const char *required : {"kind", "code", "year"}) {
        if (!index.contains(QLatin1String(required)))
            return fail(1, tr("the column “%1” is missing.").arg(QLatin1String(required)));
    }
    const int columns = int(rows.first().size());
    QList<ReferenceFigure> figures;
    QSet<QString> seen;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const int line = r + 1;
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue;
        if (row.size() != columns)
            return fail(line, tr("%1 fields where the header has %2.").arg(row.size()).arg(columns));
        auto field = [&](const char *name) { return row.value(index.value(QLatin1String(name), -1)).trimmed(); };
        ReferenceFigure f;
        const auto kind = ReferenceFigure::kindFromCode(field("kind"));
        if (!kind)
            return fail(line, tr("the kind “%1” is not one of france, region, department, territory, epci, commune.").arg(field("kind")));
        f.kind = *kind;
        f.code = field("code");
        if (f.code.isEmpty())
            return fail(line, tr("the territory code is empty."));
        bool ok = false;
        f.year = field("year").toInt(&ok);
        if (!ok || f.year < 1900 || f.year > 2100)
            return fail(line, tr("the year “%1” is not a year.").arg(field("year")));
        f.name = field("name");
        f.source = field("source");
        struct Count {
            const char *column;
            std::optional<qint64> *target;
        };
        for (const Count &c : {Count{"total_employment", &f.totalEmployment}, Count{"private_employment", &f.privateEmployment},
                               Count{"employer_establishments", &f.employerEstablishments}, Count{"ess_jobs", &f.essJobs},
                               Count{"ess_establishments", &f.essEstablishments}}) {
            const auto value = number(field(c.column), &ok);
            if (!ok)
                return fail(line, tr("“%1” in the column %2 is not a number.").arg(field(c.column), QLatin1String(c.column)));
            if (value)
                *c.target = qint64(std::llround(*value));
        }
        const auto share = number(field("ess_share_pct"), &ok);
        if (!ok || (share && *share > 100))
            return fail(line, tr("“%1” is not a percentage.").arg(field("ess_share_pct")));
        f.essSharePct = share;
        const QString key = QStringLiteral("%1|%2|%3").arg(ReferenceFigure::kindCode(f.kind), f.code).arg(f.year);
        if (seen.contains(key))
            return fail(line, tr("the territory %1 already has a line for %2.").arg(f.code).arg(f.year));
        seen.insert(key);
        figures << f;
    }
    m_figures = figures;
    return true;
}

bool ReferenceFiguresCsvReader::readUrssaf(const QList<QStringList> &rows, const QString &sourceName)
{
    m_layout = Layout::Urssaf;
    const QHash<QString, int> index = headerIndex(rows.first());
    for (const char *required : {"region", "code_region", "champ_ess", "annee", "nombre_d_etablissements", "effectifs_salaries_moyens"}) {
        if (!index.contains(QLatin1String(required)))
            return fail(1, tr("the column “%1” of the URSSAF layout is missing.").arg(QLatin1String(required)));
    }
    const int columns = int(rows.first().size());
    struct Sum {
        QString name;
        double jobs = 0, establishments = 0, essJobs = 0, essEstablishments = 0;
    };
    QMap<QPair<QString, int>, Sum> sums;
    auto isSubtotal = [](const QString &value) {
        const QString v = value.trimmed().toLower();
        return v.startsWith(QLatin1String("total")) || v.startsWith(QLatin1String("ensemble"));
    };
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const int line = r + 1;
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue;
        if (row.size() != columns)
            return fail(line, tr("%1 fields where the header has %2.").arg(row.size()).arg(columns));
        auto field = [&](const char *name) { return row.value(index.value(QLatin1String(name), -1)).trimmed(); };
        const QString code = field("code_region");
        if (code.isEmpty())
            return fail(line, tr("the region code is empty."));
        bool ok = false;
        const int year = field("annee").left(4).toInt(&ok);
        if (!ok || year < 1900 || year > 2100)
            return fail(line, tr("the year “%1” is not a year.").arg(field("annee")));
        const auto establishments = number(field("nombre_d_etablissements"), &ok);
        if (!ok)
            return fail(line, tr("“%1” is not a number of establishments.").arg(field("nombre_d_etablissements")));
        const auto jobs = number(field("effectifs_salaries_moyens"), &ok);
        if (!ok)
            return fail(line, tr("“%1” is not a headcount.").arg(field("effectifs_salaries_moyens")));
        if (isSubtotal(field("famille_ess")) || isSubtotal(field("secteur_na88")) || isSubtotal(field("champ_ess")))
            continue;
        const QString champ = field("champ_ess").toLower();
        const bool ess = champ.contains(QLatin1String("ess")) && !champ.contains(QLatin1String("hors"));
        Sum &sum = sums[qMakePair(code, year)];
        sum.name = field("region");
        sum.jobs += jobs.value_or(0);
        sum.establishments += establishments.value_or(0);
        if (ess) {
            sum.essJobs += jobs.value_or(0);
            sum.essEstablishments += establishments.value_or(0);
        }
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        ReferenceFigure f;
        f.kind = it.key().first == QLatin1String("FR") || it.key().first == QLatin1String("00") ? ReferenceFigure::Kind::France
                                                                                                 : ReferenceFigure::Kind::Region;
        f.code = f.kind == ReferenceFigure::Kind::France ? QStringLiteral("FR") : it.key().first;
        f.year = it.key().second;
        f.name = it->name;
        f.privateEmployment = qint64(std::llround(it->jobs));
        f.employerEstablishments = qint64(std::llround(it->establishments));
        f.essJobs = qint64(std::llround(it->essJobs));
        f.essEstablishments = qint64(std::llround(it->essEstablishments));
        f.source = tr("URSSAF open data (%1)").arg(sourceName);
        m_figures << f;
    }
    return true;
}
