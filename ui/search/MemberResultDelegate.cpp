#include "search/MemberResultDelegate.h"

#include <QApplication>
#include <QPainter>

namespace loyalty::ui {

namespace {
constexpr int kPad = 8;
}

QSize MemberResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int lines = index.data(Qt::ToolTipRole).toString().isEmpty() ? 1 : 2;
    return {420, QFontMetrics(bold).height() + (lines - 1) * option.fontMetrics.height() + 2 * kPad};
}

void MemberResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString details = index.data(Qt::ToolTipRole).toString();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QRect r = opt.rect.adjusted(kPad, kPad / 2, -kPad, -kPad / 2);
    if (!opt.icon.isNull()) {
        const QSize icon = opt.decorationSize;
        opt.icon.paint(painter, QRect(r.left(), r.top() + (r.height() - icon.height()) / 2, icon.width(), icon.height()));
        r.setLeft(r.left() + icon.width() + kPad);
    }
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const int titleHeight = QFontMetrics(bold).height();
    painter->drawText(QRect(r.left(), r.top(), r.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, r.width()));
    if (!details.isEmpty()) {
        painter->setFont(opt.font);
        QColor c = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected)
            c.setAlphaF(0.65f);
        painter->setPen(c);
        painter->drawText(QRect(r.left(), r.top() + titleHeight, r.width(), opt.fontMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(details, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

} // namespace loyalty::ui
