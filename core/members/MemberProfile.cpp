#include "members/MemberProfile.h"

#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/TierRepository.h"

namespace loyalty {

Result<MemberProfile> MemberProfileService::load(const Member &member) const
{
    MemberProfile p;
    p.member = member;
    auto ladder = TierRepository(m_db).ladder();
    if (!ladder)
        return ladder.error();
    p.tier = ladder->at(member.tierLevel);
    p.nextTier = ladder->next(member.tierLevel);
    if (p.nextTier)
        p.toNextTierCents = std::max<qint64>(0, p.nextTier->thresholdCents - p.spend12mCents);

    // Visits arrive with the counter; until a member has any, the state follows from the day they
    // joined and the shop-wide fallback rhythm (SPEC §3.5: 30 days when no typical gap is known).
    const Settings settings(m_db);
    StateInput in;
    in.visits = p.visits;
    in.joined = member.joinedAt.date();
    in.typicalGapDays = p.typicalGapDays;
    in.fallbackGapDays = 30;
    in.minGapDays = int(settings.integer(QStringLiteral("dormancy.min_gap_days")));
    in.maxGapDays = int(settings.integer(QStringLiteral("dormancy.max_gap_days")));
    in.today = m_clock.today();
    p.state = evaluateState(in);
    return p;
}

} // namespace loyalty
