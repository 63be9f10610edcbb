#pragma once

#include "models/observatory/socialutilitygrid.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

/// The observatory's own data beside the directory: saved lists of communes,
/// the social utility grids of the actors, each actor's SIRENE headcount
/// band and the date it was archived. Writes are announced after commit.
class ObservatoryStore : public QObject
{
    Q_OBJECT

public:
    struct CommuneList {
        qint64 id = 0;
        QString name;
        QStringList communes; ///< INSEE codes
    };

    explicit ObservatoryStore(const QString &connectionName, QObject *parent = nullptr);

    QList<CommuneList> communeLists() const;
    /// Inserts (id 0) or replaces the list and its communes, in one transaction.
    bool saveCommuneList(CommuneList &list);
    bool removeCommuneList(qint64 id);

    SocialUtilityScores scores(qint64 actorId, int year) const;
    /// Years for which @p actorId has a grid, ascending.
    QList<int> scoredYears(qint64 actorId) const;
    /// Replaces the grid of one actor and year (empty: removes it).
    bool setScores(qint64 actorId, int year, const SocialUtilityScores &scores);

    QString headcountBand(qint64 actorId) const;
    bool setHeadcountBand(qint64 actorId, const QString &code);
    QDate archivedOn(qint64 actorId) const;
    /// Sets the archiving date of an archived actor (an import, the demo).
    bool setArchivedOn(qint64 actorId, const QDate &date);

    QString errorString() const { return m_error; }

signals:
    void communeListsChanged();
    void scoresChanged(qint64 actorId);
    /// The band or the archiving date of an actor changed.
    void actorDetailsChanged(qint64 actorId);

private:
    bool exec(class QSqlQuery &q);

    QString m_connectionName;
    QString m_error;
};
