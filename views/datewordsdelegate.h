#pragma once

#include <QStyledItemDelegate>

/// Shows a date cell in words ("15 juin 2012"), as the tree and the reports
/// write dates, and edits it with a date field in the same words.
class DateWordsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    /// A cell's date: a QDate, or text written as 2012-06-15 or in words.
    static QDate dateOf(const QVariant &value);
};
