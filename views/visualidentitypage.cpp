#include "visualidentitypage.h"

#include "models/stores/publicationstore.h"
#include "models/undo/publicationeditcommand.h"
#include "prompter.h"
#include "views/print/letterbuilder.h"
#include "views/print/printdocument.h"

#include <QColorDialog>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

VisualIdentityPage::VisualIdentityPage(PublicationStore *store, QUndoStack *undoStack, QWidget *parent)
    : PublicationPage(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The council's identity, set once for every document: mastheads, headers and footers. "
                                "It is kept in the database, so it travels with the file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_councilName = new QLineEdit(this);
    m_councilName->setObjectName(QStringLiteral("councilName"));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("councilAddress"));
    m_address->setMaximumHeight(90);
    m_contactLine = new QLineEdit(this);
    m_contactLine->setObjectName(QStringLiteral("contactLine"));
    form->addRow(tr("Council &name:"), m_councilName);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Contact line:"), m_contactLine);
    form->addRow(tr("&Main colour:"), colourRow(&m_primary, QStringLiteral("primaryColor")));
    form->addRow(tr("&Second colour:"), colourRow(&m_secondary, QStringLiteral("secondaryColor")));
    form->addRow(tr("Logo:"), logoRow());
    layout->addLayout(form);
    auto *save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save the identity"), this);
    save->setObjectName(QStringLiteral("saveIdentityButton"));
    connect(save, &QPushButton::clicked, this, &VisualIdentityPage::saveIdentity);
    layout->addWidget(save, 0, Qt::AlignLeft);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("identityRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    layout->addWidget(m_refusal);
    layout->addStretch();
    connect(m_store, &PublicationStore::identityChanged, this, &VisualIdentityPage::reloadIdentity);
    reloadIdentity();
}

QWidget *VisualIdentityPage::colourRow(QLineEdit **edit, const QString &name)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    *edit = new QLineEdit(row);
    (*edit)->setObjectName(name);
    (*edit)->setInputMask(QStringLiteral("\\#HHHHHH"));
    auto *pick = new QPushButton(tr("Choose…"), row);
    QLineEdit *target = *edit;
    connect(pick, &QPushButton::clicked, this, [this, target] {
        const QColor c = QColorDialog::getColor(QColor(target->text()), this);
        if (c.isValid())
            target->setText(c.name());
    });
    h->addWidget(*edit);
    h->addWidget(pick);
    h->addStretch();
    return row;
}

QWidget *VisualIdentityPage::logoRow()
{
    auto *row = new QWidget(this);
    auto *logoLayout = new QHBoxLayout(row);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    m_logoPreview = new QLabel(row);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(160, 80);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *choose = new QPushButton(tr("Choose a &logo…"), row);
    choose->setObjectName(QStringLiteral("chooseLogoButton"));
    auto *clear = new QPushButton(tr("No logo"), row);
    clear->setObjectName(QStringLiteral("clearLogoButton"));
    connect(choose, &QPushButton::clicked, this, &VisualIdentityPage::chooseLogo);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updateLogoPreview();
    });
    logoLayout->addWidget(m_logoPreview);
    logoLayout->addWidget(choose);
    logoLayout->addWidget(clear);
    logoLayout->addStretch();
    return row;
}

std::unique_ptr<PrintDocument> VisualIdentityPage::document(const DocumentFactory &, QString *) const
{
    return nullptr;
}

void VisualIdentityPage::reloadIdentity()
{
    const CouncilIdentity identity = m_store->identity();
    m_councilName->setText(identity.name);
    m_address->setPlainText(identity.address);
    m_contactLine->setText(identity.contactLine);
    m_primary->setText(identity.primary.name());
    m_secondary->setText(identity.secondary.name());
    m_logo = identity.logo;
    updateLogoPreview();
}

void VisualIdentityPage::updateLogoPreview()
{
    CouncilIdentity identity;
    identity.logo = m_logo;
    const QImage image = LetterBuilder::logoImage(identity, 80);
    m_logoPreview->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
    m_logoPreview->setText(image.isNull() ? tr("(no logo)") : QString());
}

void VisualIdentityPage::chooseLogo()
{
    const QString path = Prompter::openFileName(this, tr("Choose a logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                tr("Images (*.svg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    CouncilIdentity probe;
    probe.logo = bytes;
    if (bytes.isEmpty() || LetterBuilder::logoImage(probe, 40).isNull()) {
        Prompter::warning(this, tr("Choose a logo"), tr("“%1” is not an SVG or PNG image that Essaim can read. Choose another file.")
                                                         .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_logo = bytes;
    updateLogoPreview();
}

void VisualIdentityPage::setRefusal(const QString &why)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (!qobject_cast<QLabel *>(w))
            w->setEnabled(why.isEmpty());
    }
    m_refusal->setText(why);
    m_refusal->setVisible(!why.isEmpty());
}

bool VisualIdentityPage::saveIdentity()
{
    if (!m_refusal->text().isEmpty())
        return false;
    const CouncilIdentity before = m_store->identity();
    CouncilIdentity after;
    after.name = m_councilName->text().trimmed();
    after.address = m_address->toPlainText().trimmed();
    after.contactLine = m_contactLine->text().trimmed();
    after.logo = m_logo;
    after.primary = QColor(m_primary->text()).isValid() ? QColor(m_primary->text()) : before.primary;
    after.secondary = QColor(m_secondary->text()).isValid() ? QColor(m_secondary->text()) : before.secondary;
    if (after == before)
        return true;
    auto *command = new PublicationEditCommand(m_store, before, after, tr("Edit the visual identity"));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Save the identity"), m_store->errorString());
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(tr("The visual identity is saved: every document uses it from now on."));
    return true;
}
