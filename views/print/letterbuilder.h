#pragma once

#include "lettercontent.h"
#include "printstyle.h"

#include <QCoreApplication>
#include <QString>

/// Turns an issue of the Lettre de l'ESS into HTML, the one source of both
/// the printed letter and the self-contained HTML file sent by e-mail. Every
/// value from the data is escaped; the editorial and the article are the
/// coordinator's own rich text and go in as written.
class LetterBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LetterBuilder)

public:
    enum class Images {
        Resources, ///< "essaim:logo", "essaim:chart": the printed document provides them
        Inline     ///< data: URIs, so the file stands alone in an e-mail
    };

    /// The council's address that closes the letter: in full, on one small
    /// line, or left out (the printed letter when it would stand alone on a page).
    enum class Closing { Full, Compact, None };
    static QString html(const LetterContent &content, const PrintStyle &style, Images images, Closing closing = Closing::Full);
    static bool exportHtml(const LetterContent &content, const PrintStyle &style, const QString &path, QString *error);

    static QString title(const LetterIssue &issue);
    /// The body of an editor's HTML document, or the fragment as given.
    static QString bodyOf(const QString &html);
    /// The logo as an image (SVG rendered), for HTML and the printed masthead.
    static QImage logoImage(const CouncilIdentity &identity, int height);
    /// The chart as a PNG-ready image (for the HTML file).
    static QImage chartImage(const LetterContent &content, const PrintStyle &style);

    static constexpr int chartWidth = 560;
    static int chartHeight(const LetterContent &content);

private:
    // The letter's parts, in the order it reads: the HTML head, the masthead,
    // each section, the council's address that closes it.
    static QString head(const LetterIssue &issue, const PrintStyle &style, Images images);
    static QString masthead(const LetterIssue &issue, const PrintStyle &style, Images images);
    static QString agendaSection(const LetterContent &content, const QString &colour);
    static QString newActorsSection(const LetterContent &content);
    static QString keyFiguresSection(const LetterContent &content, const PrintStyle &style, Images images);
    static QString planSection(const LetterContent &content, const QString &colour);
    static QString closingLines(const PrintStyle &style, Closing closing);
    /// The calls for projects open at the issue's date: closing date, title,
    /// funder, amount, opening date when still to come, link.
    static QString callsSection(const LetterContent &content, const QString &colour);
};
