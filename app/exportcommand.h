#pragma once

#include "councilidentity.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

/// `essaim export actors --format FMT -o OUT`: writes every non-archived
/// actor of the directory, by name, in one of the exchange formats (CSV for
/// French Excel or RFC 4180, vCard 4.0 of consenting contacts, GeoJSON,
/// static HTML site into a folder) and says in one line what was written and
/// what was left out for want of consent.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    /// csv, csv-rfc, vcf, geojson, html.
    static QStringList formats();

    /// Runs the export on an open database; the return value is the exit
    /// status: 0 written, 1 nothing written (unwritable file, refused folder),
    /// 2 unknown format.
    static int run(const QString &connectionName, const QString &format, const QString &output,
                   const CouncilIdentity &identity, QTextStream &out, QTextStream &err);
};
