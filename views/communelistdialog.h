#pragma once

#include <QDialog>

class ObservatoryStore;
class QLineEdit;
class QListWidget;
class ReferenceStore;

/// Saved lists of communes ("the communes of the contrat de ville"): the
/// observatory can look at one as a territory.
class CommuneListDialog : public QDialog
{
    Q_OBJECT

public:
    CommuneListDialog(ObservatoryStore *store, ReferenceStore *references, QWidget *parent = nullptr);

private:
    void reloadLists();
    void showList(int row);
    void saveList();
    void removeList();

    ObservatoryStore *m_store;
    QListWidget *m_lists;
    QLineEdit *m_name;
    QListWidget *m_communes;
    qint64 m_currentId = 0;
};
