#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "coupons/Coupon.h"
#include "operators/Operator.h"
#include "dormancy/DormancyService.h"
#include "rules/MemberState.h"
#include "segments/Rfm.h"
#include "storage/CouponRepository.h"

#include <QCoreApplication>

#include <functional>

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
    // A code no coupon has yet: `lookup` finds the coupon of a code, if any (60 random bits: a
    // clash is all but impossible, but a code is never given twice).
    using Lookup = std::function<Result<std::optional<Coupon>>(const QString &)>;
    static Result<QString> freshCode(const Lookup &lookup);
    // A new coupon of the template for a member (or to bearer), issued now, with a fresh code.
    static Result<Coupon> newCoupon(const CouponTemplate &t, std::optional<qint64> memberId, const QDateTime &now, const QString &op,
                                    const Lookup &lookup);

    // What a person typed or scanned: the coupon, or why not ("this code has a typo", "no such
    // coupon", "not a coupon code").
    Result<Coupon> find(const QString &input) const;
    // What a person typed or scanned as a canonical code, or why it is not one (a typo, not a code).
    static Result<QString> readCode(const QString &input);
    Result<QList<Coupon>> list(const CouponRepository::ListQuery &query) const;
    // Issued coupons past their last day become expired (at open and each day change).
    Result<int> expireDue();

    // Who a campaign reaches (SPEC §3.6): active members holding at least a tier, in some states
    // and RFM segments (none listed: any), leaving out members whose alert is snoozed when asked. The alert list of
    // the Alerts screen is {at_risk, dormant} without the snoozed.
    struct Audience {
        int minTierLevel = 0;
        QList<MemberState> states;
        QList<Segment> segments;     // RFM segments (SPEC §3.7); none listed: any
        bool skipSnoozed = false;

        QString toStorage() const;   // "tier>=2;states=at_risk,dormant;segments=champions;unsnoozed"
    };
    // A campaign (owner): one coupon of the template to each member of the audience, in one
    // transaction. A coupon sent to a member at risk or dormant is logged as a try to win them back
    // (DormancyService). The coupons, with the campaign's id.
    struct CampaignRequest {
        QString name;
        qint64 templateId = 0;
        Audience audience;
    };
    struct CampaignResult {
        qint64 campaignId = 0;
        QList<Coupon> coupons;
    };
    Result<CampaignResult> runCampaign(const CampaignRequest &request);
    // Who a campaign would reach (the template's tier restriction narrows it too).
    Result<QList<qint64>> audience(const Audience &audience, std::optional<int> templateTier = std::nullopt) const;

    // Per template and per campaign: issued, redeemed, expired, voided, the redemption rate and
    // the money paid at the visits that redeemed them.
    struct TemplateReport {
        CouponRepository::TemplateCounts counts;
        qint64 rateBasisPoints = 0;   // redeemed / issued, in hundredths of a percent
    };
    Result<QList<TemplateReport>> report() const;
    struct CampaignReport {
        qint64 campaignId = 0;
        QDateTime at;
        TemplateReport report;        // counts.name is the campaign's name
    };
    Result<QList<CampaignReport>> campaignReport() const;
    // Redeemed per issued, in hundredths of a percent.
    static qint64 rateOf(const CouponRepository::TemplateCounts &counts);

private:
    Result<QList<Alert>> audienceMembers(const Audience &audience, std::optional<int> templateTier) const;
    // A coupon given outside a visit to a member at risk or dormant is a try to win them back
    // (SPEC §3.5): logged with the state they were in (worked out when not given).
    Status logWinBack(const Coupon &c, std::optional<MemberState> state = std::nullopt);

    Database &m_db;
    const Clock &m_clock;
    Operator m_operator;
};

} // namespace loyalty
