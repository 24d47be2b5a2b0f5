#pragma once

#include "common/Result.h"
#include "points/LedgerStore.h"
#include "storage/CouponRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/TierRepository.h"
#include "tiers/TierStore.h"
#include "visits/Visit.h"

namespace loyalty {

class Database;

// Everything CheckoutService::record reads and writes, so that one implementation of the rules
// serves both ways of storing a visit:
// - DirectCheckoutStore (the counter, the CLI): every read and write goes to the file at once;
// - VisitBatch (bulk loads such as the demo history): the members it has seen are held in memory
//   and the rows are written together when the batch is flushed.
class CheckoutStore : public LedgerStore, public TierStore {
public:
    using Member = MemberRepository::CheckoutView;

    virtual Database &database() const = 0;
    virtual Result<std::optional<Visit>> visitByUuid(const QString &uuid) = 0;
    virtual Result<Member> member(qint64 id) const = 0;
    // Whether a bonus with this reason stands (granted, not reversed) for the member, optionally in
    // a year or for a related member; whether one was ever granted for the related member.
    virtual Result<bool> hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                          std::optional<qint64> relatedMemberId) const = 0;
    virtual Result<bool> wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const = 0;
    virtual Result<qint64> insertVisit(const Visit &visit) = 0;
    // One more non-void visit for the member, with their balance, visit days and typical gap after it.
    virtual Status countVisit(const MemberTotalsRepository::Counted &counted) = 0;
    // The member's qualifying spend: non-void visits dated first … last.
    virtual Result<qint64> spendBetween(qint64 memberId, const QDate &first, const QDate &last) const = 0;
    // Coupons (SPEC §3.6): the coupon of a canonical code, its template, and marking it redeemed by
    // a visit (a conflict when another counter was first).
    virtual Result<std::optional<Coupon>> couponByCode(const QString &code) const = 0;
    virtual Result<CouponTemplate> couponTemplate(qint64 id) const = 0;
    virtual Status redeemCoupon(qint64 couponId, qint64 visitId, const QDateTime &at, qint64 discountCents) = 0;
    // Coupons issued by themselves with a visit (SPEC §3.6): the templates for an occasion, whether
    // the member got one of a template this year, and issuing one.
    virtual Result<QList<CouponTemplate>> autoTemplates(const QString &occasion) const = 0;
    virtual Result<bool> couponIssuedInYear(qint64 memberId, qint64 templateId, int year) const = 0;
    virtual Result<qint64> insertCoupon(const Coupon &coupon) = 0;
};

// Reads and writes the shop file at once, through the repositories.
class DirectCheckoutStore final : public CheckoutStore {
public:
    explicit DirectCheckoutStore(Database &db);

    Database &database() const override { return m_db; }
    Result<std::optional<Visit>> visitByUuid(const QString &uuid) override;
    Result<Member> member(qint64 id) const override;
    Result<bool> hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                  std::optional<qint64> relatedMemberId) const override;
    Result<bool> wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const override;
    Result<qint64> insertVisit(const Visit &visit) override;
    Status countVisit(const MemberTotalsRepository::Counted &counted) override;
    Result<qint64> spendBetween(qint64 memberId, const QDate &first, const QDate &last) const override;
    Result<std::optional<Coupon>> couponByCode(const QString &code) const override { return m_coupons.byCode(code); }
    Result<CouponTemplate> couponTemplate(qint64 id) const override { return m_coupons.templateById(id); }
    Status redeemCoupon(qint64 couponId, qint64 visitId, const QDateTime &at, qint64 discountCents) override
    {
        return m_coupons.redeem(couponId, visitId, at, discountCents);
    }
    Result<QList<CouponTemplate>> autoTemplates(const QString &occasion) const override { return m_coupons.autoTemplates(occasion); }
    Result<bool> couponIssuedInYear(qint64 memberId, qint64 templateId, int year) const override
    {
        return m_coupons.issuedInYear(memberId, templateId, year);
    }
    Result<qint64> insertCoupon(const Coupon &coupon) override { return m_coupons.insert(coupon); }
    Result<QList<Standing>> standings(const QDate &first, const QDate &last) const override { return m_tiers.standings(first, last); }
    Status setTier(qint64 memberId, int level, const QDate &since) override { return m_tiers.setTier(memberId, level, since); }

    Result<qint64> append(const LedgerEntry &entry) override { return m_ledger.append(entry); }
    Result<qint64> addLot(const Lot &lot) override { return m_ledger.addLot(lot); }
    Status setRemaining(qint64 lotId, qint64 remaining) override { return m_ledger.setRemaining(lotId, remaining); }
    Result<QList<Lot>> openLots(qint64 memberId) const override { return m_ledger.openLots(memberId); }
    Result<QList<Lot>> expiredBefore(const QDate &day) const override { return m_ledger.expiredBefore(day); }
    Result<std::pair<qint64, qint64>> balanceOf(qint64 memberId) const override { return m_ledger.balanceOf(memberId); }
    Status addToBalance(qint64 memberId, qint64 delta, qint64 newDebt) override { return m_ledger.addToBalance(memberId, delta, newDebt); }
    Status setBalance(qint64 memberId, qint64 points, qint64 debt) override { return m_ledger.setBalance(memberId, points, debt); }

private:
    Database &m_db;
    LedgerRepository m_ledger;
    TierRepository m_tiers;
    CouponRepository m_coupons;
};

} // namespace loyalty
