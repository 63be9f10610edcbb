#include "projectsbench.h"

#include "models/itemmodels/projecttablemodel.h"
#include "models/storage/database.h"
#include "models/stores/accompanimentreader.h"
#include "models/stores/actorstore.h"
#include "models/stores/publicationstore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "views/print/accompanimentreportdocument.h"
#include "views/print/documentoutput.h"
#include "views/print/printstyle.h"
#include "views/projectstab.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

#include <time.h>

namespace {

void print(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit << Qt::endl;
}

// Written with plain SQL in one transaction: the figure is the reading, not the writing.
/// CPU time of this thread, in ms: on a shared machine the wall time also
/// counts the time other programs had the processor.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

bool fill(const QString &connection, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    db.transaction();
    QSqlQuery contact(db), project(db), stage(db), holder(db), entry(db), funding(db);
    contact.prepare(QStringLiteral("INSERT INTO contacts(first_name, last_name) VALUES (?, ?)"));
    project.prepare(QStringLiteral("INSERT INTO projects(name, sector_id, commune_insee, stage, stage_since, jobs_expected, created_on, sort_key) "
                                   "VALUES (?, ?, ?, ?, ?, ?, '2025-01-01', essaim_sort_key(?))"));
    stage.prepare(QStringLiteral("INSERT INTO project_stages(project_id, stage, since, position) VALUES (?, ?, ?, 0)"));
    holder.prepare(QStringLiteral("INSERT INTO project_holders(project_id, contact_id) VALUES (?, ?)"));
    entry.prepare(QStringLiteral("INSERT INTO project_interactions(project_id, on_date, notes, next_step, next_step_due) VALUES (?, ?, ?, ?, ?)"));
    funding.prepare(QStringLiteral("INSERT INTO funding_requests(project_id, funder_name, asked_cents, granted_cents, status, submitted_on, decided_on) "
                                   "VALUES (?, ?, 1000000, 500000, 'granted', '2026-02-01', '2026-05-01')"));
    const QStringList stages{QStringLiteral("idea"), QStringLiteral("emergence"), QStringLiteral("feasibility"),
                             QStringLiteral("creation"), QStringLiteral("consolidation"), QStringLiteral("abandoned")};
    const QStringList communes{QStringLiteral("59392"), QStringLiteral("59249"), QStringLiteral("59036"), QStringLiteral("59481")};
    for (int p = 1; p <= 10000; ++p) {
        contact.addBindValue(QStringLiteral("Prénom%1").arg(p));
        contact.addBindValue(QStringLiteral("Nom%1").arg(p));
        const QString key = stages.at(p % stages.size());
        project.addBindValue(QStringLiteral("Projet n°%1").arg(p));
        project.addBindValue(1 + p % 20);
        project.addBindValue(communes.at(p % communes.size()));
        project.addBindValue(key);
        project.addBindValue(QStringLiteral("2026-03-01"));
        project.addBindValue(p % 7);
        project.addBindValue(QStringLiteral("Projet n°%1").arg(p));
        if (!contact.exec() || !project.exec()) {
            *error = project.lastError().text() + contact.lastError().text();
            return false;
        }
        const qint64 id = project.lastInsertId().toLongLong();
        stage.addBindValue(id);
        stage.addBindValue(key);
        stage.addBindValue(QStringLiteral("2026-03-01"));
        holder.addBindValue(id);
        holder.addBindValue(contact.lastInsertId());
        bool ok = stage.exec() && holder.exec();
        for (int e = 0; e < 10 && ok; ++e) {
            entry.addBindValue(id);
            entry.addBindValue(QDate(2026, 1 + e, 1 + p % 28).toString(Qt::ISODate));
            entry.addBindValue(QStringLiteral("Point d'étape"));
            entry.addBindValue(e == 9 ? QStringLiteral("Envoyer le dossier") : QString(QLatin1String("")));
            entry.addBindValue(e == 9 ? QDate(2026, 12, 1 + p % 28).toString(Qt::ISODate) : QString(QLatin1String("")));
            ok = entry.exec();
        }
        for (int f = 0; f < 2 && ok; ++f) {
            funding.addBindValue(id);
            funding.addBindValue(QStringLiteral("Financeur %1").arg(p % 40));
            ok = funding.exec();
        }
        if (!ok) {
            *error = entry.lastError().text() + stage.lastError().text() + funding.lastError().text();
            return false;
        }
    }
    return db.commit();
}

} // namespace

bool runProjectsBench(const QString &folder, QTextStream &out, QTextStream &err)
{
    const QString path = QDir(folder).filePath(QStringLiteral("projects-bench.essaim"));
    QFile::remove(path);
    {
        Database db;
        QString error;
        if (!db.open(path) || !fill(db.connectionName(), &error)) {
            err << "projects: " << db.errorString() << error << Qt::endl;
            return false;
        }
    }
    // Cold: a new connection on the file, nothing of it read yet.
    Database db;
    if (!db.open(path)) {
        err << "projects: " << db.errorString() << Qt::endl;
        return false;
    }
    const QString connection = db.connectionName();
    QElapsedTimer t;
    t.start();
    double cpu = threadCpuMs();
    ProjectStore store(connection);
    ActorStore actors(connection);
    SectorStore sectors(connection);
    ReferenceStore references(connection);
    QUndoStack undo;
    ProjectsTab tab(&store, &actors, &sectors, &references, &undo);
    tab.resize(1280, 760);
    tab.show();
    QApplication::processEvents();
    const double boardMs = double(t.nsecsElapsed()) / 1e6;
    const double boardCpu = threadCpuMs() - cpu;
    if (tab.model()->rowCount() != 10000) {
        err << "projects: the board shows " << tab.model()->rowCount() << " projects, not 10000" << Qt::endl;
        return false;
    }
    print(out, QStringLiteral("projects.board_open_ms"), boardMs, "ms");
    print(out, QStringLiteral("projects.board_open_ms.cpu"), boardCpu, "ms");

    t.restart();
    cpu = threadCpuMs();
    PublicationStore publications(connection);
    const PrintStyle style(publications.identity());
    AccompanimentReportDocument report(AccompanimentReader(connection).report(QDate(2026, 1, 1), QDate(2026, 12, 31)), style);
    const QString pdf = QDir(folder).filePath(QStringLiteral("projects-bench.pdf"));
    QString error;
    if (DocumentOutput::writePdf(report, report.defaultPageLayout(), pdf, &error) <= 0) {
        err << "projects: " << error << Qt::endl;
        return false;
    }
    print(out, QStringLiteral("projects.report_ms"), double(t.nsecsElapsed()) / 1e6, "ms");
    print(out, QStringLiteral("projects.report_ms.cpu"), threadCpuMs() - cpu, "ms");
    return true;
}
