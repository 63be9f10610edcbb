#pragma once

#include "models/domain/event.h"
#include "models/stores/directorylookup.h"
#include "models/stores/eventstore.h"

#include <QDialog>

class DirectoryPicker;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

/// Registrations and attendance of one occurrence: directory contacts or
/// people given by name and e-mail, each registered, present, excused or
/// absent, with a warning once the capacity is passed. Contacts are found by
/// typing (a few dozen matches at a time): the directory is never read whole.
class RegistrationsDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationsDialog(EventStore *store, const Occurrence &occurrence, const QList<Registration> &registrations,
                        QWidget *parent = nullptr);

    QList<Registration> registrations() const;
    QString capacityText() const;

    /// Adds a directory contact found by the contact picker.
    void addContact(const DirectoryLookup::Match &contact);
    void addPerson(const QString &name, const QString &email);
    void setStatus(int row, Registration::Status status);

private:
    void addRow(const Registration &registration, const QString &actorName);
    void updateCounts();
    static QString statusLabel(Registration::Status status);

    Occurrence m_occurrence;
    QList<Registration> m_rows;
    QTableWidget *m_table;
    DirectoryPicker *m_contact;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_counts;
    QLabel *m_capacity;
};
