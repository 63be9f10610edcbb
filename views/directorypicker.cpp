#include "directorypicker.h"

#include <QAbstractItemView>
#include <QCompleter>

DirectoryPicker::DirectoryPicker(const QString &connectionName, DirectoryPickerModel::Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_model(new DirectoryPickerModel(connectionName, kind, this))
    , m_completer(new QCompleter(m_model, this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(kind == DirectoryPickerModel::Kind::Actors ? tr("Type an actor's name or acronym")
                                                                  : tr("Type a contact's or a structure's name"));
    // The model holds only the matches already: the completer shows them as
    // they are, without filtering again (which would undo the accent folding).
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(DirectoryPickerModel::NameRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(objectName() + QStringLiteral("Popup"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { chooseOffer(index.row()); });
    connect(this, &QLineEdit::textEdited, this, &DirectoryPicker::lookUp);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_id == 0 && m_model->rowCount() == 1)
            chooseOffer(0);
    });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_completer->popup()->isVisible())
            return;
        if (m_addMode) {
            if (m_id == 0)
                clear();
        } else if (text() != m_name) {
            setText(m_name);
        }
    });
}

void DirectoryPicker::lookUp(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_model->setSearchText(QString());
        m_completer->popup()->hide();
        if (m_id != 0 || !m_name.isEmpty()) {
            m_id = 0;
            m_name.clear();
            m_match = {};
            emit cleared();
        }
        return;
    }
    m_model->setSearchText(text.trimmed());
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void DirectoryPicker::setChosen(qint64 id, const QString &name)
{
    m_id = id;
    m_name = id > 0 ? name : QString();
    m_match = {};
    m_match.id = id;
    m_match.name = m_name;
    setText(m_name);
}

bool DirectoryPicker::chooseOffer(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const DirectoryLookup::Match match = m_model->match(row);
    m_completer->popup()->hide();
    if (m_addMode) {
        m_id = 0;
        m_name.clear();
        clear();
    } else {
        m_id = match.id;
        m_name = match.name;
        m_match = match;
        setText(match.name);
    }
    emit chosen(match);
    return true;
}
