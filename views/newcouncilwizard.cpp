#include "newcouncilwizard.h"

#include "models/demo/demodatabuilder.h"
#include "prompter.h"
#include "territoryeditor.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace {

/// A page whose Next button waits for @p complete to hold.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }
    void recheck() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

} // namespace

NewCouncilWizard::NewCouncilWizard(const QString &suggestedPath, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newCouncilWizard"));
    setWindowTitle(tr("New council"));
    setWizardStyle(QWizard::ClassicStyle);
    addPage(buildIdentityPage());
    addPage(buildTerritoryPage());
    addPage(buildFilePage());
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    resize(820, 560);
}

QWizardPage *NewCouncilWizard::buildIdentityPage()
{
    auto *page = new CheckedPage([this] { return !m_name->text().trimmed().isEmpty(); });
    page->setObjectName(QStringLiteral("councilIdentityPage"));
    page->setTitle(tr("The council"));
    page->setSubTitle(tr("Its name, address and logo head every document and the web site of the directory. "
                         "They can be changed later in the Publications tab."));
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("councilName"));
    m_name->setPlaceholderText(tr("Conseil local de l'ESS du Pays de Grasse"));
    form->addRow(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("councilAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Address:"), m_address);
    auto *logoRow = new QHBoxLayout;
    m_logo = new QLineEdit(page);
    m_logo->setObjectName(QStringLiteral("councilLogo"));
    m_logo->setPlaceholderText(tr("An SVG or PNG file (optional)"));
    auto *browse = new QPushButton(tr("&Choose…"), page);
    connect(browse, &QPushButton::clicked, this, &NewCouncilWizard::chooseLogo);
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    // A row of a layout gets no buddy by itself: without one "&" would show.
    auto *logoLabel = new QLabel(tr("&Logo:"), page);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    return page;
}

QWizardPage *NewCouncilWizard::buildTerritoryPage()
{
    m_territory = new TerritoryEditor;
    auto *page = new CheckedPage([this] { return m_territory->communeCount() > 0; });
    connect(m_territory, &TerritoryEditor::specsChanged, page, &CheckedPage::recheck);
    page->setObjectName(QStringLiteral("councilTerritoryPage"));
    page->setTitle(tr("The territory"));
    page->setSubTitle(tr("Add the intercommunalities (EPCI), départements or single communes the council covers. "
                         "Actors elsewhere in France can still be entered: they are shown as outside the territory."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_territory, 1);
    auto *demoRow = new QHBoxLayout;
    auto *demo = new QPushButton(tr("Sambre-Avesnois &demo"), page);
    demo->setObjectName(QStringLiteral("sambreDemoButton"));
    demo->setToolTip(tr("The fictional council of Sambre-Avesnois (its four EPCIs), with its demo directory, agenda and plan."));
    connect(demo, &QPushButton::clicked, this, &NewCouncilWizard::chooseDemo);
    m_demo = new QCheckBox(tr("Fill with the demo directory"), page);
    m_demo->setObjectName(QStringLiteral("withDemo"));
    demoRow->addWidget(demo);
    demoRow->addWidget(m_demo);
    demoRow->addStretch();
    layout->addLayout(demoRow);
    return page;
}

QWizardPage *NewCouncilWizard::buildFilePage()
{
    auto *page = new CheckedPage([this] { return !m_path->text().trimmed().isEmpty(); });
    page->setObjectName(QStringLiteral("councilFilePage"));
    page->setTitle(tr("The file"));
    page->setSubTitle(tr("Everything the council records stays in this one file, backed up every day next to it."));
    auto *form = new QFormLayout(page);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("councilFile"));
    auto *browse = new QPushButton(tr("C&hoose…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        QString path = Prompter::saveFileName(this, tr("New council"), m_path->text(), tr("Essaim databases (*.essaim)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".essaim");
        m_path->setText(QDir::toNativeSeparators(path));
    });
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Database file:"), page);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, row);
    connect(m_path, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    return page;
}

void NewCouncilWizard::chooseLogo()
{
    const QString path = Prompter::openFileName(this, tr("Logo of the council"), QString(), tr("Images (*.svg *.png)"));
    if (!path.isEmpty())
        m_logo->setText(QDir::toNativeSeparators(path));
}

void NewCouncilWizard::chooseDemo()
{
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(tr("Conseil local de l'ESS Sambre-Avesnois"));
    m_territory->setSpecs(DemoDataBuilder::sambreAvesnois());
    m_demo->setChecked(true);
}

CouncilIdentity NewCouncilWizard::identity() const
{
    CouncilIdentity identity;
    identity.name = m_name->text().trimmed();
    identity.address = m_address->toPlainText().trimmed();
    QFile logo(QDir::fromNativeSeparators(m_logo->text().trimmed()));
    if (!m_logo->text().trimmed().isEmpty() && logo.open(QIODevice::ReadOnly))
        identity.logo = logo.readAll();
    return identity;
}

QList<TerritorySpec> NewCouncilWizard::territory() const
{
    return m_territory->specs();
}

QString NewCouncilWizard::filePath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".essaim");
    return path;
}

bool NewCouncilWizard::withDemo() const
{
    return m_demo->isChecked();
}
