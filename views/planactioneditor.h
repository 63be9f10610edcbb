#pragma once

#include "models/domain/planitem.h"
#include "models/domain/planlinkedevent.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <optional>

class PlanStore;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;
class QUndoStack;

/// The detail form of one plan item: title, kind, description, means,
/// budgets, hours, pilot (a directory contact), partner actors, start and
/// due months, status, progress, indicators, journal and the calendar
/// events that deliver it. Changes are written by "Apply" (or when another
/// item is chosen) as one undoable EditPlanItemCommand.
class PlanActionEditor : public QWidget
{
    Q_OBJECT

public:
    PlanActionEditor(PlanStore *store, QUndoStack *undo, QWidget *parent = nullptr);

    /// Shows @p id (0: nothing); pending changes of the previous item are applied first.
    void setItem(qint64 id);
    qint64 itemId() const { return m_item ? m_item->id : 0; }
    void setLinkedEventsProvider(PlanLinkedEventsProvider provider);
    /// The day the plan is judged on (the tab's "Situation on"): the form
    /// says "late" beside the status, as the tree does.
    void setToday(const QDate &today);
    /// Reloads the item shown (after an undo, an edit elsewhere).
    void refresh();
    /// The item as the form shows it now.
    PlanItem editedItem() const;
    bool isModified() const;
    /// Writes pending changes; false (with a warning) when a field is wrong.
    bool apply();
    /// Why this person may not change the plan (a shared server's roles):
    /// the form is shown disabled with the sentence under it; empty: editable.
    void setRefusal(const QString &why);

signals:
    void statusMessage(const QString &message);

private:
    // The constructor's parts: the rows of the form by theme, the two
    // tables with their buttons, the scroll area and buttons, the signals.
    void addStateRows(QFormLayout *form, QWidget *inner);
    void addPeopleRows(QFormLayout *form, QWidget *inner);
    void addContentRows(QFormLayout *form, QWidget *inner);
    QGroupBox *createIndicatorsBox(QWidget *inner);
    QGroupBox *createJournalBox(QWidget *inner);
    void layOut(QWidget *inner);
    void connectWidgets();
    void load(const PlanItem &item);
    void addPartner();
    void addIndicator();
    /// A new journal line dated today; @p status records a change of status.
    void addJournalEntry(const QString &text = QString(), const QString &status = QString());
    void onStatusChosen();
    void updateLateLabel();
    void setEnabledAll(bool enabled);

    PlanStore *m_store;
    QUndoStack *m_undo;
    PlanLinkedEventsProvider m_events;
    std::optional<PlanItem> m_item;
    bool m_loading = false;
    QString m_refusal;

    QLineEdit *m_title;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_means;
    QDoubleSpinBox *m_budgetPlanned;
    QDoubleSpinBox *m_budgetSpent;
    QDoubleSpinBox *m_staffHours;
    QDoubleSpinBox *m_volunteerHours;
    QLineEdit *m_pilot;
    QStringListModel *m_pilotCompletions;
    QHash<QString, qint64> m_pilotMatches; ///< completion text -> contact id
    QString m_loadedPilotText;
    QListWidget *m_partners;
    QLineEdit *m_partnerSearch;
    QStringListModel *m_partnerCompletions;
    QList<QPair<qint64, QString>> m_partnerMatches;
    QLineEdit *m_partnerNames;
    QLineEdit *m_start;
    QLineEdit *m_due;
    QComboBox *m_status;
    QSpinBox *m_progress;
    QTableWidget *m_indicators;
    QTableWidget *m_journal;
    QListWidget *m_linkedEvents;
    QLabel *m_error;
    QLabel *m_late = nullptr;
    QDate m_today;
    QPushButton *m_apply;
    QPushButton *m_revert;
};
