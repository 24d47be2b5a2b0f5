#pragma once

#include "common/Result.h"
#include "points/Ledger.h"
#include "shop/Settings.h"
#include "storage/LedgerRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace loyalty {

class Database;

// Writes points into the ledger and keeps lots, the cached balance and the debt in step, inside the
// caller's transaction. The invariant it keeps for every member (and `check` proves):
//   balance = Σ ledger.points = Σ lots.remaining − debt,   and debt > 0 only when no lot has points.
class PointsLedger {
    Q_DECLARE_TR_FUNCTIONS(PointsLedger)

public:
    // With WriteBalances::Later the cached balances are not written with each entry: the caller
    // takes them with takeBalance() (to write them with its own update of the member) and must call
    // flush() for the rest before its transaction commits.
    enum class WriteBalances { AtOnce, Later };
    // Over the shop file, written at once.
    PointsLedger(Database &db, Rules rules, QString op, WriteBalances write = WriteBalances::AtOnce);
    // Over another store (a VisitBatch).
    PointsLedger(LedgerStore &store, Rules rules, QString op, WriteBalances write = WriteBalances::AtOnce);

    struct Credit {
        qint64 memberId = 0;
        LedgerKind kind = LedgerKind::Earn;
        qint64 points = 0;                   // > 0
        QDateTime at;
        QDate earnedOn;                      // decides FIFO order and expiry
        std::optional<qint64> visitId;
        QString reason;
        std::optional<qint64> relatedMemberId;
        std::optional<qint64> reversesId;
    };
    // A credit becomes a lot that expires by the rules from `earnedOn`; it pays a debt first.
    Result<qint64> credit(const Credit &c);

    struct Debit {
        qint64 memberId = 0;
        LedgerKind kind = LedgerKind::Redeem;
        qint64 points = 0;                   // > 0: what is taken (0 only for a reversal of expired points)
        QDateTime at;
        std::optional<qint64> visitId;
        QString reason;
        std::optional<qint64> reversesId;
        std::optional<qint64> fromLotFirst;  // a reversal takes back from the reversed credit's own lot first
        bool allowDebt = false;              // voids may take back more than is left
    };
    // Takes points from the oldest lots first; what the lots cannot cover becomes debt when allowed.
    Result<qint64> debit(const Debit &d);

    // Writes an `expire` entry for what is left in `lot` and empties it.
    Status expire(const Lot &lot, const QDateTime &at);

    struct Balance {
        qint64 points = 0;
        qint64 debt = 0;
    };
    Result<Balance> balance(qint64 memberId) const;
    // Tells the ledger a balance the caller has just read in this transaction (saves a query).
    void know(qint64 memberId, Balance b) { m_balances.insert(memberId, b); }
    // WriteBalances::Later: the member's balance as it stands, no longer pending.
    Balance takeBalance(qint64 memberId);
    // WriteBalances::Later: writes every balance still pending.
    Status flush();

private:
    // Balances this ledger has read or written, so a checkout's several entries read the member once.
    Result<Balance *> tracked(qint64 memberId);

    std::unique_ptr<LedgerRepository> m_ownRepo;
    LedgerStore &m_repo;
    QHash<qint64, Balance> m_balances;
    QSet<qint64> m_pending;
    Status store(qint64 memberId, qint64 delta);
    Rules m_rules;
    QString m_op;
    WriteBalances m_write;
};

} // namespace loyalty
