#pragma once

#include "common/Result.h"
#include "points/Ledger.h"

#include <QList>

#include <utility>

namespace loyalty {

// What PointsLedger reads and writes: the ledger, the lots and the members' cached balances.
// LedgerRepository writes each change to the file at once (the counter, voids, adjustments,
// expiry); VisitBatch keeps them in memory and writes many at a time (bulk loads). PointsLedger's
// rules are the same over both.
class LedgerStore {
public:
    virtual ~LedgerStore() = default;

    virtual Result<qint64> append(const LedgerEntry &entry) = 0;
    virtual Result<qint64> addLot(const Lot &lot) = 0;
    virtual Status setRemaining(qint64 lotId, qint64 remaining) = 0;
    // Open lots (remaining > 0) of a member, oldest first (FIFO by earned_on, then id).
    virtual Result<QList<Lot>> openLots(qint64 memberId) const = 0;
    // Lots with points left whose last valid day is before `day`, by member, oldest first.
    virtual Result<QList<Lot>> expiredBefore(const QDate &day) const = 0;
    // A member's cached balance and debt.
    virtual Result<std::pair<qint64, qint64>> balanceOf(qint64 memberId) const = 0;
    // Cached balance and debt, changed with every entry.
    virtual Status addToBalance(qint64 memberId, qint64 delta, qint64 newDebt) = 0;
    virtual Status setBalance(qint64 memberId, qint64 points, qint64 debt) = 0;
};

} // namespace loyalty
