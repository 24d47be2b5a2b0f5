#include "members/MemberProfile.h"

#include "common/Money.h"
#include "dormancy/DormancyService.h"
#include "points/PointsService.h"
#include "shop/Settings.h"
#include "storage/CouponRepository.h"
#include "storage/Database.h"
#include "storage/MemberTotalsRepository.h"
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

    // What they bought last time (SPEC §1: staff must see it).
    auto last = visits.ofMember(member.id, 1, false);
    if (!last)
        return last.error();
    if (!last->isEmpty())
        p.lastItems = last->first().items;

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

    // The member's rhythm, kept on their row at each visit, and the state it gives (SPEC §3.5).
    auto row = MemberTotalsRepository(m_db).stateRow(member.id);
    if (!row)
        return row.error();
    if (row->typicalGapDays >= 0)
        p.typicalGapDays = row->typicalGapDays;
    if (row->snoozedUntil.isValid() && today < row->snoozedUntil)
        p.snoozedUntil = row->snoozedUntil;
    const DormancyService dormancy(m_db, m_clock);
    auto rules = dormancy.rules(!p.typicalGapDays.has_value());   // the shop's usual gap only when needed
    if (!rules)
        return rules.error();
    p.state = rules->evaluate(p.visits, member.joinedAt.date(),
                              member.lastVisitAt ? std::optional<QDate>(member.lastVisitAt->date()) : std::nullopt, p.typicalGapDays);
    auto contacts = dormancy.contactsOf(member.id, 1);
    if (!contacts)
        return contacts.error();
    if (!contacts->isEmpty())
        p.lastContact = contacts->first();
    return p;
}

} // namespace loyalty
