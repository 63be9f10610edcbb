#pragma once

#include "models/storage/database.h"

#include <QString>

#include <memory>

class ActorStore;
class AgendaTaskReader;
class EventStore;
class ObservatoryStore;
class PlanStore;
class ProjectStore;
class PublicationStore;
class ReferenceFigureStore;
class ReferenceStore;
class SectorStore;

/// An open database and every store on it, built together and destroyed
/// together (the stores first): what the window's tabs and the command
/// line's commands are given. Switching or restoring a database replaces
/// the whole session, in one place.
class Session
{
public:
    /// A session on a database not open (a command such as init makes its own).
    Session();
    /// Opens @p path and builds the stores on it; false, with the sentence
    /// in errorString(), when it cannot be opened.
    bool open(const QString &path, Database::OpenMode mode);
    QString errorString() const { return m_database->errorString(); }
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    QString connectionName() const { return m_database->connectionName(); }
    QString filePath() const { return m_database->filePath(); }

    ActorStore &actors() { return *m_actors; }
    SectorStore &sectors() { return *m_sectors; }
    ReferenceStore &references() { return *m_references; }
    ReferenceFigureStore &referenceFigures() { return *m_referenceFigures; }
    ObservatoryStore &observatory() { return *m_observatory; }
    EventStore &events() { return *m_events; }
    PlanStore &plans() { return *m_plans; }
    ProjectStore &projects() { return *m_projects; }
    PublicationStore &publications() { return *m_publications; }
    /// The projects' next steps and the calls' closing days, for the agenda.
    AgendaTaskReader &agendaTasks() { return *m_agendaTasks; }

    /// Builds the stores again on the database, after its file was replaced
    /// under the same connection (a restored backup): nothing read before
    /// is kept.
    void reloadStores();

private:
    void releaseStores();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReferenceStore> m_references;
    std::unique_ptr<ActorStore> m_actors;
    std::unique_ptr<SectorStore> m_sectors;
    std::unique_ptr<ReferenceFigureStore> m_referenceFigures;
    std::unique_ptr<ObservatoryStore> m_observatory;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<PlanStore> m_plans;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<PublicationStore> m_publications;
    std::unique_ptr<AgendaTaskReader> m_agendaTasks;
};
