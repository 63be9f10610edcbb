#include "registrationsdialog.h"

#include "directorypicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, EmailColumn, ActorColumn, StatusColumn, ColumnCount };
const Registration::Status statuses[] = {Registration::Status::Registered, Registration::Status::Present,
                                         Registration::Status::Excused, Registration::Status::Absent};
} // namespace

QString RegistrationsDialog::statusLabel(Registration::Status status)
{
    switch (status) {
    case Registration::Status::Registered:
        return tr("Registered");
    case Registration::Status::Present:
        return tr("Present");
    case Registration::Status::Excused:
        return tr("Excused");
    case Registration::Status::Absent:
        return tr("Absent");
    }
    return {};
}

RegistrationsDialog::RegistrationsDialog(EventStore *store, const Occurrence &occurrence,
                                         const QList<Registration> &registrations, QWidget *parent)
    : QDialog(parent)
    , m_occurrence(occurrence)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_contact(new DirectoryPicker(store->connectionName(), DirectoryPickerModel::Kind::Contacts, this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_capacity(new QLabel(this))
{
    setObjectName(QStringLiteral("registrationsDialog"));
    const QLocale locale;
    setWindowTitle(tr("Registrations — %1, %2").arg(occurrence.title, locale.toString(occurrence.start, QLocale::ShortFormat)));
    m_table->setObjectName(QStringLiteral("registrationTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Actor"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contact->setObjectName(QStringLiteral("contactPicker"));
    m_contact->setAddMode(true);
    m_contact->setToolTip(tr("Type a few letters of a contact's or a structure's name, then choose: the contact is registered."));
    connect(m_contact, &DirectoryPicker::chosen, this, &RegistrationsDialog::addContact);
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_email->setObjectName(QStringLiteral("personEmailEdit"));
    m_name->setPlaceholderText(tr("Name"));
    m_email->setPlaceholderText(tr("E-mail"));
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_capacity->setObjectName(QStringLiteral("capacityLabel"));
    m_capacity->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_capacity->setWordWrap(true);

    auto *addPersonButton = new QPushButton(tr("Add &person"), this);
    addPersonButton->setObjectName(QStringLiteral("addPersonButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeRegistrationButton"));
    connect(addPersonButton, &QPushButton::clicked, this, [this] {
        addPerson(m_name->text(), m_email->text());
        m_name->clear();
        m_email->clear();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        m_rows.removeAt(row);
        updateCounts();
    });

    auto *form = new QFormLayout;
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contact, 1);
    form->addRow(tr("From the &directory:"), contactRow);
    auto *personRow = new QHBoxLayout;
    personRow->addWidget(m_name, 1);
    personRow->addWidget(m_email, 1);
    personRow->addWidget(addPersonButton);
    form->addRow(tr("&Someone else:"), personRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_capacity);
    layout->addWidget(buttons);
    resize(720, 480);

    const QStringList structures = store->structureNames(registrations);
    for (int i = 0; i < registrations.size(); ++i)
        addRow(registrations.at(i), structures.value(i));
    updateCounts();
}

void RegistrationsDialog::addRow(const Registration &registration, const QString &actorName)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_rows << registration;
    m_table->setItem(row, NameColumn, new QTableWidgetItem(registration.name));
    m_table->setItem(row, EmailColumn, new QTableWidgetItem(registration.email));
    m_table->setItem(row, ActorColumn, new QTableWidgetItem(actorName));
    auto *status = new QComboBox(m_table);
    status->setObjectName(QStringLiteral("statusCombo%1").arg(row));
    for (Registration::Status s : statuses)
        status->addItem(statusLabel(s), int(s));
    status->setCurrentIndex(status->findData(int(registration.status)));
    connect(status, &QComboBox::currentIndexChanged, this, [this, status] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, StatusColumn) == status)
                m_rows[r].status = Registration::Status(status->currentData().toInt());
        }
        updateCounts();
    });
    m_table->setCellWidget(row, StatusColumn, status);
}

void RegistrationsDialog::addContact(const DirectoryLookup::Match &contact)
{
    if (contact.id <= 0)
        return;
    for (const Registration &r : m_rows) {
        if (r.contactId == contact.id)
            return; // already there
    }
    Registration r;
    r.eventId = m_occurrence.eventId;
    r.occurrenceStart = m_occurrence.originalStart;
    r.contactId = contact.id;
    r.actorId = contact.actorId;
    r.name = contact.name;
    r.email = contact.email;
    addRow(r, contact.detail);
    updateCounts();
}

void RegistrationsDialog::addPerson(const QString &name, const QString &email)
{
    if (name.trimmed().isEmpty() && email.trimmed().isEmpty())
        return;
    Registration r;
    r.eventId = m_occurrence.eventId;
    r.occurrenceStart = m_occurrence.originalStart;
    r.name = name.trimmed();
    r.email = email.trimmed();
    addRow(r, QString());
    updateCounts();
}

void RegistrationsDialog::setStatus(int row, Registration::Status status)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, StatusColumn));
    if (combo)
        combo->setCurrentIndex(combo->findData(int(status)));
}

QList<Registration> RegistrationsDialog::registrations() const
{
    return m_rows;
}

QString RegistrationsDialog::capacityText() const
{
    return m_capacity->text();
}

void RegistrationsDialog::updateCounts()
{
    int present = 0;
    int excused = 0;
    int absent = 0;
    for (const Registration &r : m_rows) {
        present += r.status == Registration::Status::Present;
        excused += r.status == Registration::Status::Excused;
        absent += r.status == Registration::Status::Absent;
    }
    const int total = int(m_rows.size());
    m_counts->setText(tr("%n registration(s)", nullptr, total) + QStringLiteral(" — ")
                      + tr("%1, %2, %3")
                            .arg(tr("%n present", nullptr, present), tr("%n excused", nullptr, excused), tr("%n absent", nullptr, absent)));
    if (m_occurrence.capacity > 0 && total > m_occurrence.capacity)
        m_capacity->setText(tr("Capacity passed: %1 for %2.")
                                .arg(tr("%n registration(s)", nullptr, total), tr("%n place(s)", nullptr, m_occurrence.capacity)));
    else
        m_capacity->clear();
    m_capacity->setVisible(!m_capacity->text().isEmpty());
}
