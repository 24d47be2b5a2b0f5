#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace loyalty {

// The arithmetic of lots and debt (SPEC §2 "Lot"), over plain values: which lots a debit empties
// and by how much, and what a credit pays of a debt. PointsLedger applies these plans to the
// database; a batch writer can apply them to lots it holds in memory.

struct OpenLot {
    qint64 id = 0;
    qint64 remaining = 0;
};

struct LotTake {
    qint64 lotId = 0;
    qint64 taken = 0;
    qint64 remainingAfter = 0;
};

struct DebitPlan {
    QList<LotTake> takes;   // in the order the lots are used
    qint64 uncovered = 0;   // what the lots could not cover (a debt, when one is allowed)
};

struct CreditPlan {
    qint64 paysDebt = 0;      // taken from the credit to pay what the member owes
    qint64 lotRemaining = 0;  // what the new lot holds
    qint64 debtAfter = 0;
};

class LotRules {
public:
    // Takes `points` from `open` (oldest first, as given), starting with `firstLotId` when it is
    // among them (a reversal takes back from the reversed credit's own lot first).
    static DebitPlan debit(const QList<OpenLot> &open, qint64 points, std::optional<qint64> firstLotId = std::nullopt);
    // A credit pays the member's debt first; the rest stays in its lot.
    static CreditPlan credit(qint64 points, qint64 debt);
};

} // namespace loyalty
