// The visit history of a demo shop: every member with a rhythm of their own (a daily coffee, weekly
// groceries, a monthly haircut, or no pattern), some who stopped coming, baskets of items from a
// cafe's categories, more visits on the member day, points spent now and then. Recorded in time
// order through CheckoutService, with expiry applied at each day change and the tiers reviewed on
// the first of each month, as if the shop had been using the program all along.

#include "demo/DemoGenerator.h"

#include "points/ExpiryService.h"
#include "rules/PointsRules.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/TierRepository.h"
#include "tiers/TierRules.h"
#include "tiers/TierService.h"
#include "visits/CheckoutService.h"
#include "visits/VisitBatch.h"

#include <QRandomGenerator>

#include <queue>

namespace loyalty {

namespace {

struct Product {
    const char16_t *category;
    const char16_t *name;
    qint64 priceCents;
};

// A cafe with a bakery counter. Categories are free text the owner can give their own percent.
const Product kHans[] = {
    {u"咖啡", u"美式咖啡", 1800}, {u"咖啡", u"拿铁", 2800},  {u"咖啡", u"卡布奇诺", 2800}, {u"咖啡", u"摩卡", 3200},
    {u"茶饮", u"奶茶", 1600},     {u"茶饮", u"绿茶", 1200},  {u"烘焙", u"牛角包", 1200},   {u"烘焙", u"贝果", 1000},
    {u"烘焙", u"蛋糕", 2600},     {u"零食", u"曲奇", 800},   {u"周边", u"马克杯", 6800},   {u"周边", u"咖啡豆", 9800},
};
const Product kHant[] = {
    {u"咖啡", u"美式咖啡", 6000}, {u"咖啡", u"拿鐵", 9000},  {u"咖啡", u"卡布奇諾", 9000}, {u"咖啡", u"摩卡", 10000},
    {u"茶飲", u"奶茶", 5500},     {u"茶飲", u"綠茶", 4000},  {u"烘焙", u"可頌", 4500},     {u"烘焙", u"貝果", 4000},
    {u"烘焙", u"蛋糕", 8500},     {u"零食", u"餅乾", 3000},  {u"周邊", u"馬克杯", 25000},  {u"周邊", u"咖啡豆", 42000},
};
const Product kLatin[] = {
    {u"coffee", u"Americano", 1800}, {u"coffee", u"Latte", 2800},   {u"coffee", u"Cappuccino", 2800}, {u"coffee", u"Mocha", 3200},
    {u"tea", u"Milk tea", 1600},     {u"tea", u"Green tea", 1200},  {u"bakery", u"Croissant", 1200},  {u"bakery", u"Bagel", 1000},
    {u"bakery", u"Cake", 2600},      {u"snacks", u"Cookies", 800},  {u"merch", u"Mug", 6800},         {u"merch", u"Coffee beans", 9800},
};

// How often a kind of customer comes, in minutes between visits, and what they spend (cents).
struct Habit {
    int weight;
    qint64 gapMinutes;
    qint64 spendFrom;
    qint64 spendTo;
    int basketSize;
};
const Habit kHabits[] = {
    {15, 2 * 24 * 60, 1200, 4500, 2},     // a coffee on the way to work
    {35, 7 * 24 * 60, 5000, 32000, 4},    // the weekly shop
    {15, 14 * 24 * 60, 6000, 40000, 4},   // every other week
    {20, 30 * 24 * 60, 8000, 50000, 3},   // monthly, like a haircut
    {15, 21 * 24 * 60, 2000, 30000, 3},   // no pattern (the gap varies a lot)
};

struct Rhythm {
    qint64 memberId = 0;
    int habit = 0;
    qint64 gapMinutes = 0;
    QDateTime stopsAt;       // lapsed members stop coming; invalid: still a regular
    qint64 stopsAtMSecs = -1;
    int preferredHour = 12;
};

struct Event {
    Event(QDateTime t, int i) : at(std::move(t)), msecs(at.toMSecsSinceEpoch()), index(i) {}
    QDateTime at;
    qint64 msecs;  // compared instead of `at`: a local QDateTime converts its time at each comparison
    int index;     // into the rhythms
    bool operator>(const Event &o) const { return msecs > o.msecs; }
};

// Moves a time into opening hours (07:00-21:59), to the member's usual hour the next day otherwise.
QDateTime intoOpeningHours(QDateTime t, int preferredHour, QRandomGenerator &rng)
{
    if (t.time().hour() < 7 || t.time().hour() > 21)
        t = wallTime(t.date().addDays(t.time().hour() > 21 ? 1 : 0), QTime(preferredHour, int(rng.bounded(60))));
    return t;
}

} // namespace

Result<qint64> DemoGenerator::recordVisits(const DemoOptions &options, const QList<qint64> &memberIds, QRandomGenerator &rng,
                                           const std::function<bool(qint64 done)> &progress)
{
    const QDateTime now = m_clock.now();
    const bool hant = options.language.startsWith(u"zh_TW");
    const bool latin = !options.language.startsWith(u"zh");
    const Product *catalog = hant ? kHant : latin ? kLatin : kHans;
    const int catalogSize = int(std::size(kHans));
    auto rules = Settings(m_db).rules();
    if (!rules)
        return rules.error();

    // Rhythms, and the average gap scaled so that the shop gets about `visits` in all.
    auto joinDates = MemberRepository(m_db).joinDates();
    if (!joinDates)
        return joinDates.error();
    const QHash<qint64, QDateTime> &joined = *joinDates;
    int habitWeights = 0;
    for (const Habit &h : kHabits)
        habitWeights += h.weight;
    QList<Rhythm> rhythms;
    rhythms.reserve(memberIds.size());
    qint64 expectedAtScale1 = 0; // visits if every gap were its habit's
    for (const qint64 id : memberIds) {
        Rhythm r;
        r.memberId = id;
        int pick = int(rng.bounded(habitWeights));
        while (pick >= kHabits[r.habit].weight)
            pick -= kHabits[r.habit++].weight;
        r.preferredHour = 8 + int(rng.bounded(12));
        const QDateTime from = joined.value(id, now.addDays(-365));
        const qint64 span = std::max<qint64>(1, from.secsTo(now) / 60);
        if (rng.bounded(100) < 25) // a quarter of them stop coming at some point
            r.stopsAt = from.addSecs(qint64(rng.bounded(quint32(std::min<qint64>(span, 1'000'000'000)))) * 60);
        const qint64 active = r.stopsAt.isValid() ? std::max<qint64>(1, from.secsTo(r.stopsAt) / 60) : span;
        expectedAtScale1 += active / kHabits[r.habit].gapMinutes + 1;
        r.stopsAtMSecs = r.stopsAt.isValid() ? r.stopsAt.toMSecsSinceEpoch() : -1;
        rhythms << r;
    }
    // The schedule (when each member comes) draws from its own generator, so that it can be played
    // through without recording anything: the gaps are scaled until the shop gets the wanted number
    // of visits up to now, instead of making up a shortfall in the last days.
    const quint32 scheduleSeed = rng.generate();
    using Queue = std::priority_queue<Event, std::vector<Event>, std::greater<Event>>;
    const int memberDay = rules->memberDay;
    const auto startSchedule = [&](qint64 perMille, QRandomGenerator &srng) {
        Queue queue;
        for (int i = 0; i < rhythms.size(); ++i) {
            Rhythm &r = rhythms[i];
            r.gapMinutes = std::max<qint64>(60, kHabits[r.habit].gapMinutes * perMille / 1000);
            // The first visit comes within one gap of joining.
            const QDateTime first = joined.value(r.memberId).addSecs(qint64(srng.bounded(quint32(std::min<qint64>(r.gapMinutes, 1'000'000)))) * 60);
            queue.push({intoOpeningHours(first, r.preferredHour, srng), i});
        }
        return queue;
    };
    // The next visit after one at `at`: the member's gap, give or take half ("no pattern" varies
    // more); the member day pulls visits forward: a few days before it, many wait for it.
    const auto nextVisit = [&](const Rhythm &r, const QDateTime &at, QRandomGenerator &srng) {
        const qint64 spread = r.habit == 4 ? 150 : 100;
        const qint64 gap = r.gapMinutes * (100 - spread / 2 + qint64(srng.bounded(quint32(spread + 1)))) / 100;
        QDateTime next = intoOpeningHours(at.addSecs(std::max<qint64>(60, gap) * 60), r.preferredHour, srng);
        if (memberDay > 0 && next.date().day() < memberDay && next.date().day() >= memberDay - 3 && srng.bounded(100) < 40)
            next = wallTime(QDate(next.date().year(), next.date().month(), memberDay), next.time());
        return next;
    };
    const qint64 nowMSecs = now.toMSecsSinceEpoch();
    const auto due = [&](const Event &e) {
        const Rhythm &r = rhythms.at(e.index);
        return e.msecs <= nowMSecs && (r.stopsAtMSecs < 0 || e.msecs <= r.stopsAtMSecs);
    };
    const auto visitsAtScale = [&](qint64 perMille) {
        QRandomGenerator srng(scheduleSeed);
        Queue queue = startSchedule(perMille, srng);
        qint64 count = 0;
        while (!queue.empty() && count <= options.visits * 2) {
            const Event e = queue.top();
            queue.pop();
            if (!due(e))
                continue;
            ++count;
            queue.push({nextVisit(rhythms.at(e.index), e.at, srng), e.index});
        }
        return count;
    };
    // Visits go roughly with 1 / scale: a few corrections bring the count within 0.2% below the
    // wanted number (the regulars make up that little in the last week, below).
    qint64 perMille = std::max<qint64>(1, 1000 * expectedAtScale1 / std::max<qint64>(1, options.visits));
    for (int round = 0; round < 8 && options.visits > 0; ++round) {
        const qint64 got = visitsAtScale(perMille);
        if (got <= options.visits && options.visits - got <= options.visits / 500)
            break;
        const qint64 scaled = perMille * std::max<qint64>(1, got) / options.visits;
        perMille = std::max<qint64>(1, scaled == perMille ? perMille + (got > options.visits ? 1 : -1) : scaled);
    }
    QRandomGenerator srng(scheduleSeed);
    Queue queue = startSchedule(perMille, srng);

    FixedClock clock(now);
    // Recorded through the counter's own CheckoutService, and expired through ExpiryService, into a
    // batch that holds every member and open lot in memory and writes the rows at each commit.
    VisitBatch batch(m_db);
    if (Status s = batch.holdEveryone(); !s)
        return s.error();
    CheckoutService checkout(batch, clock);
    auto ladder = TierRepository(m_db).ladder();
    if (!ladder)
        return ladder.error();
    const int graceMonths = int(Settings(m_db).integer(QStringLiteral("tiers.grace_months")));
    auto firstJoined = TierRepository(m_db).firstJoined();
    if (!firstJoined)
        return firstJoined.error();
    QDate reviewedThrough = *firstJoined;   // the reviews done: none before the first member
    QHash<qint64, qint64> balances; // as of each member's last visit: enough to decide to spend points
    qint64 recorded = 0;
    QDate lastDay;
    constexpr int kBatch = kVisitBatch;
    constexpr int kWriteEvery = kVisitsPerWrite;

    const auto recordOne = [&](const Rhythm &r, const QDateTime &at) -> Status {
        clock.set(at);
        if (at.date() != lastDay) { // the day changed: expiry runs, as it does in the shop
            lastDay = at.date();
            if (auto e = ExpiryService(m_db, clock).run(batch); !e)
                return e.error();
            for (const QDate &review : TierRules::reviewDaysBetween(reviewedThrough, lastDay)) {
                if (auto reviewed = TierService::review(batch, *ladder, graceMonths, review); !reviewed)
                    return reviewed.error();
                reviewedThrough = review;
            }
        }
        const Habit &habit = kHabits[r.habit];
        VisitRequest request;
        request.memberId = r.memberId;
        if (rng.bounded(100) < 60) {
            const int lines = 1 + int(rng.bounded(quint32(habit.basketSize)));
            for (int l = 0; l < lines; ++l) {
                const Product &p = catalog[rng.bounded(quint32(catalogSize))];
                request.items << VisitLine{QString::fromUtf16(p.category), QString::fromUtf16(p.name), 1 + qint64(rng.bounded(2)), p.priceCents};
                request.amountCents += request.items.last().totalCents();
            }
        } else {
            request.amountCents = (habit.spendFrom + qint64(rng.bounded(quint32(habit.spendTo - habit.spendFrom)))) / 10 * 10;
        }
        // Now and then points pay part of the bill: at most what the rules allow on the balance as
        // it is now (expiry and referral bonuses move it between visits), so nothing is refused.
        if (balances.value(r.memberId) >= 500 && rng.bounded(100) < 12) {
            auto member = batch.member(r.memberId);
            if (!member)
                return member.error();
            const qint64 most = PointsRules::maxRedeemablePoints(member->points, request.amountCents, *rules);
            request.redeemPoints = most / 100 * 100 >= rules->redeemMinPoints ? most / 100 * 100 : most;
        }
        auto result = checkout.record(request);
        if (!result)
            return result.error();
        if (batch.pendingVisits() >= kWriteEvery)
            if (Status s = batch.writeInBackground(); !s)
                return s;
        balances.insert(r.memberId, result->balance);
        ++recorded;
        return {};
    };

    // One transaction per kBatch visits: the batch is written before it commits; on a failure, the
    // write still running finishes before the rollback.
    const auto inTransaction = [&](const std::function<Status()> &work) {
        return m_db.transaction([&]() -> Status {
            const Status done = work();
            const Status written = done ? batch.flush() : batch.waitForWriting();
            return done ? written : done;
        });
    };
    while (recorded < options.visits && !queue.empty()) {
        Status s = inTransaction([&]() -> Status {
            for (int n = 0; n < kBatch && recorded < options.visits && !queue.empty(); ++n) {
                const Event e = queue.top();
                queue.pop();
                const Rhythm &r = rhythms.at(e.index);
                if (!due(e))
                    continue; // caught up with today, or stopped coming
                if (Status one = recordOne(r, e.at); !one)
                    return one;
                queue.push({nextVisit(r, e.at, srng), e.index});
            }
            return {};
        });
        if (!s)
            return s.error();
        if (!progress(recorded))
            return Error::refused(tr("Stopped: %1 of %2 demo visits were recorded.").arg(recorded).arg(options.visits));
    }
    // The schedule leaves the count a little short (at most 0.2%): the regulars who still come make
    // up the difference in the last week.
    QList<int> regulars;
    for (int i = 0; i < rhythms.size(); ++i)
        if (!rhythms.at(i).stopsAt.isValid())
            regulars << i;
    while (recorded < options.visits && !regulars.isEmpty()) {
        Status s = inTransaction([&]() -> Status {
            for (int n = 0; n < kBatch && recorded < options.visits; ++n) {
                const Rhythm &r = rhythms.at(regulars.at(rng.bounded(quint32(regulars.size()))));
                // Some time in the last week's opening hours, never later than now.
                QDateTime at;
                for (int tries = 0; tries < 8 && (!at.isValid() || at > now); ++tries)
                    at = wallTime(now.date().addDays(-qint64(rng.bounded(7))), QTime(7 + int(rng.bounded(14)), int(rng.bounded(60))));
                if (at > now)
                    at = now.addSecs(-60 * qint64(1 + rng.bounded(24 * 60)));
                if (Status one = recordOne(r, at); !one)
                    return one;
            }
            return {};
        });
        if (!s)
            return s.error();
        if (!progress(recorded))
            return Error::refused(tr("Stopped: %1 of %2 demo visits were recorded.").arg(recorded).arg(options.visits));
    }
    // Bring expiry up to today; the reviews done are remembered, those still due run at the next open.
    clock.set(now);
    if (auto e = ExpiryService(m_db, clock).run(); !e)
        return e.error();
    if (reviewedThrough.isValid() && reviewedThrough.day() == 1)
        if (Status s = TierService(m_db, clock).markReviewed(reviewedThrough); !s)
            return s.error();
    return recorded;
}

} // namespace loyalty
