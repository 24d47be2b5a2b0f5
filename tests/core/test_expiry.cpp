// Expiry (SPEC §3.3): ExpiryService at the boundaries of each mode, what partly used lots lose,
// running twice, ShopMaintenance's report, and PointsService::expiringSoon (60 days including
// today, grouped by day). Expected dates and points are worked out by hand.

#include "TestShop.h"

#include "members/MemberProfile.h"
#include "members/MemberService.h"
#include "points/ExpiryService.h"
#include "shop/ShopMaintenance.h"
#include "points/PointsService.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "visits/CheckoutService.h"

#include <QSqlQuery>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const QDate &d, int h = 10)
{
    return QDateTime(d, QTime(h, 0));
}

// (points, last valid day) pairs, as expiringSoon groups them.
using Expiring = QList<std::pair<qint64, QDate>>;

} // namespace

class TestExpiry : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void expiresAfterItsLastDay_data();
    void expiresAfterItsLastDay();
    void noneNeverExpires();
    void expiryDateIsFixedWhenTheLotIsMade();
    void partlyUsedLotLosesWhatIsLeft();
    void runningTwiceExpiresNothingMore();
    void maintenanceReportsWhatItApplied();
    void expiringSoon_data();
    void expiringSoon();

private:
    Database &db() { return m_shop->database(); }
    FixedClock &clock() { return m_shop->clock; }
    qint64 addMember(const QString &name);
    Result<VisitResult> visit(qint64 memberId, const QDate &day, qint64 amountCents, qint64 redeem = 0);
    qint64 value(const QString &sql);
    void setting(const char *key, const QString &value);

    std::unique_ptr<test::TestShop> m_shop;
};

void TestExpiry::init()
{
    m_shop = std::make_unique<test::TestShop>(u"en"_s, at(QDate(2026, 1, 2)));
}

void TestExpiry::cleanup()
{
    if (m_shop) {
        auto report = LedgerCheck(db()).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
    }
    m_shop.reset();
}

qint64 TestExpiry::addMember(const QString &name)
{
    MemberFields f;
    f.name = name;
    auto m = MemberService(db(), clock()).add(f);
    return m ? m->id : 0;
}

Result<VisitResult> TestExpiry::visit(qint64 memberId, const QDate &day, qint64 amountCents, qint64 redeem)
{
    clock().set(at(day));
    VisitRequest r;
    r.memberId = memberId;
    r.amountCents = amountCents;
    r.redeemPoints = redeem;
    return CheckoutService(db(), clock()).record(r);
}

qint64 TestExpiry::value(const QString &sql)
{
    QSqlQuery q(db().connection());
    if (!q.exec(sql) || !q.next())
        return -999'999;
    return q.value(0).toLongLong();
}

void TestExpiry::setting(const char *key, const QString &v)
{
    Status s = Settings(db()).set(QString::fromLatin1(key), v, Operator::owner());
    if (!s)
        qWarning("cannot set %s: %s", key, qPrintable(s.error().message));
}

// ---------------------------------------------------------------------------------------------

void TestExpiry::expiresAfterItsLastDay_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("months");
    QTest::addColumn<QDate>("earned");
    QTest::addColumn<QDate>("lastDay");
    QTest::newRow("rolling 12: 2026-03-15 → 2027-03-31") << u"rolling"_s << u"12"_s << QDate(2026, 3, 15) << QDate(2027, 3, 31);
    QTest::newRow("rolling 1: 2026-01-31 → 2026-02-28") << u"rolling"_s << u"1"_s << QDate(2026, 1, 31) << QDate(2026, 2, 28);
    QTest::newRow("rolling 12, leap year: 2027-02-10 → 2028-02-29") << u"rolling"_s << u"12"_s << QDate(2027, 2, 10) << QDate(2028, 2, 29);
    QTest::newRow("rolling 12, year end: 2026-12-31 → 2027-12-31") << u"rolling"_s << u"12"_s << QDate(2026, 12, 31) << QDate(2027, 12, 31);
    QTest::newRow("rolling 6: 2026-04-30 → 2026-10-31") << u"rolling"_s << u"6"_s << QDate(2026, 4, 30) << QDate(2026, 10, 31);
    QTest::newRow("yearly: 2026-06-15 → 2027-12-31") << u"yearly"_s << u"12"_s << QDate(2026, 6, 15) << QDate(2027, 12, 31);
    QTest::newRow("yearly: 2026-12-31 → 2027-12-31") << u"yearly"_s << u"12"_s << QDate(2026, 12, 31) << QDate(2027, 12, 31);
    QTest::newRow("yearly: 2026-01-02 → 2027-12-31") << u"yearly"_s << u"12"_s << QDate(2026, 1, 2) << QDate(2027, 12, 31);
}

void TestExpiry::expiresAfterItsLastDay()
{
    QFETCH(QString, mode);
    QFETCH(QString, months);
    QFETCH(QDate, earned);
    QFETCH(QDate, lastDay);
    setting("expiry.mode", mode);
    setting("expiry.months", months);
    const qint64 id = addMember(u"Lot Holder"_s);
    REQUIRE_OK(v, visit(id, earned, 12300)); // 123 points (none of these days is the 11th)
    QCOMPARE(v->pointsEarned, qint64(123));
    REQUIRE_OK(lots, LedgerRepository(db()).lotsOf(id));
    QCOMPARE(lots->size(), 1);
    QVERIFY(lots->first().expiresOn.has_value());
    QCOMPARE(*lots->first().expiresOn, lastDay);

    // The last valid day, even just before midnight: untouched.
    clock().set(QDateTime(lastDay, QTime(23, 59, 59)));
    REQUIRE_OK(onLastDay, ExpiryService(db(), clock()).run());
    QCOMPARE(onLastDay->points, qint64(0));
    QCOMPARE(onLastDay->lots, 0);
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(id)), qint64(123));
    QCOMPARE(value(u"SELECT count(*) FROM ledger WHERE kind = 'expire'"_s), qint64(0));

    // The day after, just after midnight: gone.
    clock().set(QDateTime(lastDay.addDays(1), QTime(0, 0, 1)));
    REQUIRE_OK(after, ExpiryService(db(), clock()).run());
    QCOMPARE(after->points, qint64(123));
    QCOMPARE(after->lots, 1);
    QCOMPARE(after->members, 1);
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(id)), qint64(0));
    QCOMPARE(value(u"SELECT remaining FROM lots WHERE member_id = %1"_s.arg(id)), qint64(0));
    QCOMPARE(value(u"SELECT count(*) FROM ledger WHERE kind = 'expire' AND member_id = %1"_s.arg(id)), qint64(1));
    QCOMPARE(value(u"SELECT points FROM ledger WHERE kind = 'expire' AND member_id = %1"_s.arg(id)), qint64(-123));
    // The entry is dated the moment the points stopped being valid.
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT at FROM ledger WHERE kind = 'expire'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), lastDay.addDays(1).toString(Qt::ISODate) + u"T00:00:00"_s);
}

void TestExpiry::noneNeverExpires()
{
    setting("expiry.mode", u"none"_s);
    const qint64 id = addMember(u"Forever"_s);
    REQUIRE_OK(v, visit(id, QDate(2026, 3, 15), 5000));
    QCOMPARE(value(u"SELECT count(*) FROM lots WHERE expires_on IS NULL"_s), qint64(1));
    for (const QDate &day : {QDate(2027, 4, 1), QDate(2028, 1, 1), QDate(2099, 12, 31)}) {
        clock().set(at(day));
        REQUIRE_OK(r, ExpiryService(db(), clock()).run());
        QCOMPARE(r->points, qint64(0));
        QCOMPARE(r->lots, 0);
    }
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(id)), qint64(50));
    QCOMPARE(value(u"SELECT count(*) FROM ledger WHERE kind = 'expire'"_s), qint64(0));
}

void TestExpiry::expiryDateIsFixedWhenTheLotIsMade()
{
    // Rolling when earned: the lot keeps 2027-03-31 after the shop switches to `none`.
    const qint64 id = addMember(u"Fixed"_s);
    REQUIRE_OK(v1, visit(id, QDate(2026, 3, 15), 4000)); // 40, valid through 2027-03-31
    setting("expiry.mode", u"none"_s);
    REQUIRE_OK(v2, visit(id, QDate(2026, 3, 16), 6000)); // 60, never expires
    clock().set(at(QDate(2027, 4, 1)));
    REQUIRE_OK(r, ExpiryService(db(), clock()).run());
    QCOMPARE(r->points, qint64(40));
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(id)), qint64(60));
}

void TestExpiry::partlyUsedLotLosesWhatIsLeft()
{
    const qint64 id = addMember(u"Partly"_s);
    REQUIRE_OK(v1, visit(id, QDate(2026, 3, 15), 30000)); // 300, valid through 2027-03-31
    // ¥10.00 with 200 points (¥2.00) paid: 200 come from the March lot; E = ¥8.00 → 8 points in April.
    REQUIRE_OK(v2, visit(id, QDate(2026, 4, 2), 1000, 200));
    QCOMPARE(v2->pointsEarned, qint64(8));
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(id)), qint64(108));

    clock().set(at(QDate(2027, 4, 1)));
    REQUIRE_OK(r, ExpiryService(db(), clock()).run());
    QCOMPARE(r->points, qint64(100)); // what was left of 300, not 300
    QCOMPARE(r->lots, 1);
    QCOMPARE(value(u"SELECT points FROM ledger WHERE kind = 'expire'"_s), qint64(-100));
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(id)), qint64(8));
    QCOMPARE(value(u"SELECT remaining FROM lots WHERE earned_on = '2026-04-02'"_s), qint64(8));
    QCOMPARE(value(u"SELECT points FROM lots WHERE earned_on = '2026-03-15'"_s), qint64(300));
    QCOMPARE(value(u"SELECT remaining FROM lots WHERE earned_on = '2026-03-15'"_s), qint64(0));

    // A lot used up entirely has nothing to expire.
    clock().set(at(QDate(2027, 5, 1)));
    REQUIRE_OK(may, ExpiryService(db(), clock()).run());
    QCOMPARE(may->points, qint64(8));
    QCOMPARE(value(u"SELECT count(*) FROM ledger WHERE kind = 'expire'"_s), qint64(2));
}

void TestExpiry::runningTwiceExpiresNothingMore()
{
    const qint64 a = addMember(u"Twice A"_s);
    const qint64 b = addMember(u"Twice B"_s);
    REQUIRE_OK(va, visit(a, QDate(2026, 3, 15), 10000));
    REQUIRE_OK(vb, visit(b, QDate(2026, 3, 16), 20000));
    clock().set(at(QDate(2027, 4, 2)));
    REQUIRE_OK(first, ExpiryService(db(), clock()).run());
    QCOMPARE(first->points, qint64(300));
    QCOMPARE(first->lots, 2);
    QCOMPARE(first->members, 2);
    const qint64 rows = value(u"SELECT count(*) FROM ledger"_s);

    REQUIRE_OK(second, ExpiryService(db(), clock()).run());
    QCOMPARE(second->points, qint64(0));
    QCOMPARE(second->lots, 0);
    QCOMPARE(second->members, 0);
    QCOMPARE(value(u"SELECT count(*) FROM ledger"_s), rows);

    clock().set(at(QDate(2028, 1, 1)));
    REQUIRE_OK(later, ExpiryService(db(), clock()).run());
    QCOMPARE(later->points, qint64(0));
    QCOMPARE(value(u"SELECT count(*) FROM ledger"_s), rows);
}

void TestExpiry::maintenanceReportsWhatItApplied()
{
    const qint64 a = addMember(u"Maint A"_s);
    const qint64 b = addMember(u"Maint B"_s);
    REQUIRE_OK(a1, visit(a, QDate(2026, 3, 2), 1000));  // 10 → 2027-03-31
    REQUIRE_OK(a2, visit(a, QDate(2026, 3, 20), 2000)); // 20 → 2027-03-31
    REQUIRE_OK(a3, visit(a, QDate(2026, 4, 20), 4000)); // 40 → 2027-04-30
    REQUIRE_OK(b1, visit(b, QDate(2026, 3, 31), 8000)); // 80 → 2027-03-31

    clock().set(at(QDate(2027, 4, 1), 8));
    REQUIRE_OK(report, ShopMaintenance(db(), clock()).run());
    QCOMPARE(report->expiry.points, qint64(10 + 20 + 80));
    QCOMPARE(report->expiry.lots, 3);
    QCOMPARE(report->expiry.members, 2);
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(a)), qint64(40));
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(b)), qint64(0));
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'last_maintenance_day'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"2027-04-01"_s);

    // The same day again: nothing more.
    REQUIRE_OK(again, ShopMaintenance(db(), clock()).run());
    QCOMPARE(again->expiry.points, qint64(0));
    QCOMPARE(again->expiry.lots, 0);

    clock().set(at(QDate(2027, 5, 1), 8));
    REQUIRE_OK(may, ShopMaintenance(db(), clock()).run());
    QCOMPARE(may->expiry.points, qint64(40));
    QCOMPARE(may->expiry.lots, 1);
    QCOMPARE(may->expiry.members, 1);
}

void TestExpiry::expiringSoon_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("days");
    QTest::addColumn<Expiring>("expected");
    // The member's lots (see below): 2027-03-31 holds 0 + 50 = 50; 2027-04-30 holds 70 + 9 = 79.
    QTest::newRow("2027-03-01: 04-30 is today + 60, left out") << QDate(2027, 3, 1) << 60 << Expiring{{50, QDate(2027, 3, 31)}};
    QTest::newRow("2027-03-02: 04-30 is today + 59, in") << QDate(2027, 3, 2) << 60
                                                         << Expiring{{50, QDate(2027, 3, 31)}, {79, QDate(2027, 4, 30)}};
    QTest::newRow("2027-01-31: 03-31 is today + 59, in") << QDate(2027, 1, 31) << 60 << Expiring{{50, QDate(2027, 3, 31)}};
    QTest::newRow("2027-01-30: 03-31 is today + 60, left out") << QDate(2027, 1, 30) << 60 << Expiring{};
    QTest::newRow("2027-03-31: the last day counts (today included)") << QDate(2027, 3, 31) << 60
                                                                      << Expiring{{50, QDate(2027, 3, 31)}, {79, QDate(2027, 4, 30)}};
    QTest::newRow("2027-04-01: the March points are past") << QDate(2027, 4, 1) << 60 << Expiring{{79, QDate(2027, 4, 30)}};
    QTest::newRow("2027-04-01, 30 days: 04-30 is today + 29") << QDate(2027, 4, 1) << 30 << Expiring{{79, QDate(2027, 4, 30)}};
    QTest::newRow("2027-04-01, 29 days: 04-30 is today + 29, left out") << QDate(2027, 4, 1) << 29 << Expiring{};
    QTest::newRow("2026-06-01: nothing soon") << QDate(2026, 6, 1) << 60 << Expiring{};
    QTest::newRow("2027-05-01: everything past") << QDate(2027, 5, 1) << 60 << Expiring{};
}

void TestExpiry::expiringSoon()
{
    QFETCH(QDate, today);
    QFETCH(int, days);
    QFETCH(Expiring, expected);
    const qint64 id = addMember(u"Soon"_s);
    const qint64 other = addMember(u"Someone Else"_s);
    REQUIRE_OK(v1, visit(id, QDate(2026, 3, 5), 10000));  // 100 → 2027-03-31
    REQUIRE_OK(v2, visit(id, QDate(2026, 3, 20), 5000));  // 50 → 2027-03-31
    REQUIRE_OK(v3, visit(id, QDate(2026, 4, 10), 7000));  // 70 → 2027-04-30
    REQUIRE_OK(v4, visit(id, QDate(2026, 4, 20), 1000, 100)); // 100 paid from the 03-05 lot; earns 9 → 2027-04-30
    QCOMPARE(v4->pointsEarned, qint64(9));
    REQUIRE_OK(o1, visit(other, QDate(2026, 3, 6), 99900)); // another member's lot: never in this list

    clock().set(at(today));
    REQUIRE_OK(soon, PointsService(db(), clock()).expiringSoon(id, days));
    Expiring got;
    for (const PointsExpiring &p : std::as_const(*soon))
        got << std::pair{p.points, p.on};
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestExpiry)
#include "test_expiry.moc"
