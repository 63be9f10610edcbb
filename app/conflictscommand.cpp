#include "conflictscommand.h"

#include "commandline.h"
#include "invocation.h"
#include "models/interchange/csvwriter.h"
#include "models/sync/conflictstore.h"

#include <QBuffer>

QString ConflictsCommand::help() const
{
    return tr("conflicts --format csv: the conflicts of the synchronisation that wait for a choice");
}

int ConflictsCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    const QString format = invocation.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("csv")) {
        err << CommandLine::failure(tr("conflicts are listed as csv only (--format csv).")) << Qt::endl;
        return 2;
    }
    return 0;
}

int ConflictsCommand::run(Session &session, const Invocation &, QTextStream &out, QTextStream &err) const
{
    ConflictStore store(session.connectionName());
    const std::optional<QList<SyncConflict>> conflicts = store.open();
    if (!conflicts) {
        err << CommandLine::failure(store.errorString()) << Qt::endl;
        return 1;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Flavour::ExcelFrench);
    writer.writeRecord({QStringLiteral("record"), QStringLiteral("field"), QStringLiteral("local_value"), QStringLiteral("server_value"),
                        QStringLiteral("local_by"), QStringLiteral("server_by"), QStringLiteral("local_at"), QStringLiteral("server_at")});
    for (const SyncConflict &c : *conflicts) {
        const bool whole = c.field.isEmpty();
        writer.writeRecord({c.record, c.field, ConflictStore::displayValue(c.localValue, whole), ConflictStore::displayValue(c.serverValue, whole),
                            c.localBy, c.serverBy, c.localAt, c.serverAt});
    }
    out.flush();
    out << QString::fromUtf8(buffer.data());
    return 0;
}
