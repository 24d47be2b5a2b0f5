#include "common/TierChart.h"

#include "common/Share.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <cmath>

namespace loyalty::ui {

QChart *TierChart::create(const QList<Tier> &tiers, const QList<qint64> &membersByLevel, qint64 members, const QColor &labelColor)
{
    auto *now = new QBarSet(tr("Members now"));
    auto *target = new QBarSet(tr("Target"));
    now->setColor(QColor(QStringLiteral("#3a7bd5")));
    target->setColor(QColor(QStringLiteral("#c5cae9")));
    QStringList categories;
    qreal most = 10;
    for (qsizetype level = 0; level < tiers.size(); ++level) {
        // A share for the chart's bar only: worked out in hundredths of a percent as integers.
        const qreal share = qreal(basisPoints(membersByLevel.value(level), members)) / 100;
        *now << share;
        *target << tiers.at(level).targetPercent;
        categories << tiers.at(level).name;
        most = std::max({most, share, qreal(tiers.at(level).targetPercent)});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(target);
    series->append(now);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet *set : {now, target})
        set->setLabelColor(labelColor);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    // Room for the labels beyond the longest bar; a tick every 10%.
    axisX->setRange(0, std::ceil((most + 8) / 10) * 10);
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setTickInterval(10);
    axisX->setLabelFormat(QStringLiteral("%d%"));
    axisX->setTitleText(tr("Share of active members"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace loyalty::ui
