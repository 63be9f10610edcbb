#include "plaquettetextspage.h"

#include "models/stores/publicationstore.h"
#include "models/undo/publicationeditcommand.h"
#include "prompter.h"
#include "views/print/documentfactory.h"
#include "views/print/plaquettedocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

PlaquetteTextsPage::PlaquetteTextsPage(PublicationStore *store, QUndoStack *undoStack, QWidget *parent)
    : PublicationPage(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A tri-fold A4 brochure: the outside carries the flap that folds in, the back and the cover; "
                                "the inside three panels. Blank lines part paragraphs; lines starting with “- ” are bullets."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("panelTabs"));
    const QStringList names = {tr("Outside, left (flap)"), tr("Outside, middle (back)"), tr("Outside, right (cover)"),
                               tr("Inside, left"), tr("Inside, middle (key figures)"), tr("Inside, right")};
    for (int i = 0; i < names.size(); ++i) {
        auto *panel = new QWidget(tabs);
        auto *form = new QFormLayout(panel);
        auto *title = new QLineEdit(panel);
        title->setObjectName(QStringLiteral("panelTitle%1").arg(i));
        auto *body = new QPlainTextEdit(panel);
        body->setObjectName(QStringLiteral("panelBody%1").arg(i));
        form->addRow(tr("&Title:"), title);
        form->addRow(tr("&Text:"), body);
        m_panelTitles << title;
        m_panelBodies << body;
        tabs->addTab(panel, names.at(i));
    }
    layout->addWidget(tabs);
    auto *save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save the texts"), this);
    save->setObjectName(QStringLiteral("savePlaquetteButton"));
    connect(save, &QPushButton::clicked, this, &PlaquetteTextsPage::savePlaquette);
    layout->addWidget(save, 0, Qt::AlignLeft);
    connect(m_store, &PublicationStore::plaquetteChanged, this, &PlaquetteTextsPage::reloadPlaquette);
    reloadPlaquette();
}

std::unique_ptr<PrintDocument> PlaquetteTextsPage::document(const DocumentFactory &factory, QString *) const
{
    // What the form shows, saved or not.
    QList<PlaquettePanel> panels = m_store->plaquettePanels();
    for (int i = 0; i < panels.size() && i < m_panelTitles.size(); ++i) {
        panels[i].title = m_panelTitles.at(i)->text();
        panels[i].body = m_panelBodies.at(i)->toPlainText();
    }
    return factory.plaquette(panels);
}

void PlaquetteTextsPage::reloadPlaquette()
{
    const QList<PlaquettePanel> panels = m_store->plaquettePanels();
    for (int i = 0; i < panels.size() && i < m_panelTitles.size(); ++i) {
        m_panelTitles.at(i)->setText(panels.at(i).title);
        m_panelBodies.at(i)->setPlainText(panels.at(i).body);
    }
}

bool PlaquetteTextsPage::savePlaquette()
{
    const QList<PlaquettePanel> before = m_store->plaquettePanels();
    QList<PlaquettePanel> after = before;
    for (int i = 0; i < after.size() && i < m_panelTitles.size(); ++i) {
        after[i].title = m_panelTitles.at(i)->text();
        after[i].body = m_panelBodies.at(i)->toPlainText();
    }
    if (after == before)
        return true;
    auto *command = new PublicationEditCommand(m_store, before, after, tr("Edit the plaquette"));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Save the plaquette"), m_store->errorString());
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(tr("The plaquette's texts are saved."));
    return true;
}
