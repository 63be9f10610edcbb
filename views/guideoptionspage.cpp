#include "guideoptionspage.h"

#include "views/print/bookletdocument.h"
#include "views/print/documentfactory.h"
#include "views/print/pagesetupmemory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPageSize>
#include <QVBoxLayout>

GuideOptionsPage::GuideOptionsPage(QWidget *parent)
    : PublicationPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The printed directory: a cover, the contents, every actor who accepts publication (only the "
                                "contacts who accepted the guide), sorted by name, and an alphabetical index. Two columns on A4, "
                                "one on A5: choose the paper in the page set-up."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_groupBy->addItem(tr("By sector of activity"), int(GuideDocument::GroupBy::Sector));
    m_groupBy->addItem(tr("By commune"), int(GuideDocument::GroupBy::Commune));
    form->addRow(tr("&Group the actors:"), m_groupBy);
    m_booklet = new QCheckBox(tr("Print as an A5 &booklet (two pages per A4 sheet, to fold)"), this);
    m_booklet->setObjectName(QStringLiteral("guideBooklet"));
    m_booklet->setToolTip(tr("Print on both sides of the sheets, flipping on the short edge, then fold the stack in the middle."));
    connect(m_booklet, &QCheckBox::toggled, this, &PublicationPage::outputChanged);
    form->addRow(QString(), m_booklet);
    layout->addLayout(form);
    layout->addStretch();
}

bool GuideOptionsPage::hasPageSetup() const
{
    return !m_booklet->isChecked();
}

std::unique_ptr<PrintDocument> GuideOptionsPage::document(const DocumentFactory &factory, QString *) const
{
    auto guide = factory.guide(GuideDocument::GroupBy(m_groupBy->currentData().toInt()));
    if (!m_booklet->isChecked())
        return guide;
    // Margins chosen for the guide on A5 suit its booklet's pages; those chosen for A4 do not.
    const QPageLayout chosen = PageSetupMemory::layoutFor(*guide);
    const QMarginsF margins = chosen.pageSize().id() == QPageSize::A5 ? chosen.margins(QPageLayout::Millimeter)
                                                                      : BookletDocument::defaultInnerMargins();
    return std::make_unique<BookletDocument>(std::move(guide), margins);
}
