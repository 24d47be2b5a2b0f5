#include "dashboard/CohortHeatMap.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace loyalty::ui {

namespace {
constexpr int kMargin = 12;

// From white to the dashboard's blue: a share in hundredths of a percent picks the shade.
QColor shade(qint64 basisPoints)
{
    const QColor low(0xf3, 0xf6, 0xfb);
    const QColor high(0x1f, 0x4e, 0x9c);
    // Linear in the share, so 50% and 80% look apart; a share above nothing is never white.
    const int eased = basisPoints <= 0 ? 0 : 16 + int(std::clamp<qint64>(basisPoints, 0, 10000) * 239 / 10000);
    const auto mix = [&](int a, int b) { return a + (b - a) * eased / 255; };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue()));
}
} // namespace

CohortHeatMap::CohortHeatMap(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void CohortHeatMap::setCohorts(const QList<CohortRow> &cohorts)
{
    m_cohorts = cohorts;
    update();
}

QSize CohortHeatMap::sizeHint() const
{
    return {900, 420};
}

QSize CohortHeatMap::minimumSizeHint() const
{
    return {480, 260};
}

void CohortHeatMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void CohortHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QLocale locale;
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    QFont titleFont = bold;
    titleFont.setPointSizeF(font().pointSizeF() * 1.15);

    QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    p.setFont(titleFont);
    p.setPen(QColor(0x20, 0x20, 0x20));
    const int titleHeight = QFontMetrics(titleFont).height();
    p.drawText(QRect(area.left(), area.top(), area.width(), titleHeight), Qt::AlignHCenter | Qt::AlignVCenter,
               tr("Members who came back, by the month they joined"));
    area.setTop(area.top() + titleHeight + 6);
    p.setFont(font());

    if (m_cohorts.isEmpty()) {
        p.drawText(area, Qt::AlignCenter, tr("No members yet."));
        return;
    }
    qsizetype columns = 0;
    for (const CohortRow &c : m_cohorts)
        columns = std::max(columns, c.came.size());

    // Left: the month and how many joined; top: months after joining; bottom: the axis title.
    QStringList rowLabels;
    int labelWidth = fm.horizontalAdvance(tr("Joined in"));
    for (const CohortRow &c : m_cohorts) {
        rowLabels << tr("%1 (%2)").arg(locale.toString(c.month, QStringLiteral("yyyy-MM")), locale.toString(c.joined));
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(rowLabels.constLast()));
    }
    labelWidth += 12;
    const int headerHeight = fm.height() + 6;
    const int footerHeight = fm.height() + 8;
    const QRect grid(area.left() + labelWidth, area.top() + headerHeight, area.width() - labelWidth,
                     area.height() - headerHeight - footerHeight);
    const qreal cellW = qreal(grid.width()) / qreal(std::max<qsizetype>(columns, 1));
    const qreal cellH = std::min<qreal>(qreal(grid.height()) / qreal(m_cohorts.size()), fm.height() * 2.2);

    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(area.left(), area.top(), labelWidth - 8, headerHeight), Qt::AlignRight | Qt::AlignVCenter, tr("Joined in"));
    for (qsizetype k = 0; k < columns; ++k)
        p.drawText(QRectF(grid.left() + k * cellW, area.top(), cellW, headerHeight), Qt::AlignCenter, locale.toString(k));

    for (qsizetype r = 0; r < m_cohorts.size(); ++r) {
        const CohortRow &c = m_cohorts.at(r);
        const qreal y = grid.top() + r * cellH;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(area.left(), y, labelWidth - 8, cellH), Qt::AlignRight | Qt::AlignVCenter, rowLabels.at(r));
        for (qsizetype k = 0; k < c.came.size(); ++k) {
            const QRectF cell(grid.left() + k * cellW + 1, y + 1, cellW - 2, cellH - 2);
            const qint64 share = c.shareBasisPoints(k);
            const QColor fill = c.joined > 0 ? shade(share) : QColor(0xee, 0xee, 0xee);
            p.fillRect(cell, fill);
            if (c.joined == 0)
                continue;
            p.setPen(fill.lightness() < 165 ? Qt::white : QColor(0x20, 0x20, 0x20));
            const QString text = locale.toString(qreal(share) / 100, 'f', share >= 1000 ? 0 : 1) + locale.percent();
            if (fm.horizontalAdvance(text) + 4 <= cell.width())
                p.drawText(cell, Qt::AlignCenter, text);
        }
    }
    p.setPen(palette().color(QPalette::WindowText));
    const qreal gridBottom = grid.top() + m_cohorts.size() * cellH;
    p.drawText(QRectF(grid.left(), gridBottom + 4, grid.width(), footerHeight), Qt::AlignHCenter | Qt::AlignTop,
               tr("Months after joining (0: the month they joined)"));
}

} // namespace loyalty::ui
