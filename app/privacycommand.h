#pragma once

#include "command.h"

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
class PrivacyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommand)

public:
    QStringList names() const override;
    /// The lines of `essaim --help` for these commands.
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    /// Whether the command prints a PDF (fonts need a GUI application).
    bool needsGui(const Invocation &invocation) const override;
    /// 0 when the words and options make sense, else 2 with the reason on @p err.
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

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
