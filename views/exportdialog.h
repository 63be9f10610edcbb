#pragma once

#include "directoryexporter.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks how to export the actors shown: the format (each with one line on
/// what leaves and whose consent it needs) and where, a file or, for the web
/// site, a folder, chosen with the matching file dialog. The destination
/// follows the format: changing the format changes the extension.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(int actorCount, QWidget *parent = nullptr);

    DirectoryExporter::Format format() const;
    void setFormat(DirectoryExporter::Format format);
    QString destination() const;
    void setDestination(const QString &path);

private:
    void chooseDestination();
    void onFormatChanged();
    void updateState();

    QButtonGroup *m_formats;
    QLineEdit *m_destination;
    QLabel *m_destinationLabel;
    QDialogButtonBox *m_buttons;
    DirectoryExporter::Format m_shownFormat = DirectoryExporter::Format::Csv;
};
