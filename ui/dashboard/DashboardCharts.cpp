#include "dashboard/DashboardCharts.h"

#include "common/Format.h"
#include "common/Money.h"
#include "common/Share.h"
#include "common/TierChart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace loyalty::ui {

namespace {
const QColor kRevenue(QStringLiteral("#3a7bd5"));
const QColor kVisits(QStringLiteral("#e07b00"));

// Charts draw numbers as qreal. Money is handed over in whole currency units, divided as integers
// first: the chart only places bars, every figure shown as text is formatted from the cents.
qreal wholeUnits(qint64 cents)
{
    return qreal(cents / 100);
}

qreal percentOf(qint64 basisPoints)
{
    return qreal(basisPoints) / 100;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis *countAxis(const QString &title, qreal most)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max<qreal>(most, 4));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

QValueAxis *percentAxis(const QString &title, qreal most)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::min<qreal>(100, std::ceil((most + 8) / 10) * 10));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(most > 50 ? 20 : 10);
    axis->setLabelFormat(QStringLiteral("%d%"));
    return axis;
}

// A bar's label, short enough for a bar's width: the day of the month (the axis names the
// period), a week's Monday, or the month.
QString bucketLabel(const QDate &start, Granularity by)
{
    switch (by) {
    case Granularity::Day: return QString::number(start.day());
    case Granularity::Week: return start.toString(QStringLiteral("MM-dd"));
    case Granularity::Month: return start.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}
} // namespace

QColor DashboardCharts::stateColor(MemberState state)
{
    switch (state) {
    case MemberState::New: return QColor(QStringLiteral("#7e57c2"));
    case MemberState::Active: return QColor(QStringLiteral("#2e7d32"));
    case MemberState::AtRisk: return QColor(QStringLiteral("#f0a500"));
    case MemberState::Dormant: return QColor(QStringLiteral("#d9534f"));
    case MemberState::Lost: return QColor(QStringLiteral("#9e9e9e"));
    }
    return Qt::gray;
}

QChart *DashboardCharts::sales(const Dashboard &d, const QString &currency)
{
    const QString title = d.range.by == Granularity::Day    ? tr("Revenue and visits per day")
                          : d.range.by == Granularity::Week ? tr("Revenue and visits per week")
                                                            : tr("Revenue and visits per month");
    QChart *chart = newChart(title);
    qint64 mostCents = 0, mostVisits = 0;
    for (const SalesBucket &b : d.sales) {
        mostCents = std::max(mostCents, b.revenueCents);
        mostVisits = std::max(mostVisits, b.visits);
    }
    auto *revenueAxis = countAxis(tr("Revenue (%1)").arg(currency), wholeUnits(mostCents));
    auto *visitsAxis = countAxis(tr("Visits"), qreal(mostVisits));
    revenueAxis->setLabelsColor(kRevenue);
    visitsAxis->setLabelsColor(kVisits);
    auto *visits = new QLineSeries;
    visits->setName(tr("Visits"));
    visits->setPen(QPen(kVisits, 2));
    const bool withYear = d.range.first.year() != d.range.last.year() && d.range.by != Granularity::Month;

    if (d.sales.size() <= 45) {
        // Few enough for bars, one per day, week or month, with the visits as a line over them.
        auto *revenue = new QBarSet(tr("Revenue (%1)").arg(currency));
        revenue->setColor(kRevenue);
        revenue->setBorderColor(kRevenue);
        QStringList categories;
        for (qsizetype i = 0; i < d.sales.size(); ++i) {
            *revenue << wholeUnits(d.sales.at(i).revenueCents);
            visits->append(qreal(i), qreal(d.sales.at(i).visits));
            categories << bucketLabel(d.sales.at(i).start, d.range.by);
        }
        auto *bars = new QBarSeries;
        bars->append(revenue);
        bars->setBarWidth(0.7);
        chart->addSeries(bars);
        chart->addSeries(visits);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        axisX->setTitleText(d.range.by == Granularity::Day    ? tr("Day of the month, %1 to %2").arg(shortDate(d.range.first), shortDate(d.range.last))
                            : d.range.by == Granularity::Week ? tr("Week from Monday")
                                                              : tr("Month"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(revenueAxis, Qt::AlignLeft);
        chart->addAxis(visitsAxis, Qt::AlignRight);
        bars->attachAxis(axisX);
        bars->attachAxis(revenueAxis);
        visits->attachAxis(axisX);
        visits->attachAxis(visitsAxis);
        return chart;
    }
    // A long range: two lines along a time axis, the revenue filled.
    auto *revenueLine = new QLineSeries;
    for (const SalesBucket &b : d.sales) {
        const qreal x = qreal(QDateTime(b.start, QTime(0, 0)).toMSecsSinceEpoch());
        revenueLine->append(x, wholeUnits(b.revenueCents));
        visits->append(x, qreal(b.visits));
    }
    auto *area = new QAreaSeries(revenueLine);
    area->setName(tr("Revenue (%1)").arg(currency));
    QColor fill = kRevenue;
    fill.setAlpha(110);
    area->setBrush(fill);
    area->setPen(QPen(kRevenue, 1.5));
    chart->addSeries(area);
    chart->addSeries(visits);
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(d.range.by == Granularity::Month ? QStringLiteral("yyyy-MM") : withYear ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd"));
    axisX->setTickCount(8);
    axisX->setRange(QDateTime(d.sales.constFirst().start, QTime(0, 0)), QDateTime(d.sales.constLast().start, QTime(0, 0)));
    axisX->setTitleText(d.range.by == Granularity::Day ? tr("Day") : d.range.by == Granularity::Week ? tr("Week from") : tr("Month"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(revenueAxis, Qt::AlignLeft);
    chart->addAxis(visitsAxis, Qt::AlignRight);
    area->attachAxis(axisX);
    area->attachAxis(revenueAxis);
    visits->attachAxis(axisX);
    visits->attachAxis(visitsAxis);
    return chart;
}

QChart *DashboardCharts::newMembers(const Dashboard &d)
{
    QChart *chart = newChart(tr("New members per month"));
    auto *set = new QBarSet(tr("New members"));
    set->setColor(QColor(QStringLiteral("#7e57c2")));
    QStringList categories;
    qint64 most = 0;
    for (const MonthBucket &m : d.months) {
        *set << qreal(m.newMembers);
        categories << m.start.toString(QStringLiteral("yyyy-MM"));
        most = std::max(most, m.newMembers);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(categories.size() <= 13);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(Qt::black);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    if (categories.size() > 8)
        axisX->setLabelsAngle(-60);
    axisX->setTitleText(tr("Month joined"));
    auto *axisY = countAxis(tr("Members"), qreal(most) * 1.15);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

QChart *DashboardCharts::tiers(const Dashboard &d, const QColor &labelColor)
{
    QList<Tier> ladder;
    QList<qint64> members;
    for (const TierCount &t : d.tiers) {
        ladder << t.tier;
        members << t.members;
    }
    QChart *chart = TierChart::create(ladder, members, d.activeMembers, labelColor);
    chart->setTitle(tr("Members per tier, against the targets"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QChart *DashboardCharts::states(const Dashboard &d)
{
    QChart *chart = newChart(tr("Members by state (today)"));
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    pie->setPieSize(0.6);
    const QLocale locale;
    for (int s = 0; s < kStateCount; ++s) {
        const qint64 n = d.states.at(s);
        const MemberState state = MemberState(s);
        QPieSlice *slice = pie->append(tr("%1: %2").arg(displayName(state), locale.toString(n)), qreal(n));
        slice->setColor(stateColor(state));
        slice->setBorderColor(Qt::white);
        const qint64 share = basisPoints(n, d.activeMembers);
        slice->setLabel(locale.toString(percentOf(share), 'f', 1) + locale.percent());
        slice->setLabelVisible(n > 0 && share >= 150);
        slice->setLabelPosition(QPieSlice::LabelOutside);
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    // The legend names each state with its count; the slices carry the shares.
    const auto markers = chart->legend()->markers(pie);
    for (int s = 0; s < kStateCount && s < markers.size(); ++s)
        markers.at(s)->setLabel(tr("%1: %2").arg(displayName(MemberState(s)), locale.toString(d.states.at(s))));
    return chart;
}

QChart *DashboardCharts::points(const Dashboard &d, const QString &currency)
{
    const QLocale locale;
    QChart *chart = newChart(tr("Points per month — %1 points outstanding, worth %2")
                                 .arg(locale.toString(d.pointsOutstanding), Money(d.liabilityCents).format(currency)));
    auto *earned = new QBarSet(tr("Earned"));
    auto *redeemed = new QBarSet(tr("Redeemed"));
    auto *expired = new QBarSet(tr("Expired"));
    earned->setColor(QColor(QStringLiteral("#2e7d32")));
    redeemed->setColor(QColor(QStringLiteral("#3a7bd5")));
    expired->setColor(QColor(QStringLiteral("#9e9e9e")));
    QStringList categories;
    qint64 most = 0;
    for (const MonthBucket &m : d.months) {
        *earned << qreal(m.pointsEarned);
        *redeemed << qreal(m.pointsRedeemed);
        *expired << qreal(m.pointsExpired);
        categories << m.start.toString(QStringLiteral("yyyy-MM"));
        most = std::max({most, m.pointsEarned, m.pointsRedeemed, m.pointsExpired});
    }
    auto *series = new QBarSeries;
    series->append(earned);
    series->append(redeemed);
    series->append(expired);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    if (categories.size() > 8)
        axisX->setLabelsAngle(-60);
    axisX->setTitleText(tr("Month"));
    auto *axisY = countAxis(tr("Points"), qreal(most));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    return chart;
}

QChart *DashboardCharts::coupons(const Dashboard &d, const QColor &labelColor)
{
    QChart *chart = newChart(d.coupons.isEmpty() ? tr("Coupon redemption rates — no coupons issued yet") : tr("Coupon redemption rates"));
    const QLocale locale;
    auto *rate = new QBarSet(tr("Redeemed of those issued"));
    rate->setColor(QColor(QStringLiteral("#00897b")));
    rate->setLabelColor(labelColor);
    QStringList categories;
    qreal most = 10;
    // The most issued on top: the horizontal axis is drawn from the bottom.
    for (qsizetype i = std::min<qsizetype>(d.coupons.size(), 10) - 1; i >= 0; --i) {
        const CouponRate &c = d.coupons.at(i);
        *rate << percentOf(c.rateBasisPoints);
        categories << tr("%1 (%2 of %3)").arg(c.name, locale.toString(c.redeemed), locale.toString(c.issued));
        most = std::max(most, percentOf(c.rateBasisPoints));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(rate);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = percentAxis(tr("Redeemed of those issued"), most);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->hide();
    return chart;
}

QChart *DashboardCharts::segments(const Dashboard &d, const QColor &labelColor)
{
    QChart *chart = newChart(tr("RFM segments: their share of members and of the 12 months' spend"));
    auto *members = new QBarSet(tr("Members"));
    auto *spend = new QBarSet(tr("Spend in 12 months"));
    members->setColor(QColor(QStringLiteral("#9fa8da")));
    spend->setColor(QColor(QStringLiteral("#3a7bd5")));
    qint64 totalSpend = 0;
    for (const qint64 s : d.segmentSpend12mCents)
        totalSpend += s;
    QStringList categories;
    qreal most = 10;
    // Champions on top.
    for (int s = kSegmentCount - 1; s >= 0; --s) {
        const qreal m = percentOf(basisPoints(d.segmentMembers.at(s), d.activeMembers));
        const qreal sp = percentOf(basisPoints(d.segmentSpend12mCents.at(s), totalSpend));
        *members << m;
        *spend << sp;
        categories << displayName(Segment(s));
        most = std::max({most, m, sp});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(members);
    series->append(spend);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet *set : {members, spend})
        set->setLabelColor(labelColor);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = percentAxis(tr("Share"), most);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    return chart;
}

QChart *DashboardCharts::pareto(const Dashboard &d)
{
    const QLocale locale;
    const Rfm::Pareto &p = d.pareto;
    QChart *chart = newChart(p.members == 0 ? tr("Who brings the spend — nobody spent in the last 12 months")
                                            : tr("Who brings the spend: the top 20% of members bring %1 of it")
                                                  .arg(locale.toString(percentOf(p.top20ShareBasisPoints), 'f', 1) + locale.percent()));
    auto *curve = new QLineSeries;
    curve->setName(tr("Members, biggest spenders first"));
    curve->setPen(QPen(kRevenue, 2.5));
    curve->setPointsVisible(true);
    curve->append(0, 0);
    for (qsizetype i = 0; i < p.curveBasisPoints.size(); ++i)
        curve->append(qreal(i + 1) * 10, percentOf(p.curveBasisPoints.at(i)));
    auto *even = new QLineSeries;
    even->setName(tr("If everybody spent the same"));
    QPen dashed(QColor(QStringLiteral("#9e9e9e")), 1.5, Qt::DashLine);
    even->setPen(dashed);
    even->append(0, 0);
    even->append(100, 100);
    auto *top = new QScatterSeries;
    top->setName(tr("Top 20%"));
    top->setColor(kVisits);
    top->setBorderColor(kVisits);
    top->setMarkerSize(11);
    if (p.members > 0)
        top->append(20, percentOf(p.top20ShareBasisPoints));
    chart->addSeries(even);
    chart->addSeries(curve);
    chart->addSeries(top);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%d%"));
    axisX->setTitleText(tr("Members who spent, biggest spenders first"));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%d%"));
    axisY->setTitleText(tr("Share of the 12 months' spend"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{even, curve, top}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return chart;
}

} // namespace loyalty::ui
