#include "datewordsdelegate.h"

#include "dateeditformat.h"
#include "models/domain/clock.h"

#include <QDateEdit>
#include <QLocale>

QString DateWordsDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QDate date = dateOf(value);
    if (!date.isValid())
        return QStyledItemDelegate::displayText(value, locale);
    return locale.toString(date, DateEditFormat::wordsFormat());
}

QWidget *DateWordsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    DateEditFormat::inWords(edit);
    return edit;
}

void DateWordsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = dateOf(index.data(Qt::EditRole));
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : Clock::today());
}

void DateWordsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
}

QDate DateWordsDelegate::dateOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    const QString text = value.toString().trimmed();
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    return iso.isValid() ? iso : QLocale().toDate(text, DateEditFormat::wordsFormat());
}
