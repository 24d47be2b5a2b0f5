#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "coupons/Coupon.h"
#include "operators/Operator.h"
#include "storage/CouponRepository.h"

#include <QCoreApplication>

namespace loyalty {

class Database;

// Coupons (SPEC §3.6): the owner defines templates; coupons are issued from them to a member (or
// to bearer) with a code nobody can guess; redeeming happens in a visit (CheckoutService), giving
// back in a void. Every change is one transaction and audited.
class CouponService {
    Q_DECLARE_TR_FUNCTIONS(CouponService)

public:
    CouponService(Database &db, const Clock &clock, Operator op = Operator::owner()) : m_db(db), m_clock(clock), m_operator(std::move(op)) {}

    // Owner only; checked by CouponRules::validate.
    Result<CouponTemplate> addTemplate(CouponTemplate t);
    Result<QList<CouponTemplate>> templates() const;

    struct IssueRequest {
        std::optional<qint64> memberId;   // none: to bearer
        qint64 templateId = 0;
        std::optional<qint64> campaignId;
        std::optional<qint64> issuedVisitId;
    };
    Result<Coupon> issue(const IssueRequest &request);

    // What a person typed or scanned: the coupon, or why not ("this code has a typo", "no such
    // coupon", "not a coupon code").
    Result<Coupon> find(const QString &input) const;
    Result<QList<Coupon>> list(const CouponRepository::ListQuery &query) const;
    // Issued coupons past their last day become expired (at open and each day change).
    Result<int> expireDue();

    // Per template: issued, redeemed, expired, voided, the redemption rate and the money paid at
    // the visits that redeemed them.
    struct TemplateReport {
        CouponRepository::TemplateCounts counts;
        qint64 rateBasisPoints = 0;   // redeemed / issued, in hundredths of a percent
    };
    Result<QList<TemplateReport>> report() const;

private:
    Database &m_db;
    const Clock &m_clock;
    Operator m_operator;
};

} // namespace loyalty
