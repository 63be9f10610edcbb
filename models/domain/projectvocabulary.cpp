#include "projectvocabulary.h"

namespace {
template<typename T, typename KeyOf>
std::optional<T> fromKey(const QList<T> &all, const QString &key, KeyOf keyOf)
{
    for (const T value : all) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}
} // namespace

QList<Project::Stage> ProjectVocabulary::stages()
{
    return {Project::Stage::Idea,     Project::Stage::Emergence,     Project::Stage::Feasibility,
            Project::Stage::Creation, Project::Stage::Consolidation, Project::Stage::Abandoned};
}

QString ProjectVocabulary::stageKey(Project::Stage stage)
{
    switch (stage) {
    case Project::Stage::Idea: return QStringLiteral("idea");
    case Project::Stage::Emergence: return QStringLiteral("emergence");
    case Project::Stage::Feasibility: return QStringLiteral("feasibility");
    case Project::Stage::Creation: return QStringLiteral("creation");
    case Project::Stage::Consolidation: return QStringLiteral("consolidation");
    case Project::Stage::Abandoned: return QStringLiteral("abandoned");
    }
    return QStringLiteral("idea");
}

std::optional<Project::Stage> ProjectVocabulary::stageFromKey(const QString &key)
{
    return fromKey(stages(), key, &ProjectVocabulary::stageKey);
}

QString ProjectVocabulary::stageLabel(Project::Stage stage)
{
    switch (stage) {
    case Project::Stage::Idea: return tr("Idea");
    case Project::Stage::Emergence: return tr("Emergence");
    case Project::Stage::Feasibility: return tr("Feasibility study");
    case Project::Stage::Creation: return tr("Creation");
    case Project::Stage::Consolidation: return tr("Consolidation");
    case Project::Stage::Abandoned: return tr("Abandoned");
    }
    return {};
}

bool ProjectVocabulary::isFounded(Project::Stage stage)
{
    return stage == Project::Stage::Creation || stage == Project::Stage::Consolidation;
}

QList<ProjectInteraction::Kind> ProjectVocabulary::interactionKinds()
{
    return {ProjectInteraction::Kind::Meeting, ProjectInteraction::Kind::Call, ProjectInteraction::Kind::Email,
            ProjectInteraction::Kind::Committee, ProjectInteraction::Kind::Visit};
}

QString ProjectVocabulary::interactionKindKey(ProjectInteraction::Kind kind)
{
    switch (kind) {
    case ProjectInteraction::Kind::Meeting: return QStringLiteral("meeting");
    case ProjectInteraction::Kind::Call: return QStringLiteral("call");
    case ProjectInteraction::Kind::Email: return QStringLiteral("email");
    case ProjectInteraction::Kind::Committee: return QStringLiteral("committee");
    case ProjectInteraction::Kind::Visit: return QStringLiteral("visit");
    }
    return QStringLiteral("meeting");
}

std::optional<ProjectInteraction::Kind> ProjectVocabulary::interactionKindFromKey(const QString &key)
{
    return fromKey(interactionKinds(), key, &ProjectVocabulary::interactionKindKey);
}

QString ProjectVocabulary::interactionKindLabel(ProjectInteraction::Kind kind)
{
    switch (kind) {
    case ProjectInteraction::Kind::Meeting: return tr("Meeting");
    case ProjectInteraction::Kind::Call: return tr("Phone call");
    case ProjectInteraction::Kind::Email: return tr("E-mail");
    case ProjectInteraction::Kind::Committee: return tr("Steering committee");
    case ProjectInteraction::Kind::Visit: return tr("Visit");
    }
    return {};
}

QList<FundingRequest::Status> ProjectVocabulary::fundingStatuses()
{
    return {FundingRequest::Status::Preparing, FundingRequest::Status::Submitted, FundingRequest::Status::Granted,
            FundingRequest::Status::Refused};
}

QString ProjectVocabulary::fundingStatusKey(FundingRequest::Status status)
{
    switch (status) {
    case FundingRequest::Status::Preparing: return QStringLiteral("preparing");
    case FundingRequest::Status::Submitted: return QStringLiteral("submitted");
    case FundingRequest::Status::Granted: return QStringLiteral("granted");
    case FundingRequest::Status::Refused: return QStringLiteral("refused");
    }
    return QStringLiteral("preparing");
}

std::optional<FundingRequest::Status> ProjectVocabulary::fundingStatusFromKey(const QString &key)
{
    return fromKey(fundingStatuses(), key, &ProjectVocabulary::fundingStatusKey);
}

QString ProjectVocabulary::fundingStatusLabel(FundingRequest::Status status)
{
    switch (status) {
    case FundingRequest::Status::Preparing: return tr("To prepare");
    case FundingRequest::Status::Submitted: return tr("Submitted");
    case FundingRequest::Status::Granted: return tr("Granted");
    case FundingRequest::Status::Refused: return tr("Refused");
    }
    return {};
}
