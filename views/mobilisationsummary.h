#pragma once

#include <QLabel>

class EventStore;

/// "Mobilisation des acteurs": the agenda's attendance of a year by type of
/// event (dates, participants, actors reached), shown under the
/// observatory's key figures.
class MobilisationSummary : public QLabel
{
    Q_OBJECT

public:
    explicit MobilisationSummary(EventStore *events, QWidget *parent = nullptr);
    void showYear(int year);

private:
    EventStore *m_events;
};
