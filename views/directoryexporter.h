#pragma once

#include "models/domain/councilidentity.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class QWidget;

/// The Annuaire's export: asks in which format and where (ExportDialog: CSV
/// for French Excel, CSV RFC 4180, vCard, GeoJSON, static web site), then
/// writes the actors shown, in the order shown. The dialogs go through
/// Prompter so that tests answer them.
class DirectoryExporter
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryExporter)

public:
    enum class Format { Csv, CsvRfc, VCard, GeoJson, Site };

    DirectoryExporter(const QString &connectionName, const CouncilIdentity &identity);

    /// Runs the whole exchange; returns the sentence for the status bar,
    /// empty when the user cancelled or the export failed (already said).
    QString run(QWidget *parent, const std::vector<qint32> &ids);

    /// Exports without asking (the dialog already answered).
    bool exportTo(Format format, const QString &path, const std::vector<qint32> &ids, QString *summary);
    QString errorString() const { return m_error; }

    static QString key(Format format);
    static Format formatForKey(const QString &key);

private:
    QString m_connectionName;
    CouncilIdentity m_identity;
    QString m_error;
};
