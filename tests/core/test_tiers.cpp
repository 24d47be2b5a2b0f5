// Tiers (SPEC §3.4) on real shop files: the upgrade at a visit at the exact threshold and the
// 365-day window, points earned at the tier held before; the monthly review with its grace —
// renewal, keeping, dropping to the tier the spend still reaches, reviews missed and run later in
// order; a void that leaves the tier until a review; the ladder through the settings' keys with
// its refusals; thresholds suggested from a known distribution of spend. Every expected value is
// worked out by hand in the comments.

#include "TestShop.h"

#include "members/MemberService.h"
#include "points/PointsService.h"
#include "shop/Settings.h"
#include "shop/ShopMaintenance.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/TierRepository.h"
#include "storage/VisitRepository.h"
#include "tiers/TierRules.h"
#include "tiers/TierService.h"
#include "visits/CheckoutService.h"

#include <QSqlQuery>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

QDate day(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

} // namespace

class TestTiers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup();

    // at a visit
    void upgradeAtTheThreshold_data();
    void upgradeAtTheThreshold();
    void earnsAtTheTierHeldBefore();
    void upgradeIsRecordedWithTheVisit();

    // the review
    void review_data();
    void review();
    void missedReviewsRunInOrder();
    void newShopHasNoReviewDue();
    void maintenanceRunsTheReviews();

    // the ladder
    void ladderThroughSettingKeys();
    void badLadderRefused_data();
    void badLadderRefused();
    void saveLadderAudited();

    // the pyramid
    void keptAtLeastUntil_data();
    void keptAtLeastUntil();
    void roundThreshold_data();
    void roundThreshold();
    void suggestionsOnAKnownDistribution();
    void suggestionsStayIncreasing();
    void reportCountsAndPreview();

private:
    void open(const QDate &first);
    Database &db() { return m_shop->database(); }
    qint64 addMember(const QString &name = u"Li Lei"_s);
    Result<VisitResult> record(qint64 memberId, qint64 cents, const QString &uuid = {});
    void setAt(const QDate &d) { m_shop->clock.set(QDateTime(d, QTime(12, 0))); }
    std::pair<int, QDate> tierOf(qint64 memberId);
    void set(const QString &key, const QString &value);
    qint64 number(const QString &sql);

    std::unique_ptr<test::TestShop> m_shop;
};

void TestTiers::open(const QDate &first)
{
    m_shop = std::make_unique<test::TestShop>(u"en"_s, QDateTime(first, QTime(9, 0)));
}

void TestTiers::cleanup()
{
    if (m_shop) {
        auto report = LedgerCheck(db()).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
    }
    m_shop.reset();
}

qint64 TestTiers::addMember(const QString &name)
{
    MemberFields f;
    f.name = name;
    auto m = MemberService(db(), m_shop->clock).add(f);
    if (!m)
        qWarning("cannot add member: %s", qPrintable(m.error().message));
    return m ? m->id : 0;
}

Result<VisitResult> TestTiers::record(qint64 memberId, qint64 cents, const QString &uuid)
{
    VisitRequest r;
    r.memberId = memberId;
    r.amountCents = cents;
    r.uuid = uuid;
    return CheckoutService(db(), m_shop->clock).record(r);
}

std::pair<int, QDate> TestTiers::tierOf(qint64 memberId)
{
    QSqlQuery q(db().connection());
    if (!q.exec(u"SELECT tier_level, tier_since FROM members WHERE id = %1"_s.arg(memberId)) || !q.next())
        return {-1, {}};
    return {q.value(0).toInt(), dateFromStorage(q.value(1).toString())};
}

void TestTiers::set(const QString &key, const QString &value)
{
    Status s = Settings(db()).set(key, value, Operator::owner());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
}

qint64 TestTiers::number(const QString &sql)
{
    QSqlQuery q(db().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Default ladder: Normal 0, Silver ¥500, Gold ¥2,000, Platinum ¥5,000, Diamond ¥10,000.
void TestTiers::upgradeAtTheThreshold_data()
{
    QTest::addColumn<int>("earlierDaysAgo");   // an earlier visit this many days before (-1: none)
    QTest::addColumn<qint64>("earlierCents");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("level");

    QTest::newRow("one cent short of Silver") << -1 << 0LL << 49'999LL << 0;
    QTest::newRow("exactly Silver") << -1 << 0LL << 50'000LL << 1;
    QTest::newRow("straight to Gold") << -1 << 0LL << 200'000LL << 2;
    QTest::newRow("exactly Diamond") << -1 << 0LL << 1'000'000LL << 4;
    QTest::newRow("earlier visit adds up") << 100 << 30'000LL << 20'000LL << 1;
    QTest::newRow("364 days ago still counts") << 364 << 30'000LL << 20'000LL << 1;
    QTest::newRow("365 days ago no longer counts") << 365 << 30'000LL << 20'000LL << 0;
}

void TestTiers::upgradeAtTheThreshold()
{
    QFETCH(int, earlierDaysAgo);
    QFETCH(qint64, earlierCents);
    QFETCH(qint64, cents);
    QFETCH(int, level);
    const QDate today(2026, 6, 15);
    open(earlierDaysAgo >= 0 ? today.addDays(-earlierDaysAgo) : today);
    // Reviews would renew or drop in between: a long grace keeps them out of this test.
    set(u"tiers.grace_months"_s, u"60"_s);
    const qint64 id = addMember();
    if (earlierDaysAgo >= 0) {
        REQUIRE_OK(first, record(id, earlierCents));
        QCOMPARE(first->tierChanged, false);
    }
    setAt(today);
    REQUIRE_OK(r, record(id, cents));
    QCOMPARE(r->tierLevel, level);
    QCOMPARE(r->tierChanged, level > 0);
    QCOMPARE(r->tierBefore, 0);
    QCOMPARE(tierOf(id).first, level);
    if (level > 0)
        QCOMPARE(tierOf(id).second, today); // the upgrade date is remembered
}

void TestTiers::earnsAtTheTierHeldBefore()
{
    open(QDate(2026, 3, 2)); // not a member day
    const qint64 id = addMember();
    // ¥2,000 reaches Gold (120%), but this visit earns at Normal (100%): 2,000 points.
    REQUIRE_OK(up, record(id, 200'000));
    QCOMPARE(up->tierLevel, 2);
    QCOMPARE(up->pointsEarned, 2000);
    // The next ¥100 earns at Gold: floor(10000 × 1 × 120 × 100 / 1,000,000) = 120.
    REQUIRE_OK(next, record(id, 10'000));
    QCOMPARE(next->pointsEarned, 120);
    QCOMPARE(next->tierChanged, false);
    QCOMPARE(next->tierBefore, 2);
}

void TestTiers::upgradeIsRecordedWithTheVisit()
{
    open(QDate(2026, 3, 2));
    const qint64 id = addMember();
    REQUIRE_OK(r, record(id, 60'000, u"till-1"_s));
    QCOMPARE(number(u"SELECT tier_level FROM visits WHERE id = %1"_s.arg(r->visitId)), 0);
    QCOMPARE(number(u"SELECT tier_after FROM visits WHERE id = %1"_s.arg(r->visitId)), 1);
    QCOMPARE(number(u"SELECT tier_changed FROM visits WHERE id = %1"_s.arg(r->visitId)), 1);
    // The counter sends it again: the first result, upgrade included, and no second upgrade.
    REQUIRE_OK(again, record(id, 60'000, u"till-1"_s));
    QVERIFY(again->replayed);
    QCOMPARE(again->tierChanged, true);
    QCOMPARE(again->tierLevel, 1);
    QCOMPARE(again->tierBefore, 0);
    QCOMPARE(number(u"SELECT count(*) FROM visits"_s), 1);
}

// A member's history as lines "YYYY-MM-DD +CENTS" (a visit), "YYYY-MM-DD void" (voids the last
// visit), "YYYY-MM-DD set KEY VALUE" (a setting). The member joins on the first line's day. The
// shop is opened on each line's day and at the end, and each open runs the reviews due — as
// ShopMaintenance does.
void TestTiers::review_data()
{
    QTest::addColumn<QStringList>("history");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("since");
    QTest::addColumn<qint64>("spend12m");

    // Review 2026-01-01 looks at 2025-01-01 … 2025-12-31: the visit counts, Silver is renewed.
    QTest::newRow("renewed while the spend qualifies")
        << QStringList{u"2025-01-05 +60000"_s} << u"2026-01-01"_s << 1 << u"2026-01-01"_s << 60'000LL;
    // From the review of 2026-02-01 the spend is 0, but the renewal of 2026-01-01 keeps Silver
    // until 2027-01-01.
    QTest::newRow("grace keeps the tier") << QStringList{u"2025-01-05 +60000"_s} << u"2026-12-31"_s << 1 << u"2026-01-01"_s << 0LL;
    // 2026-01-01 + 12 months is not after 2027-01-01: down to what ¥0 reaches.
    QTest::newRow("drop after the grace") << QStringList{u"2025-01-05 +60000"_s} << u"2027-01-01"_s << 0 << u"2027-01-01"_s << 0LL;
    // Gold from ¥2,500; renewed 2026-01-01 (¥3,100 in 2025); kept through 2026; at 2027-01-01 the
    // window 2026-01-01 … 2026-12-31 holds ¥600: Silver, not Normal.
    QTest::newRow("drop to the tier the spend reaches")
        << QStringList{u"2025-01-05 +250000"_s, u"2025-12-20 +60000"_s, u"2026-06-15 +60000"_s} << u"2027-01-01"_s << 1 << u"2027-01-01"_s
        << 60'000LL;
    // The visit of 2025-12-30 is in the window of every review up to 2026-12-01, which renews
    // Silver; at 2027-01-01 the spend is 0 but the grace runs from 2026-12-01.
    QTest::newRow("each renewal restarts the grace")
        << QStringList{u"2025-01-05 +60000"_s, u"2025-12-30 +60000"_s} << u"2027-01-01"_s << 1 << u"2026-12-01"_s << 0LL;
    // A void leaves spend_12m but not the tier: no downgrade outside a review.
    QTest::newRow("void does not lower the tier") << QStringList{u"2025-01-05 +60000"_s, u"2025-01-05 void"_s} << u"2025-01-31"_s << 1
                                                  << u"2025-01-05"_s << 0LL;
    // …nor does the review of 2026-01-01, inside the grace from the upgrade (2025-01-05).
    QTest::newRow("void: kept through the grace") << QStringList{u"2025-01-05 +60000"_s, u"2025-01-05 void"_s} << u"2026-01-01"_s << 1
                                                  << u"2025-01-05"_s << 0LL;
    // At 2026-02-01 the grace is over and nothing qualifies.
    QTest::newRow("void: dropped at the first review after the grace")
        << QStringList{u"2025-01-05 +60000"_s, u"2025-01-05 void"_s} << u"2026-02-01"_s << 0 << u"2026-02-01"_s << 0LL;
    // The owner lowers Silver to ¥300 after the visit: the review of 2025-02-01 moves the member up.
    QTest::newRow("review moves up to what the spend reaches")
        << QStringList{u"2025-01-05 +40000"_s, u"2025-01-20 set tiers.1.threshold_cents 30000"_s} << u"2025-02-01"_s << 1 << u"2025-02-01"_s
        << 40'000LL;
    // No grace: renewed 2026-01-01, dropped at the next review.
    QTest::newRow("no grace") << QStringList{u"2025-01-05 set tiers.grace_months 0"_s, u"2025-01-05 +60000"_s} << u"2026-02-01"_s << 0
                              << u"2026-02-01"_s << 0LL;
}

void TestTiers::review()
{
    QFETCH(QStringList, history);
    QFETCH(QString, end);
    QFETCH(int, level);
    QFETCH(QString, since);
    QFETCH(qint64, spend12m);
    open(day(history.first().section(u' ', 0, 0)));
    const qint64 id = addMember();
    qint64 lastVisit = 0;
    const auto openOn = [&](const QDate &d) {
        setAt(d);
        auto r = TierService(db(), m_shop->clock).reviewDue();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    };
    for (const QString &line : std::as_const(history)) {
        const QStringList parts = line.split(u' ');
        openOn(day(parts.at(0)));
        if (parts.at(1) == u"void") {
            const int before = tierOf(id).first;
            REQUIRE_OK(v, CheckoutService(db(), m_shop->clock).voidVisit(lastVisit, u"refund"_s));
            QCOMPARE(tierOf(id).first, before);
        } else if (parts.at(1) == u"set") {
            set(parts.at(2), parts.at(3));
        } else {
            REQUIRE_OK(r, record(id, parts.at(1).toLongLong()));
            lastVisit = r->visitId;
        }
    }
    openOn(day(end));
    QCOMPARE(tierOf(id), std::pair(level, day(since)));
    REQUIRE_OK(spend, VisitRepository(db()).spend12m(id, day(end)));
    QCOMPARE(*spend, spend12m);
}

void TestTiers::missedReviewsRunInOrder()
{
    // Silver on 2025-01-05; the program is next opened on 2027-03-15: 26 reviews are due
    // (2025-02-01 … 2027-03-01), each as of its own day. They renew on 2026-01-01 and drop on
    // 2027-01-01, as if the shop had been opened every day.
    open(QDate(2025, 1, 5));
    const qint64 id = addMember();
    REQUIRE_OK(r, record(id, 60'000));
    const QString card = MemberRepository(db()).byId(id)->card;
    setAt(QDate(2027, 3, 15));
    REQUIRE_OK(due, TierService(db(), m_shop->clock).reviewsDue());
    QCOMPARE(due->size(), 26);
    QCOMPARE(due->first(), QDate(2025, 2, 1));
    QCOMPARE(due->last(), QDate(2027, 3, 1));
    REQUIRE_OK(report, TierService(db(), m_shop->clock).reviewDue());
    QCOMPARE(report->days, *due);
    QCOMPARE(report->changed.size(), 1);
    QCOMPARE(report->changed.first().card, card);
    QCOMPARE(report->changed.first().from, 1);
    QCOMPARE(report->changed.first().to, 0);
    QCOMPARE(report->changed.first().on, QDate(2027, 1, 1));
    QCOMPARE(tierOf(id), std::pair(0, QDate(2027, 1, 1)));
    // Done once: nothing is due again, and each review was audited.
    REQUIRE_OK(again, TierService(db(), m_shop->clock).reviewsDue());
    QVERIFY(again->isEmpty());
    QCOMPARE(number(u"SELECT count(*) FROM audit_log WHERE action = 'tiers.review'"_s), 26);
}

void TestTiers::newShopHasNoReviewDue()
{
    open(QDate(2026, 3, 11));
    REQUIRE_OK(none, TierService(db(), m_shop->clock).reviewsDue());
    QVERIFY(none->isEmpty());
    addMember();
    setAt(QDate(2026, 3, 31));
    REQUIRE_OK(stillNone, TierService(db(), m_shop->clock).reviewsDue());
    QVERIFY(stillNone->isEmpty());
    setAt(QDate(2026, 4, 1));
    REQUIRE_OK(first, TierService(db(), m_shop->clock).reviewsDue());
    QCOMPARE(*first, QList<QDate>{QDate(2026, 4, 1)});
}

void TestTiers::maintenanceRunsTheReviews()
{
    open(QDate(2025, 1, 5));
    const qint64 id = addMember();
    REQUIRE_OK(r, record(id, 60'000));
    setAt(QDate(2027, 1, 2));
    REQUIRE_OK(report, ShopMaintenance(db(), m_shop->clock).run());
    QCOMPARE(report->tiers.days.size(), 24);
    QCOMPARE(report->tiers.changed.size(), 1);
    QCOMPARE(tierOf(id).first, 0);
    // The GUI's first part leaves the reviews to a worker thread.
    setAt(QDate(2027, 2, 2));
    REQUIRE_OK(expiryOnly, ShopMaintenance(db(), m_shop->clock).run(ShopMaintenance::Parts::ExpiryOnly));
    QVERIFY(expiryOnly->tiers.days.isEmpty());
    REQUIRE_OK(due, TierService(db(), m_shop->clock).reviewsDue());
    QCOMPARE(due->size(), 1);
}

void TestTiers::ladderThroughSettingKeys()
{
    open(QDate(2026, 3, 11));
    Settings settings(db());
    QCOMPARE(*settings.get(u"tiers.2.name"_s), u"Gold"_s);
    QCOMPARE(*settings.get(u"tiers.2.threshold_cents"_s), u"200000"_s);
    QCOMPARE(*settings.get(u"tiers.4.earn_percent"_s), u"200"_s);
    QCOMPARE(*settings.get(u"tiers.0.target_percent"_s), u"20"_s);
    QCOMPARE(*settings.get(u"tiers.grace_months"_s), u"12"_s);
    set(u"tiers.2.threshold_cents"_s, u"150000"_s);
    set(u"tiers.2.name"_s, u" Gold Club "_s);
    set(u"tiers.2.perks"_s, u"Free refill"_s);
    REQUIRE_OK(ladder, TierRepository(db()).ladder());
    QCOMPARE(ladder->at(2).thresholdCents, 150'000);
    QCOMPARE(ladder->at(2).name, u"Gold Club"_s);
    QCOMPARE(ladder->at(2).perks, u"Free refill"_s);
    QCOMPARE(number(u"SELECT count(*) FROM audit_log WHERE action = 'settings.set' AND details LIKE '%tiers.2.%'"_s), 3);
    // Back to the default: the default of the shop's language.
    Status reset = settings.setMany({{u"tiers.2.name"_s, std::nullopt}}, Operator::owner());
    QVERIFY(reset.ok());
    QCOMPARE(*settings.get(u"tiers.2.name"_s), u"Gold"_s);
    // A Chinese shop's defaults.
    test::TestShop zh(u"zh_CN"_s);
    QCOMPARE(*Settings(zh.database()).get(u"tiers.0.name"_s), u"普通"_s);
    QCOMPARE(*Settings(zh.database()).get(u"tiers.4.name"_s), u"钻石"_s);
}

void TestTiers::badLadderRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");

    QTest::newRow("lowest tier above 0") << u"tiers.0.threshold_cents"_s << u"100"_s << u"tiers.0.threshold_cents"_s;
    QTest::newRow("Gold not above Silver") << u"tiers.2.threshold_cents"_s << u"50000"_s << u"tiers.2.threshold_cents"_s;
    QTest::newRow("Silver above Gold") << u"tiers.1.threshold_cents"_s << u"300000"_s << u"tiers.2.threshold_cents"_s;
    QTest::newRow("two tiers of one name") << u"tiers.1.name"_s << u"gold"_s << u"tiers.2.name"_s;
    QTest::newRow("empty name") << u"tiers.1.name"_s << u"  "_s << u"tiers.1.name"_s;
    QTest::newRow("not a colour") << u"tiers.1.color"_s << u"silver"_s << u"tiers.1.color"_s;
    QTest::newRow("targets not 100") << u"tiers.4.target_percent"_s << u"5"_s << u"tiers.4.target_percent"_s;
    QTest::newRow("earn percent too high") << u"tiers.3.earn_percent"_s << u"1001"_s << u"tiers.3.earn_percent"_s;
    QTest::newRow("threshold not a number") << u"tiers.3.threshold_cents"_s << u"lots"_s << u"tiers.3.threshold_cents"_s;
    QTest::newRow("no sixth tier") << u"tiers.5.name"_s << u"Black"_s << u"tiers.5.name"_s;
}

void TestTiers::badLadderRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, field);
    open(QDate(2026, 3, 11));
    REQUIRE_OK(before, TierRepository(db()).ladder());
    const qint64 audited = number(u"SELECT count(*) FROM audit_log"_s);
    Status s = Settings(db()).set(key, value, Operator::owner());
    QVERIFY(!s.ok());
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(s.error().field, field);
    db().invalidateCaches();
    REQUIRE_OK(after, TierRepository(db()).ladder());
    QCOMPARE(*after, *before);
    QCOMPARE(number(u"SELECT count(*) FROM audit_log"_s), audited);
}

void TestTiers::saveLadderAudited()
{
    open(QDate(2026, 3, 11));
    REQUIRE_OK(ladder, TierRepository(db()).ladder());
    TierLadder changed = *ladder;
    changed.tiers()[1].thresholdCents = 40'000;
    changed.tiers()[1].color = u"#112233"_s;
    // A cashier may not.
    Status refused = TierService(db(), m_shop->clock).saveLadder(changed, Operator{u"ann"_s, Role::Cashier});
    QCOMPARE(refused.error().code, ErrorCode::Permission);
    QVERIFY(TierService(db(), m_shop->clock).saveLadder(changed, Operator::owner()).ok());
    REQUIRE_OK(after, TierRepository(db()).ladder());
    QCOMPARE(*after, changed);
    QCOMPARE(number(u"SELECT count(*) FROM audit_log WHERE action = 'settings.set'"_s), 2);
}

void TestTiers::keptAtLeastUntil_data()
{
    QTest::addColumn<QDate>("since");
    QTest::addColumn<int>("grace");
    QTest::addColumn<QDate>("until");
    // Renewed at a review: the review twelve months on may drop it.
    QTest::newRow("renewed on the 1st") << QDate(2026, 1, 1) << 12 << QDate(2026, 12, 31);
    // Reached mid-month: 2026-01-05 is after the review of 2026-01-01, so it is kept through January.
    QTest::newRow("reached mid-month") << QDate(2025, 1, 5) << 12 << QDate(2026, 1, 31);
    // No grace: still only reviews move a member, the next one at the earliest.
    QTest::newRow("no grace") << QDate(2026, 2, 1) << 0 << QDate(2026, 2, 28);
    QTest::newRow("no grace, mid-month") << QDate(2026, 2, 10) << 0 << QDate(2026, 2, 28);
}

void TestTiers::keptAtLeastUntil()
{
    QFETCH(QDate, since);
    QFETCH(int, grace);
    QFETCH(QDate, until);
    QCOMPARE(TierRules::keptAtLeastUntil(since, grace), until);
    // The review the day after may drop it (spend 0); every review before keeps it.
    TierLadder ladder;
    for (int level = 0; level < 5; ++level)
        ladder.tiers() << Tier{level, u"T%1"_s.arg(level), level * 100LL};
    const TierRules::Standing held{2, since, 0};
    QCOMPARE(TierRules::review(ladder, held, until.addDays(1), grace).kind, TierRules::ReviewOutcome::Kind::Dropped);
    const QDate earlier = TierRules::nextReviewDay(until.addDays(1).addMonths(-2));
    if (earlier > since)
        QCOMPARE(TierRules::review(ladder, held, earlier, grace).kind, TierRules::ReviewOutcome::Kind::Kept);
}

void TestTiers::roundThreshold_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("rounded");
    QTest::newRow("below ¥1") << 37LL << 100LL;
    QTest::newRow("two digits stay") << 4'400LL << 4'400LL;
    QTest::newRow("down") << 123'456LL << 120'000LL;
    QTest::newRow("half up") << 125'000LL << 130'000LL;
    QTest::newRow("up to a new digit") << 996'000LL << 1'000'000LL;
}

void TestTiers::roundThreshold()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, rounded);
    QCOMPARE(TierRules::roundThreshold(cents), rounded);
}

void TestTiers::suggestionsOnAKnownDistribution()
{
    // 100 members spending ¥100, ¥200, … ¥10,000, in no order; targets 20/60/15/3/2 from the bottom.
    QList<qint64> spends;
    for (int i = 100; i >= 1; i -= 2)
        spends << i * 10'000LL;
    for (int i = 1; i <= 99; i += 2)
        spends << i * 10'000LL;
    const QList<qint64> t = TierRules::suggestThresholds(spends, {20, 60, 15, 3, 2});
    // Diamond: the top 2 (the 2nd best spends ¥9,900); Platinum: the top 5 (¥9,600); Gold: the
    // top 20 (¥8,100); Silver: the top 80 (¥2,100).
    QCOMPARE(t, (QList<qint64>{0, 210'000, 810'000, 960'000, 990'000}));
    // Which gives exactly the target shares.
    TierLadder ladder;
    for (int level = 0; level < 5; ++level)
        ladder.tiers() << Tier{level, u"T%1"_s.arg(level), t.at(level)};
    QList<int> counts(5, 0);
    for (const qint64 s : spends)
        ++counts[ladder.qualifyingLevel(s)];
    QCOMPARE(counts, (QList<int>{20, 60, 15, 3, 2}));
}

void TestTiers::suggestionsStayIncreasing()
{
    // 90 members spent nothing and 10 spent ¥50 each. Diamond (top 2) and Platinum (top 5) both
    // land on ¥50, Gold (top 20) and Silver (top 80) on ¥0, raised to ¥1: each tier is then moved
    // to ¥1 above the one below when it is not higher already.
    QList<qint64> spends(90, 0);
    spends << QList<qint64>(10, 5'000);
    QCOMPARE(TierRules::suggestThresholds(spends, {20, 60, 15, 3, 2}), (QList<qint64>{0, 100, 200, 5'000, 5'100}));
    QCOMPARE(TierRules::suggestThresholds({}, {20, 60, 15, 3, 2}), (QList<qint64>{0, 100, 200, 300, 400}));
}

void TestTiers::reportCountsAndPreview()
{
    // Five members: ¥0, ¥600 (Silver), ¥2,500 (Gold), ¥6,000 (Platinum), ¥12,000 (Diamond) in
    // the last 12 months; one archived member who is not counted.
    open(QDate(2026, 3, 2));
    const QList<qint64> spends{0, 60'000, 250'000, 600'000, 1'200'000};
    for (const qint64 s : spends) {
        const qint64 id = addMember();
        if (s > 0)
            QVERIFY(record(id, s).ok());
    }
    const qint64 archived = addMember(u"Gone"_s);
    QVERIFY(record(archived, 60'000).ok());
    QVERIFY(MemberService(db(), m_shop->clock).archive(archived).ok());
    REQUIRE_OK(report, TierService(db(), m_shop->clock).report());
    QCOMPARE(report->members, 5);
    QCOMPARE(report->membersByLevel, (QList<qint64>{1, 1, 1, 1, 1}));
    QCOMPARE(report->current.byLevel, (QList<qint64>{1, 1, 1, 1, 1}));
    QCOMPARE(report->current.up, 0);
    QCOMPARE(report->current.down, 0);
    QCOMPARE(TierReport::shareBasisPoints(1, 5), 2000);
    // A ladder with Silver at ¥3,000: the Silver member no longer reaches it (down 1), the
    // Gold member falls below it too (Gold moved up to ¥4,000)…
    TierLadder changed = report->ladder;
    changed.tiers()[1].thresholdCents = 300'000;
    changed.tiers()[2].thresholdCents = 400'000;
    REQUIRE_OK(preview, TierService(db(), m_shop->clock).preview(changed));
    QCOMPARE(preview->byLevel, (QList<qint64>{3, 0, 0, 1, 1}));
    QCOMPARE(preview->down, 2);
    QCOMPARE(preview->up, 0);
    // The suggestion, from 5 members: Diamond = top round(0.1) = 0 → above the best; Platinum
    // top round(0.25) = 0 as well; Gold top 1; Silver top 4.
    QCOMPARE(report->suggestedThresholds.size(), 5);
    QCOMPARE(report->suggestedThresholds.at(1), 60'000);
    QCOMPARE(report->suggestedThresholds.at(2), 1'200'000);
    QVERIFY(report->suggestedLadder().validate().ok());
}

QTEST_GUILESS_MAIN(TestTiers)
#include "test_tiers.moc"
