#include "reports/DashboardService.h"

#include "common/Share.h"
#include "coupons/CouponService.h"
#include "rules/PointsRules.h"
#include "segments/SegmentService.h"
#include "shop/Settings.h"
#include "storage/CohortRepository.h"
#include "storage/CouponRepository.h"
#include "storage/DayTotalsRepository.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/TierRepository.h"

#include <algorithm>

namespace loyalty {

namespace {
QString monthKey(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}
} // namespace

QString toString(Granularity g)
{
    switch (g) {
    case Granularity::Day: return QStringLiteral("day");
    case Granularity::Week: return QStringLiteral("week");
    case Granularity::Month: return QStringLiteral("month");
    }
    return {};
}

qint64 CohortRow::shareBasisPoints(qsizetype k) const
{
    return k < 0 || k >= came.size() ? 0 : basisPoints(came.at(k), joined);
}

DashboardRange DashboardService::defaultRange(const QDate &today)
{
    return {today.addDays(-29), today, Granularity::Day};
}

QDate DashboardService::bucketStart(const QDate &day, Granularity by)
{
    switch (by) {
    case Granularity::Day: return day;
    case Granularity::Week: return day.addDays(1 - day.dayOfWeek());   // its Monday
    case Granularity::Month: return firstOfMonth(day);
    }
    return day;
}

Result<QList<CohortRow>> DashboardService::cohortsUpTo(const QDate &last) const
{
    if (!last.isValid())
        return Error::invalid(tr("Choose the first and the last day of the period."), QStringLiteral("range"));
    const QDate lastMonth = firstOfMonth(last);
    const QDate firstCohort = lastMonth.addMonths(-(kCohorts - 1));
    QList<CohortRow> rows;
    for (QDate m = firstCohort; m <= lastMonth; m = m.addMonths(1)) {
        CohortRow row{m};
        row.came.fill(0, monthsBetween(m, lastMonth) + 1);
        rows << row;
    }
    // How many joined each month: the day totals' new members.
    auto days = DayTotalsRepository(m_db).between(firstCohort, lastMonth.addMonths(1).addDays(-1));
    if (!days)
        return days.error();
    for (const DayTotalsRepository::Day &day : std::as_const(*days))
        rows[monthsBetween(firstCohort, day.day)].joined += day.newMembers;
    // Who came in each month after the one they joined.
    auto cells = CohortRepository(m_db).cells(monthKey(firstCohort), monthKey(lastMonth));
    if (!cells)
        return cells.error();
    for (const CohortRepository::Cell &c : std::as_const(*cells)) {
        const QDate cohort = QDate::fromString(c.cohort + QStringLiteral("-01"), Qt::ISODate);
        const QDate month = QDate::fromString(c.month + QStringLiteral("-01"), Qt::ISODate);
        const int row = monthsBetween(firstCohort, cohort);
        const int k = monthsBetween(cohort, month);
        if (row < 0 || row >= rows.size() || k < 0 || k >= rows.at(row).came.size())
            continue;   // a visit recorded before its member joined (an import's history)
        rows[row].came[k] = c.members;
    }
    return rows;
}

Result<Dashboard> DashboardService::load(const DashboardRange &range) const
{
    if (!range.first.isValid() || !range.last.isValid())
        return Error::invalid(tr("Choose the first and the last day of the period."), QStringLiteral("range"));
    if (range.last < range.first)
        return Error::invalid(tr("The period ends before it starts."), QStringLiteral("range"));
    if (range.first.daysTo(range.last) >= kMaxDays)
        return Error::invalid(tr("A period is at most %1 days.").arg(kMaxDays), QStringLiteral("range"));

    Dashboard d;
    d.range = range;
    const QDate today = m_clock.today();

    // The day totals: the range and today, read once.
    auto days = DayTotalsRepository(m_db).between(std::min(range.first, today), std::max(range.last, today));
    if (!days)
        return days.error();

    for (QDate b = bucketStart(range.first, range.by); b <= range.last;
         b = range.by == Granularity::Day ? b.addDays(1) : range.by == Granularity::Week ? b.addDays(7) : b.addMonths(1))
        d.sales << SalesBucket{b};
    for (QDate m = firstOfMonth(range.first); m <= range.last; m = m.addMonths(1))
        d.months << MonthBucket{m};

    d.today.day = today;
    for (const DayTotalsRepository::Day &day : std::as_const(*days)) {
        if (day.day == today) {
            d.today.visits = day.visits;
            d.today.revenueCents = day.revenueCents;
            d.today.newMembers = day.newMembers;
            d.today.pointsEarned = day.pointsEarned;
            d.today.pointsRedeemed = day.pointsRedeemed;
        }
        if (day.day < range.first || day.day > range.last)
            continue;
        const QDate b = bucketStart(day.day, range.by);
        const qsizetype i = range.by == Granularity::Day    ? d.sales.constFirst().start.daysTo(b)
                            : range.by == Granularity::Week ? d.sales.constFirst().start.daysTo(b) / 7
                                                            : monthsBetween(d.sales.constFirst().start, b);
        d.sales[i].visits += day.visits;
        d.sales[i].revenueCents += day.revenueCents;
        MonthBucket &m = d.months[monthsBetween(d.months.constFirst().start, day.day)];
        m.newMembers += day.newMembers;
        m.pointsEarned += day.pointsEarned;
        m.pointsRedeemed += day.pointsRedeemed;
        m.pointsExpired += day.pointsExpired;
    }

    auto cohorts = cohortsUpTo(range.last);
    if (!cohorts)
        return cohorts.error();
    d.cohorts = std::move(*cohorts);

    // One pass over the members' rows: states, tiers, the alert list's size, RFM and Pareto.
    DormancyService dormancy(m_db, m_clock);
    auto rules = dormancy.rules();
    if (!rules)
        return rules.error();
    auto ladder = TierRepository(m_db).ladder();
    if (!ladder)
        return ladder.error();
    QList<qint64> byLevel(TierLadder::kLevels, 0);
    QList<RfmInput> inputs;
    inputs.reserve(4096);
    Status scanned = dormancy.eachState(*rules, [&](const MemberTotalsRepository::StateRow &row, const StateResult &state) {
        ++d.activeMembers;
        d.states[int(state.state)] += 1;
        if ((state.state == MemberState::AtRisk || state.state == MemberState::Dormant)
            && !row.snoozed(today))
            ++d.today.alertsWaiting;
        byLevel[std::clamp(row.tierLevel, 0, TierLadder::kLevels - 1)] += 1;
        inputs << RfmInput{row.id, row.lastVisit.isValid() ? int(row.lastVisit.daysTo(today)) : -1, row.visits12m, row.spend12mCents};
    });
    if (!scanned)
        return scanned.error();
    for (const Tier &t : ladder->tiers())
        d.tiers << TierCount{t, byLevel.value(t.level)};

    const RfmReport segments = SegmentService::rfmOf(inputs, false);
    d.segmentMembers = segments.members;
    d.segmentSpend12mCents = segments.spend12mCents;
    d.pareto = SegmentService::paretoOf(inputs);

    // The points every member holds, and what they are worth at the till.
    // Every balance is its ledger's sum (`check` proves it), so the day totals add up to them all.
    auto total = DayTotalsRepository(m_db).total();
    if (!total)
        return total.error();
    d.pointsOutstanding = total->pointsEarned - total->pointsRedeemed - total->pointsExpired + total->pointsAdjusted + total->pointsReversed;
    auto pointsRules = Settings(m_db).rules();
    if (!pointsRules)
        return pointsRules.error();
    d.liabilityCents = d.pointsOutstanding > 0 ? PointsRules::pointsValueCents(d.pointsOutstanding, *pointsRules) : 0;

    // Coupons: redeemed per issued, per template.
    auto counts = CouponRepository(m_db).countsByTemplate();
    if (!counts)
        return counts.error();
    for (const CouponRepository::TemplateCounts &c : std::as_const(*counts))
        if (c.issued > 0)
            d.coupons << CouponRate{c.name, c.issued, c.redeemed, CouponService::rateOf(c)};
    std::stable_sort(d.coupons.begin(), d.coupons.end(), [](const CouponRate &a, const CouponRate &b) { return a.issued > b.issued; });
    return d;
}

} // namespace loyalty
