#include "communelistdialog.h"

#include "models/stores/observatorystore.h"
#include "models/stores/referencestore.h"
#include "prompter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CommuneListDialog::CommuneListDialog(ObservatoryStore *store, ReferenceStore *references, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_lists(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_communes(new QListWidget(this))
{
    setObjectName(QStringLiteral("communeListDialog"));
    setWindowTitle(tr("Lists of communes"));
    resize(700, 560);
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_lists->setObjectName(QStringLiteral("communeLists"));
    left->addWidget(new QLabel(tr("Saved lists:"), this));
    left->addWidget(m_lists, 1);
    auto *newList = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New list"), this);
    newList->setObjectName(QStringLiteral("newCommuneList"));
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete list"), this);
    remove->setObjectName(QStringLiteral("removeCommuneList"));
    left->addWidget(newList);
    left->addWidget(remove);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    m_name->setObjectName(QStringLiteral("communeListName"));
    m_name->setPlaceholderText(tr("Name of the list, e.g. “Quartiers prioritaires”"));
    right->addWidget(m_name);
    m_communes->setObjectName(QStringLiteral("communeListMembers"));
    for (const Commune &c : references->communes()) {
        auto *item = new QListWidgetItem(c.name, m_communes);
        item->setData(Qt::UserRole, c.insee);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    right->addWidget(m_communes, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(m_lists, &QListWidget::currentRowChanged, this, &CommuneListDialog::showList);
    connect(newList, &QPushButton::clicked, this, [this] {
        m_lists->clearSelection();
        m_currentId = 0;
        m_name->clear();
        for (int i = 0; i < m_communes->count(); ++i)
            m_communes->item(i)->setCheckState(Qt::Unchecked);
        m_name->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, &CommuneListDialog::removeList);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommuneListDialog::saveList);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reloadLists();
}

void CommuneListDialog::reloadLists()
{
    m_lists->blockSignals(true);
    m_lists->clear();
    int current = -1;
    for (const ObservatoryStore::CommuneList &list : m_store->communeLists()) {
        auto *item = new QListWidgetItem(tr("%1 (%n commune(s))", nullptr, int(list.communes.size())).arg(list.name), m_lists);
        item->setData(Qt::UserRole, list.id);
        if (list.id == m_currentId)
            current = m_lists->count() - 1;
    }
    m_lists->setCurrentRow(current);
    m_lists->blockSignals(false);
}

void CommuneListDialog::showList(int row)
{
    const qint64 id = row >= 0 ? m_lists->item(row)->data(Qt::UserRole).toLongLong() : 0;
    for (const ObservatoryStore::CommuneList &list : m_store->communeLists()) {
        if (list.id != id)
            continue;
        m_currentId = id;
        m_name->setText(list.name);
        for (int i = 0; i < m_communes->count(); ++i) {
            QListWidgetItem *item = m_communes->item(i);
            item->setCheckState(list.communes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void CommuneListDialog::saveList()
{
    ObservatoryStore::CommuneList list;
    list.id = m_currentId;
    list.name = m_name->text().trimmed();
    for (int i = 0; i < m_communes->count(); ++i) {
        if (m_communes->item(i)->checkState() == Qt::Checked)
            list.communes << m_communes->item(i)->data(Qt::UserRole).toString();
    }
    if (list.name.isEmpty() || list.communes.isEmpty()) {
        Prompter::warning(this, tr("Lists of communes"), tr("Give the list a name and tick at least one commune."));
        return;
    }
    if (!m_store->saveCommuneList(list)) {
        Prompter::warning(this, tr("Lists of communes"),
                          tr("The list “%1” could not be saved (%2). Another list may have that name.").arg(list.name, m_store->errorString()));
        return;
    }
    m_currentId = list.id;
    reloadLists();
}

void CommuneListDialog::removeList()
{
    if (m_currentId <= 0)
        return;
    if (Prompter::question(this, tr("Lists of communes"), tr("Delete the list “%1”? The communes stay.").arg(m_name->text()),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_store->removeCommuneList(m_currentId);
    m_currentId = 0;
    m_name->clear();
    reloadLists();
}
