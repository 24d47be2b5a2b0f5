#include "coupons/Coupon.h"

namespace loyalty {

QString toString(CouponKind kind)
{
    switch (kind) {
    case CouponKind::AmountOff:
        return QStringLiteral("amount_off");
    case CouponKind::PercentOff:
        return QStringLiteral("percent_off");
    case CouponKind::SpendAndSave:
        return QStringLiteral("spend_and_save");
    }
    return {};
}

std::optional<CouponKind> couponKindFromString(const QString &text)
{
    for (CouponKind k : {CouponKind::AmountOff, CouponKind::PercentOff, CouponKind::SpendAndSave})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

QString toString(CouponStatus status)
{
    switch (status) {
    case CouponStatus::Issued:
        return QStringLiteral("issued");
    case CouponStatus::Redeemed:
        return QStringLiteral("redeemed");
    case CouponStatus::Expired:
        return QStringLiteral("expired");
    case CouponStatus::Void:
        return QStringLiteral("void");
    }
    return {};
}

std::optional<CouponStatus> couponStatusFromString(const QString &text)
{
    for (CouponStatus s : {CouponStatus::Issued, CouponStatus::Redeemed, CouponStatus::Expired, CouponStatus::Void})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

} // namespace loyalty
