#include "members/MemberProfile.h"

#include "common/Money.h"
#include "points/PointsService.h"
#include "shop/Settings.h"
#include "storage/CouponRepository.h"
#include "storage/Database.h"
#include "storage/TierRepository.h"
#include "storage/VisitRepository.h"
#include "tiers/TierRules.h"

namespace loyalty {

QString MemberProfile::tierProgress(const QString &currency) const
{
    if (!nextTier)
        return QCoreApplication::translate("MemberProfile", "Highest tier");
    if (toNextTierCents > 0)
        return QCoreApplication::translate("MemberProfile", "%1 more in the next 12 months to reach %2")
            .arg(Money(toNextTierCents).format(currency), nextTier->name);
    return QCoreApplication::translate("MemberProfile", "Spend in the last 12 months qualifies for %1").arg(nextTier->name);
}

Result<MemberProfile> MemberProfileService::load(const Member &member) const
{
    MemberProfile p;
    p.member = member;
    const QDate today = m_clock.today();
    auto ladder = TierRepository(m_db).ladder();
    if (!ladder)
        return ladder.error();
    VisitRepository visits(m_db);
    auto spend = visits.spend12m(member.id, today);
    if (!spend)
        return spend.error();
    p.spend12mCents = *spend;
    p.tier = ladder->at(member.tierLevel);
    if (member.tierLevel > 0 && member.tierSince.isValid())
        p.tierKeptUntil = TierRules::keptAtLeastUntil(member.tierSince, int(Settings(m_db).integer(QStringLiteral("tiers.grace_months"))));
    p.nextTier = ladder->next(member.tierLevel);
    if (p.nextTier)
        p.toNextTierCents = std::max<qint64>(0, p.nextTier->thresholdCents - p.spend12mCents);
    p.visits = member.visitCount;
    p.lastVisitAt = member.lastVisitAt;

    // The member's rhythm from their last distinct visit days (SPEC §3.5).
    auto recent = visits.ofMember(member.id, 60, false);
    if (!recent)
        return recent.error();
    QList<QDate> days;
    for (const Visit &v : std::as_const(*recent)) {
        if (days.isEmpty() || days.last() != v.at.date())
            days << v.at.date();
        if (days.size() == 11)
            break;
    }
    p.typicalGapDays = typicalGapFromDays(days);
    if (!recent->isEmpty())
        p.lastItems = recent->first().items;

    CouponRepository::ListQuery usable;
    usable.memberId = member.id;
    usable.status = CouponStatus::Issued;
    usable.limit = 50;
    auto coupons = CouponRepository(m_db).list(usable);
    if (!coupons)
        return coupons.error();
    for (const Coupon &c : std::as_const(*coupons))
        if (c.validUntil >= today)
            p.coupons << c;
    std::sort(p.coupons.begin(), p.coupons.end(), [](const Coupon &a, const Coupon &b) { return a.validUntil < b.validUntil; });

    auto expiring = PointsService(m_db, m_clock).expiringSoon(member.id, 60);
    if (!expiring)
        return expiring.error();
    p.pointsExpiring = *expiring;

    const Settings settings(m_db);
    StateInput in;
    in.visits = p.visits;
    in.joined = member.joinedAt.date();
    if (member.lastVisitAt)
        in.lastVisit = member.lastVisitAt->date();
    in.typicalGapDays = p.typicalGapDays;
    in.fallbackGapDays = 30; // the shop-wide median arrives with the dormancy work; 30 when none is known
    in.minGapDays = int(settings.integer(QStringLiteral("dormancy.min_gap_days")));
    in.maxGapDays = int(settings.integer(QStringLiteral("dormancy.max_gap_days")));
    in.today = today;
    p.state = evaluateState(in);
    return p;
}

} // namespace loyalty
