// The demo's coupons (SPEC §7 `demo`): three templates the owner uses, coupons handed out over the
// last five months, and the visits that redeemed some of them — recorded through the counter's
// own services, so the coupons, the visits, the points and the day totals agree as in a real shop.

#include "demo/DemoGenerator.h"

#include "coupons/CouponService.h"
#include "visits/CheckoutService.h"

#include <QRandomGenerator>

#include <algorithm>

namespace loyalty {

namespace {
struct DemoTemplate {
    const char *en;
    const char *hans;
    const char *hant;
    CouponKind kind;
    qint64 value;
    qint64 thresholdCents;
    qint64 minSpendCents;
    int redeemedPercent;     // of those handed out
    qint64 spendFromCents;   // what a redeeming visit spends
    qint64 spendToCents;
};

constexpr DemoTemplate kTemplates[] = {
    {"20 off every 100", "满100减20", "滿100減20", CouponKind::SpendAndSave, 2'000, 10'000, 0, 38, 10'000, 30'000},
    {"10% off", "9折券", "9折券", CouponKind::PercentOff, 10, 0, 0, 30, 3'000, 20'000},
    {"Welcome back: 15 off", "回头客立减15", "回頭客立減15", CouponKind::AmountOff, 1'500, 0, 5'000, 22, 5'000, 15'000},
};
constexpr int kValidDays = 30;
constexpr int kMostCoupons = 1'500;
} // namespace

QList<DemoGenerator::CouponEvent> DemoGenerator::planCoupons(const DemoOptions &options, const QList<qint64> &memberIds,
                                                             const QList<QDateTime> &joined, const QDateTime &now, QRandomGenerator &rng)
{
    QList<CouponEvent> plan;
    if (memberIds.isEmpty() || options.visits < 200)
        return plan;
    // About one coupon for every 40 visits, handed out from 150 to 5 days ago.
    const qint64 count = std::min<qint64>(kMostCoupons, options.visits / 40);
    for (qint64 i = 0; i < count; ++i) {
        const qsizetype who = qsizetype(rng.bounded(quint32(memberIds.size())));
        CouponEvent e;
        e.memberId = memberIds.at(who);
        e.kind = int(rng.bounded(quint32(std::size(kTemplates))));
        e.issuedAt = now.addDays(-5 - qint64(rng.bounded(146))).addSecs(-qint64(rng.bounded(8 * 3600)));
        if (e.issuedAt < joined.value(who))
            continue;   // not a member yet
        const DemoTemplate &t = kTemplates[e.kind];
        if (int(rng.bounded(100)) < t.redeemedPercent) {
            const QDateTime at = e.issuedAt.addDays(1 + rng.bounded(kValidDays - 2)).addSecs(qint64(rng.bounded(3600)));
            if (at < now.addSecs(-3600)) {
                e.redeemedAt = at;
                e.amountCents = t.spendFromCents + qint64(rng.bounded(quint32((t.spendToCents - t.spendFromCents) / 100))) * 100;
            }
        }
        plan << e;
    }
    return plan;
}

Status DemoGenerator::recordCoupons(const DemoOptions &options, const QList<CouponEvent> &plan)
{
    if (plan.isEmpty())
        return {};
    const bool hans = options.language.startsWith(u"zh") && !options.language.startsWith(u"zh_TW");
    const bool hant = options.language.startsWith(u"zh_TW");
    FixedClock clock(m_clock.now());
    CouponService coupons(m_db, clock);
    QList<qint64> templateIds;
    for (const DemoTemplate &d : kTemplates) {
        CouponTemplate t;
        t.name = QString::fromUtf8(hant ? d.hant : hans ? d.hans : d.en);
        t.kind = d.kind;
        t.value = d.value;
        t.thresholdCents = d.thresholdCents;
        t.minSpendCents = d.minSpendCents;
        t.validDays = kValidDays;
        auto added = coupons.addTemplate(t);
        if (!added)
            return added.error();
        templateIds << added->id;
    }

    // Oldest first: each coupon handed out, each redeemed at a visit, at its own time.
    struct Step {
        QDateTime at;
        qsizetype event;
        bool redeem;
    };
    QList<Step> steps;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        steps << Step{plan.at(i).issuedAt, i, false};
        if (plan.at(i).redeemedAt)
            steps << Step{*plan.at(i).redeemedAt, i, true};
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });
    QList<QString> codes(plan.size());
    CheckoutService checkout(m_db, clock);
    for (const Step &step : std::as_const(steps)) {
        const CouponEvent &e = plan.at(step.event);
        clock.set(step.at);
        if (!step.redeem) {
            auto issued = coupons.issue({e.memberId, templateIds.at(e.kind), std::nullopt, std::nullopt});
            if (!issued)
                return issued.error();
            codes[step.event] = issued->code;
            continue;
        }
        VisitRequest r;
        r.memberId = e.memberId;
        r.amountCents = e.amountCents;
        r.couponCode = codes.at(step.event);
        auto visit = checkout.record(r);
        if (!visit)
            return visit.error();
    }
    // Those not redeemed in time have expired by now.
    clock.set(m_clock.now());
    if (auto expired = coupons.expireDue(); !expired)
        return expired.error();
    return {};
}

} // namespace loyalty
