// Coupons (SPEC §3.6, §8.3) on real shop files: codes that tell a typo from an unknown code, the
// templates' checks, each kind's discount, every rule of redeeming (refused with the reason and
// nothing changed), D before points, a void giving a coupon back (or letting it expire), expiry at
// open, the report, and two counters redeeming one code at the same moment on two connections.

#include "TestShop.h"

#include "coupons/CouponCode.h"
#include "coupons/CouponRules.h"
#include "coupons/CouponService.h"
#include "members/MemberService.h"
#include "points/PointsService.h"
#include "printing/Slip.h"
#include "shop/ShopMaintenance.h"
#include "storage/Database.h"
#include "visits/CheckoutService.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace loyalty;
using namespace Qt::StringLiterals;

class TestCoupons : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    // codes
    void codesAreWellFormedAndDifferent();
    void readingIsForgiving();
    void everyMistypedSymbolIsATypo();
    void swappedNeighboursAreTypos();
    void notACode_data();
    void notACode();

    // templates and discounts
    void badTemplatesRefused_data();
    void badTemplatesRefused();
    void discounts_data();
    void discounts();

    // at the counter
    void redeemTakesItOffBeforePoints();
    void refusals_data();
    void refusals();
    void validThroughItsLastDay();
    void voidGivesTheCouponBack();
    void voidAfterTheLastDayLetsItExpire();
    void expiryAtOpen();
    void report();
    void twoCountersOneCode();

    // coupons that come by themselves, and campaigns
    void upgradeIssuesItsCoupon();
    void birthdayCouponOnceAYear();
    void voidTakesBackUnusedIssuedCoupons();
    void campaignReachesATierAndUp();

private:
    Database &db() { return m_shop->database(); }
    qint64 addMember(const QString &name);
    qint64 addTemplate(CouponKind kind, qint64 value, qint64 minSpend = 0, qint64 threshold = 0, int days = 30);
    Coupon issue(qint64 templateId, std::optional<qint64> memberId);
    Result<VisitResult> record(qint64 memberId, qint64 cents, const QString &code, qint64 redeem = 0);
    QString status(const Coupon &c);
    qint64 number(const QString &sql);

    std::unique_ptr<test::TestShop> m_shop;
};

void TestCoupons::init()
{
    // 2026-05-04: a Monday, not the member day.
    m_shop = std::make_unique<test::TestShop>(u"en"_s, QDateTime(QDate(2026, 5, 4), QTime(10, 0)));
}

void TestCoupons::cleanup()
{
    if (m_shop) {
        auto report = LedgerCheck(db()).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
    }
    m_shop.reset();
}

qint64 TestCoupons::addMember(const QString &name)
{
    MemberFields f;
    f.name = name;
    auto m = MemberService(db(), m_shop->clock).add(f);
    return m ? m->id : 0;
}

qint64 TestCoupons::addTemplate(CouponKind kind, qint64 value, qint64 minSpend, qint64 threshold, int days)
{
    CouponTemplate t;
    t.name = u"Test coupon"_s;
    t.kind = kind;
    t.value = value;
    t.minSpendCents = minSpend;
    t.thresholdCents = threshold;
    t.validDays = days;
    auto added = CouponService(db(), m_shop->clock).addTemplate(t);
    if (!added)
        qWarning("%s", qPrintable(added.error().message));
    return added ? added->id : 0;
}

Coupon TestCoupons::issue(qint64 templateId, std::optional<qint64> memberId)
{
    auto c = CouponService(db(), m_shop->clock).issue({memberId, templateId, std::nullopt, std::nullopt});
    if (!c)
        qWarning("%s", qPrintable(c.error().message));
    return c ? *c : Coupon{};
}

Result<VisitResult> TestCoupons::record(qint64 memberId, qint64 cents, const QString &code, qint64 redeem)
{
    VisitRequest r;
    r.memberId = memberId;
    r.amountCents = cents;
    r.couponCode = code;
    r.redeemPoints = redeem;
    return CheckoutService(db(), m_shop->clock).record(r);
}

QString TestCoupons::status(const Coupon &c)
{
    QSqlQuery q(db().connection());
    if (!q.exec(u"SELECT status FROM coupons WHERE id = %1"_s.arg(c.id)) || !q.next())
        return {};
    return q.value(0).toString();
}

qint64 TestCoupons::number(const QString &sql)
{
    QSqlQuery q(db().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCoupons::codesAreWellFormedAndDifferent()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = CouponCode::generate();
        QCOMPARE(code.size(), CouponCode::kLength);
        QCOMPARE(CouponCode::parse(code).reading, CouponCode::Reading::Ok);
        seen.insert(code);
    }
    QCOMPARE(seen.size(), 2000);
}

void TestCoupons::readingIsForgiving()
{
    const QString code = CouponCode::generate();
    const QString shown = CouponCode::display(code);
    QCOMPARE(shown.size(), 16);   // four groups of 4, 4, 4 and 1, three dashes
    QCOMPARE(CouponCode::parse(shown).code, code);
    QCOMPARE(CouponCode::parse(u" "_s + shown.toLower() + u" "_s).code, code);
    // I and L are read as 1, O as 0: a code with 1s and 0s typed with letters.
    QString data = u"10ABCDEF1100"_s;
    const QString withCheck = data + CouponCode::checkSymbol(data);
    QString typed = withCheck;
    typed.replace(u'1', u'l').replace(u'0', u'O');
    QCOMPARE(CouponCode::parse(typed).reading, CouponCode::Reading::Ok);
    QCOMPARE(CouponCode::parse(typed).code, withCheck);
}

void TestCoupons::everyMistypedSymbolIsATypo()
{
    const QString alphabet = QString::fromLatin1(CouponCode::alphabet());
    for (int n = 0; n < 20; ++n) {
        const QString code = CouponCode::generate();
        for (int i = 0; i < code.size(); ++i)
            for (const QChar other : alphabet) {
                if (other == code.at(i))
                    continue;
                QString wrong = code;
                wrong[i] = other;
                QVERIFY2(CouponCode::parse(wrong).reading == CouponCode::Reading::Typo, qPrintable(code + u" → "_s + wrong));
            }
    }
}

void TestCoupons::swappedNeighboursAreTypos()
{
    // Luhn mod 32 misses only swapping 0 and Z (values 0 and 31), as Luhn misses 09 ↔ 90.
    for (int n = 0; n < 200; ++n) {
        const QString code = CouponCode::generate();
        for (int i = 0; i + 1 < code.size(); ++i) {
            const QChar a = code.at(i), b = code.at(i + 1);
            if (a == b || (QString(a) + b == u"0Z"_s) || (QString(a) + b == u"Z0"_s))
                continue;
            QString swapped = code;
            swapped[i] = b;
            swapped[i + 1] = a;
            QVERIFY2(CouponCode::parse(swapped).reading == CouponCode::Reading::Typo, qPrintable(code + u" → "_s + swapped));
        }
    }
}

void TestCoupons::notACode_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << u"ABCD-EFGH"_s;
    QTest::newRow("too long") << u"ABCD-EFGH-JKMN-PQ"_s;
    QTest::newRow("U is not a symbol") << u"UUUU-UUUU-UUUU-U"_s;
    QTest::newRow("punctuation") << u"ABCD.EFGH.JKMN.P"_s;
    QTest::newRow("Chinese") << u"优惠券优惠券优惠券优惠券券"_s;
}

void TestCoupons::notACode()
{
    QFETCH(QString, input);
    QCOMPARE(CouponCode::parse(input).reading, CouponCode::Reading::NotACode);
}

void TestCoupons::badTemplatesRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("field");
    QTest::newRow("nothing off") << int(CouponKind::AmountOff) << 0LL << 0LL << 30 << u"value"_s;
    QTest::newRow("101 percent") << int(CouponKind::PercentOff) << 101LL << 0LL << 30 << u"value"_s;
    QTest::newRow("spend-and-save without a threshold") << int(CouponKind::SpendAndSave) << 1000LL << 0LL << 30 << u"threshold"_s;
    QTest::newRow("more off than the threshold") << int(CouponKind::SpendAndSave) << 6000LL << 5000LL << 30 << u"value"_s;
    QTest::newRow("no days") << int(CouponKind::AmountOff) << 1000LL << 0LL << 0 << u"valid_days"_s;
}

void TestCoupons::badTemplatesRefused()
{
    QFETCH(int, kind);
    QFETCH(qint64, value);
    QFETCH(qint64, threshold);
    QFETCH(int, days);
    QFETCH(QString, field);
    CouponTemplate t;
    t.name = u"Bad"_s;
    t.kind = CouponKind(kind);
    t.value = value;
    t.thresholdCents = threshold;
    t.validDays = days;
    auto added = CouponService(db(), m_shop->clock).addTemplate(t);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().field, field);
    QCOMPARE(number(u"SELECT count(*) FROM coupon_templates"_s), 0);
    // A cashier may not define coupons at all.
    t.value = 100;
    t.thresholdCents = 1000;
    t.validDays = 10;
    auto cashier = CouponService(db(), m_shop->clock, Operator{u"ann"_s, Role::Cashier}).addTemplate(t);
    QCOMPARE(cashier.error().code, ErrorCode::Permission);
}

void TestCoupons::discounts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("discount");
    QTest::newRow("¥10 off ¥60") << int(CouponKind::AmountOff) << 1000LL << 6000LL << 1000LL;
    QTest::newRow("¥10 off ¥8: never more than the amount") << int(CouponKind::AmountOff) << 1000LL << 800LL << 800LL;
    QTest::newRow("15% of ¥33.33 rounds down") << int(CouponKind::PercentOff) << 15LL << 3333LL << 499LL;   // 499.95
    QTest::newRow("100% of ¥12.34") << int(CouponKind::PercentOff) << 100LL << 1234LL << 1234LL;
    QTest::newRow("满100减20 on ¥150") << int(CouponKind::SpendAndSave) << 2000LL << 15000LL << 2000LL;
}

void TestCoupons::discounts()
{
    QFETCH(int, kind);
    QFETCH(qint64, value);
    QFETCH(qint64, amount);
    QFETCH(qint64, discount);
    CouponTemplate t;
    t.kind = CouponKind(kind);
    t.value = value;
    t.thresholdCents = 10'000;
    QCOMPARE(CouponRules::discountCents(t, amount), discount);
}

void TestCoupons::redeemTakesItOffBeforePoints()
{
    const qint64 id = addMember(u"Li Lei"_s);
    // 500 points to spend first.
    QVERIFY(PointsService(db(), m_shop->clock).adjust(id, 500, u"start"_s).ok());
    const Coupon c = issue(addTemplate(CouponKind::AmountOff, 2000), id);
    // A = ¥100, D = ¥20; at most 50% of A − D = ¥40 may be paid with points: 400 points = ¥4.
    REQUIRE_OK(r, record(id, 10'000, CouponCode::display(c.code), 400));
    QCOMPARE(r->couponDiscountCents, 2000);
    QCOMPARE(r->pointsValueCents, 400);
    QCOMPARE(r->eligibleCents, 10'000 - 2000 - 400);
    QCOMPARE(r->pointsEarned, 76);
    QCOMPARE(status(c), u"redeemed"_s);
    QCOMPARE(number(u"SELECT redeemed_visit_id FROM coupons WHERE id = %1"_s.arg(c.id)), r->visitId);
    QCOMPARE(number(u"SELECT discount_cents FROM coupons WHERE id = %1"_s.arg(c.id)), 2000);
}

void TestCoupons::refusals_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a code") << u"garbage"_s << u"not a coupon code"_s;
    QTest::newRow("typo") << u"typo"_s << u"typo"_s;
    QTest::newRow("unknown") << u"unknown"_s << u"no coupon"_s;
    QTest::newRow("another member's") << u"other"_s << u"another member"_s;
    QTest::newRow("minimum spend") << u"min"_s << u"at least ¥50.00"_s;
    QTest::newRow("spend-and-save below its threshold") << u"threshold"_s << u"off a spend of ¥100.00"_s;
    QTest::newRow("redeemed already") << u"twice"_s << u"already redeemed"_s;
    QTest::newRow("expired") << u"expired"_s << u"expired on"_s;
}

void TestCoupons::refusals()
{
    QFETCH(QString, situation);
    QFETCH(QString, says);
    const qint64 id = addMember(u"Li Lei"_s);
    const qint64 other = addMember(u"Han Meimei"_s);
    Coupon c = issue(addTemplate(CouponKind::AmountOff, 1000, 5000), id);
    QString code = c.code;
    qint64 amount = 6000;
    if (situation == u"garbage") {
        code = u"HELLO"_s;
    } else if (situation == u"typo") {
        code[0] = code.at(0) == u'A' ? u'B' : u'A';
    } else if (situation == u"unknown") {
        const QString data = u"ABCDEFGHJKMN"_s;
        code = data + CouponCode::checkSymbol(data);
    } else if (situation == u"other") {
        c = issue(addTemplate(CouponKind::AmountOff, 1000), other);
        code = c.code;
    } else if (situation == u"min") {
        amount = 4999;
    } else if (situation == u"threshold") {
        c = issue(addTemplate(CouponKind::SpendAndSave, 2000, 0, 10'000), id);
        code = c.code;
        amount = 9999;
    } else if (situation == u"twice") {
        REQUIRE_OK(first, record(id, 6000, code));
    } else if (situation == u"expired") {
        m_shop->clock.set(QDateTime(QDate(2026, 6, 4), QTime(0, 1)));   // issued 05-04 for 30 days: through 06-03
    }
    const qint64 visits = number(u"SELECT count(*) FROM visits"_s);
    const qint64 redeemed = number(u"SELECT count(*) FROM coupons WHERE status = 'redeemed'"_s);
    auto r = record(id, amount, code);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(says, Qt::CaseInsensitive), qPrintable(r.error().message));
    QCOMPARE(r.error().field, u"coupon"_s);
    QCOMPARE(number(u"SELECT count(*) FROM visits"_s), visits);
    QCOMPARE(number(u"SELECT count(*) FROM coupons WHERE status = 'redeemed'"_s), redeemed);
}

void TestCoupons::validThroughItsLastDay()
{
    const qint64 id = addMember(u"Li Lei"_s);
    const Coupon c = issue(addTemplate(CouponKind::AmountOff, 1000, 0, 0, 30), id);
    QCOMPARE(c.validUntil, QDate(2026, 6, 3));   // issued 05-04 for 30 days
    m_shop->clock.set(QDateTime(QDate(2026, 6, 3), QTime(23, 59)));
    REQUIRE_OK(r, record(id, 3000, c.code));
    QCOMPARE(r->couponDiscountCents, 1000);
}

void TestCoupons::voidGivesTheCouponBack()
{
    const qint64 id = addMember(u"Li Lei"_s);
    const Coupon c = issue(addTemplate(CouponKind::AmountOff, 1000), id);
    REQUIRE_OK(r, record(id, 3000, c.code));
    REQUIRE_OK(v, CheckoutService(db(), m_shop->clock).voidVisit(r->visitId, u"refund"_s));
    QCOMPARE(status(c), u"issued"_s);
    QCOMPARE(number(u"SELECT count(*) FROM coupons WHERE redeemed_visit_id IS NOT NULL"_s), 0);
    // …and it can be used again.
    REQUIRE_OK(again, record(id, 3000, c.code));
    QCOMPARE(again->couponDiscountCents, 1000);
}

void TestCoupons::voidAfterTheLastDayLetsItExpire()
{
    const qint64 id = addMember(u"Li Lei"_s);
    const Coupon c = issue(addTemplate(CouponKind::AmountOff, 1000, 0, 0, 1), id);   // through 05-05
    m_shop->clock.set(QDateTime(QDate(2026, 5, 5), QTime(18, 0)));
    REQUIRE_OK(r, record(id, 3000, c.code));
    m_shop->clock.set(QDateTime(QDate(2026, 5, 6), QTime(9, 0)));
    REQUIRE_OK(v, CheckoutService(db(), m_shop->clock).voidVisit(r->visitId, u"refund"_s));
    QCOMPARE(status(c), u"expired"_s);
}

void TestCoupons::expiryAtOpen()
{
    const qint64 id = addMember(u"Li Lei"_s);
    const Coupon c = issue(addTemplate(CouponKind::AmountOff, 1000, 0, 0, 3), id);   // through 05-07
    m_shop->clock.set(QDateTime(QDate(2026, 5, 7), QTime(23, 0)));
    REQUIRE_OK(same, ShopMaintenance(db(), m_shop->clock).run());
    QCOMPARE(same->couponsExpired, 0);
    m_shop->clock.set(QDateTime(QDate(2026, 5, 8), QTime(8, 0)));
    REQUIRE_OK(next, ShopMaintenance(db(), m_shop->clock).run());
    QCOMPARE(next->couponsExpired, 1);
    QCOMPARE(status(c), u"expired"_s);
}

void TestCoupons::report()
{
    const qint64 id = addMember(u"Li Lei"_s);
    const qint64 t = addTemplate(CouponKind::AmountOff, 1000, 0, 0, 10);
    const Coupon a = issue(t, id);
    const Coupon b = issue(t, id);
    issue(t, id);
    issue(t, std::nullopt);   // to bearer
    REQUIRE_OK(ra, record(id, 5000, a.code));   // pays ¥40
    REQUIRE_OK(rb, record(id, 3000, b.code));   // pays ¥20
    m_shop->clock.set(QDateTime(QDate(2026, 5, 20), QTime(9, 0)));
    QVERIFY(ShopMaintenance(db(), m_shop->clock).run().ok());   // the other two expire
    REQUIRE_OK(rows, CouponService(db(), m_shop->clock).report());
    QCOMPARE(rows->size(), 1);
    const auto &r = rows->first();
    QCOMPARE(r.counts.issued, 4);
    QCOMPARE(r.counts.redeemed, 2);
    QCOMPARE(r.counts.expired, 2);
    QCOMPARE(r.counts.voided, 0);
    QCOMPARE(r.rateBasisPoints, 5000);
    QCOMPARE(r.counts.discountCents, 2000);
    QCOMPARE(r.counts.revenueCents, 6000);
}

void TestCoupons::twoCountersOneCode()
{
    // Two counters, each on its own connection and thread, scan the same coupon at the same moment:
    // exactly one visit is recorded with it; the other is refused and records nothing.
    const qint64 id = addMember(u"Li Lei"_s);
    const Coupon c = issue(addTemplate(CouponKind::AmountOff, 1000), std::nullopt);
    const QString path = m_shop->path;
    const QDateTime now = m_shop->clock.now();
    std::atomic<int> ready{0};
    std::atomic<int> succeeded{0};
    QStringList refusals[2];
    const auto counter = [&](int n) {
        auto db = Database::open(path);
        if (!db)
            return;
        FixedClock clock(now);
        VisitRequest r;
        r.memberId = id;
        r.amountCents = 3000;
        r.couponCode = c.code;
        ++ready;
        while (ready < 2)
            std::this_thread::yield();
        auto result = CheckoutService(**db, clock).record(r);
        if (result)
            ++succeeded;
        else
            refusals[n] << result.error().message;
    };
    std::thread one(counter, 0);
    std::thread two(counter, 1);
    one.join();
    two.join();
    QCOMPARE(succeeded.load(), 1);
    const QStringList said = refusals[0] + refusals[1];
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(u"already redeemed"_s) || said.first().contains(u"a moment ago"_s), qPrintable(said.first()));
    db().invalidateCaches();
    QCOMPARE(number(u"SELECT count(*) FROM visits"_s), 1);
    QCOMPARE(status(c), u"redeemed"_s);
}

void TestCoupons::upgradeIssuesItsCoupon()
{
    const qint64 id = addMember(u"Li Lei"_s);
    CouponTemplate t;
    t.name = u"Welcome to Silver"_s;
    t.kind = CouponKind::AmountOff;
    t.value = 1500;
    t.validDays = 60;
    t.autoIssue = u"tier_upgrade"_s;
    QVERIFY(CouponService(db(), m_shop->clock).addTemplate(t).ok());
    REQUIRE_OK(small, record(id, 10'000, QString()));   // ¥100: no upgrade, no coupon
    QVERIFY(small->couponsIssued.isEmpty());
    REQUIRE_OK(up, record(id, 45'000, QString()));      // ¥550 in 12 months: Silver
    QVERIFY(up->tierChanged);
    QCOMPARE(up->couponsIssued.size(), 1);
    REQUIRE_OK(c, CouponService(db(), m_shop->clock).find(up->couponsIssued.first()));
    QCOMPARE(c->memberId, std::optional<qint64>(id));
    QCOMPARE(c->issuedVisitId, std::optional<qint64>(up->visitId));
    QCOMPARE(c->validUntil, QDate(2026, 7, 3));
    // Sent again by the counter (its UUID): the first answer, the coupon with it, none issued twice.
    VisitRequest again;
    again.memberId = id;
    again.amountCents = 45'000;
    again.uuid = up->uuid;
    REQUIRE_OK(replayed, CheckoutService(db(), m_shop->clock).record(again));
    QVERIFY(replayed->replayed);
    QCOMPARE(replayed->couponsIssued, up->couponsIssued);
    QCOMPARE(number(u"SELECT count(*) FROM coupons"_s), 1);
    // The slip of that visit carries it.
    REQUIRE_OK(slip, SlipBuilder(db(), m_shop->clock).forVisit(up->visitId));
    QCOMPARE(slip->coupons.size(), 1);
    QCOMPARE(slip->coupons.first().code, c->code);
}

void TestCoupons::birthdayCouponOnceAYear()
{
    MemberFields f;
    f.name = u"May Baby"_s;
    f.birthday = u"05-20"_s;   // this month
    const qint64 id = MemberService(db(), m_shop->clock).add(f)->id;
    CouponTemplate t;
    t.name = u"Birthday treat"_s;
    t.kind = CouponKind::PercentOff;
    t.value = 20;
    t.validDays = 30;
    t.autoIssue = u"birthday"_s;
    QVERIFY(CouponService(db(), m_shop->clock).addTemplate(t).ok());
    REQUIRE_OK(first, record(id, 2000, QString()));
    QCOMPARE(first->couponsIssued.size(), 1);
    REQUIRE_OK(second, record(id, 2000, QString()));   // the same month: not again
    QVERIFY(second->couponsIssued.isEmpty());
    m_shop->clock.set(QDateTime(QDate(2027, 5, 3), QTime(10, 0)));   // next year's birthday month
    REQUIRE_OK(nextYear, record(id, 2000, QString()));
    QCOMPARE(nextYear->couponsIssued.size(), 1);
    // Not in another month.
    const qint64 other = addMember(u"No birthday"_s);
    REQUIRE_OK(none, record(other, 2000, QString()));
    QVERIFY(none->couponsIssued.isEmpty());
}

void TestCoupons::voidTakesBackUnusedIssuedCoupons()
{
    const qint64 id = addMember(u"Li Lei"_s);
    CouponTemplate t;
    t.name = u"Welcome to Silver"_s;
    t.kind = CouponKind::AmountOff;
    t.value = 1500;
    t.autoIssue = u"tier_upgrade"_s;
    QVERIFY(CouponService(db(), m_shop->clock).addTemplate(t).ok());
    REQUIRE_OK(up, record(id, 60'000, QString()));
    QCOMPARE(up->couponsIssued.size(), 1);
    REQUIRE_OK(v, CheckoutService(db(), m_shop->clock).voidVisit(up->visitId, u"refund"_s));
    REQUIRE_OK(c, CouponService(db(), m_shop->clock).find(up->couponsIssued.first()));
    QVERIFY(c->status == CouponStatus::Void);
    auto r = record(id, 1000, up->couponsIssued.first());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"voided"_s), qPrintable(r.error().message));
}

void TestCoupons::campaignReachesATierAndUp()
{
    // Three members: Normal, Silver (¥600), Gold (¥2,500).
    const qint64 normal = addMember(u"Normal"_s);
    const qint64 silver = addMember(u"Silver"_s);
    const qint64 gold = addMember(u"Gold"_s);
    QVERIFY(record(silver, 60'000, QString()).ok());
    QVERIFY(record(gold, 250'000, QString()).ok());
    const qint64 t = addTemplate(CouponKind::AmountOff, 1000);
    CouponService service(db(), m_shop->clock);
    REQUIRE_OK(size, service.audience({1}));
    QCOMPARE(size->size(), 2);
    // A cashier may not.
    auto refused = CouponService(db(), m_shop->clock, Operator{u"ann"_s, Role::Cashier}).runCampaign({u"Spring"_s, t, {1}});
    QCOMPARE(refused.error().code, ErrorCode::Permission);
    REQUIRE_OK(run, service.runCampaign({u"Spring"_s, t, {1}}));
    QCOMPARE(run->coupons.size(), 2);
    QSet<qint64> reached;
    for (const Coupon &c : run->coupons)
        reached.insert(*c.memberId);
    QCOMPARE(reached, (QSet<qint64>{silver, gold}));
    Q_UNUSED(normal);
    // One of them is used: the campaign's report says so.
    REQUIRE_OK(used, record(gold, 5000, run->coupons.first().memberId == gold ? run->coupons.first().code : run->coupons.last().code));
    REQUIRE_OK(report, service.campaignReport());
    QCOMPARE(report->size(), 1);
    QCOMPARE(report->first().report.counts.name, u"Spring"_s);
    QCOMPARE(report->first().report.counts.issued, 2);
    QCOMPARE(report->first().report.counts.redeemed, 1);
    QCOMPARE(report->first().report.rateBasisPoints, 5000);
    QCOMPARE(report->first().report.counts.revenueCents, 4000);
    QCOMPARE(number(u"SELECT count(*) FROM audit_log WHERE action = 'coupon.campaign'"_s), 1);
}

QTEST_GUILESS_MAIN(TestCoupons)
#include "test_coupons.moc"
