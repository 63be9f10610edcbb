#include "addresslabelspage.h"

#include "views/print/documentfactory.h"
#include "views/print/labelsheetdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

AddressLabelsPage::AddressLabelsPage(QWidget *parent)
    : PublicationPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("audienceCombo"));
    m_audience->addItem(tr("Contacts who accept the Lettre de l'ESS"), int(PrintSourceStore::Audience::NewsletterContacts));
    m_audience->addItem(tr("Actors who accept publication"), int(PrintSourceStore::Audience::Actors));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    const QLocale locale;
    for (const LabelSheet &sheet : LabelSheet::all()) {
        m_sheet->addItem(tr("%1 × %2 labels of %3 × %4 mm")
                             .arg(sheet.columns)
                             .arg(sheet.rows)
                             .arg(locale.toString(sheet.label.width(), 'g', 4), locale.toString(sheet.label.height(), 'g', 4)),
                         sheet.name);
    }
    m_start = new QSpinBox(this);
    m_start->setObjectName(QStringLiteral("startSpin"));
    m_start->setRange(1, 21);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_start->setMaximum(LabelSheet::named(m_sheet->currentData().toString())->perSheet());
    });
    form->addRow(tr("&Addressees:"), m_audience);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&First free label:"), m_start);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Labels are counted across, then down, from the top-left one: start further on to finish a sheet already used."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch();
}

std::unique_ptr<PrintDocument> AddressLabelsPage::document(const DocumentFactory &factory, QString *error) const
{
    return factory.labels(PrintSourceStore::Audience(m_audience->currentData().toInt()),
                          *LabelSheet::named(m_sheet->currentData().toString()), m_start->value(), error);
}
