#include "portraitoptionspage.h"

#include "models/observatory/observatoryengine.h"
#include "models/stores/referencestore.h"
#include "views/print/documentfactory.h"
#include "views/print/portraitdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PortraitOptionsPage::PortraitOptionsPage(const QString &connectionName, QWidget *parent)
    : PublicationPage(parent)
    , m_connectionName(connectionName)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The observatory's report for one year and one territory: the key figures, the charts of the "
                                "Observatoire tab, the tables by family, sector and EPCI, the evolution, the comparisons with the "
                                "region and France, the mobilisation of the actors at the council's events, and a method note "
                                "naming the source and year of each figure."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("portraitYear"));
    form->addRow(tr("&Year:"), m_year);
    m_territory = new QComboBox(this);
    m_territory->setObjectName(QStringLiteral("portraitTerritory"));
    form->addRow(tr("&Territory:"), m_territory);
    layout->addLayout(form);
    layout->addStretch();
}

void PortraitOptionsPage::reloadChoices()
{
    const QVariant year = m_year->currentData();
    const QVariant territory = m_territory->currentData();
    m_year->clear();
    QList<int> years = ObservatoryEngine(m_connectionName).years();
    std::reverse(years.begin(), years.end());
    for (int y : std::as_const(years))
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
    m_territory->clear();
    m_territory->addItem(tr("Whole territory"), QStringLiteral("all"));
    const ReferenceStore references(m_connectionName);
    for (const auto &e : references.epcis())
        m_territory->addItem(e.second, e.first);
    m_territory->insertSeparator(m_territory->count());
    for (const Commune &c : references.communes())
        m_territory->addItem(c.name, c.insee);
    m_territory->setCurrentIndex(territory.isValid() ? std::max(0, m_territory->findData(territory)) : 0);
}

std::unique_ptr<PrintDocument> PortraitOptionsPage::document(const DocumentFactory &factory, QString *error) const
{
    ObservatoryFilter filter;
    filter.year = m_year->currentData().toInt();
    ObservatoryEngine engine(m_connectionName);
    // The territories offered are the engine's own: any of them parses.
    engine.parseTerritory(m_territory->currentData().toString(), &filter);
    return factory.portrait(filter, error, &engine);
}
