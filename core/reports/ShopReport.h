#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/DayTotalsRepository.h"

#include <QList>
#include <QString>

namespace loyalty {

class Database;

// The numbers behind the dashboard (SPEC §3.7, §7 `report summary`, `report points`), from the
// day totals the triggers keep and one pass over the members — never from the history.
struct ShopSummary {
    qint64 members = 0;             // not archived or erased
    qint64 visits = 0;              // non-void
    qint64 revenueCents = 0;        // what the non-void visits paid (E), erased members' history included
    qint64 pointsOutstanding = 0;   // every member's balance added up (the ledger's sum)
    qint64 liabilityCents = 0;      // those points as money at the till
    DayTotalsRepository::Day today;
};

struct PointsMonth {
    QString month;                  // "2026-03"
    qint64 earned = 0;              // earn and bonus
    qint64 redeemed = 0;
    qint64 expired = 0;
    qint64 adjusted = 0;            // net
    qint64 reversed = 0;            // net
};

class ShopReport {
public:
    ShopReport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<ShopSummary> summary() const;
    // Month by month, oldest first (months without a ledger entry left out).
    Result<QList<PointsMonth>> pointsByMonth() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
