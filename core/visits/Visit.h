#pragma once

#include "rules/MemberState.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace loyalty {

// One line of a sale: "coffee:Latte:2:28.00".
struct VisitLine {
    Q_DECLARE_TR_FUNCTIONS(VisitLine)

public:
    QString category;
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceCents = 0;

    qint64 totalCents() const { return quantity * unitPriceCents; }
    // Parses "category:description:qty:unit_price" (the description may be empty; the price is money).
    static Result<VisitLine> parse(const QString &text);
    QString toString() const;  // the same form, price as 28.00
    // Checks a line built elsewhere (the GUI): quantity, price, lengths.
    static Status validate(const VisitLine &line);
};

// A new visit's UUID: the UUID version 7 layout (RFC 9562), 48 bits of the time in milliseconds then
// random bits from the system's generator, so visits' UUIDs sort by time and the UUID index grows
// at its end instead of touching a random page for every visit.
QString newVisitUuid(const QDateTime &at);

struct Visit {
    qint64 id = 0;
    QString uuid;
    qint64 memberId = 0;
    QDateTime at;
    qint64 amountCents = 0;
    qint64 couponDiscountCents = 0;
    qint64 pointsValueCents = 0;
    qint64 eligibleCents = 0;
    qint64 pointsRedeemed = 0;
    qint64 pointsEarned = 0;
    qint64 bonusPoints = 0;
    int tierLevel = 0;
    int earnPercent = 100;
    int promoPercent = 100;
    qint64 balanceAfter = 0;
    int tierAfter = 0;
    bool tierChanged = false;
    QString op;
    QString note;
    std::optional<QDateTime> voidedAt;
    QString voidedBy;
    QString voidReason;
    QList<VisitLine> items;

    bool isVoid() const { return voidedAt.has_value(); }
};

// What the counter asks for.
struct VisitRequest {
    qint64 memberId = 0;
    qint64 amountCents = 0;
    QList<VisitLine> items;
    qint64 redeemPoints = 0;
    QString couponCode;
    QString uuid;          // empty: a new one is made
    QString note;
};

struct BonusGranted {
    QString reason;        // birthday, referral
    qint64 points = 0;
    qint64 memberId = 0;   // who got it (the referrer for a referral bonus)
};

// What the counter shows after recording, and `visit add --json` prints (SPEC §7).
struct VisitResult {
    qint64 visitId = 0;
    QString uuid;
    qint64 memberId = 0;
    QDateTime at;
    qint64 amountCents = 0;
    qint64 couponDiscountCents = 0;
    qint64 pointsValueCents = 0;
    qint64 eligibleCents = 0;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    qint64 bonusPoints = 0;         // this member's bonuses only
    qint64 balance = 0;
    int tierLevel = 0;              // after the visit
    int tierBefore = 0;             // held before it (points were earned at this tier)
    bool tierChanged = false;
    int promoPercent = 100;
    QList<BonusGranted> bonuses;    // all bonuses of the visit, the referrer's included
    QStringList couponsIssued;
    bool replayed = false;          // the UUID was recorded before: this is the first result
    // The member was at risk, dormant or lost before this visit (SPEC §3.5, §4: "back after 45 days
    // — usually every 7"). Said when recorded at the counter or the CLI; not kept with the visit, so
    // a replayed UUID and bulk loads leave it out.
    struct Comeback {
        MemberState stateBefore = MemberState::AtRisk;
        int daysAbsent = 0;
        int expectedGapDays = 0;
        bool ownRhythm = false;     // the gap is the member's own, not the shop's usual one
    };
    std::optional<Comeback> comeback;
};

struct VoidResult {
    qint64 visitId = 0;
    qint64 memberId = 0;
    qint64 balance = 0;
    qint64 pointsTakenBack = 0;     // earned and bonus points reversed (all members)
    qint64 pointsReturned = 0;      // redeemed points given back
};

} // namespace loyalty
