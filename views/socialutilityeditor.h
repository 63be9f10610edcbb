#pragma once

#include <QMap>
#include <QWidget>

class ObservatoryStore;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QUndoStack;

/// The observatory's page of the actor's form: the social utility grid of
/// a year (three themes, nine criteria, 0 to 3; "—" when not assessed) and
/// the SIRENE headcount band used as an estimate. "Save" goes through the
/// undo stack.
class SocialUtilityEditor : public QWidget
{
    Q_OBJECT

public:
    SocialUtilityEditor(ObservatoryStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setActorId(qint64 id);
    qint64 actorId() const { return m_actorId; }
    void setYear(int year);
    int year() const;
    /// Writes the grid and the band shown (one undoable step); false when
    /// there is no actor or nothing changed.
    bool save();
    /// Why this person may not change the grid (a reader of a shared
    /// server): "Save" stays disabled with the sentence as its tip.
    void setRefusal(const QString &why);

private:
    void load();
    void updateSaveButton();

    ObservatoryStore *m_store;
    QUndoStack *m_undoStack;
    qint64 m_actorId = 0;
    QSpinBox *m_year = nullptr;
    QMap<QString, QSpinBox *> m_scores;
    QComboBox *m_band = nullptr;
    QLabel *m_years = nullptr;
    QPushButton *m_save = nullptr;
    bool m_loading = false;
    QString m_refusal;
};
