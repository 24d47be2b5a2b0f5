#pragma once

#include "visits/CheckoutStore.h"

#include <QHash>
#include <QSet>

#include <map>

namespace loyalty {

// A CheckoutStore for bulk loads (the demo history): the members it has seen, their open lots and
// the bonus questions already answered are held in memory, so a visit reads nothing from the file;
// the new visits, items, ledger entries and lots, the changed lots and the members' totals wait
// and are written by flush() through statements on SQLite's own interface (BulkStatement). A
// member who comes several times between flushes is written once. CheckoutService records into
// it exactly as into the file, so the rules are the same code; only the reading and writing differ.
//
// How to use it:
// - inside one transaction of the caller's, which the batch never commits; flush() before the
//   transaction commits, and before anything else reads or writes these tables;
// - holdEveryone() first to run expiry through the batch too (ExpiryService::run(batch)): it then
//   holds every member and open lot, so a day change costs no reads or writes of the file;
// - a failed record() leaves the batch unusable: roll the transaction back and drop the batch;
// - ids are given in advance (max + 1 when the batch starts writing, again after each flush), so
//   no other connection may write meanwhile (the transaction sees to that).
class VisitBatch final : public CheckoutStore {
public:
    explicit VisitBatch(Database &db) : m_db(db) {}

    // Reads every member and open lot of the shop into the batch (before anything is recorded).
    Status holdEveryone();
    // Writes everything pending. Members stay known: what is held matches the file afterwards.
    Status flush();
    // Visits waiting for flush().
    qsizetype pendingVisits() const { return m_visits.size(); }

    Database &database() const override { return m_db; }
    Result<std::optional<Visit>> visitByUuid(const QString &uuid) override;
    Result<Member> member(qint64 id) const override;
    Result<bool> hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                  std::optional<qint64> relatedMemberId) const override;
    Result<bool> wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const override;
    Result<qint64> insertVisit(const Visit &visit) override;
    Status countVisit(qint64 memberId, const QDateTime &at, qint64 points, qint64 debt) override;

    Result<qint64> append(const LedgerEntry &entry) override;
    Result<qint64> addLot(const Lot &lot) override;
    Status setRemaining(qint64 lotId, qint64 remaining) override;
    Result<QList<Lot>> openLots(qint64 memberId) const override;
    // From memory, and only after holdEveryone().
    Result<QList<Lot>> expiredBefore(const QDate &day) const override;
    Result<std::pair<qint64, qint64>> balanceOf(qint64 memberId) const override;
    Status addToBalance(qint64 memberId, qint64 delta, qint64 newDebt) override;
    Status setBalance(qint64 memberId, qint64 points, qint64 debt) override;

private:
    struct Held {
        Member member;              // points, debt, visit count and last visit kept current
        bool lotsLoaded = false;
        QList<qint64> openLots;     // FIFO order: earned_on, then id
    };
    // A bonus question asked and answered: year 0 is "any year", related 0 "any member", and
    // year -1 "was ever granted" (reversed or not).
    struct BonusKey {
        qint64 memberId = 0;
        QString reason;
        int year = 0;
        qint64 related = 0;
        bool operator==(const BonusKey &o) const = default;
        friend size_t qHash(const BonusKey &k, size_t seed = 0) { return qHashMulti(seed, k.memberId, k.reason, k.year, k.related); }
    };

    Result<Held *> held(qint64 memberId) const;
    Result<Member *> changing(qint64 memberId);
    Result<Held *> heldWithLots(qint64 memberId) const;
    Result<qint64> takeId(std::optional<qint64> &next, const QString &table);
    void insertOpen(Held &h, const Lot &lot) const;
    void trackExpiry(const Lot &lot, bool open) const;
    Status writeRows();                                        // the new visits, entries and lots

    Database &m_db;
    mutable QHash<qint64, Held> m_held;
    mutable QHash<qint64, Lot> m_lots;              // the held members' open lots, and the new ones
    mutable QHash<BonusKey, bool> m_bonuses;
    mutable std::map<QDate, QSet<qint64>> m_expiring;  // open lots by last valid day
    bool m_holdsEveryone = false;
    QList<Visit> m_visits;
    QSet<QString> m_uuids;                          // of m_visits
    QList<LedgerEntry> m_entries;
    QList<qint64> m_newLots;
    QHash<qint64, qint64> m_changedLots;            // lots already in the file: id -> remaining
    QSet<qint64> m_changedMembers;                  // whose totals wait for flush()
    std::optional<qint64> m_nextVisit;
    std::optional<qint64> m_nextEntry;
    std::optional<qint64> m_nextLot;
};

} // namespace loyalty
