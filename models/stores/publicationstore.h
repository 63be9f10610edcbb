#pragma once

#include "models/domain/councilidentity.h"
#include "models/domain/letterissue.h"
#include "models/domain/plaquettepanel.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

/// The SQL of the Publications area: the council's identity (kept in the
/// database so it travels with the file), the plaquette's six panels and the
/// numbered issues of the Lettre de l'ESS. Announces each change after commit.
class PublicationStore : public QObject
{
    Q_OBJECT

public:
    explicit PublicationStore(const QString &connectionName, QObject *parent = nullptr);

    /// The stored identity, or the default one (empty name) when none was set.
    CouncilIdentity identity() const;
    bool setIdentity(const CouncilIdentity &identity);

    /// The six panels in print order (flap, back, cover, inside1..3); a panel
    /// never edited comes with its default text.
    QList<PlaquettePanel> plaquettePanels() const;
    bool setPlaquettePanels(const QList<PlaquettePanel> &panels);
    static QList<PlaquettePanel> defaultPlaquettePanels();

    /// Issues, newest number first (editorial and article included).
    QList<LetterIssue> issues() const;
    std::optional<LetterIssue> issue(int number) const;
    std::optional<LetterIssue> latestIssue() const;
    /// The issue printed before @p number, to know what is new since.
    std::optional<LetterIssue> previousIssue(int number) const;
    int nextIssueNumber() const;
    /// Inserts (id 0) or updates; refuses a number another issue has.
    bool saveIssue(LetterIssue &issue);
    bool removeIssue(qint64 id);

    QString errorString() const { return m_error; }

signals:
    void identityChanged();
    void plaquetteChanged();
    void issuesChanged();

private:
    QList<LetterIssue> readIssues(const QString &where, const QVariant &bound) const;

    QString m_connectionName;
    QString m_error;
};
