#pragma once

#include "storage/VisitRepository.h"
#include "visits/CheckoutStore.h"

#include <QHash>
#include <QSet>

#include <future>
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
//   holds every member, open lot and bonus, so recording and expiry read nothing from the file
//   and writeInBackground() can write on another thread while recording goes on;
// - a failed record() leaves the batch unusable: roll the transaction back and drop the batch;
// - ids are given in advance (max + 1 when the batch starts writing, again after each flush), so
//   no other connection may write meanwhile (the transaction sees to that).
class VisitBatch final : public CheckoutStore {
public:
    explicit VisitBatch(Database &db) : m_db(db) {}
    ~VisitBatch() override;   // waits for a write still running

    // Reads every member and open lot of the shop into the batch (before anything is recorded).
    Status holdEveryone();
    // Writes everything pending. Members stay known: what is held matches the file afterwards.
    Status flush();
    // Hands what is pending to a thread that writes it while recording goes on (only after
    // holdEveryone(), when recording reads nothing from the file); flush() waits for it.
    Status writeInBackground();
    // Waits for a background write; its failure, if any (reported again by flush()).
    Status waitForWriting() const;
    // Visits waiting for flush().
    qsizetype pendingVisits() const { return m_visits.size(); }

    Database &database() const override { return m_db; }
    Result<std::optional<Visit>> visitByUuid(const QString &uuid) override;
    Result<Member> member(qint64 id) const override;
    Result<bool> hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                  std::optional<qint64> relatedMemberId) const override;
    Result<bool> wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const override;
    Result<qint64> insertVisit(const Visit &visit) override;
    Status countVisit(const MemberTotalsRepository::Counted &counted) override;
    // From the spend the batch holds: each member's visits from some weeks before the first day
    // asked about (all of them, after holdEveryone(), from a year before the latest visit).
    Result<qint64> spendBetween(qint64 memberId, const QDate &first, const QDate &last) const override;
    // Only after holdEveryone().
    Result<QList<Standing>> standings(const QDate &first, const QDate &last) const override;
    Status setTier(qint64 memberId, int level, const QDate &since) override;
    // Bulk loads record no coupons: these refuse.
    Result<std::optional<Coupon>> couponByCode(const QString &code) const override;
    Result<CouponTemplate> couponTemplate(qint64 id) const override;
    Status redeemCoupon(qint64 couponId, qint64 visitId, const QDateTime &at, qint64 discountCents) override;
    // The templates are read from the file; issuing one is refused (a shop with automatic coupons
    // is not built in bulk).
    Result<QList<CouponTemplate>> autoTemplates(const QString &occasion) const override;
    Result<bool> couponIssuedInYear(qint64 memberId, qint64 templateId, int year) const override;
    Result<qint64> insertCoupon(const Coupon &coupon) override;

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
        bool bonusesLoaded = false;
        QList<LedgerRepository::BonusFact> bonuses;   // granted to the member, standing or not
        QDate spendFrom;            // held: the member's non-void visits dated spendFrom or later
        QList<std::pair<QDate, qint64>> spend;        // day, qualifying spend; by day
    };
    Result<Held *> held(qint64 memberId) const;
    Result<Member *> changing(qint64 memberId);
    Result<Held *> heldWithLots(qint64 memberId) const;
    Result<QList<LedgerRepository::BonusFact> *> bonusFacts(qint64 memberId) const;
    Result<Held *> heldWithSpend(qint64 memberId, const QDate &first) const;
    static void addSpend(Held &h, const QDate &day, qint64 cents);
    Result<qint64> takeId(std::optional<qint64> &next, const QString &table);
    void insertOpen(Held &h, const Lot &lot) const;
    void trackExpiry(const Lot &lot, bool open) const;
    // What one flush writes, taken out of the batch so that another thread can write it.
    struct Pending {
        QList<Visit> visits;
        QList<LedgerEntry> entries;
        QList<Lot> lots;
        QList<std::pair<qint64, qint64>> changedLots;   // id, remaining
        QList<VisitRepository::CheckoutTotals> totals;
    };
    Pending takePending();
    static Status write(Database &db, const Pending &pending);

    static constexpr int kSpendMarginDays = 40;          // held before the oldest window asked about
    static constexpr int kSpendHeldDays = 365 + kSpendMarginDays;

    Database &m_db;
    mutable QHash<qint64, Held> m_held;
    mutable QHash<qint64, Lot> m_lots;              // the held members' open lots, and the new ones
    mutable std::map<QDate, QSet<qint64>> m_expiring;  // open lots by last valid day
    bool m_holdsEveryone = false;
    mutable QHash<QString, QList<CouponTemplate>> m_autoTemplates;   // by occasion, read once
    mutable std::future<Status> m_writing;
    mutable std::optional<Error> m_writeFailed;
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
