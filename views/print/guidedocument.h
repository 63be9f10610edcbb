#pragma once

#include "models/domain/clock.h"
#include "models/domain/guideentry.h"
#include "printdocument.h"
#include "printstyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

class QTextDocument;
class QTextLayout;

/// The Guide des actrices et acteurs de l'ESS: a cover, a table of
/// contents, the actors grouped by sector or by commune and sorted by name
/// (two columns on A4, one on A5), and an alphabetical index.
///
/// Each entry is laid out exactly once, at its column's width, and the
/// pages are then filled by hand: so an entry is never cut between two
/// pages (unless it is taller than a page), and the page of every entry is
/// known before the table of contents and the index are written.
class GuideDocument : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(GuideDocument)

public:
    enum class GroupBy { Sector, Commune };

    GuideDocument(QList<GuideEntry> entries, GroupBy groupBy, const PrintStyle &style, const QDate &edition = Clock::today());
    ~GuideDocument() override;

    QString title() const override;
    QString kind() const override { return QStringLiteral("guide"); }
    int layout(QPaintDevice *device, const PageGeometry &geometry) override;
    void paintPage(QPainter *painter, int page) override;

    /// After layout(): the table of contents (group, page number from 1),
    /// and the page where an actor's entry starts.
    QList<QPair<QString, int>> contents() const;
    int pageOfActor(qint64 id) const { return m_actorPage.value(id, 0); }
    int indexFirstPage() const { return 2 + m_contentsPages + int(m_body.size()); }
    int contentsPageCount() const { return m_contentsPages; }
    int pageCount() const { return indexFirstPage() - 1 + m_indexPageCount; }

private:
    struct Group
    {
        QString name;
        QColor color;
        QList<int> entries;
        int bodyPage = 0;
    };
    struct Item
    {
        enum Kind { Entry, Heading, Banner } kind = Entry;
        int index = 0;       ///< entry or group
        QPointF pos;         ///< top-left, device pixels
        double from = 0;     ///< first visible y inside the entry's own layout
        double height = 0;   ///< visible height
        bool rule = false;   ///< separator line above
    };
    struct BodyPage
    {
        QString section;
        QList<Item> items;
    };
    struct Line
    {
        std::unique_ptr<QTextLayout> text;
        QString number;
        double height = 0;
        bool letter = false; ///< a letter heading of the index
        int column = 0;
        int page = 0;
        double y = 0;
    };

    void buildGroups();
    std::unique_ptr<QTextDocument> entryDocument(const GuideEntry &e, double width) const;
    std::unique_ptr<QTextDocument> headingDocument(const Group &g, double width, bool banner) const;
    double breakBefore(QTextDocument *doc, double from, double available) const;
    void paginateBody();
    /// The contents' lines and pages; then the body's page numbers are known.
    void layOutContents(const PageGeometry &geometry);
    /// The index's lines by initial, then their columns and pages.
    void layOutIndex(const PageGeometry &geometry);
    void placeIndexLines(const PageGeometry &geometry);
    std::unique_ptr<QTextLayout> lineLayout(const QString &text, const QFont &font, double width, double *height) const;
    void paintCover(QPainter *painter);
    void paintLines(QPainter *painter, const std::vector<Line> &lines, int page, double columnWidth, const QString &heading);

    QList<GuideEntry> m_entries;
    GroupBy m_groupBy;
    PrintStyle m_style;
    QDate m_edition;
    QList<Group> m_groups;

    QPaintDevice *m_device = nullptr;
    PageGeometry m_geometry;
    int m_columns = 1;
    double m_columnWidth = 0;
    std::vector<std::unique_ptr<QTextDocument>> m_entryDocs;
    std::vector<std::unique_ptr<QTextDocument>> m_headingDocs;
    QList<BodyPage> m_body;
    QHash<qint64, int> m_actorPage;
    std::vector<Line> m_contentsLines;
    int m_contentsPages = 1;
    std::vector<Line> m_indexLines;
    int m_indexColumns = 1;
    int m_indexPageCount = 1;
    double m_titleHeight = 0;
};
