#pragma once

#include <QLineEdit>

#include <functional>

class QCompleter;
class QStandardItemModel;

/// A field that finds as one types (a contact, an actor…) and offers at
/// most a few dozen matches from its provider, so that a picker stays quick
/// over a directory of 100,000 actors: nothing is loaded before typing.
class SearchPicker : public QLineEdit
{
    Q_OBJECT

public:
    struct Match {
        qint64 id = 0;
        QString label;
    };
    using Provider = std::function<QList<Match>(const QString &text)>;

    explicit SearchPicker(Provider provider, QWidget *parent = nullptr);

signals:
    /// A match was chosen; the field is emptied for the next one.
    void picked(qint64 id, const QString &label);

private:
    void refresh(const QString &text);

    Provider m_provider;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
};
