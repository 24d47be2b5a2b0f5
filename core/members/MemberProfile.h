#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "coupons/Coupon.h"
#include "dormancy/Outreach.h"
#include "members/Member.h"
#include "rules/MemberState.h"
#include "tiers/Tier.h"
#include "visits/Visit.h"

#include <QCoreApplication>

#include <optional>

namespace loyalty {

class Database;

struct PointsExpiring {
    qint64 points = 0;
    QDate on;  // the last day the points are valid
};

// Everything the counter card, the member page and `member show` say about one member.
struct MemberProfile {
    Member member;
    Tier tier;
    qint64 spend12mCents = 0;
    int visits = 0;
    std::optional<int> typicalGapDays;
    StateResult state;
    QDate snoozedUntil;                  // the alert is snoozed until then (invalid: not snoozed)
    std::optional<Contact> lastContact;  // the latest try to bring them back
    QList<PointsExpiring> pointsExpiring;
    QDate tierKeptUntil;                 // kept at least until then, whatever the spend (the grace)
    std::optional<Tier> nextTier;
    qint64 toNextTierCents = 0;
    std::optional<QDateTime> lastVisitAt;
    QList<VisitLine> lastItems;          // what was bought at the last non-void visit
    QList<Coupon> coupons;               // issued to the member and still usable, soonest last day first

    // "¥320.00 more in the next 12 months to reach Gold" (SPEC §3.4), for the counter, the member
    // page and the slip.
    QString tierProgress(const QString &currency) const;
};

class MemberProfileService {
public:
    MemberProfileService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<MemberProfile> load(const Member &member) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
