#pragma once

#include <QStyledItemDelegate>

namespace loyalty::ui {

// Draws a search result on two lines: the name large, then phone · card · tier · points. The
// details line comes from Qt::ToolTipRole of the item.
class MemberResultDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace loyalty::ui
