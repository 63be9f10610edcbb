#pragma once

#include "fundingrequest.h"
#include "project.h"
#include "projectinteraction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// The words of the accompaniment: the stable keys stored in the database
/// and written by the command line, and their translated labels.
class ProjectVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(ProjectVocabulary)

public:
    /// Every stage, in the order of the pipeline (abandoned last).
    static QList<Project::Stage> stages();
    static QString stageKey(Project::Stage stage);
    static std::optional<Project::Stage> stageFromKey(const QString &key);
    static QString stageLabel(Project::Stage stage);
    /// Creation and consolidation: the project has become an actor.
    static bool isFounded(Project::Stage stage);

    static QList<ProjectInteraction::Kind> interactionKinds();
    static QString interactionKindKey(ProjectInteraction::Kind kind);
    static std::optional<ProjectInteraction::Kind> interactionKindFromKey(const QString &key);
    static QString interactionKindLabel(ProjectInteraction::Kind kind);

    static QList<FundingRequest::Status> fundingStatuses();
    static QString fundingStatusKey(FundingRequest::Status status);
    static std::optional<FundingRequest::Status> fundingStatusFromKey(const QString &key);
    static QString fundingStatusLabel(FundingRequest::Status status);
};
