#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "points/ExpiryService.h"
#include "tiers/TierService.h"

namespace loyalty {

class Database;

// Work that happens by itself: at open and at each day change while the shop is open — expiry
// (SPEC §3.3), coupons past their last day (§3.6) and the tier reviews that are due (§3.4).
struct MaintenanceReport {
    ExpiryReport expiry;
    TierReviewReport tiers;
    int couponsExpired = 0;
};

class ShopMaintenance {
public:
    ShopMaintenance(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    enum class Parts {
        All,
        ExpiryOnly,   // the GUI runs the reviews (seconds on a large shop) on a worker thread
    };
    Result<MaintenanceReport> run(Parts parts = Parts::All);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
