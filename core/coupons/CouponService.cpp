#include "coupons/CouponService.h"

#include "coupons/CouponCode.h"
#include "coupons/CouponRules.h"
#include "members/Member.h"
#include "shop/AuditLog.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QJsonObject>

namespace loyalty {

Result<CouponTemplate> CouponService::addTemplate(CouponTemplate t)
{
    if (!m_operator.isOwner())
        return Error::permission(tr("Only the owner can define coupons."));
    if (Status valid = CouponRules::validate(t); !valid)
        return valid.error();
    t.name = t.name.trimmed();
    t.slipText = t.slipText.trimmed();
    t.createdAt = m_clock.now();
    CouponRepository repo(m_db);
    Status s = m_db.transaction([&]() -> Status {
        auto id = repo.addTemplate(t);
        if (!id)
            return id.error();
        t.id = *id;
        return AuditLog(m_db).record(m_operator, QStringLiteral("coupon.template"),
                                     {{QStringLiteral("template_id"), t.id}, {QStringLiteral("name"), t.name},
                                      {QStringLiteral("kind"), toString(t.kind)}, {QStringLiteral("value"), t.value},
                                      {QStringLiteral("min_spend_cents"), t.minSpendCents}, {QStringLiteral("valid_days"), t.validDays}});
    });
    if (!s)
        return s.error();
    return t;
}

Result<QList<CouponTemplate>> CouponService::templates() const
{
    return CouponRepository(m_db).templates();
}

Result<Coupon> CouponService::issue(const IssueRequest &request)
{
    CouponRepository repo(m_db);
    auto t = repo.templateById(request.templateId);
    if (!t)
        return t.error();
    if (!t->active)
        return Error::refused(tr("The coupon template “%1” is no longer used.").arg(t->name));
    if (request.memberId) {
        auto member = MemberRepository(m_db).byId(*request.memberId);
        if (!member)
            return member.error();
        if (member->status != MemberStatus::Active)
            return Error::refused(tr("Coupons are issued to active members only."));
        if (t->tierLevel && member->tierLevel < *t->tierLevel)
            return Error::refused(tr("“%1” is for members of a higher tier than %2's.").arg(t->name, member->displayName()));
    }
    const QDateTime now = m_clock.now();
    Coupon c;
    c.templateId = t->id;
    c.memberId = request.memberId;
    c.campaignId = request.campaignId;
    c.issuedVisitId = request.issuedVisitId;
    c.issuedAt = now;
    c.validUntil = CouponRules::validUntil(now.date(), t->validDays);
    c.op = m_operator.name;
    Status s = m_db.transaction([&]() -> Status {
        // 60 random bits: a clash is all but impossible, but a code is never given twice.
        for (int attempt = 0;; ++attempt) {
            c.code = CouponCode::generate();
            auto existing = repo.byCode(c.code);
            if (!existing)
                return existing.error();
            if (!*existing)
                break;
            if (attempt == 5)
                return Error::internal(QStringLiteral("no free coupon code after 6 attempts"));
        }
        auto id = repo.insert(c);
        if (!id)
            return id.error();
        c.id = *id;
        return AuditLog(m_db).record(m_operator, QStringLiteral("coupon.issue"),
                                     {{QStringLiteral("coupon_id"), c.id}, {QStringLiteral("template_id"), c.templateId},
                                      {QStringLiteral("member_id"), c.memberId ? QJsonValue(*c.memberId) : QJsonValue()},
                                      {QStringLiteral("valid_until"), toStorage(c.validUntil)}});
    });
    if (!s)
        return s.error();
    return c;
}

Result<Coupon> CouponService::find(const QString &input) const
{
    const CouponCode::Parsed parsed = CouponCode::parse(input);
    switch (parsed.reading) {
    case CouponCode::Reading::NotACode:
        return Error::invalid(tr("“%1” is not a coupon code: a code has 13 letters and digits.").arg(input.trimmed().left(40)),
                              QStringLiteral("coupon"));
    case CouponCode::Reading::Typo:
        return Error::invalid(tr("This coupon code has a typo: check it and type it again."), QStringLiteral("coupon"));
    case CouponCode::Reading::Ok:
        break;
    }
    auto c = CouponRepository(m_db).byCode(parsed.code);
    if (!c)
        return c.error();
    if (!*c)
        return Error::refused(tr("There is no coupon %1.").arg(CouponCode::display(parsed.code)), QStringLiteral("coupon"));
    return **c;
}

Result<QList<Coupon>> CouponService::list(const CouponRepository::ListQuery &query) const
{
    return CouponRepository(m_db).list(query);
}

Result<int> CouponService::expireDue()
{
    return CouponRepository(m_db).expireBefore(m_clock.today());
}

Result<QList<CouponService::TemplateReport>> CouponService::report() const
{
    auto counts = CouponRepository(m_db).countsByTemplate();
    if (!counts)
        return counts.error();
    QList<TemplateReport> out;
    for (const auto &c : std::as_const(*counts))
        out << TemplateReport{c, c.issued > 0 ? (c.redeemed * 10000 + c.issued / 2) / c.issued : 0};
    return out;
}

} // namespace loyalty
