#pragma once

#include "models/domain/callforprojects.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Reads calls for projects from a spreadsheet, all or nothing: columns
/// funder;title;sectors;families;opens;closes;amount;url (any order, by
/// name), UTF-8 or Windows-1252, ";" or ",". Dates as 2027-03-31 or
/// 31/03/2027, amounts as French numbers ("50 000", "120 000,50"), several
/// sectors or families in one cell parted by commas; families by code or
/// label ("association", "Coopératives").
class CallsCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CallsCsvReader)

public:
    bool readFile(const QString &path);
    bool readData(const QByteArray &bytes, const QString &name);

    QList<CallForProjects> calls() const { return m_calls; }
    QString errorString() const { return m_error; }

    static QStringList header();

private:
    bool read(class TabularFile &file);
    bool readRow(int line, const QStringList &fields, const QHash<QString, int> &index);
    bool fail(int line, const QString &why);

    QList<CallForProjects> m_calls;
    QString m_error;
};
