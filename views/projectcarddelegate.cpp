#include "projectcarddelegate.h"

#include "models/itemmodels/projecttablemodel.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int Margin = 6;
constexpr int Gap = 4;
}

QStringList ProjectCardDelegate::lines(const QModelIndex &index) const
{
    QStringList result{index.data().toString(), index.data(ProjectTableModel::HoldersRole).toString()};
    const QString step = index.data(ProjectTableModel::NextStepRole).toString();
    const QDate due = index.data(ProjectTableModel::NextStepDueRole).toDate();
    if (!step.isEmpty())
        result << (due.isValid() ? tr("%1 — %2").arg(QLocale().toString(due, QStringLiteral("d MMM")), step) : step);
    return result;
}

QSize ProjectCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    // Every card has room for its three lines (name, holders, next step),
    // so a column lays out ten thousand cards without reading them.
    const QFontMetrics metrics(option.font);
    return QSize(option.rect.width() > 0 ? option.rect.width() : 200, 3 * metrics.height() + 2 * Margin + Gap + 2);
}

void ProjectCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(2, 2, -2, -Gap);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    painter->fillPath(path, selected ? palette.highlight() : palette.base());
    painter->setPen(palette.mid().color());
    painter->drawPath(path);

    const QStringList texts = lines(index);
    const QFontMetrics metrics(option.font);
    QRectF line = card.adjusted(Margin, Margin, -Margin, 0);
    line.setHeight(metrics.height());
    const QColor text = selected ? palette.highlightedText().color() : palette.text().color();
    for (int i = 0; i < texts.size(); ++i) {
        QFont font = option.font;
        font.setBold(i == 0);
        painter->setFont(font);
        const bool late = i == 2 && index.data(ProjectTableModel::LateRole).toBool();
        painter->setPen(late ? QColor(0xc0, 0x1c, 0x28) : (i == 1 ? palette.placeholderText().color() : text));
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(texts.at(i), Qt::ElideRight, int(line.width())));
        line.translate(0, metrics.height());
    }
    painter->restore();
}
