#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "dormancy/DormancyService.h"
#include "segments/Rfm.h"
#include "tiers/Tier.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>
#include <functional>

namespace loyalty {

// How the sales chart groups its days.
enum class Granularity { Day, Week, Month };
QString toString(Granularity g);   // "day", "week", "month"

struct DashboardRange {
    QDate first;
    QDate last;                      // inclusive
    Granularity by = Granularity::Day;
};

// Today at a glance.
struct DashboardGlance {
    QDate day;
    qint64 visits = 0;
    qint64 revenueCents = 0;
    qint64 newMembers = 0;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    qint64 alertsWaiting = 0;        // at risk or dormant, not snoozed: the alert list
};

// One bar or point of the sales chart: a day, a week (from its Monday) or a month (from its 1st).
struct SalesBucket {
    QDate start;
    qint64 visits = 0;
    qint64 revenueCents = 0;         // what the visits paid (E)
};

// One month of the range: members who joined and the points' movements.
struct MonthBucket {
    QDate start;                     // the 1st
    qint64 newMembers = 0;
    qint64 pointsEarned = 0;         // earn and bonus
    qint64 pointsRedeemed = 0;
    qint64 pointsExpired = 0;
};

struct TierCount {
    Tier tier;
    qint64 members = 0;              // active members holding it
};

struct CouponRate {
    QString name;                    // the template's
    qint64 issued = 0;
    qint64 redeemed = 0;
    qint64 rateBasisPoints = 0;      // redeemed / issued
};

// Members who joined in one month, and how many of them came in each month after.
struct CohortRow {
    QDate month;                     // the 1st of the month they joined
    qint64 joined = 0;
    QList<qint64> came;              // came[k]: in the k-th month after joining (0: that month), up to the range's end
    qint64 shareBasisPoints(qsizetype k) const;
};

// Every number the dashboard draws (SPEC §3.7), from the aggregates the shop keeps: the day totals,
// the cohorts' months and one pass over the members' rows — never the history.
struct Dashboard {
    DashboardRange range;
    DashboardGlance today;
    QList<SalesBucket> sales;                       // every bucket of the range, empty ones too
    QList<MonthBucket> months;                      // every month the range touches
    qint64 pointsOutstanding = 0;
    qint64 liabilityCents = 0;                      // those points as money at the till
    qint64 activeMembers = 0;
    QList<TierCount> tiers;                         // lowest first
    std::array<qint64, kStateCount> states{};       // active members by state
    std::array<qint64, kSegmentCount> segmentMembers{};
    std::array<qint64, kSegmentCount> segmentSpend12mCents{};
    Rfm::Pareto pareto;
    QList<CouponRate> coupons;                      // per template, most issued first
    QList<CohortRow> cohorts;                       // up to kCohorts months, oldest first, ending with the range's
};

class DashboardService {
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    DashboardService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static constexpr int kCohorts = 12;
    static constexpr int kMaxDays = 3 * 366;        // the longest range drawn day by day

    // The last 30 days, day by day.
    static DashboardRange defaultRange(const QDate &today);
    // Refused (nothing read) when the range is empty, reversed, or too long to draw day by day.
    Result<Dashboard> load(const DashboardRange &range) const;
    // The kCohorts months of members who joined up to the month of `last`, oldest first, with the
    // months they came in up to that one (SPEC §3.7's cohort retention; `report cohorts`).
    Result<QList<CohortRow>> cohortsUpTo(const QDate &last) const;
    // The start of the bucket `day` falls in.
    static QDate bucketStart(const QDate &day, Granularity by);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
