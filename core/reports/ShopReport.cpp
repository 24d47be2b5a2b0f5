#include "reports/ShopReport.h"

#include "rules/PointsRules.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/MemberTotalsRepository.h"

#include <map>

namespace loyalty {

Result<ShopSummary> ShopReport::summary() const
{
    ShopSummary s;
    DayTotalsRepository days(m_db);
    auto total = days.total();
    if (!total)
        return total.error();
    s.visits = total->visits;
    s.revenueCents = total->revenueCents;
    const QDate today = m_clock.today();
    auto todays = days.between(today, today);
    if (!todays)
        return todays.error();
    s.today.day = today;
    if (!todays->isEmpty())
        s.today = todays->first();
    auto members = MemberTotalsRepository(m_db).activeMembersAndPoints();
    if (!members)
        return members.error();
    s.members = members->first;
    s.pointsOutstanding = members->second;
    auto rules = Settings(m_db).rules();
    if (!rules)
        return rules.error();
    s.liabilityCents = s.pointsOutstanding > 0 ? PointsRules::pointsValueCents(s.pointsOutstanding, *rules) : 0;
    return s;
}

Result<QList<PointsMonth>> ShopReport::pointsByMonth() const
{
    auto days = DayTotalsRepository(m_db).between();
    if (!days)
        return days.error();
    std::map<QString, PointsMonth> months;
    for (const DayTotalsRepository::Day &d : std::as_const(*days)) {
        if (d.pointsEarned == 0 && d.pointsRedeemed == 0 && d.pointsExpired == 0 && d.pointsAdjusted == 0 && d.pointsReversed == 0)
            continue;
        PointsMonth &m = months[d.day.toString(QStringLiteral("yyyy-MM"))];
        m.earned += d.pointsEarned;
        m.redeemed += d.pointsRedeemed;
        m.expired += d.pointsExpired;
        m.adjusted += d.pointsAdjusted;
        m.reversed += d.pointsReversed;
    }
    QList<PointsMonth> out;
    for (auto &[key, m] : months) {
        m.month = key;
        out << m;
    }
    return out;
}

} // namespace loyalty
