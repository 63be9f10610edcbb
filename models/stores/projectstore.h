#pragma once

#include "models/domain/callforprojects.h"
#include "models/domain/fundingrequest.h"
#include "models/domain/need.h"
#include "models/domain/project.h"
#include "models/domain/projectcard.h"
#include "models/domain/projectinteraction.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

/// The SQL of the accompaniment: projects with their stages, holders and
/// accompanying actors, their journal, funding requests, calls for projects
/// and the unmet needs. Every write is one transaction, announced after
/// commit; errors are sentences in errorString().
class ProjectStore : public QObject
{
    Q_OBJECT

public:
    explicit ProjectStore(const QString &connectionName, QObject *parent = nullptr);

    QString connectionName() const { return m_connectionName; }
    QString errorString() const { return m_error; }

    // Projects
    QList<ProjectCard> cards() const;
    std::optional<Project> project(qint64 id) const;
    /// Inserts (id 0, or an id no longer used: the redo of a removal) or
    /// updates; a stage different from the stored one is appended to the
    /// history dated @p Project::stages' last entry, or today.
    bool save(Project &project);
    bool remove(qint64 id);
    /// Everything the removal of a project takes away, to give it back on undo.
    struct Snapshot {
        Project project;
        QList<ProjectInteraction> interactions;
        QList<FundingRequest> funding;
    };
    std::optional<Snapshot> snapshot(qint64 id) const;
    /// Writes the project back as the snapshot holds it, its journal and
    /// funding requests included (those not in the snapshot are deleted).
    /// New rows get their ids written back into @p snapshot.
    bool restore(Snapshot &snapshot);
    /// save() inside a caller's Transaction (founding a project writes an
    /// actor too); emits nothing: call notifyChanged() after the commit.
    bool saveInTransaction(Project &project);
    void notifyChanged() { emit projectsChanged(); }
    /// The project an actor was founded from, if any: the link seen from the directory.
    std::optional<qint64> projectOfActor(qint64 actorId) const;
    int count() const;

    // Journal
    QList<ProjectInteraction> interactions(qint64 projectId) const;
    /// Every entry dated from @p from to @p to (both included), by date.
    QList<ProjectInteraction> interactionsBetween(const QDate &from, const QDate &to) const;
    bool saveInteraction(ProjectInteraction &interaction);
    bool removeInteraction(qint64 id);
    /// The open next steps due up to @p until (all when invalid), by due date.
    struct NextStep {
        qint64 interactionId = 0;
        qint64 projectId = 0;
        QString projectName;
        QString step;
        QDate due;
    };
    QList<NextStep> openNextSteps(const QDate &from = {}, const QDate &until = {}) const;

    // Funding
    QList<FundingRequest> fundingRequests() const;
    QList<FundingRequest> fundingForProject(qint64 projectId) const;
    QList<FundingRequest> fundingForActor(qint64 actorId) const;
    bool saveFunding(FundingRequest &request);
    bool removeFunding(qint64 id);

    // Calls for projects
    QList<CallForProjects> calls() const;
    std::optional<CallForProjects> call(qint64 id) const;
    bool saveCall(CallForProjects &call);
    bool removeCall(qint64 id);
    /// An import: every call is written or none.
    bool addCalls(QList<CallForProjects> &calls);

    // People and actors to pick, found as one types (a prefix of a word of
    // the name, accents and case ignored); at most @p limit, by name.
    struct Pick {
        qint64 id = 0;
        QString name;
        QString detail; ///< the contact's actor or e-mail, the actor's commune
    };
    QList<Pick> findContacts(const QString &text, int limit = 30) const;
    QList<Pick> findActors(const QString &text, int limit = 30) const;
    QString contactName(qint64 contactId) const;
    /// A holder who belongs to no actor yet becomes a contact of the directory.
    qint64 createHolder(const QString &firstName, const QString &lastName, const QString &email, const QString &phone);

    // Needs
    QList<Need> needs() const;
    bool saveNeed(Need &need);

signals:
    void projectsChanged();
    void callsChanged();

private:
    bool fail(const QString &what, const QString &sqlError);
    bool writeProject(Project &project);
    bool writeProjectLists(const Project &project);
    bool journalHolders(const Project &project);
    std::optional<ProjectInteraction> storedInteraction(qint64 id) const;
    bool journalInteractions(const QList<ProjectInteraction> &before, const QList<ProjectInteraction> &after);
    bool writeInteraction(ProjectInteraction &interaction);
    bool writeFunding(FundingRequest &request);
    bool writeCall(CallForProjects &call);
    QList<FundingRequest> readFunding(const QString &where, qint64 id) const;
    /// The holders, accompanying actors and earliest open next step of every
    /// card (@p rows: a project's row in @p cards), in three scans rather than
    /// three sub-queries per project.
    void addCardLists(QList<ProjectCard> &cards, const QHash<qint64, int> &rows) const;

    QString m_connectionName;
    QString m_error;
};
