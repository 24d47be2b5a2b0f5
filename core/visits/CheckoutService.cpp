#include "visits/CheckoutService.h"

#include "visits/CheckoutStore.h"

#include "common/Money.h"
#include "dormancy/DormancyService.h"
#include "members/Member.h"
#include "points/ExpiryService.h"
#include "points/PointsLedger.h"
#include "rules/PointsRules.h"
#include "shop/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/TierRepository.h"
#include "storage/VisitRepository.h"
#include "tiers/TierRules.h"
#include "coupons/CouponCode.h"
#include "coupons/CouponRules.h"
#include "coupons/CouponService.h"
#include "storage/CouponRepository.h"

#include <QJsonObject>
#include <QUuid>

namespace loyalty {

CheckoutService::CheckoutService(Database &db, const Clock &clock, Operator op)
    : m_direct(std::make_unique<DirectCheckoutStore>(db)), m_store(*m_direct), m_db(db), m_clock(clock), m_operator(std::move(op))
{
}

CheckoutService::CheckoutService(CheckoutStore &store, const Clock &clock, Operator op)
    : m_store(store), m_db(store.database()), m_clock(clock), m_operator(std::move(op))
{
}

CheckoutService::~CheckoutService() = default;

Status CheckoutService::precheck(const VisitRequest &r) const
{
    if (r.amountCents <= 0)
        return Error::invalid(tr("The amount must be more than zero."), QStringLiteral("amount"));
    if (r.amountCents > Money::kMaxCents)
        return Error::invalid(tr("That amount is too large: at most %1.").arg(Money(Money::kMaxCents).toPlainString()), QStringLiteral("amount"));
    if (!r.items.isEmpty()) {
        if (r.items.size() > 200)
            return Error::invalid(tr("A visit has at most 200 items."), QStringLiteral("items"));
        qint64 total = 0;
        for (const VisitLine &l : r.items) {
            if (Status s = VisitLine::validate(l); !s)
                return s;
            total += l.totalCents();
        }
        if (total != r.amountCents)
            return Error::refused(tr("The items add up to %1 but the amount is %2: they must be equal.")
                                      .arg(Money(total).toPlainString(), Money(r.amountCents).toPlainString()),
                                  QStringLiteral("items"));
    }
    if (r.redeemPoints < 0)
        return Error::invalid(tr("Points to redeem cannot be negative."), QStringLiteral("redeem"));
    if (r.uuid.size() > 100)
        return Error::invalid(tr("A visit UUID is at most 100 characters."), QStringLiteral("uuid"));
    if (r.note.size() > 500)
        return Error::invalid(tr("A note is at most 500 characters."), QStringLiteral("note"));
    return {};
}

Result<VisitResult> CheckoutService::resultOf(const Visit &v) const
{
    VisitResult r;
    r.visitId = v.id;
    r.uuid = v.uuid;
    r.memberId = v.memberId;
    r.at = v.at;
    r.amountCents = v.amountCents;
    r.couponDiscountCents = v.couponDiscountCents;
    r.pointsValueCents = v.pointsValueCents;
    r.eligibleCents = v.eligibleCents;
    r.pointsEarned = v.pointsEarned;
    r.pointsRedeemed = v.pointsRedeemed;
    r.bonusPoints = v.bonusPoints;
    r.balance = v.balanceAfter;
    r.tierLevel = v.tierAfter;
    r.tierBefore = v.tierLevel;
    r.tierChanged = v.tierChanged;
    r.promoPercent = v.promoPercent;
    // The bonuses recorded with the visit (the referrer's included), as they were granted.
    auto bonuses = LedgerRepository(m_db).bonusesOfVisit(v.id);
    if (!bonuses)
        return bonuses.error();
    for (const auto &b : std::as_const(*bonuses))
        r.bonuses << BonusGranted{b.reason, b.points, b.memberId};
    CouponRepository::ListQuery issued;
    issued.issuedVisitId = v.id;
    auto coupons = CouponRepository(m_db).list(issued);
    if (!coupons)
        return coupons.error();
    for (const Coupon &c : std::as_const(*coupons))
        r.couponsIssued.prepend(c.code);   // listed newest first: back to the order issued
    return r;
}

Result<VisitResult> CheckoutService::record(const VisitRequest &request)
{
    // The same UUID twice records one visit and returns the first result, whatever else differs.
    if (!request.uuid.isEmpty()) {
        auto existing = m_store.visitByUuid(request.uuid);
        if (!existing)
            return existing.error();
        if (*existing) {
            auto first = resultOf(**existing);
            if (first)
                first->replayed = true;
            return first;
        }
    }
    if (Status s = precheck(request); !s)
        return s.error();

    auto rules = Settings(m_db).rules();
    if (!rules)
        return rules.error();
    auto ladder = TierRepository(m_db).ladder();
    if (!ladder)
        return ladder.error();

    // A code that is mistyped or not a code at all is told before anything is read.
    QString couponCode;
    if (!request.couponCode.trimmed().isEmpty()) {
        auto code = CouponService::readCode(request.couponCode);
        if (!code)
            return code.error();
        couponCode = *code;
    }

    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    VisitResult result;
    Status s = m_db.transaction([&]() -> Status {
        auto member = m_store.member(request.memberId);
        if (!member)
            return member.error();
        if (member->status == MemberStatus::Archived)
            return Error::refused(tr("%1 is archived: restore the member before recording a visit.").arg(member->name));
        if (member->status == MemberStatus::Erased)
            return Error::refused(tr("This member's data was erased: visits cannot be recorded for them."));

        // Back after a long time? (SPEC §3.5) Only asked when the absence is long enough to matter,
        // and not in bulk loads, where the shop-wide usual gap moves with every visit.
        if (m_direct && member->lastVisitAt.isValid() && member->lastVisitAt.date().daysTo(today) > 2) {
            const std::optional<int> own = typicalGapFromDays(member->visitDays);
            auto states = DormancyService(m_db, m_clock).rules(!own.has_value());
            if (!states)
                return states.error();
            const StateResult before = states->evaluate(member->visitCount, member->joined, member->lastVisitAt.date(), own);
            if (before.state == MemberState::AtRisk || before.state == MemberState::Dormant || before.state == MemberState::Lost)
                result.comeback = VisitResult::Comeback{before.state, before.daysAbsent, before.expectedGapDays, own.has_value()};
        }

        // The coupon's discount D on A first (SPEC §3.6), then points as cash on A − D.
        qint64 discount = 0;
        std::optional<Coupon> coupon;
        if (!couponCode.isEmpty()) {
            auto found = m_store.couponByCode(couponCode);
            if (!found)
                return found.error();
            if (!*found)
                return Error::refused(tr("There is no coupon %1.").arg(CouponCode::display(couponCode)), QStringLiteral("coupon"));
            coupon = **found;
            auto kind = m_store.couponTemplate(coupon->templateId);
            if (!kind)
                return kind.error();
            const CouponRules::Use use{member->id, member->tierLevel, request.amountCents, today};
            if (Status ok = CouponRules::checkRedemption(*coupon, *kind, use, Settings(m_db).currency()); !ok)
                return ok;
            discount = CouponRules::discountCents(*kind, request.amountCents);
        }
        auto pointsValue = PointsRules::checkRedemption(request.redeemPoints, member->points, request.amountCents - discount, *rules);
        if (!pointsValue)
            return pointsValue.error();

        Visit v;
        v.uuid = request.uuid.isEmpty() ? newVisitUuid(now) : request.uuid;
        v.memberId = member->id;
        v.at = now;
        v.amountCents = request.amountCents;
        v.couponDiscountCents = discount;
        v.pointsValueCents = *pointsValue;
        v.eligibleCents = PointsRules::eligibleCents(v.amountCents, discount, v.pointsValueCents);
        v.pointsRedeemed = request.redeemPoints;
        v.tierLevel = member->tierLevel;
        v.earnPercent = ladder->at(member->tierLevel).earnPercent;
        v.promoPercent = PointsRules::promoPercent(*rules, today);
        v.op = m_operator.name;
        v.note = request.note.trimmed();
        v.items = request.items;

        EarnInput earn;
        earn.amountCents = v.amountCents;
        earn.couponDiscountCents = discount;
        earn.pointsValueCents = v.pointsValueCents;
        for (const VisitLine &l : request.items)
            earn.lines << EarnLine{l.totalCents(), rules->categoryPercentOf(l.category)};
        earn.pointsPerYuan = rules->pointsPerYuan;
        earn.tierPercent = v.earnPercent;
        earn.promoPercent = v.promoPercent;
        v.pointsEarned = PointsRules::pointsEarned(earn);

        // Bonuses (SPEC §3.1): the birthday once a calendar year with the first visit in the
        // birthday month; the referrer's with the referred member's first visit.
        QList<BonusGranted> bonuses;
        if (rules->birthdayPoints > 0 && member->birthdayMonth == today.month()) {
            auto standing = m_store.hasStandingBonus(member->id, BonusReason::Birthday, today.year(), std::nullopt);
            if (!standing)
                return standing.error();
            if (!*standing)
                bonuses << BonusGranted{BonusReason::Birthday, rules->birthdayPoints, member->id};
        }
        if (rules->referralPoints > 0 && member->referrerId) {
            auto referrer = m_store.member(*member->referrerId);
            if (referrer && referrer->status != MemberStatus::Erased) {
                auto standing = m_store.hasStandingBonus(referrer->id, BonusReason::Referral, std::nullopt, member->id);
                if (!standing)
                    return standing.error();
                // With the first visit; or, when a void took it back, with the next visit.
                bool due = !*standing && member->visitCount == 0;
                if (!*standing && !due) {
                    auto granted = m_store.wasBonusGranted(referrer->id, BonusReason::Referral, member->id);
                    if (!granted)
                        return granted.error();
                    due = *granted;
                }
                if (due)
                    bonuses << BonusGranted{BonusReason::Referral, rules->referralPoints, referrer->id};
            }
        }
        for (const BonusGranted &b : std::as_const(bonuses))
            if (b.memberId == member->id)
                v.bonusPoints += b.points;

        v.balanceAfter = member->points - v.pointsRedeemed + v.pointsEarned + v.bonusPoints;
        // SPEC §3.4: up at once when the spend of the last 365 days, this visit included, reaches a
        // higher tier (the points above were earned at the tier held before).
        auto spend = m_store.spendBetween(member->id, TierRules::spendWindowStart(today), today);
        if (!spend)
            return spend.error();
        v.tierAfter = TierRules::levelAfterVisit(*ladder, member->tierLevel, *spend + v.eligibleCents);
        v.tierChanged = v.tierAfter != member->tierLevel;
        auto visitId = m_store.insertVisit(v);
        if (!visitId)
            return visitId.error();
        v.id = *visitId;
        if (coupon)
            if (Status redeemed = m_store.redeemCoupon(coupon->id, v.id, now, discount); !redeemed)
                return redeemed;

        PointsLedger ledger(m_store, *rules, m_operator.name, PointsLedger::WriteBalances::Later);
        ledger.know(member->id, {member->points, member->pointsDebt});
        if (v.pointsRedeemed > 0) {
            PointsLedger::Debit d;
            d.memberId = member->id;
            d.kind = LedgerKind::Redeem;
            d.points = v.pointsRedeemed;
            d.at = now;
            d.visitId = v.id;
            if (auto e = ledger.debit(d); !e)
                return e.error();
        }
        if (v.pointsEarned > 0) {
            PointsLedger::Credit c;
            c.memberId = member->id;
            c.kind = LedgerKind::Earn;
            c.points = v.pointsEarned;
            c.at = now;
            c.earnedOn = today;
            c.visitId = v.id;
            if (auto e = ledger.credit(c); !e)
                return e.error();
        }
        for (const BonusGranted &b : std::as_const(bonuses)) {
            PointsLedger::Credit c;
            c.memberId = b.memberId;
            c.kind = LedgerKind::Bonus;
            c.points = b.points;
            c.at = now;
            c.earnedOn = today;
            c.visitId = v.id;
            c.reason = b.reason;
            if (b.reason == BonusReason::Referral)
                c.relatedMemberId = member->id;
            if (auto e = ledger.credit(c); !e)
                return e.error();
        }
        const PointsLedger::Balance after = ledger.takeBalance(member->id);
        MemberTotalsRepository::Counted counted;
        counted.memberId = member->id;
        counted.at = now;
        counted.points = after.points;
        counted.debt = after.debt;
        counted.visitDays = withVisitDay(member->visitDays, today);
        counted.typicalGapDays = typicalGapFromDays(counted.visitDays);
        counted.spendCents = v.eligibleCents;
        if (Status countedOk = m_store.countVisit(counted); !countedOk)
            return countedOk;
        if (Status flushed = ledger.flush(); !flushed) // the referrer's balance
            return flushed;
        if (v.tierChanged)
            if (Status moved = m_store.setTier(member->id, v.tierAfter, today); !moved)
                return moved;
        // Coupons that come by themselves (SPEC §3.6): with an upgrade, and once a year in the
        // birthday month, from the templates the owner enabled for that.
        QStringList issuedCodes;
        const auto issueAuto = [&](const QString &occasion, bool oncePerYear) -> Status {
            auto templates = m_store.autoTemplates(occasion);
            if (!templates)
                return templates.error();
            for (const CouponTemplate &t : std::as_const(*templates)) {
                if (t.tierLevel && v.tierAfter < *t.tierLevel)
                    continue;
                if (oncePerYear) {
                    auto had = m_store.couponIssuedInYear(member->id, t.id, today.year());
                    if (!had)
                        return had.error();
                    if (*had)
                        continue;
                }
                auto made = CouponService::newCoupon(t, member->id, now, m_operator.name,
                                                     [this](const QString &code) { return m_store.couponByCode(code); });
                if (!made)
                    return made.error();
                Coupon c = *made;
                c.issuedVisitId = v.id;
                if (auto id = m_store.insertCoupon(c); !id)
                    return id.error();
                issuedCodes << c.code;
            }
            return {};
        };
        if (v.tierChanged)
            if (Status issued = issueAuto(QStringLiteral("tier_upgrade"), false); !issued)
                return issued;
        if (member->birthdayMonth == today.month())
            if (Status issued = issueAuto(QStringLiteral("birthday"), true); !issued)
                return issued;

        result.visitId = v.id;
        result.uuid = v.uuid;
        result.memberId = v.memberId;
        result.at = now;
        result.amountCents = v.amountCents;
        result.couponDiscountCents = v.couponDiscountCents;
        result.pointsValueCents = v.pointsValueCents;
        result.eligibleCents = v.eligibleCents;
        result.pointsEarned = v.pointsEarned;
        result.pointsRedeemed = v.pointsRedeemed;
        result.bonusPoints = v.bonusPoints;
        result.balance = v.balanceAfter;
        result.tierLevel = v.tierAfter;
        result.tierBefore = v.tierLevel;
        result.tierChanged = v.tierChanged;
        result.promoPercent = v.promoPercent;
        result.bonuses = bonuses;
        result.couponsIssued = issuedCodes;
        return {};
    });
    if (!s) {
        // Another counter may have recorded the same UUID in the meantime: then that is the answer.
        if (!request.uuid.isEmpty()) {
            if (auto existing = m_store.visitByUuid(request.uuid); existing && *existing) {
                auto first = resultOf(**existing);
                if (first)
                    first->replayed = true;
                return first;
            }
        }
        return s.error();
    }
    return result;
}

Result<VoidResult> CheckoutService::voidVisit(qint64 visitId, const QString &reason)
{
    VisitRepository visits(m_db);
    auto visit = visits.byId(visitId);
    if (!visit)
        return visit.error();
    if (visit->isVoid())
        return Error::refused(tr("Visit %1 was already voided on %2.").arg(visitId).arg(visit->voidedAt->toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QDate today = m_clock.today();
    if (!m_operator.isOwner() && visit->at.date() < today)
        return Error::permission(tr("Only the owner can void a visit from an earlier day."));
    if (reason.size() > 500)
        return Error::invalid(tr("A reason is at most 500 characters."), QStringLiteral("reason"));
    auto rules = Settings(m_db).rules();
    if (!rules)
        return rules.error();

    const QDateTime now = m_clock.now();
    VoidResult result;
    result.visitId = visitId;
    result.memberId = visit->memberId;
    Status s = m_db.transaction([&]() -> Status {
        LedgerRepository ledgerRepo(m_db);
        PointsLedger ledger(m_db, *rules, m_operator.name);
        auto entries = ledgerRepo.unreversedEntriesOfVisit(visitId);
        if (!entries)
            return entries.error();
        QSet<qint64> touched{visit->memberId};
        for (const LedgerEntry &e : std::as_const(*entries)) {
            touched.insert(e.memberId);
            if (e.points > 0) { // earned or bonus: taken back, from its own lot first; may leave a debt
                auto lot = ledgerRepo.lotOfEntry(e.id);
                if (!lot)
                    return lot.error();
                // Points of this credit that have expired meanwhile are gone already: taking them
                // back again would charge the member twice.
                qint64 expired = 0;
                if (*lot) {
                    auto e2 = ledgerRepo.expiredFromLot((*lot)->id);
                    if (!e2)
                        return e2.error();
                    expired = *e2;
                }
                PointsLedger::Debit d;
                d.memberId = e.memberId;
                d.kind = LedgerKind::Reverse;
                d.points = e.points - expired;
                d.at = now;
                d.visitId = visitId;
                d.reason = reason;
                d.reversesId = e.id;
                if (*lot)
                    d.fromLotFirst = (*lot)->id;
                d.allowDebt = true;
                if (auto r = ledger.debit(d); !r)
                    return r.error();
                result.pointsTakenBack += d.points;
            } else if (e.points < 0) { // redeemed: given back as a lot earned on the visit's date
                PointsLedger::Credit c;
                c.memberId = e.memberId;
                c.kind = LedgerKind::Reverse;
                c.points = -e.points;
                c.at = now;
                c.earnedOn = visit->at.date();
                c.visitId = visitId;
                c.reason = reason;
                c.reversesId = e.id;
                if (auto r = ledger.credit(c); !r)
                    return r.error();
                result.pointsReturned += -e.points;
            }
        }
        if (Status marked = visits.markVoid(visitId, now, m_operator.name, reason); !marked)
            return marked;
        // SPEC §8.3: a coupon it redeemed is issued again while still valid; coupons it issued are
        // voided when unused.
        CouponRepository coupons(m_db);
        auto redeemed = coupons.redeemedBy(visitId);
        if (!redeemed)
            return redeemed.error();
        if (*redeemed)
            if (Status back = coupons.giveBack((*redeemed)->id, today); !back)
                return back;
        if (auto voided = coupons.voidIssuedBy(visitId); !voided)
            return voided.error();
        if (Status recounted = MemberTotalsRepository(m_db).recount(visit->memberId, visit->at.date(), visit->eligibleCents); !recounted)
            return recounted;
        // Points given back as if earned long ago may already be past their last day.
        for (const qint64 memberId : std::as_const(touched))
            if (auto expired = ExpiryService(m_db, m_clock).expireMember(memberId, *rules); !expired)
                return expired.error();
        return AuditLog(m_db).record(m_operator, QStringLiteral("visit.void"),
                                     {{QStringLiteral("visit_id"), visitId},
                                      {QStringLiteral("member_id"), visit->memberId},
                                      {QStringLiteral("amount_cents"), visit->amountCents},
                                      {QStringLiteral("reason"), reason},
                                      {QStringLiteral("points_taken_back"), result.pointsTakenBack},
                                      {QStringLiteral("points_returned"), result.pointsReturned}});
    });
    if (!s)
        return s.error();
    auto after = PointsLedger(m_db, *rules, m_operator.name).balance(visit->memberId);
    if (!after)
        return after.error();
    result.balance = after->points;
    return result;
}

} // namespace loyalty
