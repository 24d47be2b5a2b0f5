// The shop's totals by day and the numbers of `report summary` / `report points` (SPEC §3.7, §7):
// kept by triggers as visits, voids, ledger entries and members are written — whatever writes
// them — and equal to what the rows say (`check` proves it); a bulk load counts them once at the end.

#include "TestShop.h"

#include "demo/DemoGenerator.h"
#include "members/MemberService.h"
#include "points/PointsService.h"
#include "reports/ShopReport.h"
#include "storage/Database.h"
#include "storage/CouponRepository.h"
#include "storage/DayTotalsRepository.h"
#include "visits/CheckoutService.h"

#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

class TestReports : public QObject {
    Q_OBJECT

private slots:
    void dayTotalsFollowEveryWrite();
    void summaryAndPointsByMonth();
    void bulkLoadCountsThemAtTheEnd();
    void demoShopHasCouponsRedeemedAtVisits();
};

namespace {
qint64 addMember(Database &db, const Clock &clock, const QString &name)
{
    MemberFields f;
    f.name = name;
    return MemberService(db, clock).add(f)->id;
}

Result<VisitResult> record(Database &db, qint64 member, const QDateTime &at, qint64 cents, qint64 redeem = 0)
{
    FixedClock clock(at);
    VisitRequest r;
    r.memberId = member;
    r.amountCents = cents;
    r.redeemPoints = redeem;
    return CheckoutService(db, clock).record(r);
}
} // namespace

void TestReports::dayTotalsFollowEveryWrite()
{
    test::TestShop shop(u"en"_s, QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    Database &db = shop.database();
    const qint64 ann = addMember(db, shop.clock, u"Ann"_s);   // joined 03-01
    // 03-02: ¥200 (200 points); 03-03: ¥50 paying 100 points (¥1.00): paid ¥49, earns 49.
    QVERIFY(record(db, ann, QDateTime(QDate(2026, 3, 2), QTime(10, 0)), 20'000).ok());
    auto second = record(db, ann, QDateTime(QDate(2026, 3, 3), QTime(10, 0)), 5'000, 100);
    QVERIFY(second.ok());
    auto days = DayTotalsRepository(db).between();
    QVERIFY(days.ok());
    QCOMPARE(days->size(), 3);
    QCOMPARE(days->at(0).day, QDate(2026, 3, 1));
    QCOMPARE(days->at(0).newMembers, 1);
    QCOMPARE(days->at(1).visits, 1);
    QCOMPARE(days->at(1).revenueCents, 20'000);
    QCOMPARE(days->at(1).pointsEarned, 200);
    QCOMPARE(days->at(2).visits, 1);
    QCOMPARE(days->at(2).amountCents, 5'000);
    QCOMPARE(days->at(2).revenueCents, 4'900);
    QCOMPARE(days->at(2).pointsRedeemed, 100);
    QCOMPARE(days->at(2).pointsEarned, 49);
    // 03-05: the 03-03 visit voided: it leaves 03-03's visits and revenue; the reversals (−49
    // earned taken back, +100 redeemed given back: +51 net) are on 03-05, the day they happened.
    FixedClock fifth(QDateTime(QDate(2026, 3, 5), QTime(9, 0)));
    QVERIFY(CheckoutService(db, fifth).voidVisit(second->visitId, u"wrong"_s).ok());
    // An adjustment on 03-05 too.
    QVERIFY(PointsService(db, fifth).adjust(ann, -20, u"sorry"_s).ok());
    days = DayTotalsRepository(db).between(QDate(2026, 3, 3), QDate(2026, 3, 5));
    QVERIFY(days.ok());
    QCOMPARE(days->size(), 2);
    QCOMPARE(days->at(0).visits, 0);
    QCOMPARE(days->at(0).revenueCents, 0);
    QCOMPARE(days->at(0).pointsEarned, 49);   // the ledger entry stands; its reversal is on 03-05
    QCOMPARE(days->at(1).day, QDate(2026, 3, 5));
    QCOMPARE(days->at(1).pointsReversed, 51);
    QCOMPARE(days->at(1).pointsAdjusted, -20);
    // Whatever wrote them, the kept totals equal the rows.
    auto mismatches = DayTotalsRepository(db).mismatches(10);
    QVERIFY(mismatches.ok());
    QVERIFY2(mismatches->isEmpty(), qPrintable(mismatches->isEmpty() ? QString() : mismatches->first().join(u' ')));
}

void TestReports::summaryAndPointsByMonth()
{
    test::TestShop shop(u"en"_s, QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    Database &db = shop.database();
    const qint64 ann = addMember(db, shop.clock, u"Ann"_s);
    const qint64 bob = addMember(db, shop.clock, u"Bob"_s);
    QVERIFY(record(db, ann, QDateTime(QDate(2026, 3, 10), QTime(10, 0)), 30'000).ok());   // 300 points
    QVERIFY(record(db, bob, QDateTime(QDate(2026, 4, 2), QTime(10, 0)), 12'345).ok());    // 123 points
    QVERIFY(record(db, bob, QDateTime(QDate(2026, 4, 20), QTime(10, 0)), 10'000, 100).ok()); // pays 99.00, earns 99
    QVERIFY(MemberService(db, shop.clock).archive(bob).ok());
    FixedClock today(QDateTime(QDate(2026, 4, 20), QTime(18, 0)));
    auto s = ShopReport(db, today).summary();
    QVERIFY(s.ok());
    QCOMPARE(s->members, 1);                            // Bob is archived
    QCOMPARE(s->visits, 3);
    QCOMPARE(s->revenueCents, 30'000 + 12'345 + 9'900);
    QCOMPARE(s->pointsOutstanding, 300 + 123 - 100 + 99);
    QCOMPARE(s->liabilityCents, 422);                   // 422 points at 100 per ¥1
    QCOMPARE(s->today.visits, 1);
    QCOMPARE(s->today.revenueCents, 9'900);
    QCOMPARE(s->today.pointsRedeemed, 100);
    auto months = ShopReport(db, today).pointsByMonth();
    QVERIFY(months.ok());
    QCOMPARE(months->size(), 2);
    QCOMPARE(months->at(0).month, u"2026-03"_s);
    QCOMPARE(months->at(0).earned, 300);
    QCOMPARE(months->at(1).month, u"2026-04"_s);
    QCOMPARE(months->at(1).earned, 123 + 99);
    QCOMPARE(months->at(1).redeemed, 100);
}

void TestReports::bulkLoadCountsThemAtTheEnd()
{
    // The demo suspends the triggers and counts the table at the end: the same as the rows.
    test::TestShop shop(u"en"_s, QDateTime(QDate(2026, 6, 1), QTime(20, 0)));
    Database &db = shop.database();
    DemoOptions options;
    options.members = 60;
    options.visits = 900;
    options.seed = 5;
    auto made = DemoGenerator(db, shop.clock).run(options);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    auto total = DayTotalsRepository(db).total();
    QVERIFY(total.ok());
    QCOMPARE(total->visits, made->visits);
    QCOMPARE(total->newMembers, 60);
    auto mismatches = DayTotalsRepository(db).mismatches(10);
    QVERIFY(mismatches.ok());
    QVERIFY2(mismatches->isEmpty(), qPrintable(mismatches->isEmpty() ? QString() : mismatches->first().join(u' ')));
    // And the triggers are back: one more visit is counted.
    FixedClock later(QDateTime(QDate(2026, 6, 1), QTime(21, 0)));
    VisitRequest r;
    r.memberId = 1;
    r.amountCents = 1'000;
    QVERIFY(CheckoutService(db, later).record(r).ok());
    QCOMPARE(DayTotalsRepository(db).total()->visits, made->visits + 1);
}

void TestReports::demoShopHasCouponsRedeemedAtVisits()
{
    // The demo hands out about one coupon per 40 visits over the last five months; some are redeemed
    // at visits that count among the visits asked for, the others expire or are still valid.
    test::TestShop shop;
    Database &db = shop.database();
    DemoOptions options;
    options.members = 200;
    options.visits = 4'000;
    options.seed = 11;
    options.language = u"en"_s;
    auto made = DemoGenerator(db, shop.clock).run(options);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    QCOMPARE(made->visits, 4'000);
    QCOMPARE(DayTotalsRepository(db).total()->visits, 4'000);
    auto counts = CouponRepository(db).countsByTemplate();
    QVERIFY(counts.ok());
    QCOMPARE(counts->size(), 3);
    qint64 issued = 0, redeemed = 0, expired = 0, discount = 0;
    for (const CouponRepository::TemplateCounts &c : std::as_const(*counts)) {
        issued += c.issued;
        redeemed += c.redeemed;
        expired += c.expired;
        discount += c.discountCents;
        QVERIFY2(c.redeemed == 0 || c.revenueCents > 0, qPrintable(c.name));
    }
    QVERIFY2(issued > 50 && issued <= 100, qPrintable(QString::number(issued)));
    QVERIFY2(redeemed > 5 && redeemed < issued / 2, qPrintable(QString::number(redeemed)));
    QVERIFY(expired > 0);
    QVERIFY(discount > 0);
    // Every redeemed coupon's visit gave its discount; the shop's books add up.
    auto visitsWithCoupons = db.value(u"SELECT count(*) FROM visits WHERE coupon_discount_cents > 0"_s);
    QVERIFY(visitsWithCoupons.ok());
    QCOMPARE(visitsWithCoupons->toLongLong(), redeemed);
    auto check = LedgerCheck(db).run();
    QVERIFY(check.ok());
    QVERIFY2(check->ok, qPrintable(check->problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestReports)
#include "test_reports.moc"
