#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

/// The command line, parsed once, with every option of the command table,
/// before the application object exists: whether a window is wanted, the
/// language, the database, the command's words and options.
class Invocation
{
public:
    /// @p arguments is argv without the program.
    explicit Invocation(const QStringList &arguments);
    Invocation(const Invocation &) = delete;
    Invocation &operator=(const Invocation &) = delete;

    /// False when an option is unknown or lacks its value (errorText() says which).
    bool isValid() const { return m_valid; }
    QString errorText() const { return m_parser.errorText(); }

    /// True when no window is wanted: a command, --help, --version, or a
    /// mistake to report. A lone .essaim file (a file manager's "open
    /// with") opens the window on it.
    bool isHeadless() const;
    bool wantsHelp() const { return m_valid && m_parser.isSet(QStringLiteral("help")); }
    bool wantsVersion() const { return m_valid && m_parser.isSet(QStringLiteral("version")); }
    /// --lang, empty when not given.
    QString language() const;
    /// The database named by --db (or the lone .essaim file), empty when none.
    QString databasePath() const;
    /// The database a command works on: the one named, else the user's default one.
    QString commandDatabasePath() const;

    /// The words after the options: the command, its object, its files.
    QStringList words() const { return m_words; }
    QString word(int index) const { return m_words.value(index); }
    bool isSet(const QString &option) const { return m_valid && m_parser.isSet(option); }
    QString value(const QString &option) const { return m_valid ? m_parser.value(option) : QString(); }
    const QCommandLineParser &parser() const { return m_parser; }

private:
    bool opensFile() const;

    QCommandLineParser m_parser;
    QStringList m_words;
    bool m_valid = false;
};
