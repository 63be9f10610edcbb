#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// The observatory's reads of the whole directory, for ObservatoryEngine,
/// which keeps them in memory and counts: the territory's EPCI, communes
/// and sectors, the columns of the actors it counts on, the figures of a
/// year, the social utility scores and the saved lists of communes. The
/// whole-table reads go around QtSql (Database::sqliteHandle()) when they
/// can: at 100,000 actors a QVariant per value is most of the time.
/// Reads return false, or nothing, with the reason in errorString().
class ObservatorySource
{
public:
    struct Epci
    {
        QString siren, name;
    };
    struct Commune
    {
        QString insee, name, epciSiren, region;
    };
    struct Sector
    {
        qint64 id = 0, parentId = 0;
        QString name, color;
    };
    /// An actor's columns; the texts hold UTF-8 bytes valid during the call
    /// only, so that the engine looks each distinct value up once.
    struct ActorColumns
    {
        qint64 id = 0;
        QByteArray communeInsee, family, headcountBand;
        qint64 sectorId = 0;
        int creationYear = 0;
        bool archived = false;
        int archivedYear = 0;
        bool employer = false;
    };
    /// One actor's figures of a year; -1 when not declared.
    struct FigureColumns
    {
        qint64 actorId = 0;
        int headcount = -1;
        float fte = -1.0f;
        int volunteers = -1;
        int members = -1;
    };

    explicit ObservatorySource(const QString &connectionName);

    /// The EPCI and communes of the territory, and every sector (top-level ones first).
    bool readTerritory(QList<Epci> *epcis, QList<Commune> *communes, QList<Sector> *sectors);
    /// Every actor (@p onlyId < 0) or the one of @p onlyId, each passed to @p each.
    bool readActors(qint64 onlyId, const std::function<void(const ActorColumns &)> &each);
    /// The figures of @p year of every actor (@p onlyId < 0) or of one.
    bool readYear(int year, qint64 onlyId, const std::function<void(const FigureColumns &)> &each);
    /// The scores of @p year: (actor, criterion, score) to @p each.
    bool readScores(int year, const std::function<void(qint64, const QString &, int)> &each);
    /// The years with figures, oldest first.
    QList<int> figureYears();
    QList<int> scoredYears();
    /// The id of the saved list of communes named (or numbered) @p wanted.
    std::optional<qint64> communeListId(const QString &wanted);
    QString communeListName(qint64 id);
    QStringList communeListMembers(qint64 id);
    QString actorName(qint64 id);

    QString errorString() const { return m_error; }

private:
    bool readActorsFast(const std::function<void(const ActorColumns &)> &each);
    bool readYearFast(int year, const std::function<void(const FigureColumns &)> &each);

    QString m_connectionName;
    QString m_error;
};
