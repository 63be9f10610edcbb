#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

/// One numbered issue of the Lettre de l'ESS as it is saved, so that it can
/// be reprinted as it was: the editorial and the article are rich text
/// (HTML of the editor), the sections are the keys the coordinator ticked.
struct LetterIssue
{
    static inline const QString AgendaSection = QStringLiteral("agenda");
    static inline const QString NewActorsSection = QStringLiteral("new_actors");
    static inline const QString KeyFiguresSection = QStringLiteral("key_figures");
    static inline const QString PlanSection = QStringLiteral("plan");
    static inline const QString CallsSection = QStringLiteral("calls");
    static inline const QString ArticleSection = QStringLiteral("article");
    static QStringList allSections()
    {
        return {AgendaSection, NewActorsSection, KeyFiguresSection, PlanSection, CallsSection, ArticleSection};
    }

    qint64 id = 0;
    int number = 0;
    QDate date;
    QString title;
    QString editorialHtml;
    QStringList sections;
    int agendaWeeks = 8;
    QString articleTitle;
    QString articleHtml;

    bool has(const QString &section) const { return sections.contains(section); }
    bool operator==(const LetterIssue &o) const
    {
        return id == o.id && number == o.number && date == o.date && title == o.title && editorialHtml == o.editorialHtml
            && sections == o.sections && agendaWeeks == o.agendaWeeks && articleTitle == o.articleTitle
            && articleHtml == o.articleHtml;
    }
    bool operator!=(const LetterIssue &o) const { return !(*this == o); }
};
