#pragma once

#include "common/Result.h"
#include "points/Ledger.h"
#include "points/LedgerStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>

namespace loyalty {

class Database;

// The invariants `check` proves (SPEC §2); each is a query for the rows that break it.
enum class LedgerInvariant {
    BalanceIsLedgerSum,
    BalanceIsLotsLessDebt,
    DebtOnlyWithoutPoints,
    LotMatchesEntry,
    CreditHasLot,
    EntryVisitExists,
    EntryMemberExists,
    VisitEarnMatchesLedger,
    VoidIsReversed,
    ReversalIsExact,
    VisitCountMatches,
    Spend12mMatches,     // the stored 12-month spend against the visits of its window (SPEC §3.5)
    LastVisitMatches
};

// All SQL about the ledger and its lots. The ledger is append-only (a trigger refuses updates and
// deletes); lots keep what is left of each credit.
class LedgerRepository : public LedgerStore {
public:
    explicit LedgerRepository(Database &db) : m_db(db) {}

    Result<qint64> append(const LedgerEntry &entry) override;
    Result<qint64> addLot(const Lot &lot) override;
    Status setRemaining(qint64 lotId, qint64 remaining) override;
    Result<QList<Lot>> openLots(qint64 memberId) const override;
    Result<std::pair<qint64, qint64>> balanceOf(qint64 memberId) const override;
    Status addToBalance(qint64 memberId, qint64 delta, qint64 newDebt) override;
    Status setBalance(qint64 memberId, qint64 points, qint64 debt) override;

    // Bulk loads (VisitBatch): rows with their ids given, through BulkStatement.
    Status appendMany(const QList<LedgerEntry> &entries);
    Status addLots(const QList<Lot> &lots);
    Status setRemainingMany(const QList<std::pair<qint64, qint64>> &lotRemaining);
    Result<std::optional<Lot>> lotOfEntry(qint64 ledgerId) const;
    Result<QList<Lot>> expiredBefore(const QDate &day) const override;
    // Every open lot, by member, oldest first (bulk loads hold them all).
    Result<QList<Lot>> allOpenLots() const;
    // Open lots of a member that expire on or before `lastDay` (and not before `firstDay`).
    Result<QList<Lot>> expiringBetween(qint64 memberId, const QDate &firstDay, const QDate &lastDay) const;
    Result<QList<Lot>> lotsOf(qint64 memberId) const;

    Result<QList<LedgerEntry>> entriesOf(qint64 memberId, int limit = -1) const;
    // Entries recorded with a visit (for the visiting member and others, e.g. a referrer's bonus)
    // that have not been reversed yet.
    Result<QList<LedgerEntry>> unreversedEntriesOfVisit(qint64 visitId) const;
    // Every bonus granted (to one member, or to all), and whether it stands (was not reversed).
    struct BonusFact {
        qint64 entryId = 0;
        qint64 memberId = 0;
        QString reason;
        int year = 0;
        std::optional<qint64> relatedMemberId;
        bool standing = true;
    };
    Result<QList<BonusFact>> bonusFacts(std::optional<qint64> memberId = std::nullopt) const;
    // Whether a bonus with this reason stands for the member, optionally in a year or for a
    // related member; whether one was ever granted for `relatedMemberId`, reversed or not (a
    // referral bonus taken back by a void is granted again at the next visit). Asked of the file,
    // or of facts held in memory (VisitBatch).
    Result<bool> hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                  std::optional<qint64> relatedMemberId) const;
    Result<bool> wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const;
    static bool standsIn(const QList<BonusFact> &facts, const QString &reason, std::optional<int> year,
                         std::optional<qint64> relatedMemberId);
    static bool grantedIn(const QList<BonusFact> &facts, const QString &reason, qint64 relatedMemberId);

    // Points that expired out of a lot (its `expire` entries).
    Result<qint64> expiredFromLot(qint64 lotId) const;

    // The rows that break an invariant, at most `limit`, three values each (what the message names).
    Result<QList<QStringList>> violations(LedgerInvariant invariant, int limit) const;
    // How many members and ledger entries there are.
    Result<std::pair<qint64, qint64>> memberAndEntryCounts() const;
    // The bonuses recorded with a visit: reason, points, member.
    struct VisitBonus {
        QString reason;
        qint64 points = 0;
        qint64 memberId = 0;
    };
    Result<QList<VisitBonus>> bonusesOfVisit(qint64 visitId) const;

private:
    Database &m_db;
};

} // namespace loyalty
