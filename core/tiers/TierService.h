#pragma once

#include "common/Share.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Operator.h"
#include "tiers/Tier.h"

#include <QCoreApplication>
#include <QHash>

namespace loyalty {

class Database;
class TierStore;

struct TierChange {
    qint64 memberId = 0;
    QString card;
    int from = 0;
    int to = 0;
    QDate on;        // the review day
};

struct TierReviewReport {
    QList<QDate> days;            // the reviews run, oldest first
    QList<TierChange> changed;    // members whose tier moved, in the order of the reviews
    qint64 renewed = 0;           // members renewed (a tier above the lowest)
    qint64 kept = 0;              // members who kept a tier in its grace
};

// What a ladder would make of the members' spend over the last 12 months (active members only).
struct LadderPreview {
    QList<qint64> byLevel;        // members whose spend qualifies for each level
    qint64 members = 0;
    qint64 up = 0;                // whose spend reaches a higher tier than they hold
    qint64 down = 0;              // whose spend no longer reaches the tier they hold
};

// The pyramid (SPEC §3.4): members per tier against the target shares, and thresholds that would
// give the target shares from the last 12 months of spend.
struct TierReport {
    QDate asOf;
    TierLadder ladder;
    QList<qint64> membersByLevel;       // active members holding each tier
    qint64 members = 0;
    QList<qint64> suggestedThresholds;  // lowest first
    LadderPreview current;              // what the ladder as it stands makes of the spend
    LadderPreview suggested;            // what the suggested thresholds would make of it

    // Shares in hundredths of a percent (integers; 1234 = 12.34%).
    static qint64 shareBasisPoints(qint64 part, qint64 whole) { return basisPoints(part, whole); }
    TierLadder suggestedLadder() const;
};

// Tiers over time (SPEC §3.4): the monthly review with its grace, the ladder's changes and the
// pyramid. Upgrades at a visit happen in CheckoutService, with the same rules (TierRules).
class TierService {
    Q_DECLARE_TR_FUNCTIONS(TierService)

public:
    TierService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The review days not done yet, up to today (cheap: for the GUI to decide to start the work).
    Result<QList<QDate>> reviewsDue() const;
    // Runs them in order, each as of its own day and in its own transaction, remembered as done.
    Result<TierReviewReport> reviewDue();
    // One review as of `day` on a store that holds everyone (a bulk load's batch): writes only
    // through the store; the caller remembers the day (markReviewed) when its work is kept.
    static Result<TierReviewReport> review(TierStore &store, const TierLadder &ladder, int graceMonths, const QDate &day);
    Status markReviewed(const QDate &day);

    Result<TierReport> report() const;
    Result<LadderPreview> preview(const TierLadder &ladder) const;

    // The owner changes the ladder: checked whole, stored in one transaction, audited. Members move
    // with it at their next visit (up) or review (up, or down after their grace).
    Status saveLadder(const TierLadder &ladder, const Operator &op);

private:
    static LadderPreview previewOf(const TierLadder &ladder, const QList<std::pair<int, qint64>> &levelAndSpend);
    Result<QList<std::pair<int, qint64>>> activeSpend12m() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
