#pragma once

#include "common/Result.h"
#include "points/Ledger.h"

#include <QList>

namespace loyalty {

class Database;

// All SQL about the ledger and its lots. The ledger is append-only (a trigger refuses updates and
// deletes); lots keep what is left of each credit.
class LedgerRepository {
public:
    explicit LedgerRepository(Database &db) : m_db(db) {}

    Result<qint64> append(const LedgerEntry &entry);
    Result<qint64> addLot(const Lot &lot);
    Status setRemaining(qint64 lotId, qint64 remaining);
    // Open lots (remaining > 0) of a member, oldest first (FIFO by earned_on, then id).
    Result<QList<Lot>> openLots(qint64 memberId) const;
    Result<std::optional<Lot>> lotOfEntry(qint64 ledgerId) const;
    // Lots with points left whose last valid day is before `day`.
    Result<QList<Lot>> expiredBefore(const QDate &day) const;
    // Open lots of a member that expire on or before `lastDay` (and not before `firstDay`).
    Result<QList<Lot>> expiringBetween(qint64 memberId, const QDate &firstDay, const QDate &lastDay) const;
    Result<QList<Lot>> lotsOf(qint64 memberId) const;

    Result<QList<LedgerEntry>> entriesOf(qint64 memberId, int limit = -1) const;
    // Entries recorded with a visit (for the visiting member and others, e.g. a referrer's bonus)
    // that have not been reversed yet.
    Result<QList<LedgerEntry>> unreversedEntriesOfVisit(qint64 visitId) const;
    // Whether a bonus with this reason stands (was granted and not reversed) for the member,
    // optionally in a year or for a related member.
    Result<bool> hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                  std::optional<qint64> relatedMemberId) const;
    // Whether a bonus with this reason was ever granted to the member for `relatedMemberId`,
    // reversed or not (a referral bonus taken back by a void is granted again at the next visit).
    Result<bool> wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const;

    // Points that expired out of a lot (its `expire` entries).
    Result<qint64> expiredFromLot(qint64 lotId) const;

    // Cached balance and debt, changed with every entry.
    Status addToBalance(qint64 memberId, qint64 delta, qint64 newDebt);
    Status setBalance(qint64 memberId, qint64 points, qint64 debt);

private:
    Database &m_db;
};

} // namespace loyalty
