#pragma once

#include "tiers/Tier.h"

#include <QDate>
#include <QList>

namespace loyalty::TierRules {

// SPEC §3.4, as pure functions: no storage, no clock.

// The first day of every month is a review day. The first review after `day` (a review day gives
// the next month's).
QDate nextReviewDay(const QDate &day);
// The review days after `after`, up to and including `upTo`, oldest first.
QList<QDate> reviewDaysBetween(const QDate &after, const QDate &upTo);

// The qualifying spend's window: at a visit on `today`, visits dated today − 364 … today;
// at a review as of R, visits dated R − 365 … R − 1 (the start of that day).
inline QDate spendWindowStart(const QDate &today) { return today.addDays(-364); }
inline QDate reviewWindowFirst(const QDate &reviewDay) { return reviewDay.addDays(-365); }
inline QDate reviewWindowLast(const QDate &reviewDay) { return reviewDay.addDays(-1); }

// The last day a tier reached or renewed on `since` is kept whatever the spend: the day before the
// first review at which the grace is over (since + graceMonths is not after it).
QDate keptAtLeastUntil(const QDate &since, int graceMonths);

// After a visit: the member moves up when the spend reaches a higher tier, never down.
int levelAfterVisit(const TierLadder &ladder, int heldLevel, qint64 spend12mCents);

struct Standing {
    int level = 0;
    QDate since;             // the tier date: reached, renewed or dropped to
    qint64 spendCents = 0;   // the qualifying spend in the review's window
};
struct ReviewOutcome {
    enum class Kind { Renewed, Kept, Dropped };
    Kind kind = Kind::Kept;
    int level = 0;
    QDate since;
};
// The review as of `reviewDay`: a spend that qualifies for the tier held, or higher, moves the
// member to the tier it qualifies for and renews it (tier date := R); a tier reached or renewed
// less than `graceMonths` months before R is kept; otherwise the member drops to the tier the spend
// qualifies for (tier date := R).
ReviewOutcome review(const TierLadder &ladder, const Standing &standing, const QDate &reviewDay, int graceMonths);

// Thresholds that would give the ladder's target shares from these members' qualifying spends
// (one per member, any order): lowest first, the first 0, each next one strictly higher (by at
// least ¥1), rounded to two significant digits so that the owner can say them out loud.
QList<qint64> suggestThresholds(QList<qint64> spends, const QList<int> &targetPercents);
// Two significant digits, to the nearest (half up); at least ¥1.
qint64 roundThreshold(qint64 cents);

} // namespace loyalty::TierRules
