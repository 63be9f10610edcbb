#pragma once

#include "guidedocument.h"
#include "labelsheet.h"
#include "lettercontent.h"
#include "models/domain/plaquettepanel.h"
#include "models/stores/printsourcestore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class AttendanceSheetDocument;
class LabelSheetDocument;
class ObservatoryEngine;
class LetterDocument;
class PlanReportDocument;
class PlaquetteDocument;
class PortraitDocument;
class PosterDocument;
class PublicationStore;
struct ObservatoryFilter;
struct Occurrence;
struct PlanItem;
struct PlanProgressRow;

/// Builds each printed document from the open database: the one place
/// where the stores' data become the builders' plain input, for the
/// Publications tab and the command line alike.
///
/// The letter's agenda and plan sections and the observatory's chart come
/// from other capabilities: letterContent() is where they are filled in.
class DocumentFactory
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFactory)

public:
    DocumentFactory(const QString &connectionName, const PublicationStore *publications);

    PrintStyle style() const;
    std::unique_ptr<GuideDocument> guide(GuideDocument::GroupBy groupBy) const;
    /// Null with @p error set when nobody is on the list.
    std::unique_ptr<LabelSheetDocument> labels(PrintSourceStore::Audience audience, const LabelSheet &sheet, int start,
                                               QString *error) const;
    std::unique_ptr<PlaquetteDocument> plaquette() const;
    /// The plaquette with @p panels, as a form shows them before they are saved.
    std::unique_ptr<PlaquetteDocument> plaquette(const QList<PlaquettePanel> &panels) const;
    LetterContent letterContent(const LetterIssue &issue) const;
    std::unique_ptr<LetterDocument> letter(const LetterIssue &issue) const;

    /// The observatory's report for @p filter (year 0: the latest with
    /// figures); null with @p error set when no actor counts there. An
    /// @p engine already loaded (it read the territory) saves reading the
    /// directory again.
    std::unique_ptr<PortraitDocument> portrait(const ObservatoryFilter &filter, QString *error, ObservatoryEngine *engine = nullptr) const;
    /// The plan's progress report over [@p from, @p to]: actions late at
    /// @p to, journal entries of the period. Null with @p error set when the
    /// plan is gone or holds no action.
    std::unique_ptr<PlanReportDocument> planReport(qint64 planId, const QDate &from, const QDate &to, QString *error) const;
    /// The attendance sheet and the poster of one occurrence of an event.
    std::unique_ptr<AttendanceSheetDocument> attendanceSheet(const Occurrence &occurrence, QString *error) const;
    std::unique_ptr<PosterDocument> poster(const Occurrence &occurrence, QString *error) const;
    /// The occurrence of the event @p uid on @p day (an invalid day: the
    /// next one from today, else the last one); false with @p error set.
    bool findOccurrence(const QString &uid, const QDate &day, Occurrence *occurrence, QString *error) const;

    /// The RGPD notice printed at the foot of attendance sheets.
    QString attendanceNotice() const;

private:
    /// The plan's actions under their objective, late on @p at as
    /// PlanTree::isLate says (the one rule of lateness).
    static QList<PlanProgressRow> progressRows(const QList<PlanItem> &items, const QDate &at);
    /// The calls that close on @p date or later, by closing date then title.
    static QList<CallForProjects> openCalls(const QList<CallForProjects> &calls, const QDate &date);

    QString m_connectionName;
    const PublicationStore *m_publications;
};
