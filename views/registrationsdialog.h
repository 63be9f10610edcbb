#pragma once

#include "event.h"
#include "eventstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

/// Registrations and attendance of one occurrence: directory contacts or
/// people given by name and e-mail, each registered, present, excused or
/// absent, with a warning once the capacity is passed.
class RegistrationsDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationsDialog(EventStore *store, const Occurrence &occurrence, const QList<Registration> &registrations,
                        QWidget *parent = nullptr);

    QList<Registration> registrations() const;
    QString capacityText() const;

    /// Adds the directory contact at @p index of the contact list.
    void addContact(int index);
    void addPerson(const QString &name, const QString &email);
    void setStatus(int row, Registration::Status status);

private:
    void addRow(const Registration &registration);
    void updateCounts();
    static QString statusLabel(Registration::Status status);

    Occurrence m_occurrence;
    QList<EventStore::Person> m_people;
    QList<Registration> m_rows;
    QTableWidget *m_table;
    QComboBox *m_contact;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_counts;
    QLabel *m_capacity;
};
