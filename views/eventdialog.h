#pragma once

#include "event.h"

#include <QDialog>
#include <QPair>

class EventStore;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

/// The event editor: title, type, times or all-day, place, description,
/// organiser and partner actors, plan action, capacity, public or internal,
/// and the repetition in plain words ("Le 1er vendredi du mois", every N,
/// until a date or N times) with the next occurrences shown before saving
/// and a warning when another event takes the same place at the same time.
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

    void accept() override;

private:
    void fillRepeatChoices();
    void updateRepeatWidgets();
    void updatePreview();
    QString currentRule() const;

    EventStore *m_store;
    Event m_event;
    bool m_occurrenceMode = false;
    QString m_customRule;

    QLineEdit *m_title;
    QComboBox *m_type;
    QCheckBox *m_allDay;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_location;
    QPlainTextEdit *m_description;
    QComboBox *m_organiser;
    QListWidget *m_partners;
    QComboBox *m_planAction;
    QSpinBox *m_capacity;
    QCheckBox *m_public;
    QWidget *m_repeatBox;
    QComboBox *m_repeat;
    QSpinBox *m_interval;
    QWidget *m_weekDaysBox;
    QList<QCheckBox *> m_weekDays; ///< Monday first, whatever the display order
    QComboBox *m_repeatEnd;
    QDateEdit *m_until;
    QSpinBox *m_count;
    QLabel *m_preview;
    QLabel *m_conflict;
};
