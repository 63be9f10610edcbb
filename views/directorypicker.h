#pragma once

#include "models/itemmodels/directorypickermodel.h"

#include <QLineEdit>

class QCompleter;

/// A search-as-you-type field that chooses one actor or one contact: each
/// keystroke asks DirectoryPickerModel for a few dozen matches, shown in a
/// popup; choosing one shows its name in the field. Leaving the field
/// without choosing puts the chosen name back; emptying it chooses nobody.
/// In "add" mode (partners, registrations) the field empties after each
/// choice, ready for the next.
class DirectoryPicker : public QLineEdit
{
    Q_OBJECT

public:
    DirectoryPicker(const QString &connectionName, DirectoryPickerModel::Kind kind, QWidget *parent = nullptr);

    /// The field empties after a choice (it only feeds a list).
    void setAddMode(bool add) { m_addMode = add; }
    /// Shows @p name as chosen (0 and an empty name: nobody).
    void setChosen(qint64 id, const QString &name);
    qint64 chosenId() const { return m_id; }
    DirectoryLookup::Match chosenMatch() const { return m_match; }

    DirectoryPickerModel *offers() const { return m_model; }
    /// Chooses the offer at @p row of the current matches (tests, Enter).
    bool chooseOffer(int row);

signals:
    /// The user chose @p match (also in add mode).
    void chosen(const DirectoryLookup::Match &match);
    /// The user emptied the field.
    void cleared();

private:
    void lookUp(const QString &text);

    DirectoryPickerModel *m_model;
    QCompleter *m_completer;
    bool m_addMode = false;
    qint64 m_id = 0;
    QString m_name;
    DirectoryLookup::Match m_match;
};
