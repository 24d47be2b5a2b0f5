#include "coupons/CouponRules.h"

#include "common/Money.h"
#include "coupons/CouponCode.h"

#include <algorithm>

namespace loyalty {

Status CouponRules::validate(const CouponTemplate &t)
{
    const QString name = t.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("A coupon template needs a name."), QStringLiteral("name"));
    if (name.size() > kMaxNameLength)
        return Error::invalid(tr("A template's name is at most %1 characters long.").arg(kMaxNameLength), QStringLiteral("name"));
    switch (t.kind) {
    case CouponKind::AmountOff:
        if (t.value <= 0 || t.value > Money::kMaxCents)
            return Error::invalid(tr("The amount off must be more than 0 and at most %1.").arg(Money(Money::kMaxCents).toPlainString()),
                                  QStringLiteral("value"));
        break;
    case CouponKind::PercentOff:
        if (t.value < 1 || t.value > 100)
            return Error::invalid(tr("The percent off is a whole number from 1 to 100."), QStringLiteral("value"));
        break;
    case CouponKind::SpendAndSave:
        if (t.value <= 0 || t.value > Money::kMaxCents)
            return Error::invalid(tr("The amount off must be more than 0 and at most %1.").arg(Money(Money::kMaxCents).toPlainString()),
                                  QStringLiteral("value"));
        if (t.thresholdCents <= 0 || t.thresholdCents > Money::kMaxCents)
            return Error::invalid(tr("A spend-and-save coupon needs the spend it starts at (--threshold)."), QStringLiteral("threshold"));
        if (t.value > t.thresholdCents)
            return Error::invalid(tr("A spend-and-save coupon cannot take off more than the spend it starts at."), QStringLiteral("value"));
        break;
    }
    if (t.minSpendCents < 0 || t.minSpendCents > Money::kMaxCents)
        return Error::invalid(tr("The minimum spend must be between 0 and %1.").arg(Money(Money::kMaxCents).toPlainString()),
                              QStringLiteral("min_spend"));
    if (t.validDays < 1 || t.validDays > kMaxValidDays)
        return Error::invalid(tr("A coupon is valid for 1 to %1 days.").arg(kMaxValidDays), QStringLiteral("valid_days"));
    if (t.slipText.size() > kMaxSlipTextLength)
        return Error::invalid(tr("The slip text is at most %1 characters long.").arg(kMaxSlipTextLength), QStringLiteral("slip_text"));
    return {};
}

QString CouponRules::describe(const CouponTemplate &t, const QString &currency)
{
    QString what;
    switch (t.kind) {
    case CouponKind::AmountOff:
        what = tr("%1 off").arg(Money(t.value).format(currency));
        break;
    case CouponKind::PercentOff:
        what = tr("%1% off").arg(t.value);
        break;
    case CouponKind::SpendAndSave:
        what = tr("%1 off a spend of %2").arg(Money(t.value).format(currency), Money(t.thresholdCents).format(currency));
        break;
    }
    if (t.minSpendCents > 0)
        what += tr(", with a spend of at least %1").arg(Money(t.minSpendCents).format(currency));
    return what;
}

qint64 CouponRules::discountCents(const CouponTemplate &t, qint64 amountCents)
{
    switch (t.kind) {
    case CouponKind::AmountOff:
    case CouponKind::SpendAndSave:
        return std::min(t.value, amountCents);
    case CouponKind::PercentOff:
        return amountCents * t.value / 100;
    }
    return 0;
}

Status CouponRules::checkRedemption(const Coupon &c, const CouponTemplate &t, const Use &use, const QString &currency)
{
    const QString code = CouponCode::display(c.code);
    switch (c.status) {
    case CouponStatus::Redeemed:
        return Error::refused(tr("Coupon %1 was already redeemed.").arg(code), QStringLiteral("coupon"));
    case CouponStatus::Void:
        return Error::refused(tr("Coupon %1 was voided.").arg(code), QStringLiteral("coupon"));
    case CouponStatus::Expired:
        return Error::refused(tr("Coupon %1 expired on %2.").arg(code, c.validUntil.toString(Qt::ISODate)), QStringLiteral("coupon"));
    case CouponStatus::Issued:
        break;
    }
    if (use.today > c.validUntil)
        return Error::refused(tr("Coupon %1 expired on %2.").arg(code, c.validUntil.toString(Qt::ISODate)), QStringLiteral("coupon"));
    if (c.memberId && *c.memberId != use.memberId)
        return Error::refused(tr("Coupon %1 belongs to another member.").arg(code), QStringLiteral("coupon"));
    if (t.tierLevel && use.memberTierLevel < *t.tierLevel)
        return Error::refused(tr("Coupon %1 is for members of a higher tier.").arg(code), QStringLiteral("coupon"));
    if (use.amountCents < t.minSpendCents)
        return Error::refused(tr("Coupon %1 needs a spend of at least %2.").arg(code, Money(t.minSpendCents).format(currency)),
                              QStringLiteral("coupon"));
    if (t.kind == CouponKind::SpendAndSave && use.amountCents < t.thresholdCents)
        return Error::refused(tr("Coupon %1 takes %2 off a spend of %3 or more.")
                                  .arg(code, Money(t.value).format(currency), Money(t.thresholdCents).format(currency)),
                              QStringLiteral("coupon"));
    return {};
}

} // namespace loyalty
