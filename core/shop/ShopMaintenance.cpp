#include "shop/ShopMaintenance.h"

#include "coupons/CouponService.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/ShopRepository.h"

namespace loyalty {

Result<MaintenanceReport> ShopMaintenance::run(Parts parts)
{
    MaintenanceReport report;
    auto expired = ExpiryService(m_db, m_clock).run();
    if (!expired)
        return expired.error();
    report.expiry = *expired;
    auto coupons = CouponService(m_db, m_clock).expireDue();
    if (!coupons)
        return coupons.error();
    report.couponsExpired = *coupons;
    if (Status s = ShopRepository(m_db).setMeta(QStringLiteral("last_maintenance_day"), toStorage(m_clock.today())); !s)
        return s.error();
    if (parts == Parts::All) {
        if (Status s = MemberTotalsRepository(m_db).moveSpendWindow(m_clock.today()); !s)
            return s.error();
        auto reviewed = TierService(m_db, m_clock).reviewDue();
        if (!reviewed)
            return reviewed.error();
        report.tiers = *reviewed;
    }
    return report;
}

} // namespace loyalty
