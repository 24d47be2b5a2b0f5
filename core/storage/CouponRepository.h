#pragma once

#include "common/Result.h"
#include "coupons/Coupon.h"

#include <QList>

#include <optional>

namespace loyalty {

class Database;

// All SQL about coupons: templates, the coupons issued and what happens to them.
class CouponRepository {
public:
    explicit CouponRepository(Database &db) : m_db(db) {}

    Result<qint64> addTemplate(const CouponTemplate &t);
    Result<CouponTemplate> templateById(qint64 id) const;
    Result<QList<CouponTemplate>> templates() const;
    // Active templates issued by themselves on an occasion ("tier_upgrade", "birthday").
    Result<QList<CouponTemplate>> autoTemplates(const QString &occasion) const;
    // Whether the member holds a coupon of this template issued in this year that was not voided.
    Result<bool> issuedInYear(qint64 memberId, qint64 templateId, int year) const;

    Result<qint64> insert(const Coupon &c);
    Result<std::optional<Coupon>> byCode(const QString &canonicalCode) const;
    struct ListQuery {
        std::optional<qint64> memberId;
        std::optional<CouponStatus> status;
        std::optional<qint64> issuedVisitId;
        int limit = 500;
    };
    Result<QList<Coupon>> list(const ListQuery &query) const;

    // Marks an issued coupon redeemed by a visit. Conflict when it is no longer issued (another
    // counter redeemed it first): inside the visit's transaction, which then rolls back.
    Status redeem(qint64 couponId, qint64 visitId, const QDateTime &at, qint64 discountCents);
    // The coupon a visit redeemed, if any.
    Result<std::optional<Coupon>> redeemedBy(qint64 visitId) const;
    // A void gives a redeemed coupon back: issued again while valid on `today`, expired otherwise.
    Status giveBack(qint64 couponId, const QDate &today);
    // Coupons a visit issued that are still unused become void; how many.
    Result<int> voidIssuedBy(qint64 visitId);
    // Issued coupons whose last day is before `today` become expired; how many.
    Result<int> expireBefore(const QDate &today);

    // Per template: what became of its coupons, and what the visits that redeemed them paid.
    struct TemplateCounts {
        qint64 templateId = 0;
        QString name;
        qint64 issued = 0;
        qint64 redeemed = 0;
        qint64 expired = 0;
        qint64 voided = 0;
        qint64 discountCents = 0;
        qint64 revenueCents = 0;   // money paid (E) at the visits that redeemed them
    };
    Result<QList<TemplateCounts>> countsByTemplate() const;

    Result<qint64> addCampaign(const QString &name, qint64 templateId, const QString &audience, const QDateTime &at, const QString &op);
    // Per campaign, the same counts (templateId is the campaign's template, name the campaign's).
    struct CampaignCounts {
        qint64 campaignId = 0;
        QDateTime at;
        TemplateCounts counts;
    };
    Result<QList<CampaignCounts>> countsByCampaign() const;

private:
    Database &m_db;
};

} // namespace loyalty
