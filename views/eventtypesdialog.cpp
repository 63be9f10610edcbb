#include "eventtypesdialog.h"

#include "models/domain/textkey.h"
#include "models/stores/eventstore.h"
#include "prompter.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace {

std::function<QColor(const QColor &)> s_colorChooser;

QIcon swatch(const QColor &c)
{
    QPixmap pix(16, 16);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setBrush(c);
    p.setPen(c.darker(130));
    p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    return QIcon(pix);
}

} // namespace

void EventTypesDialog::setColorChooser(std::function<QColor(const QColor &)> chooser)
{
    s_colorChooser = std::move(chooser);
}

EventTypesDialog::EventTypesDialog(EventStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_types(store->types())
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("eventTypesDialog"));
    setWindowTitle(tr("Event types"));
    m_list->setObjectName(QStringLiteral("typeList"));
    for (const EventType &t : m_types) {
        auto *item = new QListWidgetItem(swatch(t.color), t.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addTypeButton"));
    auto *color = new QPushButton(tr("&Colour…"), this);
    color->setObjectName(QStringLiteral("typeColorButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addType(tr("New type"), QColor(0x80, 0x8b, 0x96));
        m_list->editItem(m_list->item(m_list->count() - 1));
    });
    connect(color, &QPushButton::clicked, this, &EventTypesDialog::chooseColor);
    connect(m_list, &QListWidget::itemDoubleClicked, m_list, &QListWidget::editItem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(color, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventTypesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

void EventTypesDialog::addType(const QString &name, const QColor &color)
{
    EventType t;
    t.name = name;
    t.color = color;
    m_types << t;
    auto *item = new QListWidgetItem(swatch(color), name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
}

void EventTypesDialog::setColor(int row, const QColor &color)
{
    if (row < 0 || row >= m_types.size() || !color.isValid())
        return;
    m_types[row].color = color;
    m_list->item(row)->setIcon(swatch(color));
}

void EventTypesDialog::chooseColor()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const QColor current = m_types.at(row).color;
    const QColor chosen = s_colorChooser ? s_colorChooser(current) : QColorDialog::getColor(current, this, tr("Colour of the type"));
    setColor(row, chosen);
}

bool EventTypesDialog::save()
{
    QSet<QString> names;
    for (int i = 0; i < m_types.size(); ++i) {
        const QString name = m_list->item(i)->text().trimmed();
        if (name.isEmpty() || names.contains(TextKey::fold(name))) {
            Prompter::warning(this, tr("Event types"),
                              name.isEmpty() ? tr("Every type needs a name.") : tr("There are two types called “%1”: give them different names.").arg(name));
            return false;
        }
        names.insert(TextKey::fold(name));
        m_types[i].name = name;
    }
    const QList<EventType> stored = m_store->types();
    for (EventType &t : m_types) {
        bool changed = t.id == 0;
        for (const EventType &s : stored) {
            if (s.id == t.id)
                changed = s.name != t.name || s.color != t.color;
        }
        if (changed && !m_store->saveType(t)) {
            Prompter::warning(this, tr("Event types"), tr("The types could not be saved (%1).").arg(m_store->errorString()));
            return false;
        }
    }
    return true;
}

void EventTypesDialog::accept()
{
    if (save())
        QDialog::accept();
}
