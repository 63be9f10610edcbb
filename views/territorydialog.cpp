#include "territorydialog.h"

#include "territoryeditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

TerritoryDialog::TerritoryDialog(const QList<TerritorySpec> &specs, QWidget *parent)
    : QDialog(parent)
    , m_editor(new TerritoryEditor(this))
{
    setObjectName(QStringLiteral("territoryDialog"));
    setWindowTitle(tr("Territory of the council"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The communes the council covers, as intercommunalities (EPCI), départements and single communes. "
                                "No actor is removed: those that fall outside are shown as outside the territory."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("territoryButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_editor->setSpecs(specs);
    auto refresh = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(m_editor->communeCount() > 0); };
    connect(m_editor, &TerritoryEditor::specsChanged, this, refresh);
    refresh();
    resize(820, 480);
}

QList<TerritorySpec> TerritoryDialog::specs() const
{
    return m_editor->specs();
}
