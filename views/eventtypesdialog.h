#pragma once

#include "models/domain/event.h"

#include <QDialog>

#include <functional>

class EventStore;
class QListWidget;

/// The editable list of event types and their colours: add a type, rename
/// one (double-click or F2), change its colour. Written when accepted.
class EventTypesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EventTypesDialog(EventStore *store, QWidget *parent = nullptr);

    void addType(const QString &name, const QColor &color);
    /// Sets the colour of the type on @p row.
    void setColor(int row, const QColor &color);
    /// Writes the changes; false with a message when a name is empty or taken.
    bool save();
    void accept() override;

    /// Test seam: answers the colour chooser instead of QColorDialog.
    static void setColorChooser(std::function<QColor(const QColor &current)> chooser);

private:
    void chooseColor();

    EventStore *m_store;
    QList<EventType> m_types;
    QListWidget *m_list;
};
