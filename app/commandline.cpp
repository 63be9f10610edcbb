#include "commandline.h"

#include "commandtable.h"
#include "invocation.h"
#include "models/stores/session.h"

int CommandLine::run(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (!invocation.isValid()) {
        // Qt's sentence ends with its own full stop.
        QString why = invocation.errorText();
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        err << tr("essaim: %1. Run “essaim --help” for the list of options.").arg(why) << Qt::endl;
        return 2;
    }
    if (invocation.wantsHelp()) {
        out << CommandTable::instance().helpText();
        return 0;
    }
    if (invocation.wantsVersion()) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString lang = invocation.language();
    if (!lang.isEmpty() && lang != QLatin1String("fr") && lang != QLatin1String("en")) {
        err << tr("essaim: the language “%1” is not available; use fr or en.").arg(lang) << Qt::endl;
        return 2;
    }
    if (invocation.words().isEmpty()) {
        err << tr("essaim: no command given. Run “essaim --help” for the list of commands.") << Qt::endl;
        return 2;
    }
    const Command *command = CommandTable::instance().find(invocation.words());
    if (!command) {
        err << tr("essaim: unknown command “%1”. Run “essaim --help” for the list of commands.").arg(invocation.word(0)) << Qt::endl;
        return 2;
    }
    if (const int usage = command->checkUsage(invocation, err))
        return usage;
    const Command::DatabaseUse use = command->databaseUse(invocation);
    if (use == Command::DatabaseUse::None) {
        Session unopened;
        return command->run(unopened, invocation, out, err);
    }
    Session session;
    if (!session.open(invocation.commandDatabasePath(),
                      use == Command::DatabaseUse::Existing ? Database::OpenMode::OpenExisting : Database::OpenMode::CreateIfMissing)) {
        err << failure(session.errorString()) << Qt::endl;
        return 1;
    }
    return command->run(session, invocation, out, err);
}

QString CommandLine::failure(const QString &sentence)
{
    return tr("essaim: %1").arg(sentence);
}
