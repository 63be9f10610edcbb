#pragma once

#include "models/domain/councilidentity.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QString>
#include <QTime>

class QPainter;
class QPaintDevice;
class QRectF;
class QTextDocument;

/// The look shared by every printed document: fonts, the identity's
/// colours, dates written out in full, and the running header and footer
/// ("page X / Y", "usage interne").
class PrintStyle
{
    Q_DECLARE_TR_FUNCTIONS(PrintStyle)

public:
    explicit PrintStyle(const CouncilIdentity &identity = CouncilIdentity());

    const CouncilIdentity &identity() const { return m_identity; }
    /// The council's name, or a neutral one when the settings have none.
    QString councilName() const;

    static QString fontFamily();
    static QFont font(double pointSize, bool bold = false, bool italic = false);
    /// A document laid out for @p device, with no margin of its own.
    static void prepare(QTextDocument *document, const QPaintDevice *device, double width);

    /// "vendredi 8 juin 2012" in French, the first of a month as an
    /// ordinal: "vendredi 1er juin 2012".
    static QString longDate(const QDate &date);
    /// A time of day: "9 h" for a whole hour, "9 h 30" otherwise in French,
    /// with no-break spaces; "09h30" in other languages.
    static QString timeOfDay(const QTime &time);
    /// "novembre 2026".
    static QString monthYear(const QDate &date);

    /// The running header (title left, @p section right, a rule) and footer
    /// (council name left, "page X / Y" right); @p internal adds "usage interne".
    /// With neither title nor section, the footer only.
    void paintFrame(QPainter *painter, const class PageGeometry &geometry, const QString &title, const QString &section,
                    int page, int pageCount, bool internal) const;
    /// The logo (SVG or PNG) fitted in @p rect, keeping its proportions; false without a logo.
    bool paintLogo(QPainter *painter, const QRectF &rect) const;

private:
    CouncilIdentity m_identity;
};
