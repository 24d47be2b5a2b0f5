#include "rules/PointsRules.h"

#include "common/Money.h"
#include "common/WideMath.h"

namespace loyalty {

qint64 PointsRules::eligibleCents(qint64 amount, qint64 discount, qint64 pointsValue)
{
    return std::max<qint64>(0, amount - discount - pointsValue);
}

qint64 PointsRules::pointsEarned(const EarnInput &in)
{
    const qint64 e = eligibleCents(in.amountCents, in.couponDiscountCents, in.pointsValueCents);
    if (e <= 0 || in.amountCents <= 0 || in.pointsPerYuan <= 0)
        return 0;
    const auto rate = quint64(in.pointsPerYuan), tier = quint64(in.tierPercent), promo = quint64(in.promoPercent);
    if (in.lines.isEmpty()) // E cents = E/100 yuan: floor(E × rate × tier × promo / (100 × 100 × 100))
        return qint64(floorMulDiv({quint64(e), rate, tier, promo}, 100ULL * 100 * 100));
    // Weighted: E × Σ(line × cat%) / (A × 100) is the eligible spend at category rates.
    quint64 weighted = 0;
    for (const EarnLine &l : in.lines)
        weighted += quint64(l.totalCents) * quint64(l.categoryPercent);
    return qint64(floorMulDiv({quint64(e), weighted, rate, tier, promo}, quint64(in.amountCents) * 100ULL * 100 * 100 * 100));
}

int PointsRules::promoPercent(const Rules &rules, const QDate &day)
{
    if (rules.memberDay > 0 && day.day() == rules.memberDay)
        return std::max(100, rules.memberDayPercent);
    return 100;
}

qint64 PointsRules::pointsValueCents(qint64 points, const Rules &rules)
{
    return rules.redeemPointsPerYuan > 0 ? points * 100 / rules.redeemPointsPerYuan : 0;
}

qint64 PointsRules::maxRedeemablePoints(qint64 balance, qint64 amountAfterCouponCents, const Rules &rules)
{
    // The largest P with floor(P × 100 / rate) × 100 ≤ (A − D) × max%: P ≤ (cap + 1) × rate / 100 − 1 …
    // found exactly by taking the cap in cents and converting back, then checking the neighbours.
    const qint64 capCents = amountAfterCouponCents * rules.redeemMaxPercent / 100;
    qint64 p = std::min(balance, (capCents + 1) * rules.redeemPointsPerYuan / 100);
    while (p > 0 && pointsValueCents(p, rules) * 100 > amountAfterCouponCents * rules.redeemMaxPercent)
        --p;
    return p >= rules.redeemMinPoints && p > 0 ? p : 0;
}

Result<qint64> PointsRules::checkRedemption(qint64 points, qint64 balance, qint64 amountAfterCouponCents, const Rules &rules)
{
    if (points < 0)
        return Error::invalid(tr("Points to redeem cannot be negative."), QStringLiteral("redeem"));
    if (points == 0)
        return qint64(0);
    if (points < rules.redeemMinPoints)
        return Error::refused(tr("At least %1 points per redemption.").arg(rules.redeemMinPoints), QStringLiteral("redeem"));
    if (points > balance)
        return Error::refused(tr("The member has only %1 points; %2 cannot be redeemed.").arg(std::max<qint64>(0, balance)).arg(points),
                              QStringLiteral("redeem"));
    const qint64 value = pointsValueCents(points, rules);
    if (value * 100 > amountAfterCouponCents * rules.redeemMaxPercent) {
        const qint64 max = maxRedeemablePoints(balance, amountAfterCouponCents, rules);
        return Error::refused(tr("Points can pay at most %1% of this visit: up to %2 points.").arg(rules.redeemMaxPercent).arg(max),
                              QStringLiteral("redeem"));
    }
    return value;
}

std::optional<QDate> PointsRules::expiresOn(const QDate &earnedOn, const Rules &rules)
{
    switch (rules.expiryMode) {
    case ExpiryMode::None:
        return std::nullopt;
    case ExpiryMode::Yearly:
        return QDate(earnedOn.year() + 1, 12, 31);
    case ExpiryMode::Rolling:
        break;
    }
    // Earned in month M: valid through the last day of month M + months.
    return QDate(earnedOn.year(), earnedOn.month(), 1).addMonths(rules.expiryMonths + 1).addDays(-1);
}

} // namespace loyalty
