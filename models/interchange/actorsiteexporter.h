#pragma once

#include "models/domain/councilidentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

struct Actor;
class DirectorySnapshot;
class QDir;

/// Writes the public directory as a static web site into a folder: an index
/// with search and filters by sector and commune, one page per actor, the
/// council's identity in every header. It works from the files alone
/// (file://, a USB key, any static host): the data sits in data.js, loaded by
/// a script tag, never fetched. Only actors whose consent to publication is
/// given and who are not archived appear; of their contacts, only the name
/// and role of those who consented to publication. Every value is HTML
/// escaped.
///
/// The site is built beside the folder and swapped in at the end, so a
/// failed export leaves the previous site whole, and an actor who withdrew
/// consent leaves no page behind. A folder that holds anything but a
/// previous Essaim site is refused: its files are never overwritten.
class ActorSiteExporter
{
    Q_DECLARE_TR_FUNCTIONS(ActorSiteExporter)

public:
    enum class FolderState { Missing, Empty, PreviousSite, Foreign, NotAFolder };

    ActorSiteExporter(const QString &connectionName, const CouncilIdentity &identity);

    static FolderState folderState(const QString &path);
    /// The file that marks a folder as an Essaim site.
    static QString markerFileName() { return QStringLiteral(".essaim-site"); }

    bool exportTo(const QString &folder, const std::vector<qint32> &ids);

    /// Actor pages written by the last export.
    int pageCount() const { return m_pages; }
    /// Actors left out by the last export: no consent or archived.
    int withheldCount() const { return m_withheld; }
    QString errorString() const { return m_error; }

private:
    /// What the pages of the actors leave for the index, the list and data.js.
    struct Index {
        QJsonArray data;
        QSet<QString> sectors;
        QSet<QString> communes;
        QString listItems;
    };

    bool build(const QString &dir, const std::vector<qint32> &ids);
    /// One page per public actor, in the order of @p ids.
    bool writeActorPages(const QDir &dir, const std::vector<qint32> &ids, Index *site);
    /// data.js: the actors the index searches.
    QByteArray dataScript(const QJsonArray &data) const;
    QString indexPage(const Index &site) const;
    QString listPage(const QString &listItems) const;
    /// The style sheet in the council's colours, the script, the logo and the marker.
    bool writeAssets(const QDir &dir);
    bool writeFile(const QString &path, const QByteArray &bytes);
    bool install(const QString &staging, const QString &folder);
    QString pageHead(const QString &title, const QString &root) const;
    QString councilHeader(const QString &root) const;
    QString footer() const;
    QString actorPage(const Actor &actor, const DirectorySnapshot &context) const;
    QString factsHtml(const Actor &actor) const;
    QString siteTitle() const;

    QString m_connectionName;
    CouncilIdentity m_identity;
    QString m_logoFile;
    QString m_error;
    int m_pages = 0;
    int m_withheld = 0;
};
