#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "members/MemberProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace loyalty {

class Database;

// What a slip says (SPEC §5), as plain values: built from the shop file by SlipBuilder, painted by
// SlipRenderer (and written as ESC/POS later). Money in cents, points as integers.
struct SlipData {
    QString shopName;
    QString footer;
    QString currency = QStringLiteral("CNY");
    QDateTime at;

    struct VisitPart {
        qint64 visitId = 0;
        QString memberName;
        QString card;
        qint64 amountCents = 0;
        qint64 couponDiscountCents = 0;
        qint64 pointsValueCents = 0;
        qint64 paidCents = 0;
        qint64 pointsRedeemed = 0;
        qint64 pointsEarned = 0;
        qint64 bonusPoints = 0;
        qint64 balance = 0;
        bool voided = false;
    };
    std::optional<VisitPart> visit;

    QString tierName;
    QString tierProgress;            // "¥320.00 more in the next 12 months to reach Gold"
    QString tierPerks;
    bool tierChanged = false;
    QList<PointsExpiring> expiring;

    struct CouponPart {
        QString name;
        QString terms;               // "¥10.00 off a spend of ¥50.00 or more" and the template's slip text
        QString code;                // canonical
        QDate validUntil;
    };
    QList<CouponPart> coupons;
};

// The words a slip prints, one translation for the painted slip and the ESC/POS one.
struct SlipText {
    Q_DECLARE_TR_FUNCTIONS(SlipText)
};

// Builds a slip from what the shop file holds, so a slip can be printed again at any time.
class SlipBuilder {
    Q_DECLARE_TR_FUNCTIONS(SlipBuilder)

public:
    SlipBuilder(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // A visit's slip: the visit as recorded, the member's tier, progress, points expiring soon and
    // balance as they stand now, and the coupons issued with the visit.
    Result<SlipData> forVisit(qint64 visitId) const;
    // One coupon on its own slip (issued by hand or in a campaign).
    Result<SlipData> forCoupon(const QString &canonicalCode) const;
    // What a slip or a sheet says of one coupon: its name, terms in words and the template's text.
    Result<SlipData::CouponPart> couponPart(const Coupon &c) const;
    // A campaign's coupons on A4 sheets, each named for its member.
    Status couponSheets(const QList<Coupon> &coupons, const QString &path) const;

private:
    SlipData shop() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
