#pragma once

#include "csvwriter.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

/// Writes actors to CSV in a given order: one line per actor, French column
/// names, the headcount of the latest year. The file is replaced only once
/// it is complete, so a failed export never leaves half a file.
class ActorCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(ActorCsvExporter)

public:
    explicit ActorCsvExporter(const QString &connectionName);

    bool exportTo(const QString &path, const std::vector<qint32> &ids, CsvWriter::Flavour flavour);
    bool write(QIODevice *device, const std::vector<qint32> &ids, CsvWriter::Flavour flavour);
    /// Ids of every non-archived actor, by name (the command line's export).
    std::vector<qint32> activeIdsByName() const;
    QString errorString() const { return m_error; }

    static QStringList header();

private:
    QString m_connectionName;
    QString m_error;
};
