#pragma once

#include "models/domain/plan.h"
#include "models/domain/planitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// Reads plans from the indented outline format of the seed files: two
/// spaces per level, "plan:", "objectif:", "objectif opérationnel:",
/// "action:" and "sous-action:" open an element, the "clé: valeur" lines
/// indented under it describe it, lines starting with # are comments.
///
/// All or nothing: any malformed line makes read() fail with every problem
/// found, each prefixed by its line number, and no plan is returned.
class PlanOutlineReader
{
    Q_DECLARE_TR_FUNCTIONS(PlanOutlineReader)

public:
    struct Result
    {
        Plan plan;
        /// Parents before children; id and parentId are keys local to the
        /// list (see PlanStore::importPlan()); pilotName and partnerNames hold
        /// the names as written.
        QList<PlanItem> items;
    };

    bool read(const QString &text);
    bool readFile(const QString &path);

    QList<Result> plans() const { return m_plans; }
    /// "line 12: ..." sentences, in line order.
    QStringList errors() const { return m_errors; }
    QString errorString() const;

    /// Euros as written ("1200", "1 200,50", "1200.5") to cents; false if not a sum.
    static bool parseEuros(const QString &text, qint64 *cents);

private:
    /// What read() knows so far: the plans and the elements open by level.
    struct Reading;

    void error(int line, const QString &message);
    /// The level, key and value of one line; false for a blank line, a
    /// comment or a malformed line (its error said).
    bool splitLine(int lineNo, QString line, int *level, QString *key, QString *value);
    void readLine(Reading &r, int lineNo, int level, const QString &key, const QString &value);
    void openItem(Reading &r, int lineNo, int level, PlanItem::Kind kind, const QString &key, const QString &value);
    void readAttribute(Reading &r, int lineNo, int level, const QString &key, const QString &value);
    void setItemAttribute(PlanItem &item, int lineNo, const QString &key, const QString &value);

    QList<Result> m_plans;
    QStringList m_errors;
};
