#pragma once

#include "planindicator.h"
#include "planitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

/// The words of plans: storage keys, the French words of the outline format
/// (which do not change with the interface language), translated labels, and
/// the reading of "2012-06" / "2012-06-15" dates.
class PlanVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(PlanVocabulary)

public:
    static QString kindKey(PlanItem::Kind kind);
    static std::optional<PlanItem::Kind> kindFromKey(const QString &key);
    static QString kindLabel(PlanItem::Kind kind);
    /// The outline word that opens an item ("objectif opérationnel").
    static QString kindOutlineWord(PlanItem::Kind kind);

    static QString statusKey(PlanItem::Status status);
    static std::optional<PlanItem::Status> statusFromKey(const QString &key);
    static QString statusLabel(PlanItem::Status status);
    static QString statusOutlineWord(PlanItem::Status status);
    static std::optional<PlanItem::Status> statusFromOutlineWord(const QString &word);
    static QList<PlanItem::Status> allStatuses();
    /// "late" is derived, never stored: the label of the derived state.
    static QString lateLabel();
    /// The one way a status is written, in the tree, the form's note, the
    /// reports and the letter: the status, and beside it "late" when it is
    /// ("Postponed, late"). Lateness never replaces the status.
    static QString statusText(PlanItem::Status status, bool late);
    /// The same in the outline's French words, for CSV ("reporté, en retard").
    static QString statusOutlineText(PlanItem::Status status, bool late);

    static QString indicatorKindKey(PlanIndicator::Kind kind);
    static std::optional<PlanIndicator::Kind> indicatorKindFromKey(const QString &key);
    static QString indicatorKindLabel(PlanIndicator::Kind kind);
    static QList<PlanIndicator::Source> indicatorSources();
    static QString indicatorSourceKey(PlanIndicator::Source source);
    static std::optional<PlanIndicator::Source> indicatorSourceFromKey(const QString &key);
    /// "Typed by hand", "Projects accompanied"...
    static QString indicatorSourceLabel(PlanIndicator::Source source);

    /// True for "YYYY-MM" and "YYYY-MM-DD" naming a real month or day.
    static bool isValidDate(const QString &text);
    /// First day of the month or the day itself; invalid when empty or wrong.
    static QDate firstDay(const QString &text);
    /// Last day of the month or the day itself.
    static QDate lastDay(const QString &text);
    /// "juin 2012" or "1 juin 2012" in the interface language.
    static QString displayDate(const QString &text, QLocale::FormatType format = QLocale::LongFormat);
    /// Back from words: "juin 2012" gives "2012-06", "15 juin 2012"
    /// "2012-06-15"; ISO text is kept; anything else is returned as typed.
    static QString fromDisplayDate(const QString &text);
};
