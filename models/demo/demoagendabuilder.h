#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// Writes the demo agenda, from the first of January of last year to six
/// months ahead (DemoCalendar): the council's events patterned on the seed
/// plans — the Rendez-vous de l'ESS every first Friday (none in August, moved
/// to the Thursday when it falls on 1 May), and each year the ateliers "Guide
/// des acteurs", "Événementiel", "Finances solidaires" and "Besoins sociaux",
/// a DLA collective training, the Mois de l'ESS in November, the plenary in
/// December — with registrations of directory contacts and their attendance
/// on the dates before today. Drawn from a fixed seed: two runs on the same
/// day write the same.
class DemoAgendaBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoAgendaBuilder)

public:
    /// The uid of the @p number th event of @p year (Mois de l'ESS: 12).
    static QString uid(int year, int number);
    /// The uid of the Rendez-vous de l'ESS series.
    static QString rendezVousUid();

    explicit DemoAgendaBuilder(const QString &connectionName);
    bool build();
    int eventCount() const { return m_count; }
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
    int m_count = 0;
};
