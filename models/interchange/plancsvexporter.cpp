#include "plancsvexporter.h"

#include "csvwriter.h"
#include "models/domain/planvocabulary.h"
#include "planoutlinewriter.h"

#include <cmath>

namespace {

QString decimalEuros(qint64 cents)
{
    return QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

PlanCsvExporter::PlanCsvExporter(QIODevice *device)
    : m_device(device)
{
}

void PlanCsvExporter::writeHeader()
{
    CsvWriter writer(m_device, CsvWriter::Flavour::ExcelFrench);
    writer.writeRecord({QStringLiteral("code"), QStringLiteral("level"), QStringLiteral("title"), QStringLiteral("status"),
                        QStringLiteral("progress"), QStringLiteral("start"), QStringLiteral("due"), QStringLiteral("pilot"),
                        QStringLiteral("budget_planned"), QStringLiteral("budget_spent")});
    m_started = true;
}

void PlanCsvExporter::writePlan(const Plan &plan, const PlanTree &tree, const NameLookup &contactName)
{
    if (!m_started)
        writeHeader();
    // The BOM went with the header: the records of each plan are appended
    // with the same quoting rule, without a second BOM.
    auto record = [this](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields) {
            if (f.contains(QLatin1Char(';')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')))
                quoted << QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            else
                quoted << f;
        }
        m_device->write((quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n")).toUtf8());
    };
    const PlanTree::RollUp &whole = tree.root()->rollUp;
    record({QString(), QStringLiteral("0"), plan.name, QString(), QString::number(std::lround(whole.progress)), plan.periodStart,
            plan.periodEnd, QString(), decimalEuros(whole.budgetPlannedCents), decimalEuros(whole.budgetSpentCents)});
    for (const PlanTree::Node *node : tree.depthFirst()) {
        int level = 0;
        for (const PlanTree::Node *p = node; p->parent; p = p->parent)
            ++level;
        const PlanItem &item = node->item;
        const QString status = PlanVocabulary::statusOutlineText(item.status, node->rollUp.late);
        record({node->code, QString::number(level), item.title, node->item.isAction() ? status : QString(),
                QString::number(std::lround(node->rollUp.progress)), item.start, item.due,
                PlanOutlineWriter::pilotText(item, contactName), decimalEuros(node->rollUp.budgetPlannedCents),
                decimalEuros(node->rollUp.budgetSpentCents)});
    }
}
