#include "importreport.h"

#include "csvwriter.h"

#include <QDir>
#include <QSaveFile>

QString ImportReport::summary() const
{
    const QString counts = tr("%1, %2, %3, %4, %5.")
                               .arg(tr("%n created", nullptr, created), tr("%n updated", nullptr, updated),
                                    tr("%n skipped", nullptr, skipped), tr("%n rejected", nullptr, rejected()),
                                    tr("%n imported with warnings", nullptr, warned));
    return dryRun ? tr("Dry run, nothing was written: %1").arg(counts) : counts;
}

QString ImportReport::describe(const RegisterChange &c)
{
    switch (c.kind) {
    case RegisterChange::Kind::New: return tr("new: %1 (%2)").arg(c.name, c.key);
    case RegisterChange::Kind::Closed: return tr("closed: %1 (%2)").arg(c.name, c.key);
    case RegisterChange::Kind::Reopened: return tr("active again: %1 (%2)").arg(c.name, c.key);
    case RegisterChange::Kind::Renamed: return tr("name changed: %1 -> %2 (%3)").arg(c.before, c.after, c.key);
    case RegisterChange::Kind::Moved: return tr("address changed: %1: %2 -> %3").arg(c.name, c.before, c.after);
    case RegisterChange::Kind::BandChanged: return tr("headcount band changed: %1: %2 -> %3").arg(c.name, c.before, c.after);
    }
    return {};
}

bool ImportReport::writeRejected(QIODevice *device) const
{
    CsvWriter writer(device, CsvWriter::Flavour::ExcelFrench);
    writer.writeRecord({QStringLiteral("fichier"), QStringLiteral("ligne"), QStringLiteral("kind"), QStringLiteral("motif")});
    for (const RejectedRow &r : rejectedRows)
        writer.writeRecord({r.file, QString::number(r.line), QStringLiteral("rejected"), r.reason});
    for (const RejectedRow &r : warningRows)
        writer.writeRecord({r.file, QString::number(r.line), QStringLiteral("warning"), r.reason});
    return true;
}

Outcome<bool> ImportReport::writeRejected(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Outcome<bool>::failure(
            tr("The report “%1” cannot be written (%2). Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    writeRejected(&file);
    if (!file.commit()) {
        return Outcome<bool>::failure(
            tr("The report “%1” cannot be written (%2). Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}
