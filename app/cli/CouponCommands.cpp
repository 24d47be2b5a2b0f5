// `coupon template add`, `coupon template list`, `coupon issue`, `coupon list`, `report coupons`
// (SPEC §3.6, §7).

#include "CliJson.h"
#include "CommandLine.h"

#include "common/Money.h"
#include "coupons/CouponCode.h"
#include "coupons/CouponRules.h"
#include "coupons/CouponService.h"
#include "members/MemberService.h"
#include "printing/Slip.h"
#include "printing/SlipPrinter.h"
#include "printing/SlipRenderer.h"
#include "shop/Settings.h"
#include "storage/MemberRepository.h"
#include "storage/TierRepository.h"

#include <QJsonArray>

namespace loyalty::cli {

namespace {

struct CouponText {
    Q_DECLARE_TR_FUNCTIONS(CouponText)
};

Result<qint64> money(const QString &text, const QString &option)
{
    auto m = Money::parse(text);
    if (!m)
        return Error::invalid(CouponText::tr("%1: %2").arg(option, m.error().message));
    return m->cents();
}

QJsonObject templateJson(const CouponTemplate &t)
{
    return {{QStringLiteral("template_id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("kind"), toString(t.kind)},
            {QStringLiteral("value"), t.value},
            {QStringLiteral("threshold_cents"), t.thresholdCents},
            {QStringLiteral("min_spend_cents"), t.minSpendCents},
            {QStringLiteral("valid_days"), t.validDays},
            {QStringLiteral("tier_level"), t.tierLevel ? QJsonValue(*t.tierLevel) : QJsonValue()},
            {QStringLiteral("slip_text"), t.slipText},
            {QStringLiteral("auto"), t.autoIssue},
            {QStringLiteral("active"), t.active}};
}

QString templateLine(const CouponTemplate &t, const QString &currency)
{
    return CouponText::tr("%1  %2 — %3, valid %n day(s)", nullptr, t.validDays).arg(t.id).arg(t.name, CouponRules::describe(t, currency));
}

Result<Output> templateAdd(Session &s, const Invocation &in)
{
    CouponTemplate t;
    t.name = in.value(QStringLiteral("name"));
    const auto kind = couponKindFromString(in.value(QStringLiteral("kind")));
    if (!kind)
        return Error::invalid(CouponText::tr("--kind is amount_off, percent_off or spend_and_save, not “%1”.").arg(in.value(QStringLiteral("kind")).left(40)));
    t.kind = *kind;
    // SPEC §7: money for amount_off and spend_and_save, a whole percent for percent_off.
    auto value = t.kind == CouponKind::PercentOff ? wholeNumber(in.value(QStringLiteral("value")), QStringLiteral("--value"), 1, 100)
                                                  : money(in.value(QStringLiteral("value")), QStringLiteral("--value"));
    if (!value)
        return value.error();
    t.value = *value;
    if (in.has(QStringLiteral("threshold"))) {
        auto threshold = money(in.value(QStringLiteral("threshold")), QStringLiteral("--threshold"));
        if (!threshold)
            return threshold.error();
        t.thresholdCents = *threshold;
    }
    if (in.has(QStringLiteral("min-spend"))) {
        auto minSpend = money(in.value(QStringLiteral("min-spend")), QStringLiteral("--min-spend"));
        if (!minSpend)
            return minSpend.error();
        t.minSpendCents = *minSpend;
    }
    if (in.has(QStringLiteral("valid-days"))) {
        auto days = wholeNumber(in.value(QStringLiteral("valid-days")), QStringLiteral("--valid-days"), 1, 3650);
        if (!days)
            return days.error();
        t.validDays = int(*days);
    }
    if (in.has(QStringLiteral("tier"))) {
        auto level = wholeNumber(in.value(QStringLiteral("tier")), QStringLiteral("--tier"), 0, TierLadder::kLevels - 1);
        if (!level)
            return level.error();
        t.tierLevel = int(*level);
    }
    t.slipText = in.value(QStringLiteral("slip-text"));
    if (in.has(QStringLiteral("auto"))) {
        t.autoIssue = in.value(QStringLiteral("auto"));
        if (t.autoIssue != u"tier_upgrade" && t.autoIssue != u"birthday")
            return Error::invalid(CouponText::tr("--auto is tier_upgrade or birthday, not “%1”.").arg(t.autoIssue.left(40)));
    }
    auto added = CouponService(*s.db, *s.clock, s.op).addTemplate(t);
    if (!added)
        return added.error();
    Output o;
    o.json = templateJson(*added);
    o.text = CouponText::tr("Coupon template %1 added: %2").arg(added->id).arg(templateLine(*added, Settings(*s.db).currency()));
    return o;
}

Result<Output> templateList(Session &s, const Invocation &)
{
    auto list = CouponService(*s.db, *s.clock, s.op).templates();
    if (!list)
        return list.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray templates;
    QStringList lines;
    for (const CouponTemplate &t : std::as_const(*list)) {
        templates.append(templateJson(t));
        lines << templateLine(t, currency);
    }
    Output o;
    o.json = {{QStringLiteral("templates"), templates}};
    o.text = lines.isEmpty() ? CouponText::tr("No coupon templates yet.") : lines.join(u'\n');
    return o;
}

QJsonObject couponJson(const Coupon &c, const QString &card)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("code_display"), CouponCode::display(c.code)},
            {QStringLiteral("template_id"), c.templateId},
            {QStringLiteral("member"), card.isEmpty() ? QJsonValue() : QJsonValue(card)},
            {QStringLiteral("status"), toString(c.status)},
            {QStringLiteral("issued_at"), toStorage(c.issuedAt)},
            {QStringLiteral("valid_until"), toStorage(c.validUntil)},
            {QStringLiteral("redeemed_at"), c.redeemedAt ? QJsonValue(toStorage(*c.redeemedAt)) : QJsonValue()},
            {QStringLiteral("visit_id"), c.redeemedVisitId ? QJsonValue(*c.redeemedVisitId) : QJsonValue()},
            {QStringLiteral("discount_cents"), c.discountCents}};
}

Result<Output> issue(Session &s, const Invocation &in)
{
    MemberService members(*s.db, *s.clock, s.op);
    auto member = members.resolve(in.positional.first());
    if (!member)
        return member.error();
    auto templateId = wholeNumber(in.value(QStringLiteral("template")), QStringLiteral("--template"), 1, std::numeric_limits<qint64>::max());
    if (!templateId)
        return templateId.error();
    CouponService::IssueRequest request;
    request.memberId = member->id;
    request.templateId = *templateId;
    auto c = CouponService(*s.db, *s.clock, s.op).issue(request);
    if (!c)
        return c.error();
    if (in.has(QStringLiteral("slip-pdf"))) {
        auto slip = SlipBuilder(*s.db, *s.clock).forCoupon(c->code);
        if (!slip)
            return slip.error();
        const auto paper = PrinterSetup::from(Settings(*s.db)).paper;
        if (Status written = SlipRenderer(paper).toPdf(*slip, in.value(QStringLiteral("slip-pdf"))); !written)
            return written.error();
    }
    Output o;
    o.json = couponJson(*c, member->card);
    o.text = CouponText::tr("Coupon %1 issued to %2, valid through %3.")
                 .arg(CouponCode::display(c->code), member->displayName(), c->validUntil.toString(Qt::ISODate));
    return o;
}

Result<Output> list(Session &s, const Invocation &in)
{
    CouponRepository::ListQuery query;
    if (in.has(QStringLiteral("member"))) {
        auto member = MemberService(*s.db, *s.clock, s.op).resolve(in.value(QStringLiteral("member")));
        if (!member)
            return member.error();
        query.memberId = member->id;
    }
    if (in.has(QStringLiteral("status"))) {
        const auto status = couponStatusFromString(in.value(QStringLiteral("status")));
        if (!status)
            return Error::invalid(
                CouponText::tr("--status is issued, redeemed, expired or void, not “%1”.").arg(in.value(QStringLiteral("status")).left(40)));
        query.status = *status;
    }
    auto coupons = CouponService(*s.db, *s.clock, s.op).list(query);
    if (!coupons)
        return coupons.error();
    MemberRepository members(*s.db);
    QJsonArray out;
    QStringList lines;
    for (const Coupon &c : std::as_const(*coupons)) {
        QString card;
        if (c.memberId)
            if (auto m = members.byId(*c.memberId))
                card = m->card;
        out.append(couponJson(c, card));
        lines << QStringLiteral("%1  %2  %3  %4").arg(CouponCode::display(c.code), toString(c.status), c.validUntil.toString(Qt::ISODate),
                                                     card.isEmpty() ? CouponText::tr("to bearer") : card);
    }
    Output o;
    o.json = {{QStringLiteral("coupons"), out}};
    o.text = lines.isEmpty() ? CouponText::tr("No coupons.") : lines.join(u'\n');
    return o;
}

Result<Output> campaign(Session &s, const Invocation &in)
{
    CouponService::CampaignRequest request;
    request.name = in.value(QStringLiteral("name"));
    auto templateId = wholeNumber(in.value(QStringLiteral("template")), QStringLiteral("--template"), 1, std::numeric_limits<qint64>::max());
    if (!templateId)
        return templateId.error();
    request.templateId = *templateId;
    if (in.has(QStringLiteral("min-tier"))) {
        auto level = wholeNumber(in.value(QStringLiteral("min-tier")), QStringLiteral("--min-tier"), 0, TierLadder::kLevels - 1);
        if (!level)
            return level.error();
        request.audience.minTierLevel = int(*level);
    }
    if (in.has(QStringLiteral("state"))) {
        auto states = statesFrom(in.value(QStringLiteral("state")), QStringLiteral("--state"));
        if (!states)
            return states.error();
        request.audience.states = *states;
    }
    if (in.has(QStringLiteral("segment"))) {
        for (const QString &name : in.value(QStringLiteral("segment")).split(u',', Qt::SkipEmptyParts)) {
            const auto sg = segmentFromString(name.trimmed());
            if (!sg)
                return Error::invalid(CouponText::tr("--segment takes champions, loyal, potential, new, at_risk, cant_lose, hibernating "
                                                     "or lost, not “%1”.")
                                          .arg(name.trimmed().left(40)));
            request.audience.segments << *sg;
        }
        if (request.audience.segments.isEmpty())
            return Error::invalid(CouponText::tr("--segment needs at least one segment."));
    }
    request.audience.skipSnoozed = in.has(QStringLiteral("skip-snoozed"));
    auto result = CouponService(*s.db, *s.clock, s.op).runCampaign(request);
    if (!result)
        return result.error();
    if (in.has(QStringLiteral("sheet-pdf")))
        if (Status written = SlipBuilder(*s.db, *s.clock).couponSheets(result->coupons, in.value(QStringLiteral("sheet-pdf"))); !written)
            return written.error();
    Output o;
    o.json = {{QStringLiteral("campaign_id"), result->campaignId}, {QStringLiteral("issued"), qint64(result->coupons.size())}};
    o.text = CouponText::tr("Campaign %1: %n coupon(s) issued.", nullptr, int(result->coupons.size())).arg(result->campaignId);
    return o;
}

Result<Output> reportCoupons(Session &s, const Invocation &)
{
    auto report = CouponService(*s.db, *s.clock, s.op).report();
    if (!report)
        return report.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray templates;
    QStringList lines;
    for (const CouponService::TemplateReport &r : std::as_const(*report)) {
        const auto &c = r.counts;
        templates.append(QJsonObject{{QStringLiteral("template_id"), c.templateId},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("issued"), c.issued},
                                     {QStringLiteral("redeemed"), c.redeemed},
                                     {QStringLiteral("expired"), c.expired},
                                     {QStringLiteral("void"), c.voided},
                                     {QStringLiteral("redemption_rate_percent"), percentJson(r.rateBasisPoints)},
                                     {QStringLiteral("discount_cents"), c.discountCents},
                                     {QStringLiteral("revenue_cents"), c.revenueCents}});
        lines << CouponText::tr("%1  %2: %3 issued, %4 redeemed (%5%), %6 expired, %7 void; visits that redeemed them paid %8")
                     .arg(c.templateId)
                     .arg(c.name)
                     .arg(c.issued)
                     .arg(c.redeemed)
                     .arg(QString::number(double(r.rateBasisPoints) / 100, 'f', 2))
                     .arg(c.expired)
                     .arg(c.voided)
                     .arg(Money(c.revenueCents).format(currency));
    }
    auto campaigns = CouponService(*s.db, *s.clock, s.op).campaignReport();
    if (!campaigns)
        return campaigns.error();
    QJsonArray perCampaign;
    for (const CouponService::CampaignReport &r : std::as_const(*campaigns)) {
        const auto &c = r.report.counts;
        perCampaign.append(QJsonObject{{QStringLiteral("campaign_id"), r.campaignId},
                                       {QStringLiteral("name"), c.name},
                                       {QStringLiteral("template_id"), c.templateId},
                                       {QStringLiteral("at"), toStorage(r.at)},
                                       {QStringLiteral("issued"), c.issued},
                                       {QStringLiteral("redeemed"), c.redeemed},
                                       {QStringLiteral("expired"), c.expired},
                                       {QStringLiteral("void"), c.voided},
                                       {QStringLiteral("redemption_rate_percent"), percentJson(r.report.rateBasisPoints)},
                                       {QStringLiteral("discount_cents"), c.discountCents},
                                       {QStringLiteral("revenue_cents"), c.revenueCents}});
        lines << CouponText::tr("Campaign %1  %2: %3 issued, %4 redeemed (%5%), %6 expired; visits that redeemed them paid %7")
                     .arg(r.campaignId)
                     .arg(c.name)
                     .arg(c.issued)
                     .arg(c.redeemed)
                     .arg(QString::number(double(r.report.rateBasisPoints) / 100, 'f', 2))
                     .arg(c.expired)
                     .arg(Money(c.revenueCents).format(currency));
    }
    Output o;
    o.json = {{QStringLiteral("templates"), templates}, {QStringLiteral("campaigns"), perCampaign}};
    o.text = lines.isEmpty() ? CouponText::tr("No coupon templates yet.") : lines.join(u'\n');
    return o;
}

} // namespace

QList<CommandSpec> couponCommands()
{
    return {
        {QStringLiteral("coupon template add"),
         QStringLiteral("--name N --kind amount_off/percent_off/spend_and_save --value V [--threshold T] [--min-spend M] [--valid-days D] "
                        "[--tier LEVEL] [--slip-text T] [--auto tier_upgrade/birthday]"),
         QT_TRANSLATE_NOOP("CliCommands", "Define a coupon (owner)."), 0, 0,
         {{QStringLiteral("name"), true, false, true}, {QStringLiteral("kind"), true, false, true}, {QStringLiteral("value"), true, false, true},
          {QStringLiteral("threshold")}, {QStringLiteral("min-spend")}, {QStringLiteral("valid-days")}, {QStringLiteral("tier")},
          {QStringLiteral("slip-text")}, {QStringLiteral("auto")}},
         true, templateAdd},
        {QStringLiteral("coupon campaign"),
         QStringLiteral("--template ID --name N [--min-tier LEVEL] [--state S,S…] [--segment G,G…] [--skip-snoozed] [--sheet-pdf FILE]"),
         QT_TRANSLATE_NOOP("CliCommands", "Issue one coupon to each active member of a tier or higher, in the states and RFM segments given "
                                          "(owner). --state at_risk,dormant --skip-snoozed is the alert list."),
         0, 0,
         {{QStringLiteral("template"), true, false, true}, {QStringLiteral("name"), true, false, true}, {QStringLiteral("min-tier")},
          {QStringLiteral("state")}, {QStringLiteral("segment")}, {QStringLiteral("skip-snoozed"), false}, {QStringLiteral("sheet-pdf")}},
         true,
         campaign},
        {QStringLiteral("coupon template list"), QString(), QT_TRANSLATE_NOOP("CliCommands", "The coupon templates."), 0, 0, {}, true,
         templateList},
        {QStringLiteral("coupon issue"), QStringLiteral("REF --template ID [--slip-pdf FILE]"),
         QT_TRANSLATE_NOOP("CliCommands", "Issue a coupon to a member."), 1, 1,
         {{QStringLiteral("template"), true, false, true}, {QStringLiteral("slip-pdf")}}, true, issue},
        {QStringLiteral("coupon list"), QStringLiteral("[--member REF] [--status issued/redeemed/expired/void]"),
         QT_TRANSLATE_NOOP("CliCommands", "List coupons, newest first."), 0, 0, {{QStringLiteral("member")}, {QStringLiteral("status")}},
         true, list},
        {QStringLiteral("report coupons"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "Per coupon template: issued, redeemed, expired, the redemption rate and the revenue."), 0, 0, {},
         true, reportCoupons},
    };
}

} // namespace loyalty::cli
