#include "printing/Slip.h"

#include "coupons/CouponRules.h"
#include "printing/SlipRenderer.h"
#include "shop/Settings.h"
#include "storage/CouponRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/VisitRepository.h"

namespace loyalty {

SlipData SlipBuilder::shop() const
{
    const Settings settings(m_db);
    SlipData s;
    s.shopName = settings.shopName();
    s.footer = settings.text(QStringLiteral("shop.footer"));
    s.currency = settings.currency();
    s.at = m_clock.now();
    return s;
}

Result<SlipData::CouponPart> SlipBuilder::couponPart(const Coupon &c) const
{
    auto t = CouponRepository(m_db).templateById(c.templateId);
    if (!t)
        return t.error();
    QString terms = CouponRules::describe(*t, Settings(m_db).currency());
    if (!t->slipText.isEmpty())
        terms += u'\n' + t->slipText;
    return SlipData::CouponPart{t->name, terms, c.code, c.validUntil};
}

Result<SlipData> SlipBuilder::forVisit(qint64 visitId) const
{
    auto visit = VisitRepository(m_db).byId(visitId);
    if (!visit)
        return visit.error();
    auto member = MemberRepository(m_db).byId(visit->memberId);
    if (!member)
        return member.error();
    auto profile = MemberProfileService(m_db, m_clock).load(*member);
    if (!profile)
        return profile.error();
    SlipData s = shop();
    s.at = visit->at;
    SlipData::VisitPart v;
    v.visitId = visit->id;
    v.memberName = member->displayName();
    v.card = member->card;
    v.amountCents = visit->amountCents;
    v.couponDiscountCents = visit->couponDiscountCents;
    v.pointsValueCents = visit->pointsValueCents;
    v.paidCents = visit->amountCents - visit->couponDiscountCents - visit->pointsValueCents;
    v.pointsRedeemed = visit->pointsRedeemed;
    v.pointsEarned = visit->pointsEarned;
    v.bonusPoints = visit->bonusPoints;
    v.balance = member->points;
    v.voided = visit->isVoid();
    s.visit = v;
    s.tierName = profile->tier.name;
    s.tierProgress = profile->tierProgress(s.currency);
    s.tierPerks = profile->tier.perks;
    s.tierChanged = visit->tierChanged;
    s.expiring = profile->pointsExpiring;
    CouponRepository::ListQuery issued;
    issued.issuedVisitId = visitId;
    auto coupons = CouponRepository(m_db).list(issued);
    if (!coupons)
        return coupons.error();
    for (const Coupon &c : std::as_const(*coupons)) {
        auto part = couponPart(c);
        if (!part)
            return part.error();
        s.coupons << *part;
    }
    return s;
}

Status SlipBuilder::couponSheets(const QList<Coupon> &coupons, const QString &path) const
{
    QList<SlipData::CouponPart> parts;
    QStringList members;
    MemberRepository repo(m_db);
    for (const Coupon &c : coupons) {
        auto part = couponPart(c);
        if (!part)
            return part.error();
        parts << *part;
        QString holder;
        if (c.memberId)
            if (auto m = repo.byId(*c.memberId))
                holder = m->displayName();
        members << holder;
    }
    return SlipRenderer::couponSheetsToPdf(shop().shopName, parts, members, path);
}

Result<SlipData> SlipBuilder::forCoupon(const QString &canonicalCode) const
{
    auto c = CouponRepository(m_db).byCode(canonicalCode);
    if (!c)
        return c.error();
    if (!*c)
        return Error::notFound(tr("There is no coupon %1.").arg(canonicalCode));
    SlipData s = shop();
    auto part = couponPart(**c);
    if (!part)
        return part.error();
    s.coupons << *part;
    return s;
}

} // namespace loyalty
