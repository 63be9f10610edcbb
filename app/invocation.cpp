#include "invocation.h"

#include "commandtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

Invocation::Invocation(const QStringList &arguments)
{
    m_parser.addOptions(CommandTable::instance().allOptions());
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("essaim"));
    m_valid = m_parser.parse(argv);
    if (m_valid)
        m_words = m_parser.positionalArguments();
}

bool Invocation::opensFile() const
{
    return m_valid && m_words.size() == 1 && m_words.first().endsWith(QLatin1String(".essaim"), Qt::CaseInsensitive);
}

bool Invocation::isHeadless() const
{
    if (!m_valid || wantsHelp() || wantsVersion())
        return true;
    return !m_words.isEmpty() && !opensFile();
}

QString Invocation::language() const
{
    // Read even when another option is wrong: the mistake is said in the
    // language asked for.
    return m_parser.value(QStringLiteral("lang"));
}

QString Invocation::databasePath() const
{
    if (opensFile())
        return m_words.first();
    return value(QStringLiteral("db"));
}

QString Invocation::commandDatabasePath() const
{
    const QString named = value(QStringLiteral("db"));
    if (!named.isEmpty())
        return named;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("essaim.essaim"));
}
