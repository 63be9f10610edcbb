#include "planvocabulary.h"

#include <QLocale>
#include <QRegularExpression>

QString PlanVocabulary::kindKey(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::Objective: return QStringLiteral("objective");
    case PlanItem::Kind::Operational: return QStringLiteral("operational");
    case PlanItem::Kind::Action: return QStringLiteral("action");
    case PlanItem::Kind::SubAction: return QStringLiteral("subaction");
    }
    return QStringLiteral("action");
}

std::optional<PlanItem::Kind> PlanVocabulary::kindFromKey(const QString &key)
{
    for (auto k : {PlanItem::Kind::Objective, PlanItem::Kind::Operational, PlanItem::Kind::Action, PlanItem::Kind::SubAction}) {
        if (kindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString PlanVocabulary::kindLabel(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::Objective: return tr("Objective");
    case PlanItem::Kind::Operational: return tr("Operational objective");
    case PlanItem::Kind::Action: return tr("Action");
    case PlanItem::Kind::SubAction: return tr("Sub-action");
    }
    return {};
}

QString PlanVocabulary::kindOutlineWord(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::Objective: return QStringLiteral("objectif");
    case PlanItem::Kind::Operational: return QStringLiteral("objectif opérationnel");
    case PlanItem::Kind::Action: return QStringLiteral("action");
    case PlanItem::Kind::SubAction: return QStringLiteral("sous-action");
    }
    return {};
}

QList<PlanItem::Status> PlanVocabulary::allStatuses()
{
    return {PlanItem::Status::ToStart, PlanItem::Status::InProgress, PlanItem::Status::Done, PlanItem::Status::Postponed,
            PlanItem::Status::Abandoned};
}

QString PlanVocabulary::statusKey(PlanItem::Status status)
{
    switch (status) {
    case PlanItem::Status::ToStart: return QStringLiteral("to_start");
    case PlanItem::Status::InProgress: return QStringLiteral("in_progress");
    case PlanItem::Status::Done: return QStringLiteral("done");
    case PlanItem::Status::Postponed: return QStringLiteral("postponed");
    case PlanItem::Status::Abandoned: return QStringLiteral("abandoned");
    }
    return QStringLiteral("to_start");
}

std::optional<PlanItem::Status> PlanVocabulary::statusFromKey(const QString &key)
{
    for (auto s : allStatuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString PlanVocabulary::statusLabel(PlanItem::Status status)
{
    switch (status) {
    case PlanItem::Status::ToStart: return tr("To start");
    case PlanItem::Status::InProgress: return tr("In progress");
    case PlanItem::Status::Done: return tr("Done");
    case PlanItem::Status::Postponed: return tr("Postponed");
    case PlanItem::Status::Abandoned: return tr("Abandoned");
    }
    return {};
}

QString PlanVocabulary::lateLabel()
{
    return tr("Late");
}

QString PlanVocabulary::statusText(PlanItem::Status status, bool late)
{
    return late ? tr("%1, late").arg(statusLabel(status)) : statusLabel(status);
}

QString PlanVocabulary::statusOutlineText(PlanItem::Status status, bool late)
{
    return late ? statusOutlineWord(status) + QStringLiteral(", en retard") : statusOutlineWord(status);
}

QString PlanVocabulary::statusOutlineWord(PlanItem::Status status)
{
    switch (status) {
    case PlanItem::Status::ToStart: return QStringLiteral("à lancer");
    case PlanItem::Status::InProgress: return QStringLiteral("en cours");
    case PlanItem::Status::Done: return QStringLiteral("réalisé");
    case PlanItem::Status::Postponed: return QStringLiteral("reporté");
    case PlanItem::Status::Abandoned: return QStringLiteral("abandonné");
    }
    return {};
}

std::optional<PlanItem::Status> PlanVocabulary::statusFromOutlineWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    for (auto s : allStatuses()) {
        if (statusOutlineWord(s) == w)
            return s;
    }
    return std::nullopt;
}

QString PlanVocabulary::indicatorKindKey(PlanIndicator::Kind kind)
{
    switch (kind) {
    case PlanIndicator::Kind::Output: return QStringLiteral("output");
    case PlanIndicator::Kind::Outcome: return QStringLiteral("outcome");
    case PlanIndicator::Kind::Impact: return QStringLiteral("impact");
    }
    return QStringLiteral("output");
}

std::optional<PlanIndicator::Kind> PlanVocabulary::indicatorKindFromKey(const QString &key)
{
    for (auto k : {PlanIndicator::Kind::Output, PlanIndicator::Kind::Outcome, PlanIndicator::Kind::Impact}) {
        if (indicatorKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString PlanVocabulary::indicatorKindLabel(PlanIndicator::Kind kind)
{
    switch (kind) {
    case PlanIndicator::Kind::Output: return tr("Output");
    case PlanIndicator::Kind::Outcome: return tr("Outcome");
    case PlanIndicator::Kind::Impact: return tr("Impact");
    }
    return {};
}

QList<PlanIndicator::Source> PlanVocabulary::indicatorSources()
{
    using S = PlanIndicator::Source;
    return {S::Manual, S::ProjectsAccompanied, S::ProjectsFounded, S::JobsExpected, S::JobsCreated, S::FundingGranted};
}

QString PlanVocabulary::indicatorSourceKey(PlanIndicator::Source source)
{
    switch (source) {
    case PlanIndicator::Source::Manual: return QString();
    case PlanIndicator::Source::ProjectsAccompanied: return QStringLiteral("projects_accompanied");
    case PlanIndicator::Source::ProjectsFounded: return QStringLiteral("projects_founded");
    case PlanIndicator::Source::JobsExpected: return QStringLiteral("jobs_expected");
    case PlanIndicator::Source::JobsCreated: return QStringLiteral("jobs_created");
    case PlanIndicator::Source::FundingGranted: return QStringLiteral("funding_granted");
    }
    return QString();
}

std::optional<PlanIndicator::Source> PlanVocabulary::indicatorSourceFromKey(const QString &key)
{
    for (const auto source : indicatorSources()) {
        if (indicatorSourceKey(source) == key)
            return source;
    }
    return std::nullopt;
}

QString PlanVocabulary::indicatorSourceLabel(PlanIndicator::Source source)
{
    switch (source) {
    case PlanIndicator::Source::Manual: return tr("Typed by hand");
    case PlanIndicator::Source::ProjectsAccompanied: return tr("Projects accompanied");
    case PlanIndicator::Source::ProjectsFounded: return tr("Projects founded");
    case PlanIndicator::Source::JobsExpected: return tr("Jobs expected by the projects accompanied");
    case PlanIndicator::Source::JobsCreated: return tr("Jobs created by the projects founded");
    case PlanIndicator::Source::FundingGranted: return tr("Funding granted to projects (€)");
    }
    return {};
}

bool PlanVocabulary::isValidDate(const QString &text)
{
    return firstDay(text).isValid();
}

QDate PlanVocabulary::firstDay(const QString &text)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = month.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (day.match(text).hasMatch())
        return QDate::fromString(text, Qt::ISODate);
    return {};
}

QDate PlanVocabulary::lastDay(const QString &text)
{
    const QDate first = firstDay(text);
    if (!first.isValid() || text.size() != 7)
        return first;
    return QDate(first.year(), first.month(), first.daysInMonth());
}

QString PlanVocabulary::fromDisplayDate(const QString &typed)
{
    const QString text = typed.simplified();
    if (text.isEmpty() || isValidDate(text))
        return text;
    const QLocale locale;
    const QDate day = locale.toDate(text, QStringLiteral("d MMMM yyyy"));
    if (day.isValid())
        return day.toString(Qt::ISODate);
    const QString month = text.section(QLatin1Char(' '), 0, -2);
    bool ok = false;
    const int year = text.section(QLatin1Char(' '), -1).toInt(&ok);
    for (int m = 1; ok && m <= 12; ++m) {
        for (const QString &name : {locale.standaloneMonthName(m), locale.monthName(m), locale.standaloneMonthName(m, QLocale::ShortFormat)}) {
            if (month.compare(name, Qt::CaseInsensitive) == 0)
                return QDate(year, m, 1).toString(QStringLiteral("yyyy-MM"));
        }
    }
    return text;
}

QString PlanVocabulary::displayDate(const QString &text, QLocale::FormatType format)
{
    const QDate d = firstDay(text);
    if (!d.isValid())
        return text;
    const QLocale locale;
    if (text.size() == 7)
        return locale.standaloneMonthName(d.month(), format) + QLatin1Char(' ') + QString::number(d.year());
    if (format == QLocale::ShortFormat)
        return locale.toString(d, QLocale::ShortFormat);
    return locale.toString(d, QLocale::LongFormat).section(QLatin1Char(' '), 1);
}
