#pragma once

#include "common/Result.h"
#include "shop/Settings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace loyalty {

// One line of a visit as the earning rule sees it.
struct EarnLine {
    qint64 totalCents = 0;   // quantity × unit price
    int categoryPercent = 100;
};

struct EarnInput {
    qint64 amountCents = 0;            // A
    qint64 couponDiscountCents = 0;    // D
    qint64 pointsValueCents = 0;       // V
    QList<EarnLine> lines;             // empty: the whole amount at 100%
    int pointsPerYuan = 1;
    int tierPercent = 100;             // the tier held before the visit
    int promoPercent = 100;            // the largest active promotion
};

// The rules of SPEC §3.1-3.3 over plain values: no database, no clock.
class PointsRules {
    Q_DECLARE_TR_FUNCTIONS(PointsRules)

public:
    // E = A − D − V, never below 0.
    static qint64 eligibleCents(qint64 amount, qint64 discount, qint64 pointsValue);
    // floor(E × rate × tier% × promo% / 100³), with line items weighted by their category percents,
    // exact in integers and rounded down once.
    static qint64 pointsEarned(const EarnInput &in);
    // The promotion percent on `day`: the member day, else 100.
    static int promoPercent(const Rules &rules, const QDate &day);
    // V = floor(points × 100 / redeem.points_per_yuan) cents.
    static qint64 pointsValueCents(qint64 points, const Rules &rules);
    // Checks a redemption against §3.2; its value in cents, or why not. Never clamps.
    static Result<qint64> checkRedemption(qint64 points, qint64 balance, qint64 amountAfterCouponCents, const Rules &rules);
    // The largest redemption allowed for this amount and balance (what the counter offers), 0 when
    // none is possible.
    static qint64 maxRedeemablePoints(qint64 balance, qint64 amountAfterCouponCents, const Rules &rules);
    // The last day a lot earned on `earnedOn` is valid; std::nullopt when points never expire.
    static std::optional<QDate> expiresOn(const QDate &earnedOn, const Rules &rules);
};

} // namespace loyalty
