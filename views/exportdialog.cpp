#include "exportdialog.h"

#include "prompter.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
using Format = DirectoryExporter::Format;

QString suffixOf(Format format)
{
    switch (format) {
    case Format::Csv:
    case Format::CsvRfc: return QStringLiteral(".csv");
    case Format::VCard: return QStringLiteral(".vcf");
    case Format::GeoJson: return QStringLiteral(".geojson");
    case Format::Site: return QString();
    }
    return {};
}
} // namespace

ExportDialog::ExportDialog(int actorCount, QWidget *parent)
    : QDialog(parent)
    , m_formats(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the actors shown"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%n actor(s) shown, after the search and the filters, in the order of the table.", nullptr, actorCount), this);
    intro->setObjectName(QStringLiteral("exportIntro"));
    layout->addWidget(intro);

    struct Choice {
        Format format;
        const char *object;
        QString title;
        QString detail;
    };
    const Choice choices[] = {
        {Format::Csv, "formatCsv", tr("Spreadsheet for Excel (semicolon)"),
         tr("Every actor shown; opens as is in Excel set up in French (UTF-8 with BOM, columns parted by semicolons).")},
        {Format::CsvRfc, "formatCsvRfc", tr("Standard spreadsheet (comma)"),
         tr("Every actor shown; for LibreOffice, a database or other tools (CSV RFC 4180: plain UTF-8, columns parted by commas).")},
        {Format::VCard, "formatVCard", tr("vCard 4.0, for address books"),
         tr("The contacts of these actors who consented to the publication of their details.")},
        {Format::GeoJson, "formatGeoJson", tr("GeoJSON, for uMap or GoGoCarto"),
         tr("The actors who consented to publication, placed at the centre of their commune.")},
        {Format::Site, "formatSite", tr("Static web site of the public directory"),
         tr("A folder to put online or open as is: search, filters, one page per actor who consented to publication.")},
    };
    for (const Choice &c : choices) {
        auto *button = new QRadioButton(c.title, this);
        button->setObjectName(QString::fromLatin1(c.object));
        m_formats->addButton(button, int(c.format));
        layout->addWidget(button);
        auto *detail = new QLabel(c.detail, this);
        detail->setWordWrap(true);
        detail->setContentsMargins(button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8, 0, 0, 4);
        QFont small = detail->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        detail->setFont(small);
        detail->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(detail);
    }

    auto *row = new QHBoxLayout;
    m_destinationLabel = new QLabel(this);
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destinationEdit"));
    m_destination->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_destinationLabel->setBuddy(m_destination);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseDestinationButton"));
    row->addWidget(m_destinationLabel);
    row->addWidget(m_destination, 1);
    row->addWidget(choose);
    layout->addSpacing(6);
    layout->addLayout(row);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("exportButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_formats, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onFormatChanged();
    });
    setFormat(Format::Csv);
}

DirectoryExporter::Format ExportDialog::format() const
{
    return Format(std::max(0, m_formats->checkedId()));
}

void ExportDialog::setFormat(Format format)
{
    m_formats->button(int(format))->setChecked(true);
    onFormatChanged();
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::onFormatChanged()
{
    const Format format = this->format();
    // The destination follows the format: "acteurs.csv" becomes
    // "acteurs.vcf", "acteurs" for the site's folder.
    QString path = destination();
    if (!path.isEmpty() && format != m_shownFormat) {
        const QString old = suffixOf(m_shownFormat);
        if (!old.isEmpty() && path.endsWith(old, Qt::CaseInsensitive))
            path.chop(old.size());
        path += suffixOf(format);
        m_destination->setText(path);
    }
    m_shownFormat = format;
    m_destinationLabel->setText(format == Format::Site ? tr("&Folder:") : tr("&File:"));
    updateState();
}

void ExportDialog::chooseDestination()
{
    const Format format = this->format();
    QString path;
    if (format == Format::Site) {
        path = Prompter::existingDirectory(this, tr("Folder of the web site"), destination());
    } else {
        const QString filter = format == Format::VCard ? tr("vCard (*.vcf)")
            : format == Format::GeoJson                ? tr("GeoJSON (*.geojson)")
                                                       : tr("CSV (*.csv)");
        path = Prompter::saveFileName(this, tr("Export the actors shown"), destination(), filter);
        if (!path.isEmpty() && !path.endsWith(suffixOf(format), Qt::CaseInsensitive))
            path += suffixOf(format);
    }
    if (!path.isEmpty())
        setDestination(path);
}

void ExportDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!destination().isEmpty());
}
