#pragma once

#include "command.h"
#include "models/domain/councilidentity.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

/// `essaim export actors --format FMT -o OUT`: writes every non-archived
/// actor of the directory, by name, in one of the exchange formats (CSV for
/// French Excel or RFC 4180, vCard 4.0 of consenting contacts, GeoJSON,
/// static HTML site into a folder) and says in one line what was written and
/// what was left out for want of consent.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QStringList names() const override;
    QString help() const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    /// 0 written, 1 nothing written (unwritable file, refused folder).
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

    /// csv, csv-rfc, vcf, geojson, html.
    static QStringList formats();

private:
    static int exportActors(const QString &connectionName, const QString &format, const QString &output,
                            const CouncilIdentity &identity, QTextStream &out, QTextStream &err);
};
