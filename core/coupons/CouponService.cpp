#include "coupons/CouponService.h"

#include "common/Share.h"
#include "coupons/CouponCode.h"
#include "coupons/CouponRules.h"
#include "members/Member.h"
#include "dormancy/DormancyService.h"
#include "segments/SegmentService.h"
#include "shop/AuditLog.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/OutreachRepository.h"

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
    const auto lookup = [&repo](const QString &code) { return repo.byCode(code); };
    Coupon c;
    Status s = m_db.transaction([&]() -> Status {
        auto made = newCoupon(*t, request.memberId, m_clock.now(), m_operator.name, lookup);
        if (!made)
            return made.error();
        c = *made;
        c.campaignId = request.campaignId;
        c.issuedVisitId = request.issuedVisitId;
        auto id = repo.insert(c);
        if (!id)
            return id.error();
        c.id = *id;
        if (!c.issuedVisitId) // by hand: a try to bring the member back when they are away
            if (Status logged = logWinBack(c); !logged)
                return logged;
        return AuditLog(m_db).record(m_operator, QStringLiteral("coupon.issue"),
                                     {{QStringLiteral("coupon_id"), c.id}, {QStringLiteral("template_id"), c.templateId},
                                      {QStringLiteral("member_id"), c.memberId ? QJsonValue(*c.memberId) : QJsonValue()},
                                      {QStringLiteral("valid_until"), toStorage(c.validUntil)}});
    });
    if (!s)
        return s.error();
    return c;
}

Result<QString> CouponService::freshCode(const Lookup &lookup)
{
    for (int attempt = 0; attempt < 6; ++attempt) {
        const QString code = CouponCode::generate();
        auto used = lookup(code);
        if (!used)
            return used.error();
        if (!*used)
            return code;
    }
    return Error::internal(QStringLiteral("no free coupon code after 6 attempts"));
}

Result<Coupon> CouponService::newCoupon(const CouponTemplate &t, std::optional<qint64> memberId, const QDateTime &now, const QString &op,
                                        const Lookup &lookup)
{
    auto code = freshCode(lookup);
    if (!code)
        return code.error();
    Coupon c;
    c.code = *code;
    c.templateId = t.id;
    c.templateName = t.name;
    c.memberId = memberId;
    c.issuedAt = now;
    c.validUntil = CouponRules::validUntil(now.date(), t.validDays);
    c.op = op;
    return c;
}

Result<QString> CouponService::readCode(const QString &input)
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
    return parsed.code;
}

Result<Coupon> CouponService::find(const QString &input) const
{
    auto code = readCode(input);
    if (!code)
        return code.error();
    auto c = CouponRepository(m_db).byCode(*code);
    if (!c)
        return c.error();
    if (!*c)
        return Error::refused(tr("There is no coupon %1.").arg(CouponCode::display(*code)), QStringLiteral("coupon"));
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

qint64 CouponService::rateOf(const CouponRepository::TemplateCounts &c)
{
    return basisPoints(c.redeemed, c.issued);
}

QString CouponService::Audience::toStorage() const
{
    QStringList parts{QStringLiteral("tier>=%1").arg(minTierLevel)};
    if (!states.isEmpty()) {
        QStringList names;
        for (MemberState st : states)
            names << loyalty::toString(st);
        parts << QStringLiteral("states=") + names.join(u',');
    }
    if (!segments.isEmpty()) {
        QStringList names;
        for (Segment sg : segments)
            names << loyalty::toString(sg);
        parts << QStringLiteral("segments=") + names.join(u',');
    }
    if (skipSnoozed)
        parts << QStringLiteral("unsnoozed");
    return parts.join(u';');
}

Result<QList<Alert>> CouponService::audienceMembers(const Audience &a, std::optional<int> templateTier) const
{
    AlertFilter filter;
    filter.minTierLevel = std::max(a.minTierLevel, templateTier.value_or(0));
    filter.states = a.states.isEmpty() ? QList<MemberState>{MemberState::New, MemberState::Active, MemberState::AtRisk,
                                                            MemberState::Dormant, MemberState::Lost}
                                       : a.states;
    filter.includeSnoozed = !a.skipSnoozed;
    auto snap = DormancyService(m_db, m_clock).snapshot(filter);
    if (!snap)
        return snap.error();
    if (!a.segments.isEmpty()) {
        auto rfm = SegmentService(m_db, m_clock).rfm();
        if (!rfm)
            return rfm.error();
        snap->alerts.removeIf([&](const Alert &m) { return !a.segments.contains(rfm->segmentOf.value(m.memberId, Segment::Lost)); });
    }
    std::sort(snap->alerts.begin(), snap->alerts.end(), [](const Alert &x, const Alert &y) { return x.memberId < y.memberId; });
    return snap->alerts;
}

Result<QList<qint64>> CouponService::audience(const Audience &a, std::optional<int> templateTier) const
{
    auto members = audienceMembers(a, templateTier);
    if (!members)
        return members.error();
    QList<qint64> ids;
    ids.reserve(members->size());
    for (const Alert &m : std::as_const(*members))
        ids << m.memberId;
    return ids;
}

Status CouponService::logWinBack(const Coupon &c, std::optional<MemberState> state)
{
    if (!c.memberId)
        return {};
    if (!state) {
        auto st = DormancyService(m_db, m_clock).stateOf(*c.memberId);
        if (!st)
            return st.error();
        state = st->state;
    }
    if (*state != MemberState::AtRisk && *state != MemberState::Dormant)
        return {};
    Contact contact;
    contact.memberId = *c.memberId;
    contact.at = c.issuedAt;
    contact.channel = Channel::Coupon;
    contact.state = *state;
    contact.couponId = c.id;
    contact.op = m_operator.name;
    if (auto id = OutreachRepository(m_db).insert(contact); !id)
        return id.error();
    return {};
}

Result<CouponService::CampaignResult> CouponService::runCampaign(const CampaignRequest &request)
{
    if (!m_operator.isOwner())
        return Error::permission(tr("Only the owner can run a campaign."));
    const QString name = request.name.trimmed();
    if (name.isEmpty() || name.size() > CouponRules::kMaxNameLength)
        return Error::invalid(tr("A campaign needs a name of at most %1 characters.").arg(CouponRules::kMaxNameLength), QStringLiteral("name"));
    CouponRepository repo(m_db);
    auto t = repo.templateById(request.templateId);
    if (!t)
        return t.error();
    if (!t->active)
        return Error::refused(tr("The coupon template “%1” is no longer used.").arg(t->name));
    // A tier restriction of the template narrows the audience too.
    auto members = audienceMembers(request.audience, t->tierLevel);
    if (!members)
        return members.error();
    if (members->isEmpty())
        return Error::refused(tr("No active member is in that audience: no coupon was issued."));
    Audience stored = request.audience;
    stored.minTierLevel = std::max(stored.minTierLevel, t->tierLevel.value_or(0));
    const QDateTime now = m_clock.now();
    CampaignResult result;
    Status s = m_db.transaction([&]() -> Status {
        auto campaign = repo.addCampaign(name, t->id, stored.toStorage(), now, m_operator.name);
        if (!campaign)
            return campaign.error();
        result.campaignId = *campaign;
        const auto lookup = [&repo](const QString &code) { return repo.byCode(code); };
        for (const Alert &member : std::as_const(*members)) {
            auto made = newCoupon(*t, member.memberId, now, m_operator.name, lookup);
            if (!made)
                return made.error();
            Coupon c = *made;
            c.campaignId = result.campaignId;
            auto id = repo.insert(c);
            if (!id)
                return id.error();
            c.id = *id;
            if (Status logged = logWinBack(c, member.state); !logged)
                return logged;
            result.coupons << c;
        }
        return AuditLog(m_db).record(m_operator, QStringLiteral("coupon.campaign"),
                                     {{QStringLiteral("campaign_id"), result.campaignId}, {QStringLiteral("name"), name},
                                      {QStringLiteral("template_id"), t->id}, {QStringLiteral("audience"), stored.toStorage()},
                                      {QStringLiteral("coupons"), qint64(result.coupons.size())}});
    });
    if (!s)
        return s.error();
    return result;
}

Result<QList<CouponService::CampaignReport>> CouponService::campaignReport() const
{
    auto counts = CouponRepository(m_db).countsByCampaign();
    if (!counts)
        return counts.error();
    QList<CampaignReport> out;
    for (const auto &c : std::as_const(*counts))
        out << CampaignReport{c.campaignId, c.at,
                              TemplateReport{c.counts, rateOf(c.counts)}};
    return out;
}

Result<QList<CouponService::TemplateReport>> CouponService::report() const
{
    auto counts = CouponRepository(m_db).countsByTemplate();
    if (!counts)
        return counts.error();
    QList<TemplateReport> out;
    for (const auto &c : std::as_const(*counts))
        out << TemplateReport{c, rateOf(c)};
    return out;
}

} // namespace loyalty
