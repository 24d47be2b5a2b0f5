#include "reports/DashboardTables.h"

#include "common/Share.h"

#include <QCoreApplication>

namespace loyalty {

namespace {
using Kind = DataTable::Kind;

QString monthOf(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

DataTable DashboardTables::sales(const Dashboard &d)
{
    DataTable t;
    t.columns = {{d.range.by == Granularity::Day ? tr("Day") : d.range.by == Granularity::Week ? tr("Week from") : tr("Month from"), Kind::Date},
                 {tr("Visits"), Kind::Count},
                 {tr("Revenue"), Kind::Money}};
    for (const SalesBucket &b : d.sales)
        t.rows << QVariantList{b.start, b.visits, b.revenueCents};
    return t;
}

DataTable DashboardTables::newMembers(const Dashboard &d)
{
    DataTable t;
    t.columns = {{tr("Month"), Kind::Text}, {tr("New members"), Kind::Count}};
    for (const MonthBucket &m : d.months)
        t.rows << QVariantList{monthOf(m.start), m.newMembers};
    return t;
}

DataTable DashboardTables::tiers(const Dashboard &d)
{
    DataTable t;
    t.columns = {{tr("Tier"), Kind::Text}, {tr("Members"), Kind::Count}, {tr("Share (%)"), Kind::Share}, {tr("Target (%)"), Kind::Share}};
    for (const TierCount &c : d.tiers)
        t.rows << QVariantList{c.tier.name, c.members, basisPoints(c.members, d.activeMembers), qint64(c.tier.targetPercent) * 100};
    return t;
}

DataTable DashboardTables::states(const Dashboard &d)
{
    DataTable t;
    t.columns = {{tr("State"), Kind::Text}, {tr("Members"), Kind::Count}, {tr("Share (%)"), Kind::Share}};
    for (int s = 0; s < kStateCount; ++s)
        t.rows << QVariantList{displayName(MemberState(s)), d.states.at(s), basisPoints(d.states.at(s), d.activeMembers)};
    return t;
}

DataTable DashboardTables::points(const Dashboard &d)
{
    DataTable t;
    t.columns = {{tr("Month"), Kind::Text}, {tr("Points earned"), Kind::Count}, {tr("Points redeemed"), Kind::Count},
                 {tr("Points expired"), Kind::Count}};
    for (const MonthBucket &m : d.months)
        t.rows << QVariantList{monthOf(m.start), m.pointsEarned, m.pointsRedeemed, m.pointsExpired};
    return t;
}

DataTable DashboardTables::coupons(const Dashboard &d)
{
    DataTable t;
    t.columns = {{tr("Coupon"), Kind::Text}, {tr("Issued"), Kind::Count}, {tr("Redeemed"), Kind::Count}, {tr("Redemption rate (%)"), Kind::Share}};
    for (const CouponRate &c : d.coupons)
        t.rows << QVariantList{c.name, c.issued, c.redeemed, c.rateBasisPoints};
    return t;
}

DataTable DashboardTables::segments(const Dashboard &d)
{
    DataTable t;
    t.columns = {{tr("Segment"), Kind::Text}, {tr("Members"), Kind::Count}, {tr("Spend in 12 months"), Kind::Money},
                 {tr("Share of spend (%)"), Kind::Share}};
    qint64 total = 0;
    for (const qint64 s : d.segmentSpend12mCents)
        total += s;
    for (int s = 0; s < kSegmentCount; ++s)
        t.rows << QVariantList{displayName(Segment(s)), d.segmentMembers.at(s), d.segmentSpend12mCents.at(s),
                               basisPoints(d.segmentSpend12mCents.at(s), total)};
    return t;
}

DataTable DashboardTables::pareto(const Dashboard &d)
{
    DataTable t;
    t.columns = {{tr("Top members (%)"), Kind::Share}, {tr("Share of spend (%)"), Kind::Share}};
    for (qsizetype i = 0; i < d.pareto.curveBasisPoints.size(); ++i)
        t.rows << QVariantList{qint64(i + 1) * 1000, d.pareto.curveBasisPoints.at(i)};
    return t;
}

DataTable DashboardTables::cohorts(const Dashboard &d)
{
    DataTable t;
    t.columns = {{tr("Joined in"), Kind::Text}, {tr("Members"), Kind::Count}};
    qsizetype months = 0;
    for (const CohortRow &c : d.cohorts)
        months = std::max(months, c.came.size());
    for (qsizetype k = 0; k < months; ++k)
        t.columns << DataTable::Column{tr("Month %1 (%)").arg(k), Kind::Share};
    for (const CohortRow &c : d.cohorts) {
        QVariantList row{monthOf(c.month), c.joined};
        for (qsizetype k = 0; k < c.came.size(); ++k)
            row << c.shareBasisPoints(k);
        t.rows << row;
    }
    return t;
}

} // namespace loyalty
