// `visit add/void/list`, `points adjust`, `expire`, `settings get/set`, `check` (SPEC §7).

#include "CliJson.h"
#include "CommandLine.h"

#include "dormancy/DormancyService.h"

#include "common/Money.h"
#include "coupons/CouponCode.h"
#include "members/MemberService.h"
#include "points/ExpiryService.h"
#include "points/PointsService.h"
#include "printing/Slip.h"
#include "printing/SlipPrinter.h"
#include "printing/SlipRenderer.h"
#include "shop/Settings.h"
#include "storage/TierRepository.h"
#include "storage/VisitRepository.h"
#include "visits/CheckoutService.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace loyalty::cli {

namespace {

struct VisitText {
    Q_DECLARE_TR_FUNCTIONS(VisitText)
};

Result<qint64> parseWhole(const QString &text, const QString &what, qint64 min, qint64 max)
{
    bool ok = false;
    QString t = text.trimmed();
    if (t.startsWith(u'+'))
        t.remove(0, 1);
    const qint64 n = t.toLongLong(&ok);
    if (!ok)
        return Error::invalid(VisitText::tr("%1 takes a whole number, not “%2”.").arg(what, text.left(40)));
    if (n < min || n > max)
        return Error::invalid(VisitText::tr("%1 must be between %2 and %3.").arg(what).arg(min).arg(max));
    return n;
}

QJsonObject visitResultJson(const VisitResult &r, const Member &m, const TierLadder &tiers)
{
    QJsonArray bonuses;
    for (const BonusGranted &b : r.bonuses)
        bonuses.append(QJsonObject{{QStringLiteral("reason"), b.reason}, {QStringLiteral("points"), b.points}, {QStringLiteral("member_id"), b.memberId}});
    return {
        {QStringLiteral("visit_id"), r.visitId},
        {QStringLiteral("uuid"), r.uuid},
        {QStringLiteral("member_id"), r.memberId},
        {QStringLiteral("card"), m.card},
        {QStringLiteral("at"), toStorage(r.at)},
        {QStringLiteral("amount_cents"), r.amountCents},
        {QStringLiteral("coupon_discount_cents"), r.couponDiscountCents},
        {QStringLiteral("points_value_cents"), r.pointsValueCents},
        {QStringLiteral("eligible_cents"), r.eligibleCents},
        {QStringLiteral("points_earned"), r.pointsEarned},
        {QStringLiteral("points_redeemed"), r.pointsRedeemed},
        {QStringLiteral("bonus_points"), r.bonusPoints},
        {QStringLiteral("bonuses"), bonuses},
        {QStringLiteral("promo_percent"), r.promoPercent},
        {QStringLiteral("balance"), r.balance},
        {QStringLiteral("tier"), tiers.at(r.tierLevel).name},
        {QStringLiteral("tier_level"), r.tierLevel},
        {QStringLiteral("tier_changed"), r.tierChanged},
        {QStringLiteral("tier_before"), tiers.at(r.tierBefore).name},
        {QStringLiteral("coupons_issued"), QJsonArray::fromStringList(r.couponsIssued)},
    };
}

QJsonObject visitJson(const Visit &v)
{
    return {
        {QStringLiteral("visit_id"), v.id},
        {QStringLiteral("uuid"), v.uuid},
        {QStringLiteral("at"), toStorage(v.at)},
        {QStringLiteral("amount_cents"), v.amountCents},
        {QStringLiteral("coupon_discount_cents"), v.couponDiscountCents},
        {QStringLiteral("points_value_cents"), v.pointsValueCents},
        {QStringLiteral("eligible_cents"), v.eligibleCents},
        {QStringLiteral("points_earned"), v.pointsEarned},
        {QStringLiteral("points_redeemed"), v.pointsRedeemed},
        {QStringLiteral("bonus_points"), v.bonusPoints},
        {QStringLiteral("balance_after"), v.balanceAfter},
        {QStringLiteral("operator"), v.op},
        {QStringLiteral("note"), v.note},
        {QStringLiteral("void"), v.isVoid()},
        {QStringLiteral("voided_at"), v.voidedAt ? QJsonValue(toStorage(*v.voidedAt)) : QJsonValue()},
        {QStringLiteral("void_reason"), v.isVoid() ? QJsonValue(v.voidReason) : QJsonValue()},
        {QStringLiteral("items"), itemsJson(v.items)},
    };
}

Result<Output> replay(Session &s, const Visit &visit)
{
    auto result = CheckoutService(*s.db, *s.clock, s.op).resultOf(visit);
    if (!result)
        return result.error();
    auto member = MemberService(*s.db, *s.clock, s.op).byId(visit.memberId);
    if (!member)
        return member.error();
    auto tiers = TierRepository(*s.db).ladder();
    if (!tiers)
        return tiers.error();
    Output o;
    o.json = visitResultJson(*result, *member, *tiers);
    o.text = VisitText::tr("Visit %1 was already recorded with this UUID; its result is unchanged: %2 points earned, balance then %3.")
                 .arg(result->visitId)
                 .arg(result->pointsEarned)
                 .arg(result->balance);
    return o;
}

Result<Output> visitAdd(Session &s, const Invocation &in)
{
    // A UUID seen before answers with the first visit's result, whatever the other arguments say
    // (SPEC §7, §8.2): a till that retries after a lost reply gets what it missed.
    if (in.has(QStringLiteral("uuid"))) {
        auto existing = VisitRepository(*s.db).byUuid(in.value(QStringLiteral("uuid")));
        if (!existing)
            return existing.error();
        if (*existing)
            return replay(s, **existing);
    }
    MemberService members(*s.db, *s.clock, s.op);
    auto member = members.resolve(in.value(QStringLiteral("member")));
    if (!member)
        return member.error();
    auto amount = Money::parse(in.value(QStringLiteral("amount")));
    if (!amount)
        return amount.error();
    VisitRequest request;
    request.memberId = member->id;
    request.amountCents = amount->cents();
    for (const QString &item : in.values(QStringLiteral("item"))) {
        auto line = VisitLine::parse(item);
        if (!line)
            return line.error();
        request.items << *line;
    }
    if (in.has(QStringLiteral("redeem-points"))) {
        auto points = parseWhole(in.value(QStringLiteral("redeem-points")), QStringLiteral("--redeem-points"), 0, 1'000'000'000);
        if (!points)
            return points.error();
        request.redeemPoints = *points;
    }
    request.couponCode = in.value(QStringLiteral("coupon"));
    request.uuid = in.value(QStringLiteral("uuid"));
    request.note = in.value(QStringLiteral("note"));
    // A slip that could not be written must not leave a visit behind without it: the place is tried first.
    if (in.has(QStringLiteral("slip-pdf"))) {
        QFile probe(in.value(QStringLiteral("slip-pdf")));
        const bool existed = probe.exists();
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Append))
            return Error::invalid(VisitText::tr("The slip cannot be written to %1: %2").arg(probe.fileName(), probe.errorString()));
        probe.close();
        if (!existed)
            probe.remove();
    }
    auto result = CheckoutService(*s.db, *s.clock, s.op).record(request);
    if (!result)
        return result.error();
    auto tiers = TierRepository(*s.db).ladder();
    if (!tiers)
        return tiers.error();
    const QString currency = Settings(*s.db).currency();
    if (result->replayed) { // recorded by another counter a moment ago
        auto existing = VisitRepository(*s.db).byUuid(result->uuid);
        if (existing && *existing)
            return replay(s, **existing);
    }
    // The slip as a PDF (SPEC §5), on the shop's paper width.
    if (in.has(QStringLiteral("slip-pdf"))) {
        auto slip = SlipBuilder(*s.db, *s.clock).forVisit(result->visitId);
        if (!slip)
            return slip.error();
        const auto paper = PrinterSetup::from(Settings(*s.db)).paper;
        if (Status written = SlipRenderer(paper).toPdf(*slip, in.value(QStringLiteral("slip-pdf"))); !written)
            return written.error();
    }
    // The slip on the receipt printer. The visit is recorded whatever the printer does: a printer
    // that fails is said (stderr, and "printed": false with the reason), the exit stays 0.
    std::optional<QString> printProblem;
    if (in.has(QStringLiteral("print"))) {
        auto slip = SlipBuilder(*s.db, *s.clock).forVisit(result->visitId);
        const Status printed = slip ? SlipPrinter::print(*slip, PrinterSetup::from(Settings(*s.db))) : Status(slip.error());
        printProblem = printed ? QString() : printed.error().message;
        if (!printed)
            QTextStream(stderr) << VisitText::tr("The visit was recorded, but its slip was not printed: %1").arg(printed.error().message) << '\n';
    }
    Output o;
    o.json = visitResultJson(*result, *member, *tiers);
    if (printProblem) {
        o.json.insert(QStringLiteral("printed"), printProblem->isEmpty());
        if (!printProblem->isEmpty())
            o.json.insert(QStringLiteral("print_error"), *printProblem);
    }
    QStringList lines;
    lines << VisitText::tr("Recorded visit %1 for %2: %3.").arg(result->visitId).arg(member->displayName(), Money(result->amountCents).format(currency));
    if (result->pointsRedeemed > 0)
        lines << VisitText::tr("  Paid with points: %1 points = %2").arg(result->pointsRedeemed).arg(Money(result->pointsValueCents).format(currency));
    lines << VisitText::tr("  Points earned: %1").arg(result->pointsEarned);
    if (result->bonusPoints > 0)
        lines << VisitText::tr("  Bonus: %1").arg(result->bonusPoints);
    lines << VisitText::tr("  Balance: %1 points").arg(result->balance);
    for (const QString &code : result->couponsIssued)
        lines << VisitText::tr("  Coupon issued: %1").arg(CouponCode::display(code));
    if (result->couponDiscountCents > 0)
        lines << VisitText::tr("  Coupon: %1 off").arg(Money(result->couponDiscountCents).format(currency));
    if (result->tierChanged)
        lines << VisitText::tr("  Tier: up from %1 to %2").arg(tiers->at(result->tierBefore).name, tiers->at(result->tierLevel).name);
    if (result->comeback)
        lines << QStringLiteral("  ") + DormancyService::comebackText(*result->comeback);
    o.text = lines.join(u'\n');
    return o;
}

Result<Output> visitVoid(Session &s, const Invocation &in)
{
    auto id = parseWhole(in.positional.first(), QStringLiteral("VISIT_ID"), 1, std::numeric_limits<qint64>::max());
    if (!id)
        return id.error();
    auto result = CheckoutService(*s.db, *s.clock, s.op).voidVisit(*id, in.value(QStringLiteral("reason")));
    if (!result)
        return result.error();
    Output o;
    o.json = {{QStringLiteral("visit_id"), result->visitId},
              {QStringLiteral("member_id"), result->memberId},
              {QStringLiteral("balance"), result->balance},
              {QStringLiteral("points_taken_back"), result->pointsTakenBack},
              {QStringLiteral("points_returned"), result->pointsReturned}};
    o.text = VisitText::tr("Voided visit %1. Points taken back: %2; points given back: %3. Balance now %4.")
                 .arg(result->visitId)
                 .arg(result->pointsTakenBack)
                 .arg(result->pointsReturned)
                 .arg(result->balance);
    return o;
}

Result<Output> visitList(Session &s, const Invocation &in)
{
    auto member = MemberService(*s.db, *s.clock, s.op).resolve(in.positional.first());
    if (!member)
        return member.error();
    int limit = 100;
    if (in.has(QStringLiteral("limit"))) {
        auto n = parseWhole(in.value(QStringLiteral("limit")), QStringLiteral("--limit"), 1, 100000);
        if (!n)
            return n.error();
        limit = int(*n);
    }
    auto visits = VisitRepository(*s.db).ofMember(member->id, limit, true);
    if (!visits)
        return visits.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray list;
    QStringList lines;
    for (const Visit &v : std::as_const(*visits)) {
        list.append(visitJson(v));
        QStringList items;
        for (const VisitLine &l : v.items)
            items << QStringLiteral("%1 ×%2").arg(l.description.isEmpty() ? l.category : l.description).arg(l.quantity);
        lines << QStringLiteral("%1  %2  %3  %4%5%6")
                     .arg(v.id, 6)
                     .arg(v.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), Money(v.amountCents).format(currency))
                     .arg(VisitText::tr("+%1 pts").arg(v.pointsEarned + v.bonusPoints))
                     .arg(items.isEmpty() ? QString() : QStringLiteral("  ") + items.join(QStringLiteral(", ")))
                     .arg(v.isVoid() ? QStringLiteral("  [") + VisitText::tr("void") + u']' : QString());
    }
    Output o;
    o.json = {{QStringLiteral("card"), member->card}, {QStringLiteral("visits"), list}};
    o.text = lines.isEmpty() ? VisitText::tr("%1 has no visits yet.").arg(member->displayName()) : lines.join(u'\n');
    return o;
}

Result<Output> pointsAdjust(Session &s, const Invocation &in)
{
    auto member = MemberService(*s.db, *s.clock, s.op).resolve(in.positional.first());
    if (!member)
        return member.error();
    auto delta = parseWhole(in.value(QStringLiteral("delta")), QStringLiteral("--delta"), -PointsService::kMaxAdjust, PointsService::kMaxAdjust);
    if (!delta)
        return delta.error();
    auto balance = PointsService(*s.db, *s.clock, s.op).adjust(member->id, *delta, in.value(QStringLiteral("reason")));
    if (!balance)
        return balance.error();
    Output o;
    o.json = {{QStringLiteral("card"), member->card}, {QStringLiteral("delta"), *delta}, {QStringLiteral("balance"), *balance}};
    o.text = VisitText::tr("%1: %2 points, balance now %3.").arg(member->displayName()).arg(*delta).arg(*balance);
    return o;
}

Result<Output> expire(Session &s, const Invocation &)
{
    // Reports everything applied in this run: the automatic pass at open and this one.
    auto now = ExpiryService(*s.db, *s.clock).run();
    if (!now)
        return now.error();
    const qint64 points = s.atOpen.expiry.points + now->points;
    const int lots = s.atOpen.expiry.lots + now->lots;
    Output o;
    o.json = {{QStringLiteral("expired_points"), points}, {QStringLiteral("lots"), lots}, {QStringLiteral("as_of"), s.clock->today().toString(Qt::ISODate)}};
    o.text = VisitText::tr("Expired %1 points from %2 lots as of %3.").arg(points).arg(lots).arg(s.clock->today().toString(Qt::ISODate));
    return o;
}

Result<Output> settingsGet(Session &s, const Invocation &in)
{
    auto value = Settings(*s.db).get(in.positional.first());
    if (!value)
        return value.error();
    Output o;
    o.json = {{QStringLiteral("key"), in.positional.first()}, {QStringLiteral("value"), *value}};
    o.text = *value;
    return o;
}

Result<Output> settingsSet(Session &s, const Invocation &in)
{
    Settings settings(*s.db);
    if (Status st = settings.set(in.positional.at(0), in.positional.at(1), s.op); !st)
        return st.error();
    Output o;
    const QString value = settings.text(in.positional.at(0));
    o.json = {{QStringLiteral("key"), in.positional.at(0)}, {QStringLiteral("value"), value}};
    o.text = QStringLiteral("%1 = %2").arg(in.positional.at(0), value);
    return o;
}

Result<Output> check(Session &s, const Invocation &)
{
    auto report = LedgerCheck(*s.db).run(true);
    if (!report)
        return report.error();
    Output o;
    o.json = {{QStringLiteral("ok"), report->ok},
              {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
              {QStringLiteral("members"), report->membersChecked},
              {QStringLiteral("ledger_entries"), report->entriesChecked}};
    o.text = report->ok ? VisitText::tr("OK: %1 members and %2 ledger entries add up.").arg(report->membersChecked).arg(report->entriesChecked)
                        : report->problems.join(u'\n');
    o.exitCode = report->ok ? Done : Refused;
    if (!report->ok) {
        QTextStream err(stderr);
        err << VisitText::tr("The check found %n problem(s).", nullptr, int(report->problems.size())) << '\n';
    }
    return o;
}

} // namespace

QList<CommandSpec> visitCommands()
{
    return {
        {QStringLiteral("visit add"),
         QStringLiteral("--member REF --amount 12.34 [--item \"category:description:qty:unit_price\"]… [--redeem-points N] [--coupon CODE] [--uuid U] [--note T] [--slip-pdf FILE] [--print]"),
         QT_TRANSLATE_NOOP("CliCommands", "Record a visit: points earned, redeemed and bonuses, in one step."), 0, 0,
         {{QStringLiteral("member"), true, false, true},
          {QStringLiteral("amount"), true, false, true},
          {QStringLiteral("item"), true, true},
          {QStringLiteral("redeem-points")},
          {QStringLiteral("coupon")},
          {QStringLiteral("slip-pdf")},
          {QStringLiteral("print"), false},
          {QStringLiteral("uuid")},
          {QStringLiteral("note")}},
         true, visitAdd},
        {QStringLiteral("visit void"), QStringLiteral("VISIT_ID [--reason T]"),
         QT_TRANSLATE_NOOP("CliCommands", "Reverse a visit exactly: its points, bonuses and redemptions."), 1, 1, {{QStringLiteral("reason")}}, true,
         visitVoid},
        {QStringLiteral("visit list"), QStringLiteral("REF [--limit N]"), QT_TRANSLATE_NOOP("CliCommands", "A member's visits, newest first, with items."),
         1, 1, {{QStringLiteral("limit")}}, true, visitList},
        {QStringLiteral("points adjust"), QStringLiteral("REF --delta N --reason T"),
         QT_TRANSLATE_NOOP("CliCommands", "Change a member's points by hand, with a reason (owner only)."), 1, 1,
         {{QStringLiteral("delta"), true, false, true}, {QStringLiteral("reason"), true, false, true}}, true, pointsAdjust},
        {QStringLiteral("expire"), QString(), QT_TRANSLATE_NOOP("CliCommands", "Apply points expiry as of now."), 0, 0, {}, true, expire},
        {QStringLiteral("settings get"), QStringLiteral("KEY"), QT_TRANSLATE_NOOP("CliCommands", "Show one rule or shop setting."), 1, 1, {}, true,
         settingsGet},
        {QStringLiteral("settings set"), QStringLiteral("KEY VALUE"), QT_TRANSLATE_NOOP("CliCommands", "Change one rule or shop setting (owner only)."), 2,
         2, {}, true, settingsSet},
        {QStringLiteral("check"), QString(), QT_TRANSLATE_NOOP("CliCommands", "Prove the points ledger and the file's integrity."), 0, 0, {}, true, check},
    };
}

} // namespace loyalty::cli
