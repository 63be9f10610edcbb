#include "searchpicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

SearchPicker::SearchPicker(Provider provider, QWidget *parent)
    : QLineEdit(parent)
    , m_provider(std::move(provider))
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    setClearButtonEnabled(true);
    // The provider already filtered: show all it gave, whatever the letters.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &SearchPicker::refresh);
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const qint64 id = index.data(IdRole).toLongLong();
        const QString label = index.data().toString();
        // After the completer has written its text: clear for the next pick.
        QTimer::singleShot(0, this, [this] { clear(); });
        emit picked(id, label);
    });
}

void SearchPicker::refresh(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const Match &match : m_provider(text)) {
        auto *item = new QStandardItem(match.label);
        item->setData(match.id, IdRole);
        m_matches->appendRow(item);
    }
    m_completer->complete();
}
