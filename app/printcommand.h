#pragma once

#include "command.h"
#include "statscommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Database;
class DocumentFactory;
class PrintDocument;
class PublicationStore;
struct LetterContent;
class QCommandLineParser;

/// The headless "print" command: essaim --db FILE print
/// letter|plaquette|guide|observatory|plan|attendance|poster|labels
/// [OPTIONS] -o OUT.pdf (and --html OUT.html for the letter). Wrong input ends with one sentence and a non-zero
/// status: 2 for a usage mistake, 1 when the data cannot give the document.
class PrintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    QStringList names() const override { return {QStringLiteral("print")}; }
    QString help() const override;
    /// The options the command adds to the command line.
    QList<QCommandLineOption> options() const override;
    /// It needs fonts, so a GUI application on the offscreen platform.
    bool needsGui(const Invocation &) const override { return true; }
    /// Checks the words and options before the database is opened; 0 when fine.
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
    static QStringList documents();

private:
    /// The observatory's options, shared with the stats command.
    static StatsCommand::Options filterOptions(const QCommandLineParser &parser);
    /// --plan NAME (the latest plan when omitted), --from and --to (the
    /// plan's period up to today when omitted).
    static int planReport(Database &db, const DocumentFactory &factory, const QCommandLineParser &parser,
                          std::unique_ptr<PrintDocument> *document, QString *error);
    /// --from and --to (the year so far when omitted).
    static std::unique_ptr<PrintDocument> accompanimentReport(Database &db, const DocumentFactory &factory,
                                                              const QCommandLineParser &parser, QString *error);
    /// --issue N (the latest issue when omitted): the letter's content and document.
    static bool letterDocument(Database &db, const DocumentFactory &factory, const PublicationStore &publications,
                               const QCommandLineParser &parser, LetterContent *letter,
                               std::unique_ptr<PrintDocument> *document, QString *error);
};
