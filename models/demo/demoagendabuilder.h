#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// Writes the demo agenda: a year (2026) of the council's events patterned
/// on the seed plans — the Rendez-vous de l'ESS every first Friday (the
/// August one cancelled, the 1 May one moved), the ateliers "Guide des
/// acteurs", "Événementiel", "Finances solidaires" and "Besoins sociaux", a
/// DLA collective training, the Mois de l'ESS in November, the plenary in
/// December — with registrations of directory contacts and their attendance
/// up to the demo's "today". Drawn from a fixed seed: two runs write the same.
class DemoAgendaBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoAgendaBuilder)

public:
    /// The demo's year and the day before which attendance is known.
    static constexpr int Year = 2026;
    static QDate referenceDay() { return QDate(Year, 11, 23); }

    explicit DemoAgendaBuilder(const QString &connectionName);
    bool build();
    int eventCount() const { return m_count; }
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
    int m_count = 0;
};
