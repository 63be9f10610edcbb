#pragma once

#include "models/domain/event.h"

#include <QDialog>
#include <QPair>

class DirectoryPicker;
class EventStore;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QDateTimeEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

/// The event editor: title, type, times or all-day, place, description,
/// organiser and partner actors, plan action, capacity, public or internal,
/// and the repetition in plain words ("Le 1er vendredi du mois", every N,
/// until a date or N times) with the next occurrences shown before saving
/// and a warning when another event takes the same place at the same time,
/// or when a date falls on a French public holiday. The organiser and the
/// partners are chosen by typing (a few matches at a time), so the dialog
/// opens at once whatever the size of the directory.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EventDialog(EventStore *store, QWidget *parent = nullptr);

    /// The plan actions offered, as (id, label); empty hides nothing but
    /// leaves only "none".
    void setPlanActions(const QList<QPair<qint64, QString>> &actions);
    void setEvent(const Event &event);
    /// Editing one occurrence: the repetition cannot be changed.
    void setOccurrenceMode(bool occurrence);
    Event event() const;

    /// The text of the preview (tests read it).
    QString previewText() const;
    QString conflictText() const;
    /// The dates of the event that fall on a public holiday, as shown.
    QString holidayText() const;
    /// Adds the actor @p id as a partner (the partner picker does it too).
    void addPartner(qint64 id, const QString &name);

    void accept() override;

private:
    void fillRepeatChoices();
    void updateRepeatWidgets();
    void updatePreview();
    void updateIntervalUnit();
    void startChanged();
    QLayout *partnersLayout();
    QFormLayout *buildForm();
    void buildRepeatBox();
    void connectEditors();
    QString currentRule() const;
    QStringList holidayDates(const Event &event) const;

    EventStore *m_store;
    Event m_event;
    bool m_occurrenceMode = false;
    QString m_customRule;
    /// What the custom choice says when its rule alone would mislead.
    QString m_customLabel;
    /// The length the end keeps from the start, as last set or typed.
    qint64 m_length = 0;
    bool m_followingStart = false;

    QLineEdit *m_title;
    QComboBox *m_type;
    QCheckBox *m_allDay;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_location;
    QPlainTextEdit *m_description;
    DirectoryPicker *m_organiser;
    DirectoryPicker *m_partnerPicker;
    QListWidget *m_partners;
    QComboBox *m_planAction;
    QSpinBox *m_capacity;
    QCheckBox *m_public;
    QWidget *m_repeatBox;
    QComboBox *m_repeat;
    QSpinBox *m_interval;
    QLabel *m_intervalUnit;
    QLabel *m_everyLabel;
    QWidget *m_weekDaysBox;
    QList<QCheckBox *> m_weekDays; ///< Monday first, whatever the display order
    QComboBox *m_repeatEnd;
    QDateEdit *m_until;
    QSpinBox *m_count;
    QLabel *m_preview;
    QLabel *m_conflict;
    QLabel *m_holidays;
};
