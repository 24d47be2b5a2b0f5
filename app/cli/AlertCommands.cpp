// `alerts`, `member contact`, `member snooze`, `report states`, `report rfm`, `report pareto` and
// `export alerts` (SPEC §3.5, §3.7, §6, §7).

#include "CliJson.h"
#include "CommandLine.h"

#include "common/Share.h"

#include "common/Money.h"
#include "dormancy/CallSheet.h"
#include "dormancy/DormancyService.h"
#include "reports/DashboardService.h"
#include "reports/ShopReport.h"
#include "segments/SegmentService.h"
#include "members/MemberService.h"
#include "members/PhoneNumber.h"
#include "shop/Settings.h"
#include "storage/TierRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace loyalty::cli {

namespace {

struct AlertText {
    Q_DECLARE_TR_FUNCTIONS(AlertText)
};

// The filter of `alerts` and `export alerts`: --state (at_risk,dormant by default), --min-tier,
// --include-snoozed.
Result<AlertFilter> filterFrom(const Invocation &in)
{
    AlertFilter f;
    if (in.has(QStringLiteral("state"))) {
        auto states = statesFrom(in.value(QStringLiteral("state")), QStringLiteral("--state"));
        if (!states)
            return states.error();
        f.states = *states;
    }
    if (in.has(QStringLiteral("min-tier"))) {
        auto level = wholeNumber(in.value(QStringLiteral("min-tier")), QStringLiteral("--min-tier"), 0, TierLadder::kLevels - 1);
        if (!level)
            return level.error();
        f.minTierLevel = int(*level);
    }
    f.includeSnoozed = in.has(QStringLiteral("include-snoozed"));
    return f;
}

Result<Output> alerts(Session &s, const Invocation &in)
{
    auto filter = filterFrom(in);
    if (!filter)
        return filter.error();
    qint64 limit = std::numeric_limits<int>::max();
    if (in.has(QStringLiteral("limit"))) {
        auto n = wholeNumber(in.value(QStringLiteral("limit")), QStringLiteral("--limit"), 1, std::numeric_limits<int>::max());
        if (!n)
            return n.error();
        limit = *n;
    }
    const DormancyService dormancy(*s.db, *s.clock, s.op);
    auto snap = dormancy.snapshot(*filter);
    if (!snap)
        return snap.error();
    auto tiers = TierRepository(*s.db).ladder();
    if (!tiers)
        return tiers.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray list;
    QStringList lines;
    for (const Alert &a : std::as_const(snap->alerts)) {
        if (list.size() >= limit)
            break;
        auto items = dormancy.lastItems(a.memberId);
        if (!items)
            return items.error();
        const QString phone = s.op.isOwner() ? a.phone : PhoneNumber::masked(a.phone);
        list.append(QJsonObject{
            {QStringLiteral("id"), a.memberId},
            {QStringLiteral("card"), a.card},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("phone"), phone.isEmpty() ? QJsonValue() : QJsonValue(phone)},
            {QStringLiteral("tier"), tiers->at(a.tierLevel).name},
            {QStringLiteral("tier_level"), a.tierLevel},
            {QStringLiteral("state"), toString(a.state)},
            {QStringLiteral("days_absent"), a.daysAbsent},
            {QStringLiteral("typical_gap_days"), a.typicalGapDays ? QJsonValue(*a.typicalGapDays) : QJsonValue()},
            {QStringLiteral("expected_gap_days"), a.expectedGapDays},
            {QStringLiteral("spend_12m_cents"), a.spend12mCents},
            {QStringLiteral("last_visit"), a.lastVisit ? QJsonValue(toStorage(*a.lastVisit)) : QJsonValue()},
            {QStringLiteral("last_items"), itemsJson(*items)},
            {QStringLiteral("snoozed_until"), a.snoozedUntil.isValid() ? QJsonValue(toStorage(a.snoozedUntil)) : QJsonValue()},
            {QStringLiteral("last_contact"), contactJson(a.lastContact)},
        });
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(padded(a.card, 10), padded(a.name.isEmpty() ? QStringLiteral("—") : a.name, 12),
                          padded(phone.isEmpty() ? QStringLiteral("—") : phone, 13), padded(displayName(a.state), 10),
                          padded(Money(a.spend12mCents).format(currency), 12, true),
                          DormancyService::absenceText(a.daysAbsent, a.expectedGapDays, a.typicalGapDays.has_value()));
    }
    Output o;
    o.json = {{QStringLiteral("alerts"), list},
              {QStringLiteral("count"), qint64(snap->alerts.size())},
              {QStringLiteral("snoozed"), snap->snoozed},
              {QStringLiteral("fallback_gap_days"), snap->rules.fallbackGapDays},
              {QStringLiteral("as_of"), toStorage(s.clock->today())}};
    QString head = AlertText::tr("%n member(s) to bring back, most valuable first.", nullptr, int(snap->alerts.size()));
    if (snap->snoozed > 0 && !filter->includeSnoozed)
        head += u' ' + AlertText::tr("%n snoozed, not listed (--include-snoozed).", nullptr, int(snap->snoozed));
    lines.prepend(head);
    o.text = lines.join(u'\n');
    return o;
}

Result<Output> contact(Session &s, const Invocation &in)
{
    auto member = MemberService(*s.db, *s.clock, s.op).resolve(in.positional.first());
    if (!member)
        return member.error();
    DormancyService::ContactRequest request;
    request.memberId = member->id;
    const auto channel = channelFromString(in.value(QStringLiteral("channel")));
    if (!channel || *channel == Channel::Coupon)
        return Error::invalid(AlertText::tr("--channel takes call, message or in_person, not “%1”.").arg(in.value(QStringLiteral("channel")).left(40)));
    request.channel = *channel;
    if (in.has(QStringLiteral("outcome"))) {
        const auto outcome = outcomeFromString(in.value(QStringLiteral("outcome")));
        if (!outcome || *outcome == Outcome::None) {
            QStringList names;
            for (Outcome oc : allOutcomes())
                names << toString(oc);
            return Error::invalid(AlertText::tr("--outcome takes one of %1, not “%2”.")
                                      .arg(names.join(QStringLiteral(", ")), in.value(QStringLiteral("outcome")).left(40)));
        }
        request.outcome = *outcome;
    }
    request.note = in.value(QStringLiteral("note"));
    auto logged = DormancyService(*s.db, *s.clock, s.op).logContact(request);
    if (!logged)
        return logged.error();
    Output o;
    o.json = contactJson(*logged).toObject();
    o.json.insert(QStringLiteral("contact_id"), logged->id);
    o.json.insert(QStringLiteral("card"), member->card);
    o.text = AlertText::tr("Logged for %1 (%2): %3.").arg(member->displayName(), displayName(logged->state), logged->summary());
    return o;
}

Result<Output> snooze(Session &s, const Invocation &in)
{
    auto member = MemberService(*s.db, *s.clock, s.op).resolve(in.positional.first());
    if (!member)
        return member.error();
    auto days = wholeNumber(in.value(QStringLiteral("days")), QStringLiteral("--days"), 0, DormancyService::kMaxSnoozeDays);
    if (!days)
        return days.error();
    auto until = DormancyService(*s.db, *s.clock, s.op).snooze(member->id, int(*days));
    if (!until)
        return until.error();
    Output o;
    o.json = {{QStringLiteral("card"), member->card},
              {QStringLiteral("snoozed_until"), until->isValid() ? QJsonValue(toStorage(*until)) : QJsonValue()}};
    o.text = until->isValid() ? AlertText::tr("%1 is off the alert list until %2.").arg(member->displayName(), until->toString(Qt::ISODate))
                              : AlertText::tr("%1 is back on the alert list when away.").arg(member->displayName());
    return o;
}

QJsonObject winBackJson(const WinBackMonth &m)
{
    return {{QStringLiteral("contacted"), m.contacted},
            {QStringLiteral("won_back"), m.wonBack},
            {QStringLiteral("waiting"), m.waiting},
            {QStringLiteral("rate_percent"), percentJson(m.rateBasisPoints())}};
}

Result<Output> reportStates(Session &s, const Invocation &)
{
    const DormancyService dormancy(*s.db, *s.clock, s.op);
    auto snap = dormancy.snapshot();
    if (!snap)
        return snap.error();
    auto winBack = dormancy.winBack();
    if (!winBack)
        return winBack.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray states;
    QJsonObject counts;
    QStringList lines;
    lines << AlertText::tr("Member states as of %1 (%n active member(s)):", nullptr, int(snap->activeMembers))
                 .arg(s.clock->today().toString(Qt::ISODate));
    for (int i = 0; i < kStateCount; ++i) {
        const auto st = MemberState(i);
        const qint64 share = basisPoints(snap->members[i], snap->activeMembers);
        states.append(QJsonObject{{QStringLiteral("state"), toString(st)},
                                  {QStringLiteral("members"), snap->members[i]},
                                  {QStringLiteral("share_percent"), percentJson(share)},
                                  {QStringLiteral("spend_12m_cents"), snap->spend12mCents[i]}});
        counts.insert(toString(st), snap->members[i]);
        lines << QStringLiteral("  %1%2%3%4").arg(padded(displayName(st), 12), padded(QString::number(snap->members[i]), 9, true),
                                                  padded(percentText(share), 10, true),
                                                  padded(Money(snap->spend12mCents[i]).format(currency), 16, true));
    }
    QJsonArray months;
    for (const WinBackMonth &m : std::as_const(winBack->months)) {
        QJsonObject row = winBackJson(m);
        row.insert(QStringLiteral("month"), m.month);
        months.append(row);
    }
    QJsonObject wb = winBackJson(winBack->total);
    wb.insert(QStringLiteral("months"), months);
    lines << AlertText::tr("Usual gap for members without a rhythm of their own: %n day(s).", nullptr, snap->rules.fallbackGapDays);
    lines << AlertText::tr("Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4), %5 may still come.")
                 .arg(winBack->total.contacted)
                 .arg(winBack->total.wonBack)
                 .arg(DormancyService::kWinBackDays)
                 .arg(percentText(winBack->total.rateBasisPoints()))
                 .arg(winBack->total.waiting);
    for (const WinBackMonth &m : std::as_const(winBack->months))
        lines << QStringLiteral("  %1  %2 → %3  (%4)").arg(m.month).arg(m.contacted).arg(m.wonBack).arg(percentText(m.rateBasisPoints()));
    Output o;
    o.json = {{QStringLiteral("as_of"), toStorage(s.clock->today())},
              {QStringLiteral("members"), snap->activeMembers},
              {QStringLiteral("fallback_gap_days"), snap->rules.fallbackGapDays},
              {QStringLiteral("states"), states},
              {QStringLiteral("counts"), counts},
              {QStringLiteral("win_back"), wb}};
    o.text = lines.join(u'\n');
    return o;
}

Result<Output> exportAlerts(Session &s, const Invocation &in)
{
    auto filter = filterFrom(in);
    if (!filter)
        return filter.error();
    if (!s.op.isOwner()) // before the list is worked out
        return Error::permission(AlertText::tr("Only the owner can export member data."));
    auto snap = DormancyService(*s.db, *s.clock, s.op).snapshot(*filter);
    if (!snap)
        return snap.error();
    const QString path = in.value(QStringLiteral("out"));
    auto rows = CallSheet::exportTo(*s.db, s.op, snap->alerts, path, !in.has(QStringLiteral("no-bom")));
    if (!rows)
        return rows.error();
    const qint64 n = rows->value_or(0);
    Output o;
    o.json = {{QStringLiteral("rows"), n}, {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}};
    o.text = AlertText::tr("Wrote %n member(s) to %1.", nullptr, int(n)).arg(QDir::toNativeSeparators(path));
    return o;
}

Result<Output> reportRfm(Session &s, const Invocation &)
{
    auto report = SegmentService(*s.db, *s.clock).rfm();
    if (!report)
        return report.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray segments;
    QJsonObject counts;
    QStringList lines{AlertText::tr("RFM segments as of %1 (recency, frequency and spend of the last 12 months, in quintiles):")
                          .arg(s.clock->today().toString(Qt::ISODate))};
    qint64 total = 0;
    for (qint64 cents : report->spend12mCents)
        total += cents;
    for (int i = 0; i < kSegmentCount; ++i) {
        const auto sg = Segment(i);
        segments.append(QJsonObject{{QStringLiteral("segment"), toString(sg)},
                                    {QStringLiteral("members"), report->members[i]},
                                    {QStringLiteral("share_percent"), percentJson(basisPoints(report->members[i], report->activeMembers))},
                                    {QStringLiteral("spend_12m_cents"), report->spend12mCents[i]},
                                    {QStringLiteral("spend_share_percent"), percentJson(basisPoints(report->spend12mCents[i], total))}});
        counts.insert(toString(sg), report->members[i]);
        lines << QStringLiteral("  %1%2%3%4").arg(padded(displayName(sg), 14), padded(QString::number(report->members[i]), 9, true),
                                                  padded(Money(report->spend12mCents[i]).format(currency), 18, true),
                                                  padded(percentText(basisPoints(report->spend12mCents[i], total)), 10, true));
    }
    Output o;
    o.json = {{QStringLiteral("as_of"), toStorage(s.clock->today())},
              {QStringLiteral("members"), report->activeMembers},
              {QStringLiteral("segments"), segments},
              {QStringLiteral("counts"), counts}};
    o.text = lines.join(u'\n');
    return o;
}

QJsonObject dayJson(const DayTotalsRepository::Day &d)
{
    return {{QStringLiteral("day"), toStorage(d.day)},
            {QStringLiteral("visits"), d.visits},
            {QStringLiteral("revenue_cents"), d.revenueCents},
            {QStringLiteral("new_members"), d.newMembers},
            {QStringLiteral("points_earned"), d.pointsEarned},
            {QStringLiteral("points_redeemed"), d.pointsRedeemed}};
}

Result<Output> reportSummary(Session &s, const Invocation &)
{
    auto sum = ShopReport(*s.db, *s.clock).summary();
    if (!sum)
        return sum.error();
    const QString currency = Settings(*s.db).currency();
    Output o;
    o.json = {{QStringLiteral("as_of"), toStorage(s.clock->today())},
              {QStringLiteral("members"), sum->members},
              {QStringLiteral("visits"), sum->visits},
              {QStringLiteral("revenue_cents"), sum->revenueCents},
              {QStringLiteral("points_outstanding"), sum->pointsOutstanding},
              {QStringLiteral("liability_cents"), sum->liabilityCents},
              {QStringLiteral("today"), dayJson(sum->today)}};
    o.text = AlertText::tr("%1 members; %2 visits paying %3 in all; %4 points outstanding, worth %5 at the till.\n"
                           "Today: %6 visits, %7, %8 new members, %9 points earned.")
                 .arg(sum->members)
                 .arg(sum->visits)
                 .arg(Money(sum->revenueCents).format(currency))
                 .arg(sum->pointsOutstanding)
                 .arg(Money(sum->liabilityCents).format(currency))
                 .arg(sum->today.visits)
                 .arg(Money(sum->today.revenueCents).format(currency))
                 .arg(sum->today.newMembers)
                 .arg(sum->today.pointsEarned);
    return o;
}

Result<Output> reportPoints(Session &s, const Invocation &)
{
    const ShopReport report(*s.db, *s.clock);
    auto months = report.pointsByMonth();
    if (!months)
        return months.error();
    auto sum = report.summary();
    if (!sum)
        return sum.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray list;
    QStringList lines{AlertText::tr("Points by month: earned, redeemed, expired, adjusted, reversed by voids.")};
    for (const PointsMonth &m : std::as_const(*months)) {
        list.append(QJsonObject{{QStringLiteral("month"), m.month},
                                {QStringLiteral("earned"), m.earned},
                                {QStringLiteral("redeemed"), m.redeemed},
                                {QStringLiteral("expired"), m.expired},
                                {QStringLiteral("adjusted"), m.adjusted},
                                {QStringLiteral("reversed"), m.reversed}});
        lines << QStringLiteral("  %1%2%3%4%5%6").arg(m.month, padded(QString::number(m.earned), 12, true),
                                                      padded(QString::number(m.redeemed), 12, true), padded(QString::number(m.expired), 12, true),
                                                      padded(QString::number(m.adjusted), 10, true), padded(QString::number(m.reversed), 10, true));
    }
    lines << AlertText::tr("Outstanding: %1 points, worth %2 at the till.").arg(sum->pointsOutstanding).arg(Money(sum->liabilityCents).format(currency));
    Output o;
    o.json = {{QStringLiteral("months"), list},
              {QStringLiteral("points_outstanding"), sum->pointsOutstanding},
              {QStringLiteral("liability_cents"), sum->liabilityCents}};
    o.text = lines.join(u'\n');
    return o;
}

Result<Output> reportPareto(Session &s, const Invocation &)
{
    auto p = SegmentService(*s.db, *s.clock).pareto();
    if (!p)
        return p.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray curve;
    for (qint64 bp : std::as_const(p->curveBasisPoints))
        curve.append(percentJson(bp));
    Output o;
    o.json = {{QStringLiteral("as_of"), toStorage(s.clock->today())},
              {QStringLiteral("members_with_spend"), p->members},
              {QStringLiteral("top_members"), p->topMembers},
              {QStringLiteral("spend_12m_cents"), p->totalCents},
              {QStringLiteral("top_spend_12m_cents"), p->topCents},
              {QStringLiteral("top20_share_percent"), percentJson(p->top20ShareBasisPoints)},
              {QStringLiteral("curve_percent"), curve}};
    o.text = AlertText::tr("The top %1 of %2 members who spent in the last 12 months (20%) brought %3 of %4: %5.")
                 .arg(p->topMembers)
                 .arg(p->members)
                 .arg(Money(p->topCents).format(currency), Money(p->totalCents).format(currency), percentText(p->top20ShareBasisPoints));
    return o;
}

Result<Output> reportCohorts(Session &s, const Invocation &)
{
    auto rows = DashboardService(*s.db, *s.clock).cohortsUpTo(s.clock->today());
    if (!rows)
        return rows.error();
    QJsonArray list;
    QStringList lines{AlertText::tr("Members who joined each month, and the share of them who came in each month after (0: the month they joined).")};
    for (const CohortRow &r : std::as_const(*rows)) {
        QJsonArray came, shares;
        QString line = QStringLiteral("  %1%2 ").arg(r.month.toString(QStringLiteral("yyyy-MM")), padded(QString::number(r.joined), 7, true));
        for (qsizetype k = 0; k < r.came.size(); ++k) {
            came.append(r.came.at(k));
            shares.append(percentJson(r.shareBasisPoints(k)));
            line += padded(percentText(r.shareBasisPoints(k)), 8, true);
        }
        list.append(QJsonObject{{QStringLiteral("month"), r.month.toString(QStringLiteral("yyyy-MM"))},
                                {QStringLiteral("joined"), r.joined},
                                {QStringLiteral("came"), came},
                                {QStringLiteral("retention_percent"), shares}});
        lines << line;
    }
    Output o;
    o.json = {{QStringLiteral("as_of"), toStorage(s.clock->today())}, {QStringLiteral("cohorts"), list}};
    o.text = lines.join(u'\n');
    return o;
}

const QList<OptionSpec> kFilterOptions = {{QStringLiteral("state")}, {QStringLiteral("min-tier")}, {QStringLiteral("include-snoozed"), false}};

} // namespace

QList<CommandSpec> alertCommands()
{
    QList<OptionSpec> alertOptions = kFilterOptions;
    alertOptions << OptionSpec{QStringLiteral("limit")};
    QList<OptionSpec> exportOptions = kFilterOptions;
    exportOptions << OptionSpec{QStringLiteral("out"), true, false, true} << OptionSpec{QStringLiteral("no-bom"), false};
    return {
        {QStringLiteral("alerts"), QStringLiteral("[--state at_risk,dormant,lost] [--min-tier LEVEL] [--include-snoozed] [--limit N]"),
         QT_TRANSLATE_NOOP("CliCommands", "Members who stopped coming, most valuable first (at risk and dormant unless --state says)."), 0,
         0, alertOptions, true, alerts},
        {QStringLiteral("member contact"), QStringLiteral("REF --channel call|message|in_person [--outcome O] [--note T]"),
         QT_TRANSLATE_NOOP("CliCommands", "Log a try to bring a member back (outcomes: reached, no_answer, left_message, will_return, "
                                          "not_interested, moved_away)."),
         1, 1, {{QStringLiteral("channel"), true, false, true}, {QStringLiteral("outcome")}, {QStringLiteral("note")}}, true, contact},
        {QStringLiteral("member snooze"), QStringLiteral("REF --days N"),
         QT_TRANSLATE_NOOP("CliCommands", "Keep a member off the alert list for N days (0 ends it)."), 1, 1,
         {{QStringLiteral("days"), true, false, true}}, true, snooze},
        {QStringLiteral("report states"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "Members by state, and how many of those contacted came back (win-back)."), 0, 0, {}, true,
         reportStates},
        {QStringLiteral("report summary"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "Members, visits, revenue and points outstanding, and today's figures."), 0, 0, {}, true,
         reportSummary},
        {QStringLiteral("report points"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "Points earned, redeemed, expired and adjusted by month, and what is outstanding."), 0, 0, {}, true,
         reportPoints},
        {QStringLiteral("report rfm"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "RFM segments: members and spend per segment (recency, frequency, money of 12 months)."), 0, 0, {},
         true, reportRfm},
        {QStringLiteral("report pareto"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "The share of the 12 months' spend that the top 20% of members bring."), 0, 0, {}, true,
         reportPareto},
        {QStringLiteral("report cohorts"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "Cohort retention: for each of the last 12 months, the members who joined and the share of them "
                                          "who came in each month after."),
         0, 0, {}, true, reportCohorts},
        {QStringLiteral("export alerts"), QStringLiteral("--out FILE [--no-bom] [--state S,S…] [--min-tier LEVEL] [--include-snoozed]"),
         QT_TRANSLATE_NOOP("CliCommands", "The alert list as a call sheet in CSV (owner)."), 0, 0, exportOptions, true, exportAlerts},
    };
}

} // namespace loyalty::cli
