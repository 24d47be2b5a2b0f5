#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace loyalty {

enum class CouponKind { AmountOff, PercentOff, SpendAndSave };
enum class CouponStatus { Issued, Redeemed, Expired, Void };

QString toString(CouponKind kind);
std::optional<CouponKind> couponKindFromString(const QString &text);
QString toString(CouponStatus status);
std::optional<CouponStatus> couponStatusFromString(const QString &text);

// What a coupon gives (SPEC §3.6). `value` is cents for amount_off and spend_and_save, a whole
// percent for percent_off.
struct CouponTemplate {
    qint64 id = 0;
    QString name;
    CouponKind kind = CouponKind::AmountOff;
    qint64 value = 0;
    qint64 thresholdCents = 0;   // spend_and_save: 满 threshold 减 value
    qint64 minSpendCents = 0;
    int validDays = 30;
    std::optional<int> tierLevel;   // only for members holding this tier or a higher one
    QString slipText;
    QString autoIssue;           // "", "tier_upgrade", "birthday"
    bool active = true;
    QDateTime createdAt;
};

struct Coupon {
    qint64 id = 0;
    QString code;                // canonical (CouponCode)
    qint64 templateId = 0;
    std::optional<qint64> memberId;   // none: to bearer
    std::optional<qint64> campaignId;
    QDateTime issuedAt;
    QDate validUntil;            // the last day it may be redeemed
    CouponStatus status = CouponStatus::Issued;
    std::optional<qint64> issuedVisitId;
    std::optional<qint64> redeemedVisitId;
    std::optional<QDateTime> redeemedAt;
    qint64 discountCents = 0;    // what it took off when redeemed
    QString op;
    QString templateName;        // read with the coupon, for showing it
};

} // namespace loyalty
