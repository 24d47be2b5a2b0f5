// PointsRules: the arithmetic of SPEC §3.1 (earning), §3.2 (redeeming) and §3.3 (expiry dates) over
// plain values. Every expected value below is worked out by hand (or, for the largest ones, checked
// with Python's unbounded integers) — never by calling the code under test.

#include "common/Money.h"
#include "rules/PointsRules.h"

#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(loyalty::ExpiryMode)

namespace {

// Lines as (total cents, category percent) pairs.
using Lines = QList<std::pair<qint64, int>>;

EarnInput earn(qint64 amount, qint64 discount, qint64 pointsValue, const Lines &lines, int rate, int tier, int promo)
{
    EarnInput in;
    in.amountCents = amount;
    in.couponDiscountCents = discount;
    in.pointsValueCents = pointsValue;
    for (const auto &[total, percent] : lines)
        in.lines << EarnLine{total, percent};
    in.pointsPerYuan = rate;
    in.tierPercent = tier;
    in.promoPercent = promo;
    return in;
}

} // namespace

class TestPointsRules : public QObject {
    Q_OBJECT

private slots:
    void eligibleCents_data();
    void eligibleCents();
    void pointsEarned_data();
    void pointsEarned();
    void promoPercent_data();
    void promoPercent();
    void pointsValueCents_data();
    void pointsValueCents();
    void checkRedemption_data();
    void checkRedemption();
    void maxRedeemablePoints_data();
    void maxRedeemablePoints();
    void maxRedeemableIsTheBoundary_data();
    void maxRedeemableIsTheBoundary();
    void expiresOn_data();
    void expiresOn();
};

// ---------------------------------------------------------------------------------------------
// E = A − D − V, never below 0

void TestPointsRules::eligibleCents_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<qint64>("pointsValue");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("nothing taken off") << qint64(12345) << qint64(0) << qint64(0) << qint64(12345);
    QTest::newRow("coupon only") << qint64(10000) << qint64(1500) << qint64(0) << qint64(8500);
    QTest::newRow("points only") << qint64(10000) << qint64(0) << qint64(5000) << qint64(5000);
    QTest::newRow("coupon and points") << qint64(10000) << qint64(2000) << qint64(4000) << qint64(4000);
    QTest::newRow("exactly zero") << qint64(10000) << qint64(6000) << qint64(4000) << qint64(0);
    QTest::newRow("coupon above the amount: 0, not negative") << qint64(500) << qint64(1000) << qint64(0) << qint64(0);
    QTest::newRow("coupon and points above the amount: 0") << qint64(1000) << qint64(800) << qint64(300) << qint64(0);
    QTest::newRow("largest amount") << Money::kMaxCents << qint64(0) << qint64(0) << qint64(100'000'000);
}

void TestPointsRules::eligibleCents()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, discount);
    QFETCH(qint64, pointsValue);
    QFETCH(qint64, expected);
    QCOMPARE(PointsRules::eligibleCents(amount, discount, pointsValue), expected);
    QVERIFY(PointsRules::eligibleCents(amount, discount, pointsValue) >= 0);
}

// ---------------------------------------------------------------------------------------------
// floor(E × rate × tier% × promo% / 100³), lines weighted by category percent, one floor

void TestPointsRules::pointsEarned_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<qint64>("pointsValue");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("promo");
    QTest::addColumn<qint64>("expected");

    const Lines none;
    // Plain amounts at the defaults: 1 point per yuan, tier 100, no promotion.
    QTest::newRow("¥100.00 → 100") << qint64(10000) << qint64(0) << qint64(0) << none << 1 << 100 << 100 << qint64(100);
    QTest::newRow("¥99.99 → 99 (floor once)") << qint64(9999) << qint64(0) << qint64(0) << none << 1 << 100 << 100 << qint64(99);
    QTest::newRow("¥0.99 → 0") << qint64(99) << qint64(0) << qint64(0) << none << 1 << 100 << 100 << qint64(0);
    QTest::newRow("¥1.00 → 1") << qint64(100) << qint64(0) << qint64(0) << none << 1 << 100 << 100 << qint64(1);
    QTest::newRow("¥0.01 → 0") << qint64(1) << qint64(0) << qint64(0) << none << 1 << 100 << 100 << qint64(0);

    // Tier percents (Normal/Silver 100, Gold 120, Platinum 150, Diamond 200) on ¥123.45.
    QTest::newRow("tier 100: ¥123.45 → 123") << qint64(12345) << qint64(0) << qint64(0) << none << 1 << 100 << 100 << qint64(123);
    // 123.45 × 1.2 = 148.14
    QTest::newRow("tier 120: ¥123.45 → 148") << qint64(12345) << qint64(0) << qint64(0) << none << 1 << 120 << 100 << qint64(148);
    // 123.45 × 1.5 = 185.175
    QTest::newRow("tier 150: ¥123.45 → 185") << qint64(12345) << qint64(0) << qint64(0) << none << 1 << 150 << 100 << qint64(185);
    // 123.45 × 2 = 246.9
    QTest::newRow("tier 200: ¥123.45 → 246") << qint64(12345) << qint64(0) << qint64(0) << none << 1 << 200 << 100 << qint64(246);
    // 0.83 × 1.2 = 0.996: one floor at the end, not after each factor
    QTest::newRow("tier 120: ¥0.83 → 0") << qint64(83) << qint64(0) << qint64(0) << none << 1 << 120 << 100 << qint64(0);
    // 0.84 × 1.2 = 1.008
    QTest::newRow("tier 120: ¥0.84 → 1") << qint64(84) << qint64(0) << qint64(0) << none << 1 << 120 << 100 << qint64(1);

    // Member day 200%, and combined with a tier.
    QTest::newRow("member day 200%: ¥50.55 → 101") << qint64(5055) << qint64(0) << qint64(0) << none << 1 << 100 << 200 << qint64(101);
    // 33.33 × 1.5 × 2 = 99.99: flooring 33.33 × 1.5 = 49.995 → 49 first would give 98
    QTest::newRow("tier 150 × promo 200: ¥33.33 → 99") << qint64(3333) << qint64(0) << qint64(0) << none << 1 << 150 << 200 << qint64(99);
    QTest::newRow("tier 150 × promo 200: ¥100.00 → 300") << qint64(10000) << qint64(0) << qint64(0) << none << 1 << 150 << 200 << qint64(300);

    // Points per yuan.
    QTest::newRow("2 per yuan: ¥10.55 → 21") << qint64(1055) << qint64(0) << qint64(0) << none << 2 << 100 << 100 << qint64(21);
    QTest::newRow("2 per yuan: ¥0.49 → 0") << qint64(49) << qint64(0) << qint64(0) << none << 2 << 100 << 100 << qint64(0);
    QTest::newRow("2 per yuan: ¥0.50 → 1") << qint64(50) << qint64(0) << qint64(0) << none << 2 << 100 << 100 << qint64(1);
    QTest::newRow("0 per yuan: nothing") << qint64(10000) << qint64(0) << qint64(0) << none << 0 << 200 << 200 << qint64(0);
    QTest::newRow("0 per yuan with items: nothing")
        << qint64(10000) << qint64(0) << qint64(0) << Lines{{10000, 150}} << 0 << 100 << 100 << qint64(0);

    // No points on what was paid with points or a coupon.
    QTest::newRow("points paid ¥20 of ¥100 → 80") << qint64(10000) << qint64(0) << qint64(2000) << none << 1 << 100 << 100 << qint64(80);
    QTest::newRow("coupon ¥15 and points ¥5 of ¥100 → 80") << qint64(10000) << qint64(1500) << qint64(500) << none << 1 << 100 << 100 << qint64(80);
    QTest::newRow("half paid with points on member day → 100") << qint64(10000) << qint64(0) << qint64(5000) << none << 1 << 100 << 200 << qint64(100);
    QTest::newRow("everything paid: 0") << qint64(10000) << qint64(4000) << qint64(6000) << none << 1 << 200 << 200 << qint64(0);

    // Line items weighted by category percent.
    // coffee ¥30 at 100% + tobacco ¥70 at 0% = ¥30 eligible
    QTest::newRow("coffee 100% + tobacco 0%") << qint64(10000) << qint64(0) << qint64(0) << Lines{{3000, 100}, {7000, 0}} << 1 << 100 << 100
                                              << qint64(30);
    QTest::newRow("tobacco only: 0") << qint64(8000) << qint64(0) << qint64(0) << Lines{{8000, 0}} << 1 << 200 << 200 << qint64(0);
    // coffee ¥40 × 1 + merch ¥60 × 1.5 = 130
    QTest::newRow("coffee 100% + merch 150%") << qint64(10000) << qint64(0) << qint64(0) << Lines{{4000, 100}, {6000, 150}} << 1 << 100 << 100
                                              << qint64(130);
    // coffee ¥10 + tobacco ¥20 × 0 + merch ¥30 × 1.5 = 55
    QTest::newRow("coffee + tobacco + merch") << qint64(6000) << qint64(0) << qint64(0) << Lines{{1000, 100}, {2000, 0}, {3000, 150}} << 1 << 100
                                              << 100 << qint64(55);
    // Per line: floor(10.50) + floor(15.75) = 25. Once: floor(10.50 + 15.75) = floor(26.25) = 26.
    QTest::newRow("one floor, not one per line (coffee 100% + merch 150%)")
        << qint64(2100) << qint64(0) << qint64(0) << Lines{{1050, 100}, {1050, 150}} << 1 << 100 << 100 << qint64(26);
    // Per line: 1 + 1 + 1 = 3 (three lines of ¥1.50). Once: floor(4.50) = 4.
    QTest::newRow("one floor, not one per line (three ¥1.50 lines)")
        << qint64(450) << qint64(0) << qint64(0) << Lines{{150, 100}, {150, 100}, {150, 100}} << 1 << 100 << 100 << qint64(4);
    // Lines at 100% give what the plain amount gives.
    QTest::newRow("all lines at 100% = no lines") << qint64(9999) << qint64(0) << qint64(0) << Lines{{3333, 100}, {6666, 100}} << 1 << 100 << 100
                                                  << qint64(99);
    // Points paid with lines: E = ¥80; weighted percent (50×100 + 50×150)/100 = 125% → 100.
    QTest::newRow("lines with points paid: E weighted by shares")
        << qint64(10000) << qint64(0) << qint64(2000) << Lines{{5000, 100}, {5000, 150}} << 1 << 100 << 100 << qint64(100);
    // E = ¥90 of ¥100; lines coffee ¥30 (100%) + tobacco ¥70 (0%): 90 × 0.3 = 27.
    QTest::newRow("lines with points paid: tobacco share gives nothing")
        << qint64(10000) << qint64(0) << qint64(1000) << Lines{{3000, 100}, {7000, 0}} << 1 << 100 << 100 << qint64(27);
    // E = ¥99.99 − ¥33.33 = ¥66.66; weighted 150% → 99.99 → with tier 120 → 119.988 → 119.
    QTest::newRow("lines, points, tier, promo")
        << qint64(9999) << qint64(0) << qint64(3333) << Lines{{9999, 150}} << 1 << 120 << 100 << qint64(119);
    // 2 per yuan, Gold, member day, merch 150%: ¥12.34 × 2 × 1.2 × 2 × 1.5 = 88.848 → 88
    QTest::newRow("every factor at once") << qint64(1234) << qint64(0) << qint64(0) << Lines{{1234, 150}} << 2 << 120 << 200 << qint64(88);

    // The largest values settings allow: amount 1,000,000.00 and rate, tier and promo at 1,000 each.
    // 10^8 cents × 1000 × 1000 × 1000 / 10^6 = 10^11.
    QTest::newRow("largest amount, every factor 1000")
        << Money::kMaxCents << qint64(0) << qint64(0) << none << 1000 << 1000 << 1000 << qint64(100'000'000'000);
    // (10^8 − 12,345,678) × 1000 × 997 × 1000 / 10^6 = 87,654,322 × 997 × 1000 / 1000 = 87,391,359,034
    QTest::newRow("largest amount with points paid")
        << Money::kMaxCents << qint64(0) << qint64(12'345'678) << none << 1000 << 997 << 1000 << qint64(87'391'359'034);
    // Lines ¥333,333.33 at 1000% and ¥666,666.66 at 999%, amount 99,999,999 cents:
    // W = 33,333,333×1000 + 66,666,666×999 = 99,933,332,334; E = A, so points = W × 10^9 / 10^8 = W × 10
    QTest::newRow("largest lines, every factor 1000")
        << qint64(99'999'999) << qint64(0) << qint64(0) << Lines{{33'333'333, 1000}, {66'666'666, 999}} << 1000 << 1000 << 1000
        << qint64(999'333'323'340);
    // A = 10^8, V = 12,345,678, lines 40,000,001 at 1000% and 59,999,999 at 7%, rate 1000, tier 997, promo 1000:
    // floor(87,654,322 × 40,420,000,993 × 1000 × 997 × 1000 / 10^16) = 353,235,881,893 (Python).
    QTest::newRow("largest lines with points paid (needs 128 bits)")
        << Money::kMaxCents << qint64(0) << qint64(12'345'678) << Lines{{40'000'001, 1000}, {59'999'999, 7}} << 1000 << 997 << 1000
        << qint64(353'235'881'893);
}

void TestPointsRules::pointsEarned()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, discount);
    QFETCH(qint64, pointsValue);
    QFETCH(Lines, lines);
    QFETCH(int, rate);
    QFETCH(int, tier);
    QFETCH(int, promo);
    QFETCH(qint64, expected);
    QCOMPARE(PointsRules::pointsEarned(earn(amount, discount, pointsValue, lines, rate, tier, promo)), expected);
}

// ---------------------------------------------------------------------------------------------
// The member day

void TestPointsRules::promoPercent_data()
{
    QTest::addColumn<int>("memberDay");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("expected");
    QTest::newRow("the 11th at the defaults") << 11 << 200 << QDate(2026, 3, 11) << 200;
    QTest::newRow("the 11th of another month") << 11 << 200 << QDate(2026, 12, 11) << 200;
    QTest::newRow("the 10th") << 11 << 200 << QDate(2026, 3, 10) << 100;
    QTest::newRow("the 12th") << 11 << 200 << QDate(2026, 3, 12) << 100;
    QTest::newRow("the 1st") << 11 << 200 << QDate(2026, 3, 1) << 100;
    QTest::newRow("the 21st") << 11 << 200 << QDate(2026, 3, 21) << 100;
    QTest::newRow("the 11th with 150%") << 11 << 150 << QDate(2026, 5, 11) << 150;
    QTest::newRow("member day 31 on the 31st") << 31 << 200 << QDate(2026, 5, 31) << 200;
    // "visits on that day of any month": April has no 31st, so no member day in April.
    QTest::newRow("member day 31 on the 30th of a 30-day month") << 31 << 200 << QDate(2026, 4, 30) << 100;
    QTest::newRow("member day 31 on the 1st after a 30-day month") << 31 << 200 << QDate(2026, 5, 1) << 100;
    QTest::newRow("member day 0 is off, on the 11th") << 0 << 200 << QDate(2026, 3, 11) << 100;
    QTest::newRow("member day 0 is off, on the 1st") << 0 << 200 << QDate(2026, 3, 1) << 100;
}

void TestPointsRules::promoPercent()
{
    QFETCH(int, memberDay);
    QFETCH(int, percent);
    QFETCH(QDate, day);
    QFETCH(int, expected);
    Rules rules;
    rules.memberDay = memberDay;
    rules.memberDayPercent = percent;
    QCOMPARE(PointsRules::promoPercent(rules, day), expected);
}

// ---------------------------------------------------------------------------------------------
// V = floor(points × 100 / redeem.points_per_yuan)

void TestPointsRules::pointsValueCents_data()
{
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("100 points = ¥1.00 at the default") << qint64(100) << qint64(100) << qint64(100);
    QTest::newRow("250 points = ¥2.50") << qint64(250) << qint64(100) << qint64(250);
    QTest::newRow("0 points") << qint64(0) << qint64(100) << qint64(0);
    QTest::newRow("rate 300: 100 points = 33 cents (floor of 33.3)") << qint64(100) << qint64(300) << qint64(33);
    QTest::newRow("rate 300: 299 points = 99 cents (floor of 99.67)") << qint64(299) << qint64(300) << qint64(99);
    QTest::newRow("rate 300: 300 points = ¥1.00") << qint64(300) << qint64(300) << qint64(100);
    QTest::newRow("rate 50: 100 points = ¥2.00") << qint64(100) << qint64(50) << qint64(200);
    QTest::newRow("rate 1: 7 points = ¥7.00") << qint64(7) << qint64(1) << qint64(700);
}

void TestPointsRules::pointsValueCents()
{
    QFETCH(qint64, points);
    QFETCH(qint64, rate);
    QFETCH(qint64, expected);
    Rules rules;
    rules.redeemPointsPerYuan = rate;
    QCOMPARE(PointsRules::pointsValueCents(points, rules), expected);
}

// ---------------------------------------------------------------------------------------------
// Redemption limits: refused, never clamped

void TestPointsRules::checkRedemption_data()
{
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("amount"); // A − D
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<int>("maxPercent");
    QTest::addColumn<qint64>("minPoints");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("code");       // when refused
    QTest::addColumn<qint64>("value");   // when allowed

    const int refused = int(ErrorCode::Refused), invalid = int(ErrorCode::Invalid);
    QTest::newRow("0 points: nothing, allowed") << qint64(0) << qint64(0) << qint64(10000) << qint64(100) << 50 << qint64(100) << true << 0 << qint64(0);
    QTest::newRow("negative: invalid") << qint64(-100) << qint64(1000) << qint64(10000) << qint64(100) << 50 << qint64(100) << false << invalid
                                       << qint64(0);
    QTest::newRow("below min_points (99 < 100)") << qint64(99) << qint64(1000) << qint64(10000) << qint64(100) << 50 << qint64(100) << false
                                                 << refused << qint64(0);
    QTest::newRow("exactly min_points") << qint64(100) << qint64(1000) << qint64(10000) << qint64(100) << 50 << qint64(100) << true << 0
                                        << qint64(100);
    QTest::newRow("min_points 500: 499 refused") << qint64(499) << qint64(1000) << qint64(10000) << qint64(100) << 50 << qint64(500) << false
                                                 << refused << qint64(0);
    QTest::newRow("above the balance") << qint64(301) << qint64(300) << qint64(100000) << qint64(100) << 50 << qint64(100) << false << refused
                                       << qint64(0);
    QTest::newRow("exactly the balance") << qint64(300) << qint64(300) << qint64(100000) << qint64(100) << 50 << qint64(100) << true << 0
                                         << qint64(300);
    QTest::newRow("negative balance (a debt)") << qint64(100) << qint64(-50) << qint64(100000) << qint64(100) << 50 << qint64(100) << false
                                               << refused << qint64(0);
    // ¥100.00 at 50%: up to ¥50.00 = 5000 points.
    QTest::newRow("exactly 50% of A − D") << qint64(5000) << qint64(100000) << qint64(10000) << qint64(100) << 50 << qint64(100) << true << 0
                                          << qint64(5000);
    QTest::newRow("one point above 50%") << qint64(5001) << qint64(100000) << qint64(10000) << qint64(100) << 50 << qint64(100) << false
                                         << refused << qint64(0);
    // ¥100.01 at 50% = 5000.5 cents: 5000 points (¥50.00) fit, 5001 (¥50.01) do not.
    QTest::newRow("odd amount: 50% is 5000.5 cents, 5000 fit") << qint64(5000) << qint64(100000) << qint64(10001) << qint64(100) << 50
                                                               << qint64(100) << true << 0 << qint64(5000);
    QTest::newRow("odd amount: 5001 do not") << qint64(5001) << qint64(100000) << qint64(10001) << qint64(100) << 50 << qint64(100) << false
                                             << refused << qint64(0);
    // Rate 300: ¥10.00 at 50% = 500 cents; 1502 points are worth floor(500.67) = 500, 1503 are 501.
    QTest::newRow("rate 300: 1502 points worth 500 cents fit") << qint64(1502) << qint64(100000) << qint64(1000) << qint64(300) << 50
                                                               << qint64(100) << true << 0 << qint64(500);
    QTest::newRow("rate 300: 1503 points worth 501 cents do not") << qint64(1503) << qint64(100000) << qint64(1000) << qint64(300) << 50
                                                                  << qint64(100) << false << refused << qint64(0);
    QTest::newRow("max_percent 100: the whole amount") << qint64(10000) << qint64(100000) << qint64(10000) << qint64(100) << 100 << qint64(100)
                                                       << true << 0 << qint64(10000);
    QTest::newRow("max_percent 0: nothing") << qint64(100) << qint64(100000) << qint64(10000) << qint64(100) << 0 << qint64(100) << false
                                            << refused << qint64(0);
    QTest::newRow("min_points 0: 1 point") << qint64(1) << qint64(10) << qint64(10000) << qint64(100) << 50 << qint64(0) << true << 0
                                           << qint64(1);
}

void TestPointsRules::checkRedemption()
{
    QFETCH(qint64, points);
    QFETCH(qint64, balance);
    QFETCH(qint64, amount);
    QFETCH(qint64, rate);
    QFETCH(int, maxPercent);
    QFETCH(qint64, minPoints);
    QFETCH(bool, allowed);
    QFETCH(int, code);
    QFETCH(qint64, value);
    Rules rules;
    rules.redeemPointsPerYuan = rate;
    rules.redeemMaxPercent = maxPercent;
    rules.redeemMinPoints = minPoints;
    const auto r = PointsRules::checkRedemption(points, balance, amount, rules);
    if (allowed) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, value);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(!r.error().message.trimmed().isEmpty(), "a refusal needs a message");
        QCOMPARE(r.error().field, u"redeem"_s);
    }
}

void TestPointsRules::maxRedeemablePoints_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<int>("maxPercent");
    QTest::addColumn<qint64>("minPoints");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("¥100 at 50%, plenty of points: 5000") << qint64(100000) << qint64(10000) << qint64(100) << 50 << qint64(100) << qint64(5000);
    QTest::newRow("¥100.01 at 50%: 5000") << qint64(100000) << qint64(10001) << qint64(100) << 50 << qint64(100) << qint64(5000);
    QTest::newRow("¥100.02 at 50%: 5001") << qint64(100000) << qint64(10002) << qint64(100) << 50 << qint64(100) << qint64(5001);
    QTest::newRow("the balance limits: 1234") << qint64(1234) << qint64(10000) << qint64(100) << 50 << qint64(100) << qint64(1234);
    QTest::newRow("balance below min_points: 0") << qint64(99) << qint64(10000) << qint64(100) << 50 << qint64(100) << qint64(0);
    QTest::newRow("cap below min_points (¥1 at 50% = 50 points): 0") << qint64(1000) << qint64(100) << qint64(100) << 50 << qint64(100)
                                                                       << qint64(0);
    QTest::newRow("rate 300: ¥10 at 50% → 1502") << qint64(100000) << qint64(1000) << qint64(300) << 50 << qint64(100) << qint64(1502);
    QTest::newRow("rate 50: ¥10 at 50% → 250") << qint64(100000) << qint64(1000) << qint64(50) << 50 << qint64(100) << qint64(250);
    QTest::newRow("max_percent 0: 0") << qint64(100000) << qint64(10000) << qint64(100) << 0 << qint64(100) << qint64(0);
    QTest::newRow("negative balance: 0") << qint64(-500) << qint64(10000) << qint64(100) << 50 << qint64(100) << qint64(0);
}

void TestPointsRules::maxRedeemablePoints()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, amount);
    QFETCH(qint64, rate);
    QFETCH(int, maxPercent);
    QFETCH(qint64, minPoints);
    QFETCH(qint64, expected);
    Rules rules;
    rules.redeemPointsPerYuan = rate;
    rules.redeemMaxPercent = maxPercent;
    rules.redeemMinPoints = minPoints;
    QCOMPARE(PointsRules::maxRedeemablePoints(balance, amount, rules), expected);
}

// The largest redeemable amount is allowed and one more point is refused, over many amounts and
// rates (the expectation itself comes from the table above; this proves the two functions agree).
void TestPointsRules::maxRedeemableIsTheBoundary_data()
{
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<int>("maxPercent");
    for (const qint64 rate : {1, 3, 7, 50, 100, 300, 1000})
        for (const int percent : {1, 33, 50, 99, 100})
            QTest::addRow("rate %lld, %d%%", rate, percent) << rate << percent;
}

void TestPointsRules::maxRedeemableIsTheBoundary()
{
    QFETCH(qint64, rate);
    QFETCH(int, maxPercent);
    Rules rules;
    rules.redeemPointsPerYuan = rate;
    rules.redeemMaxPercent = maxPercent;
    rules.redeemMinPoints = 1;
    const qint64 balance = 100'000'000;
    for (qint64 amount = 1; amount <= 20'000; amount += 37) {
        const qint64 max = PointsRules::maxRedeemablePoints(balance, amount, rules);
        if (max > 0) {
            const auto atMax = PointsRules::checkRedemption(max, balance, amount, rules);
            QVERIFY2(atMax.ok(), qPrintable(u"amount %1: %2 points refused"_s.arg(amount).arg(max)));
            // V × 100 ≤ (A − D) × max%, checked here without the code under test.
            QVERIFY(((max * 100) / rate) * 100 <= amount * maxPercent);
        }
        const auto above = PointsRules::checkRedemption(max + 1, balance, amount, rules);
        QVERIFY2(!above.ok(), qPrintable(u"amount %1: %2 points allowed above the maximum"_s.arg(amount).arg(max + 1)));
        QVERIFY((((max + 1) * 100) / rate) * 100 > amount * maxPercent);
    }
}

// ---------------------------------------------------------------------------------------------
// Expiry dates

void TestPointsRules::expiresOn_data()
{
    QTest::addColumn<ExpiryMode>("mode");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("earned");
    QTest::addColumn<QDate>("expected"); // invalid: never

    const auto rolling = ExpiryMode::Rolling, yearly = ExpiryMode::Yearly, none = ExpiryMode::None;
    QTest::newRow("rolling: 2026-03-15 + 12 → 2027-03-31") << rolling << 12 << QDate(2026, 3, 15) << QDate(2027, 3, 31);
    QTest::newRow("rolling: first of the month") << rolling << 12 << QDate(2026, 3, 1) << QDate(2027, 3, 31);
    QTest::newRow("rolling: last of the month") << rolling << 12 << QDate(2026, 3, 31) << QDate(2027, 3, 31);
    QTest::newRow("rolling: 2026-01-31 + 1 → 2026-02-28") << rolling << 1 << QDate(2026, 1, 31) << QDate(2026, 2, 28);
    QTest::newRow("rolling: leap, 2027-02-10 + 12 → 2028-02-29") << rolling << 12 << QDate(2027, 2, 10) << QDate(2028, 2, 29);
    QTest::newRow("rolling: 2028-02-29 + 12 → 2029-02-28") << rolling << 12 << QDate(2028, 2, 29) << QDate(2029, 2, 28);
    QTest::newRow("rolling: 2026-12-31 + 12 → 2027-12-31") << rolling << 12 << QDate(2026, 12, 31) << QDate(2027, 12, 31);
    QTest::newRow("rolling: 2026-11-05 + 1 → 2026-12-31") << rolling << 1 << QDate(2026, 11, 5) << QDate(2026, 12, 31);
    QTest::newRow("rolling: 2026-12-05 + 1 → 2027-01-31") << rolling << 1 << QDate(2026, 12, 5) << QDate(2027, 1, 31);
    QTest::newRow("rolling: 2026-04-30 + 6 → 2026-10-31") << rolling << 6 << QDate(2026, 4, 30) << QDate(2026, 10, 31);
    QTest::newRow("rolling: 2026-06-15 + 120 → 2036-06-30") << rolling << 120 << QDate(2026, 6, 15) << QDate(2036, 6, 30);
    QTest::newRow("yearly: 2026-01-01 → 2027-12-31") << yearly << 12 << QDate(2026, 1, 1) << QDate(2027, 12, 31);
    QTest::newRow("yearly: 2026-06-15 → 2027-12-31") << yearly << 12 << QDate(2026, 6, 15) << QDate(2027, 12, 31);
    QTest::newRow("yearly: 2026-12-31 → 2027-12-31") << yearly << 12 << QDate(2026, 12, 31) << QDate(2027, 12, 31);
    QTest::newRow("yearly ignores months") << yearly << 3 << QDate(2026, 2, 1) << QDate(2027, 12, 31);
    QTest::newRow("yearly: 2028-02-29 → 2029-12-31") << yearly << 12 << QDate(2028, 2, 29) << QDate(2029, 12, 31);
    QTest::newRow("none: never") << none << 12 << QDate(2026, 3, 15) << QDate();
    QTest::newRow("none: never, at year end") << none << 12 << QDate(2026, 12, 31) << QDate();
}

void TestPointsRules::expiresOn()
{
    QFETCH(ExpiryMode, mode);
    QFETCH(int, months);
    QFETCH(QDate, earned);
    QFETCH(QDate, expected);
    Rules rules;
    rules.expiryMode = mode;
    rules.expiryMonths = months;
    const std::optional<QDate> on = PointsRules::expiresOn(earned, rules);
    if (!expected.isValid()) {
        QVERIFY2(!on.has_value(), qPrintable(on ? on->toString(Qt::ISODate) : QString()));
    } else {
        QVERIFY(on.has_value());
        QCOMPARE(*on, expected);
    }
}

QTEST_GUILESS_MAIN(TestPointsRules)
#include "test_points_rules.moc"
