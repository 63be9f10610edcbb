#include "democommand.h"

#include "commandline.h"
#include "models/demo/demodatabuilder.h"

#include <QDir>

QString DemoCommand::help() const
{
    return tr("demo: fill the database with the Sambre-Avesnois demo directory");
}

int DemoCommand::run(Session &session, const Invocation &, QTextStream &out, QTextStream &err) const
{
    DemoDataBuilder builder(session.connectionName());
    if (!builder.build()) {
        err << CommandLine::failure(builder.errorString()) << Qt::endl;
        return 1;
    }
    out << tr("The demo directory was written to “%1”: %n actor(s).", nullptr, builder.actorCount()).arg(QDir::toNativeSeparators(session.filePath()))
        << Qt::endl;
    return 0;
}
