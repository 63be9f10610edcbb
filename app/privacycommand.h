#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class Database;
class QCommandLineParser;

/// The RGPD commands: `person find|export|erase|withdraw`, `retention` and
/// `privacy check|journal|register|notice`. Usage mistakes are found before
/// the database is opened (status 2).
class PrivacyCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommand)

public:
    /// The lines of `essaim --help` for these commands.
    static QString usage();
    static QList<QCommandLineOption> options();
    static QStringList valueOptionNames();
    static bool handles(const QString &command);
    /// Whether the command prints a PDF (fonts need a GUI application).
    static bool needsGui(const QStringList &arguments);
    /// 0 when the words and options make sense, else 2 with the reason on @p err.
    static int validate(const QStringList &words, const QCommandLineParser &parser, QTextStream &err);
    static int run(Database &db, const QStringList &words, const QCommandLineParser &parser, QTextStream &out,
                   QTextStream &err);

private:
    static int find(Database &db, const QString &text, QTextStream &out);
    static int exportPerson(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int erase(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int withdraw(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int retention(Database &db, const QCommandLineParser &parser, QTextStream &out);
    static int check(Database &db, QTextStream &out);
    static int journal(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int printRegister(Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
};
