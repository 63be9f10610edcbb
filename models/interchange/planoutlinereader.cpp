#include "planoutlinereader.h"

#include "models/domain/planvocabulary.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <cmath>

namespace {

std::optional<PlanItem::Kind> openerKind(const QString &key)
{
    for (auto k : {PlanItem::Kind::Objective, PlanItem::Kind::Operational, PlanItem::Kind::Action, PlanItem::Kind::SubAction}) {
        if (PlanVocabulary::kindOutlineWord(k) == key)
            return k;
    }
    return std::nullopt;
}

const QStringList attributeKeys = {
    QStringLiteral("début"), QStringLiteral("fin"), QStringLiteral("échéance"), QStringLiteral("moyens"),
    QStringLiteral("note"), QStringLiteral("pilote"), QStringLiteral("partenaires"), QStringLiteral("état"),
    QStringLiteral("avancement"), QStringLiteral("budget prévu"), QStringLiteral("budget dépensé"),
    QStringLiteral("heures salariés"), QStringLiteral("heures bénévoles"),
};

bool parseHours(const QString &text, double *hours)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0)
        return false;
    *hours = v;
    return true;
}

} // namespace

bool PlanOutlineReader::parseEuros(const QString &text, qint64 *cents)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00a0));
    t.remove(QChar(0x202f));
    if (t.endsWith(QChar(0x20ac)))
        t.chop(1);
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d{1,2})?$"));
    if (!number.match(t).hasMatch())
        return false;
    *cents = qint64(std::llround(t.toDouble() * 100.0));
    return true;
}

void PlanOutlineReader::error(int line, const QString &message)
{
    m_errors << tr("line %1: %2").arg(line).arg(message);
}

QString PlanOutlineReader::errorString() const
{
    return m_errors.join(QLatin1Char('\n'));
}

bool PlanOutlineReader::readFile(const QString &path)
{
    m_plans.clear();
    m_errors.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors << tr("The file “%1” cannot be read (%2).").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return read(QString::fromUtf8(bytes));
}

struct PlanOutlineReader::Reading
{
    QList<Result> plans;
    // Open elements by level: [0] is the plan, [n] the item at level n (local id).
    QList<qint64> open;
    qint64 nextId = 0;
    QHash<qint64, int> itemIndex;
    QSet<QString> seenKeys; // attributes of the element last opened at the current level
};

bool PlanOutlineReader::read(const QString &text)
{
    m_plans.clear();
    m_errors.clear();
    Reading r;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        int level = 0;
        QString key;
        QString value;
        if (splitLine(n + 1, lines.at(n), &level, &key, &value))
            readLine(r, n + 1, level, key, value);
    }
    if (r.plans.isEmpty() && m_errors.isEmpty())
        m_errors << tr("The outline holds no plan: it must begin with a “plan: NAME” line.");
    if (!m_errors.isEmpty())
        return false;
    m_plans = r.plans;
    return true;
}

bool PlanOutlineReader::splitLine(int lineNo, QString line, int *level, QString *key, QString *value)
{
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
        return false;
    int spaces = 0;
    while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
        ++spaces;
    if (spaces < line.size() && line.at(spaces) == QLatin1Char('\t')) {
        error(lineNo, tr("a tab indents this line; indent with two spaces per level."));
        return false;
    }
    if (spaces % 2 != 0) {
        error(lineNo, tr("the indentation (%1 spaces) is not a multiple of two.").arg(spaces));
        return false;
    }
    *level = spaces / 2;
    const int colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        error(lineNo, tr("“%1” is not of the form “key: value”.").arg(trimmed));
        return false;
    }
    *key = trimmed.left(colon).trimmed().toLower();
    *value = trimmed.mid(colon + 1).trimmed();
    return true;
}

void PlanOutlineReader::readLine(Reading &r, int lineNo, int level, const QString &key, const QString &value)
{
    if (key == QStringLiteral("plan")) {
        if (level != 0) {
            error(lineNo, tr("“plan:” must start at the beginning of the line."));
            return;
        }
        if (value.isEmpty())
            error(lineNo, tr("the plan has no name."));
        Result plan;
        plan.plan.name = value;
        r.plans << plan;
        r.open = {0};
        r.seenKeys.clear();
        return;
    }
    if (r.plans.isEmpty()) {
        error(lineNo, tr("the outline must begin with a “plan: NAME” line."));
        r.open = {0};
        r.plans << Result();
        return;
    }
    if (const auto kind = openerKind(key))
        openItem(r, lineNo, level, *kind, key, value);
    else
        readAttribute(r, lineNo, level, key, value);
}

void PlanOutlineReader::openItem(Reading &r, int lineNo, int level, PlanItem::Kind kind, const QString &key, const QString &value)
{
    if (level == 0 || level > r.open.size()) {
        error(lineNo, tr("“%1” is indented to level %2, but the element above it is at level %3.")
                          .arg(key).arg(level).arg(r.open.size() - 1));
        return;
    }
    if (value.isEmpty())
        error(lineNo, tr("the %1 has no title.").arg(key));
    Result &current = r.plans.last();
    r.open = r.open.mid(0, level);
    PlanItem item;
    item.id = ++r.nextId;
    item.kind = kind;
    item.title = value;
    item.parentId = r.open.value(level - 1);
    int position = 0;
    for (const PlanItem &other : current.items) {
        if (other.parentId == item.parentId)
            ++position;
    }
    item.position = position;
    r.itemIndex.insert(item.id, int(current.items.size()));
    current.items << item;
    r.open << item.id;
    r.seenKeys.clear();
}

void PlanOutlineReader::readAttribute(Reading &r, int lineNo, int level, const QString &key, const QString &value)
{
    if (!attributeKeys.contains(key)) {
        error(lineNo, tr("the key “%1” is not known; the keys are: %2.")
                          .arg(key, attributeKeys.join(QLatin1String(", "))));
        return;
    }
    if (level < r.open.size()) {
        error(lineNo, tr("“%1” comes after the elements nested under the one it describes; move it just under its title.").arg(key));
        return;
    }
    if (level > r.open.size()) {
        error(lineNo, tr("“%1” must be indented one level under the element it describes.").arg(key));
        return;
    }
    if (r.seenKeys.contains(key)) {
        error(lineNo, tr("“%1” is given twice for the same element.").arg(key));
        return;
    }
    r.seenKeys.insert(key);
    const bool isDate = key == QStringLiteral("début") || key == QStringLiteral("fin") || key == QStringLiteral("échéance");
    if (isDate && !PlanVocabulary::isValidDate(value)) {
        error(lineNo, tr("“%1” is not a date; write YYYY-MM or YYYY-MM-DD, for example 2012-06.").arg(value));
        return;
    }
    Result &current = r.plans.last();
    if (level == 1) { // under the plan itself
        if (key == QStringLiteral("début"))
            current.plan.periodStart = value;
        else if (key == QStringLiteral("fin"))
            current.plan.periodEnd = value;
        else
            error(lineNo, tr("a plan takes only “début” and “fin”; “%1” belongs to an objective or an action.").arg(key));
        return;
    }
    setItemAttribute(current.items[r.itemIndex.value(r.open.last())], lineNo, key, value);
}

void PlanOutlineReader::setItemAttribute(PlanItem &item, int lineNo, const QString &key, const QString &value)
{
    if (key == QStringLiteral("début")) {
        item.start = value;
    } else if (key == QStringLiteral("fin") || key == QStringLiteral("échéance")) {
        if (!item.due.isEmpty())
            error(lineNo, tr("“fin” and “échéance” both give the due date; keep one."));
        item.due = value;
    } else if (key == QStringLiteral("moyens")) {
        item.means = value;
    } else if (key == QStringLiteral("note")) {
        item.description = value;
    } else if (key == QStringLiteral("pilote")) {
        item.pilotName = value;
    } else if (key == QStringLiteral("partenaires")) {
        item.partnerNames = value;
    } else if (key == QStringLiteral("état")) {
        const auto status = PlanVocabulary::statusFromOutlineWord(value);
        if (!status)
            error(lineNo, tr("the state “%1” is not known; write à lancer, en cours, réalisé, reporté or abandonné.").arg(value));
        else
            item.status = *status;
    } else if (key == QStringLiteral("avancement")) {
        QString v = value;
        if (v.endsWith(QLatin1Char('%')))
            v = v.chopped(1).trimmed();
        bool ok = false;
        const int p = v.toInt(&ok);
        if (!ok || p < 0 || p > 100)
            error(lineNo, tr("the progress “%1” must be a whole number from 0 to 100.").arg(value));
        else
            item.progress = p;
    } else if (key == QStringLiteral("budget prévu") || key == QStringLiteral("budget dépensé")) {
        qint64 cents = 0;
        if (!parseEuros(value, &cents))
            error(lineNo, tr("the amount “%1” is not a sum in euros, such as 1200 or 1 200,50.").arg(value));
        else if (key == QStringLiteral("budget prévu"))
            item.budgetPlannedCents = cents;
        else
            item.budgetSpentCents = cents;
    } else {
        double hours = 0;
        if (!parseHours(value, &hours))
            error(lineNo, tr("the hours “%1” must be a positive number.").arg(value));
        else if (key == QStringLiteral("heures salariés"))
            item.staffHours = hours;
        else
            item.volunteerHours = hours;
    }
}
