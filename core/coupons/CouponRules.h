#pragma once

#include "common/Result.h"
#include "coupons/Coupon.h"

#include <QCoreApplication>

namespace loyalty {

// SPEC §3.6 as pure functions: a template's checks, a coupon's validity and its discount.
class CouponRules {
    Q_DECLARE_TR_FUNCTIONS(CouponRules)

public:
    static constexpr int kMaxNameLength = 60;
    static constexpr int kMaxSlipTextLength = 300;
    static constexpr int kMaxValidDays = 3650;

    // A template that can be stored; the first problem, translated, with its field.
    static Status validate(const CouponTemplate &t);
    // Issued on `issued` for N days: valid through the end of issued + N.
    static QDate validUntil(const QDate &issued, int validDays) { return issued.addDays(validDays); }
    // What the coupon takes off a visit of `amountCents`: never more than the amount; percents
    // rounded down to the cent.
    static qint64 discountCents(const CouponTemplate &t, qint64 amountCents);

    struct Use {
        qint64 memberId = 0;        // who is paying
        int memberTierLevel = 0;
        qint64 amountCents = 0;     // A
        QDate today;
    };
    // What the coupon gives, in words: "¥10.00 off", "15% off", "¥20.00 off a spend of ¥100.00",
    // with the minimum spend when there is one.
    static QString describe(const CouponTemplate &t, const QString &currency);
    // Whether the coupon may pay for this visit; the reason (translated) when not.
    static Status checkRedemption(const Coupon &c, const CouponTemplate &t, const Use &use, const QString &currency);
};

} // namespace loyalty
