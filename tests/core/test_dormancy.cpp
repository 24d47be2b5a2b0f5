// Member states and dormancy (SPEC §3.5) on real shop files: the state of weekly, monthly and
// irregular members exactly at and one day past each boundary; `new`; the gap clamped to the shop's
// limits, also after the settings change; the typical gap (lower median, the last 11 distinct days,
// several visits on a day counted once, the shop-wide fallback); the rhythm and the 12-month spend
// kept on the member's row at each visit equal to what the history gives, after out-of-order
// visits, voids and a spend window moved forwards and backwards; the alert list's order, filters and
// snoozes; win-back counting; refused contacts; campaigns by state; the call sheet as CSV (SPEC §6);
// the "back after N days" of a visit. Every expected value is worked out by hand in the comments.

#include "TestShop.h"

#include "coupons/CouponService.h"
#include "csv/CsvWriter.h"
#include "dormancy/CallSheet.h"
#include "dormancy/DormancyService.h"
#include "members/MemberService.h"
#include "rules/MemberState.h"
#include "shop/Settings.h"
#include "shop/ShopMaintenance.h"
#include "storage/Database.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/TierRepository.h"
#include "visits/CheckoutService.h"

#include <QBuffer>
#include <QSet>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

// The truth, worked out here from the visits table without the product's own helpers: the last 11
// distinct days of non-void visits, the lower median of their gaps (none with fewer than 2 gaps).
std::optional<int> lowerMedianOfGaps(const QList<QDate> &days)
{
    if (days.size() < 3)
        return std::nullopt;
    QList<int> gaps;
    for (qsizetype i = 1; i < days.size(); ++i)
        gaps << int(days.at(i - 1).daysTo(days.at(i)));
    std::sort(gaps.begin(), gaps.end());
    return gaps.at((gaps.size() - 1) / 2);
}

} // namespace

class TestDormancy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_shop.reset(); }

    // the state rule
    void statesAtTheBoundaries_data();
    void statesAtTheBoundaries();
    void newMembers_data();
    void newMembers();
    void gapClamp_data();
    void gapClamp();
    void clampFollowsTheSettings();

    // the typical gap
    void lowerMedian_data();
    void lowerMedian();
    void typicalGapFromDays_data();
    void typicalGapFromDays();
    void onlyTheLastElevenDaysCount();
    void severalVisitsOnOneDayCountOnce();
    void unknownGapUsesTheShopMedian();

    // what the member's row keeps
    void incrementalEqualsHistory();
    void rebuildRepairsEveryRow();
    void voidsBringBackThePreviousRhythm();
    void spendWindow_data();
    void spendWindow();
    void lateVisitsAtTheWindowEdge();

    // the alert list
    void alertOrderAndFilters();
    void snoozeHidesUntilItEnds();

    // win-back
    void winBackWithinThirtyDays_data();
    void winBackWithinThirtyDays();
    void contactWhileActiveOrLostNotCounted();
    void couponByHandCountsAsContact();
    void twoContactsInOneMonthCountOnce();
    void backThenAwayAgainInTheSameMonth();
    void winBackByMonth();
    void logContactRefusals_data();
    void logContactRefusals();
    void contactWithoutOutcomeOrNote_data();
    void contactWithoutOutcomeOrNote();

    // campaigns, the call sheet, the counter
    void campaignByState();
    void callSheetCsv();
    void csvWriterFields_data();
    void csvWriterFields();
    void csvWriterNumbersAndErrors();
    void comeback_data();
    void comeback();

private:
    struct Row {
        QString visitDays;
        QVariant typicalGap;   // null when unknown
        qint64 spend = -1;
        int visits = -1;
        QString lastVisitAt;
    };
    // The alert shop: members in every state, see buildAlertShop().
    struct AlertShop {
        QDate today;
        qint64 ann = 0, bob = 0, cai = 0, dan = 0, eve = 0, gus = 0, fay = 0, hal = 0;
    };

    void open(const QDate &first);
    Database &db() { return m_shop->database(); }
    FixedClock &clock() { return m_shop->clock; }
    void setAt(const QDate &d, const QTime &t = QTime(12, 0)) { clock().set(QDateTime(d, t)); }
    qint64 addMember(const QString &name, const QString &phone = {});
    qint64 visit(qint64 member, const QDate &d, qint64 cents, const QTime &t = QTime(12, 0), const QList<VisitLine> &items = {});
    // A member who joins on `first` and visits for `cents` on `first` then after each gap; the last
    // visit day in `last`. 0 on failure.
    qint64 memberWithGaps(const QString &name, const QDate &first, const QList<int> &gaps, qint64 cents = 1000, QDate *last = nullptr);
    bool maintain();
    StateResult stateOf(qint64 id);
    Row row(qint64 id);
    qint64 number(const QString &sql, const QVariantList &bind = {});
    bool set(const QString &key, const QString &value);
    Result<StatesSnapshot> snapshot(const AlertFilter &filter = {}) { return DormancyService(db(), clock()).snapshot(filter); }
    Result<WinBackReport> winBack() { return DormancyService(db(), clock()).winBack(); }
    // Always with an outcome and a note, so that the other tests do not depend on the bug that
    // contactWithoutOutcomeOrNote is about.
    Result<Contact> contact(qint64 member, Channel channel, Outcome outcome, const QString &note);
    bool buildAlertShop(AlertShop &s);
    qint64 couponTemplate();

    std::unique_ptr<test::TestShop> m_shop;
};

void TestDormancy::open(const QDate &first)
{
    m_shop = std::make_unique<test::TestShop>(u"en"_s, QDateTime(first, QTime(9, 0)));
}

qint64 TestDormancy::addMember(const QString &name, const QString &phone)
{
    MemberFields f;
    f.name = name;
    if (!phone.isEmpty())
        f.phone = phone;
    auto m = MemberService(db(), clock()).add(f);
    if (!m) {
        qWarning("cannot add member: %s", qPrintable(m.error().message));
        return 0;
    }
    return m->id;
}

qint64 TestDormancy::visit(qint64 member, const QDate &d, qint64 cents, const QTime &t, const QList<VisitLine> &items)
{
    setAt(d, t);
    VisitRequest r;
    r.memberId = member;
    r.amountCents = cents;
    r.items = items;
    auto v = CheckoutService(db(), clock()).record(r);
    if (!v) {
        qWarning("cannot record visit: %s", qPrintable(v.error().message));
        return 0;
    }
    return v->visitId;
}

qint64 TestDormancy::memberWithGaps(const QString &name, const QDate &first, const QList<int> &gaps, qint64 cents, QDate *last)
{
    setAt(first, QTime(9, 0));
    const qint64 id = addMember(name);
    if (id == 0)
        return 0;
    QDate day = first;
    if (!visit(id, day, cents))
        return 0;
    for (int g : gaps) {
        day = day.addDays(g);
        if (!visit(id, day, cents))
            return 0;
    }
    if (last)
        *last = day;
    return id;
}

bool TestDormancy::maintain()
{
    auto r = ShopMaintenance(db(), clock()).run();
    if (!r)
        qWarning("maintenance failed: %s", qPrintable(r.error().message));
    return r.ok();
}

StateResult TestDormancy::stateOf(qint64 id)
{
    auto s = DormancyService(db(), clock()).stateOf(id);
    if (!s) {
        qWarning("stateOf failed: %s", qPrintable(s.error().message));
        StateResult bad;
        bad.expectedGapDays = -1;
        bad.daysAbsent = -1;
        return bad;
    }
    return *s;
}

TestDormancy::Row TestDormancy::row(qint64 id)
{
    Row r;
    QSqlQuery q(db().connection());
    q.prepare(u"SELECT visit_days, typical_gap_days, spend_12m_cents, visit_count, last_visit_at FROM members WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return r;
    r.visitDays = q.value(0).toString();
    r.typicalGap = q.value(1).isNull() ? QVariant() : QVariant(q.value(1).toInt());
    r.spend = q.value(2).toLongLong();
    r.visits = q.value(3).toInt();
    r.lastVisitAt = q.value(4).toString();
    return r;
}

qint64 TestDormancy::number(const QString &sql, const QVariantList &bind)
{
    QSqlQuery q(db().connection());
    q.prepare(sql);
    for (const QVariant &v : bind)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool TestDormancy::set(const QString &key, const QString &value)
{
    Status s = Settings(db()).set(key, value, Operator::owner());
    if (!s)
        qWarning("setting %s refused: %s", qPrintable(key), qPrintable(s.error().message));
    return s.ok();
}

Result<Contact> TestDormancy::contact(qint64 member, Channel channel, Outcome outcome, const QString &note)
{
    DormancyService::ContactRequest r;
    r.memberId = member;
    r.channel = channel;
    r.outcome = outcome;
    r.note = note;
    return DormancyService(db(), clock()).logContact(r);
}

qint64 TestDormancy::couponTemplate()
{
    CouponTemplate t;
    t.name = u"Come back: ¥10 off"_s;
    t.kind = CouponKind::AmountOff;
    t.value = 1000;
    t.validDays = 30;
    auto added = CouponService(db(), clock()).addTemplate(t);
    if (!added) {
        qWarning("cannot add template: %s", qPrintable(added.error().message));
        return 0;
    }
    return added->id;
}

// ---------------------------------------------------------------------------------------------
// The state rule: active ≤ 2×expected < at_risk ≤ 4×expected < dormant ≤ 365 < lost.

void TestDormancy::statesAtTheBoundaries_data()
{
    QTest::addColumn<QList<int>>("gaps");
    QTest::addColumn<int>("typical");
    QTest::addColumn<int>("absent");
    QTest::addColumn<QString>("state");

    // Weekly: gaps 7, 7, 7 → typical 7 = expected; 2×7 = 14, 4×7 = 28.
    const QList<int> weekly{7, 7, 7};
    QTest::newRow("weekly, back today") << weekly << 7 << 0 << u"active"_s;
    QTest::newRow("weekly, 14 days (2x7)") << weekly << 7 << 14 << u"active"_s;
    QTest::newRow("weekly, 15 days") << weekly << 7 << 15 << u"at_risk"_s;
    QTest::newRow("weekly, 28 days (4x7)") << weekly << 7 << 28 << u"at_risk"_s;
    QTest::newRow("weekly, 29 days") << weekly << 7 << 29 << u"dormant"_s;
    QTest::newRow("weekly, 365 days") << weekly << 7 << 365 << u"dormant"_s;
    QTest::newRow("weekly, 366 days") << weekly << 7 << 366 << u"lost"_s;
    // Monthly: gaps 30, 30, 30 → 30; 2×30 = 60, 4×30 = 120.
    const QList<int> monthly{30, 30, 30};
    QTest::newRow("monthly, 60 days (2x30)") << monthly << 30 << 60 << u"active"_s;
    QTest::newRow("monthly, 61 days") << monthly << 30 << 61 << u"at_risk"_s;
    QTest::newRow("monthly, 120 days (4x30)") << monthly << 30 << 120 << u"at_risk"_s;
    QTest::newRow("monthly, 121 days") << monthly << 30 << 121 << u"dormant"_s;
    QTest::newRow("monthly, 365 days") << monthly << 30 << 365 << u"dormant"_s;
    QTest::newRow("monthly, 366 days") << monthly << 30 << 366 << u"lost"_s;
    // Irregular: gaps 3, 12, 30, 6 → sorted 3, 6, 12, 30 → the lower of the middle two: 6 (not 12,
    // not the mean 9); 2×6 = 12, 4×6 = 24.
    const QList<int> irregular{3, 12, 30, 6};
    QTest::newRow("irregular, 12 days (2x6)") << irregular << 6 << 12 << u"active"_s;
    QTest::newRow("irregular, 13 days") << irregular << 6 << 13 << u"at_risk"_s;
    QTest::newRow("irregular, 24 days (4x6)") << irregular << 6 << 24 << u"at_risk"_s;
    QTest::newRow("irregular, 25 days") << irregular << 6 << 25 << u"dormant"_s;
    QTest::newRow("irregular, 365 days") << irregular << 6 << 365 << u"dormant"_s;
    QTest::newRow("irregular, 366 days") << irregular << 6 << 366 << u"lost"_s;
}

void TestDormancy::statesAtTheBoundaries()
{
    QFETCH(QList<int>, gaps);
    QFETCH(int, typical);
    QFETCH(int, absent);
    QFETCH(QString, state);
    const QDate first(2025, 1, 6);
    open(first);
    QDate last;
    const qint64 id = memberWithGaps(u"Li Lei"_s, first, gaps, 1000, &last);
    QVERIFY(id > 0);
    QCOMPARE(row(id).typicalGap, QVariant(typical));
    setAt(last.addDays(absent), QTime(23, 59));
    const StateResult s = stateOf(id);
    QCOMPARE(toString(s.state), state);
    QCOMPARE(s.daysAbsent, absent);
    QCOMPARE(s.expectedGapDays, typical);
    // The one-pass snapshot says the same: one member, in that state.
    REQUIRE_OK(snap, snapshot());
    QCOMPARE(snap->activeMembers, 1);
    QCOMPARE(snap->members[int(s.state)], 1);
}

void TestDormancy::newMembers_data()
{
    QTest::addColumn<QList<int>>("visitDays");   // days after joining
    QTest::addColumn<int>("today");              // days after joining
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("absent");

    // Nobody has a rhythm: the expected gap is the fallback 30 (2×30 = 60, 4×30 = 120).
    QTest::newRow("no visit, joined today") << QList<int>{} << 0 << u"new"_s << 0;
    QTest::newRow("no visit, joined 30 days ago") << QList<int>{} << 30 << u"new"_s << 30;
    // Day 31: not new any more; absent 31 days since joining ≤ 60 → active.
    QTest::newRow("no visit, joined 31 days ago") << QList<int>{} << 31 << u"active"_s << 31;
    QTest::newRow("no visit, joined 61 days ago") << QList<int>{} << 61 << u"at_risk"_s << 61;
    QTest::newRow("no visit, joined 121 days ago") << QList<int>{} << 121 << u"dormant"_s << 121;
    QTest::newRow("no visit, joined 366 days ago") << QList<int>{} << 366 << u"lost"_s << 366;
    QTest::newRow("one visit, joined 30 days ago") << QList<int>{0} << 30 << u"new"_s << 30;
    QTest::newRow("one visit, joined 31 days ago") << QList<int>{0} << 31 << u"active"_s << 31;
    // Absent counts from the visit (day 20), "new" from joining: 31 − 20 = 11.
    QTest::newRow("one visit on day 20, joined 31 days ago") << QList<int>{20} << 31 << u"active"_s << 11;
    // Two visits: no longer new, even on the day of joining.
    QTest::newRow("two visits, joined yesterday") << QList<int>{0, 1} << 1 << u"active"_s << 0;
}

void TestDormancy::newMembers()
{
    QFETCH(QList<int>, visitDays);
    QFETCH(int, today);
    QFETCH(QString, state);
    QFETCH(int, absent);
    const QDate joined(2025, 3, 1);
    open(joined);
    const qint64 id = addMember(u"Han Meimei"_s);
    QVERIFY(id > 0);
    for (int d : visitDays)
        QVERIFY(visit(id, joined.addDays(d), 1000));
    setAt(joined.addDays(today), QTime(8, 0)); // earlier in the day than joining (09:00): dates count
    const StateResult s = stateOf(id);
    QCOMPARE(toString(s.state), state);
    QCOMPARE(s.daysAbsent, absent);
    QCOMPARE(s.expectedGapDays, 30);
}

void TestDormancy::gapClamp_data()
{
    QTest::addColumn<QList<int>>("gaps");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("absent");
    QTest::addColumn<QString>("state");

    // Daily (typical 1) → clamped up to dormancy.min_gap_days 3: 2×3 = 6, 4×3 = 12. Unclamped, 3
    // days would already be at risk.
    QTest::newRow("daily, 6 days") << QList<int>{1, 1, 1} << 3 << 6 << u"active"_s;
    QTest::newRow("daily, 7 days") << QList<int>{1, 1, 1} << 3 << 7 << u"at_risk"_s;
    QTest::newRow("daily, 12 days") << QList<int>{1, 1, 1} << 3 << 12 << u"at_risk"_s;
    QTest::newRow("daily, 13 days") << QList<int>{1, 1, 1} << 3 << 13 << u"dormant"_s;
    // Every 2 days → 3; unclamped 4×2 = 8 < 9 would be dormant.
    QTest::newRow("every 2 days, 9 days") << QList<int>{2, 2} << 3 << 9 << u"at_risk"_s;
    QTest::newRow("every 3 days, 13 days") << QList<int>{3, 3} << 3 << 13 << u"dormant"_s;
    // 90 stays 90; 91 → 90 (unclamped 2×91 = 182 would still be active at 181).
    QTest::newRow("every 90 days, 180 days") << QList<int>{90, 90} << 90 << 180 << u"active"_s;
    QTest::newRow("every 91 days, 181 days") << QList<int>{91, 91} << 90 << 181 << u"at_risk"_s;
    // Typical 200 → clamped down to dormancy.max_gap_days 90: 2×90 = 180, 4×90 = 360.
    QTest::newRow("every 200 days, 180 days") << QList<int>{200, 200} << 90 << 180 << u"active"_s;
    QTest::newRow("every 200 days, 181 days") << QList<int>{200, 200} << 90 << 181 << u"at_risk"_s;
    QTest::newRow("every 200 days, 360 days") << QList<int>{200, 200} << 90 << 360 << u"at_risk"_s;
    QTest::newRow("every 200 days, 361 days") << QList<int>{200, 200} << 90 << 361 << u"dormant"_s;
}

void TestDormancy::gapClamp()
{
    QFETCH(QList<int>, gaps);
    QFETCH(int, expected);
    QFETCH(int, absent);
    QFETCH(QString, state);
    const QDate first(2024, 1, 8);
    open(first);
    QDate last;
    const qint64 id = memberWithGaps(u"Wang Fang"_s, first, gaps, 1000, &last);
    QVERIFY(id > 0);
    QCOMPARE(row(id).typicalGap, QVariant(gaps.first())); // the typical gap itself is not clamped
    setAt(last.addDays(absent));
    const StateResult s = stateOf(id);
    QCOMPARE(s.expectedGapDays, expected);
    QCOMPARE(s.daysAbsent, absent);
    QCOMPARE(toString(s.state), state);
}

void TestDormancy::clampFollowsTheSettings()
{
    const QDate first(2024, 1, 8);
    open(first);
    QDate dailyLast, slowLast;
    const qint64 daily = memberWithGaps(u"Daily"_s, first, {1, 1, 1}, 1000, &dailyLast);       // typical 1
    const qint64 slow = memberWithGaps(u"Slow"_s, first, {200, 200}, 1000, &slowLast);         // typical 200
    QVERIFY(daily > 0 && slow > 0);
    QCOMPARE(slowLast, first.addDays(400));

    // With the defaults [3, 90]: daily 11 days away → at_risk (6 < 11 ≤ 12).
    setAt(dailyLast.addDays(11));
    QCOMPARE(stateOf(daily).expectedGapDays, 3);
    QCOMPARE(toString(stateOf(daily).state), toString(MemberState::AtRisk));

    // min 5: daily → 5; 11 days away: 10 < 11 ≤ 20 → still at risk, 10 days → active.
    QVERIFY(set(u"dormancy.min_gap_days"_s, u"5"_s));
    QCOMPARE(stateOf(daily).expectedGapDays, 5);
    QCOMPARE(toString(stateOf(daily).state), toString(MemberState::AtRisk));
    setAt(dailyLast.addDays(10));
    QCOMPARE(toString(stateOf(daily).state), toString(MemberState::Active));

    // max 120: slow (200) → 120; 240 days away is active (2×120), 241 at risk. With the default 90
    // the same 240 days were at risk (180 < 240 ≤ 360).
    setAt(slowLast.addDays(240));
    QCOMPARE(stateOf(slow).expectedGapDays, 90);
    QCOMPARE(toString(stateOf(slow).state), toString(MemberState::AtRisk));
    QVERIFY(set(u"dormancy.max_gap_days"_s, u"120"_s));
    QCOMPARE(stateOf(slow).expectedGapDays, 120);
    QCOMPARE(toString(stateOf(slow).state), toString(MemberState::Active));
    setAt(slowLast.addDays(241));
    QCOMPARE(toString(stateOf(slow).state), toString(MemberState::AtRisk));

    // max 20: the shop-wide fallback for a member without a rhythm is clamped too. Known gaps 1 and
    // 200 → lower median 1 → clamped up to min 5.
    QVERIFY(set(u"dormancy.max_gap_days"_s, u"20"_s));
    QCOMPARE(stateOf(slow).expectedGapDays, 20);
    setAt(first.addDays(500), QTime(9, 0));
    const qint64 newcomer = addMember(u"Newcomer"_s);
    QVERIFY(newcomer > 0);
    REQUIRE_OK(rules, DormancyService(db(), clock()).rules());
    QCOMPARE(rules->fallbackGapDays, 1);
    QCOMPARE(rules->minGapDays, 5);
    QCOMPARE(rules->maxGapDays, 20);
    QCOMPARE(stateOf(newcomer).expectedGapDays, 5);

    // min above max is refused and changes nothing; so is a min of 0.
    QVERIFY(!Settings(db()).set(u"dormancy.min_gap_days"_s, u"25"_s, Operator::owner()).ok());
    QVERIFY(!Settings(db()).set(u"dormancy.min_gap_days"_s, u"0"_s, Operator::owner()).ok());
    QCOMPARE(stateOf(daily).expectedGapDays, 5);
    QCOMPARE(stateOf(slow).expectedGapDays, 20);
}

// ---------------------------------------------------------------------------------------------
// The typical gap.

void TestDormancy::lowerMedian_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<int>("median");   // -1: none
    QTest::newRow("empty") << QList<int>{} << -1;
    QTest::newRow("one") << QList<int>{5} << 5;
    QTest::newRow("two: the lower") << QList<int>{4, 1} << 1;
    QTest::newRow("three, unsorted") << QList<int>{3, 1, 2} << 2;
    QTest::newRow("four: 1 3 | 7 10 → 3") << QList<int>{10, 3, 7, 1} << 3;
    QTest::newRow("four with ties") << QList<int>{30, 7, 30, 7} << 7;
}

void TestDormancy::lowerMedian()
{
    QFETCH(QList<int>, values);
    QFETCH(int, median);
    const std::optional<int> m = loyalty::lowerMedian(values);
    QCOMPARE(m.value_or(-1), median);
}

void TestDormancy::typicalGapFromDays_data()
{
    QTest::addColumn<QList<int>>("days");   // day offsets, in any order, repeats allowed
    QTest::addColumn<int>("typical");       // -1: unknown
    QTest::newRow("one day") << QList<int>{0} << -1;
    QTest::newRow("two days: one gap") << QList<int>{0, 9} << -1;
    QTest::newRow("three days, same day repeated: two distinct") << QList<int>{0, 0, 5} << -1;
    QTest::newRow("three days: gaps 4, 6 → 4") << QList<int>{0, 4, 10} << 4;
    QTest::newRow("unsorted: gaps 3, 7 → 3") << QList<int>{10, 0, 3} << 3;
    QTest::newRow("five days: gaps 1, 10, 3, 7 → 3") << QList<int>{0, 1, 11, 14, 21} << 3;
    // 12 days: gaps 20 | 4 4 4 4 4 20 20 20 20 20. The last 11 days give 10 gaps → lower median 4;
    // all 12 would give 11 gaps, six of them 20 → 20.
    QTest::newRow("twelve days: only the last eleven")
        << QList<int>{0, 20, 24, 28, 32, 36, 40, 60, 80, 100, 120, 140} << 4;
}

void TestDormancy::typicalGapFromDays()
{
    QFETCH(QList<int>, days);
    QFETCH(int, typical);
    const QDate base(2026, 1, 1);
    QList<QDate> dates;
    for (int d : days)
        dates << base.addDays(d);
    QCOMPARE(loyalty::typicalGapFromDays(dates).value_or(-1), typical);
}

void TestDormancy::onlyTheLastElevenDaysCount()
{
    const QDate first(2025, 1, 6);
    open(first);
    // Gaps 20 | 4 4 4 4 4 | 20 20 20 20 20: 12 distinct days.
    QDate last;
    const qint64 id = memberWithGaps(u"Li Lei"_s, first, {20, 4, 4, 4, 4, 4, 20, 20, 20, 20, 20}, 1000, &last);
    QVERIFY(id > 0);
    QCOMPARE(last, first.addDays(140));
    // Kept: the last 11 days (the first, 2025-01-06, is gone); their 10 gaps are 4×5 and 20×5 → 4.
    QStringList kept;
    for (int d : {20, 24, 28, 32, 36, 40, 60, 80, 100, 120, 140})
        kept << iso(first.addDays(d));
    Row r = row(id);
    QCOMPARE(r.visitDays, kept.join(u' '));
    QCOMPARE(r.typicalGap, QVariant(4));
    QCOMPARE(r.visits, 12);
    // One more visit 20 days later: the window slides, gaps 4×4 and 20×6 → sorted index 4 → 20.
    QVERIFY(visit(id, last.addDays(20), 1000));
    kept.removeFirst();
    kept << iso(first.addDays(160));
    r = row(id);
    QCOMPARE(r.visitDays, kept.join(u' '));
    QCOMPARE(r.typicalGap, QVariant(20));
    setAt(first.addDays(160 + 41));
    // 41 days away with expected 20: 40 < 41 ≤ 80 → at risk (with 4 it would be dormant).
    QCOMPARE(toString(stateOf(id).state), toString(MemberState::AtRisk));

    // Void that 13th visit: the 12 days left give the same 11 as before it (day 0 stays out), → 4.
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT max(id) FROM visits WHERE member_id = %1"_s.arg(id)) && q.next());
    REQUIRE_OK(voided, CheckoutService(db(), clock()).voidVisit(q.value(0).toLongLong(), u"wrong day"_s));
    kept.removeLast();
    kept.prepend(iso(first.addDays(20)));
    r = row(id);
    QCOMPARE(r.visitDays, kept.join(u' '));
    QCOMPARE(r.typicalGap, QVariant(4));
    QCOMPARE(r.visits, 12);
}

void TestDormancy::severalVisitsOnOneDayCountOnce()
{
    const QDate d(2025, 5, 5);
    open(d);
    const qint64 id = addMember(u"Li Lei"_s);
    QVERIFY(visit(id, d, 1000, QTime(9, 0)));
    QVERIFY(visit(id, d, 1000, QTime(12, 0)));
    QVERIFY(visit(id, d, 1000, QTime(18, 0)));
    // One day, no gap yet: unknown.
    QCOMPARE(row(id).visitDays, iso(d));
    QCOMPARE(row(id).typicalGap, QVariant());
    QVERIFY(visit(id, d.addDays(5), 1000));
    QVERIFY(visit(id, d.addDays(5), 1000, QTime(13, 0)));
    QCOMPARE(row(id).typicalGap, QVariant()); // two distinct days: one gap only
    QVERIFY(visit(id, d.addDays(10), 1000));
    // Days d, d+5, d+10: gaps 5, 5 → 5. Counted per visit it would be 0, 0, 5, 0, 5 → 0.
    const Row r = row(id);
    QCOMPARE(r.visitDays, QStringList({iso(d), iso(d.addDays(5)), iso(d.addDays(10))}).join(u' '));
    QCOMPARE(r.typicalGap, QVariant(5));
    QCOMPARE(r.visits, 6);
    QCOMPARE(r.lastVisitAt, iso(d.addDays(10)) + u"T12:00:00"_s);
}

void TestDormancy::unknownGapUsesTheShopMedian()
{
    const QDate first(2025, 1, 6);
    open(first);
    // X: two visit days (one gap) → no rhythm of its own.
    // X comes after the others' visits (all within first … first+100), so "today" is after them all.
    QDate xLast;
    const qint64 x = memberWithGaps(u"X"_s, first.addDays(200), {4}, 1000, &xLast);
    QVERIFY(x > 0);
    QCOMPARE(row(x).typicalGap, QVariant());
    setAt(xLast.addDays(25));
    // Nobody has a typical gap: 30. 25 days ≤ 60 → active.
    REQUIRE_OK(r0, DormancyService(db(), clock()).rules());
    QCOMPARE(r0->fallbackGapDays, 30);
    QCOMPARE(stateOf(x).expectedGapDays, 30);
    QCOMPARE(toString(stateOf(x).state), toString(MemberState::Active));

    // Others with gaps 7, 10, 20, 40 → lower median of four: 10. X: 20 < 25 ≤ 40 → at risk.
    QVERIFY(memberWithGaps(u"A"_s, first, {7, 7}) > 0);
    QVERIFY(memberWithGaps(u"B"_s, first, {10, 10}) > 0);
    QVERIFY(memberWithGaps(u"C"_s, first, {20, 20}) > 0);
    QVERIFY(memberWithGaps(u"D"_s, first, {40, 40}) > 0);
    setAt(xLast.addDays(25));
    REQUIRE_OK(r1, MemberTotalsRepository(db()).medianTypicalGap());
    QCOMPARE(r1->value_or(-1), 10);
    QCOMPARE(stateOf(x).expectedGapDays, 10);
    QCOMPARE(toString(stateOf(x).state), toString(MemberState::AtRisk));
    QCOMPARE(stateOf(x).daysAbsent, 25);

    // A fifth: 7, 10, 20, 40, 50 → 20. X: 25 ≤ 40 → active again.
    QVERIFY(memberWithGaps(u"E"_s, first, {50, 50}) > 0);
    setAt(xLast.addDays(25));
    QCOMPARE(stateOf(x).expectedGapDays, 20);
    QCOMPARE(toString(stateOf(x).state), toString(MemberState::Active));
    // The others keep their own.
    AlertFilter all;
    all.states = {MemberState::New, MemberState::Active, MemberState::AtRisk, MemberState::Dormant, MemberState::Lost};
    REQUIRE_OK(snap, snapshot(all));
    QCOMPARE(snap->rules.fallbackGapDays, 20);
    QCOMPARE(snap->alerts.size(), 6);
    for (const Alert &a : std::as_const(snap->alerts)) {
        if (a.memberId == x)
            QVERIFY(!a.typicalGapDays.has_value());
        else
            QCOMPARE(a.expectedGapDays, std::clamp(*a.typicalGapDays, 3, 90));
    }
}

// ---------------------------------------------------------------------------------------------
// What the member's row keeps equals what the history gives.

void TestDormancy::incrementalEqualsHistory()
{
    const QDate start(2025, 1, 1);
    open(start);
    QVERIFY(maintain());
    // Eight members with rhythms from daily to monthly.
    const QList<int> rhythm{1, 2, 3, 5, 7, 10, 14, 30};
    QList<qint64> ids;
    for (int i = 0; i < rhythm.size(); ++i) {
        const qint64 id = addMember(u"Member %1"_s.arg(i));
        QVERIFY(id > 0);
        ids << id;
    }
    QRandomGenerator rng(20260311);
    QList<qint64> visits;
    QSet<qint64> voided;
    int outOfOrder = 0, backwardsMaintenance = 0, voids = 0, sameDay = 0;

    const auto checkAll = [&](const QDate &today, bool spendToo) {
        QSqlQuery q(db().connection());
        for (qint64 id : std::as_const(ids)) {
            QList<QDate> days;
            q.prepare(u"SELECT DISTINCT day FROM visits WHERE member_id = ? AND voided_at IS NULL ORDER BY day"_s);
            q.addBindValue(id);
            if (!q.exec())
                return false;
            while (q.next())
                days << QDate::fromString(q.value(0).toString(), Qt::ISODate);
            if (days.size() > 11)
                days = days.mid(days.size() - 11);
            QStringList text;
            for (const QDate &d : std::as_const(days))
                text << iso(d);
            const std::optional<int> gap = lowerMedianOfGaps(days);
            const Row r = row(id);
            const qint64 count = number(u"SELECT count(*) FROM visits WHERE member_id = ? AND voided_at IS NULL"_s, {id});
            q.prepare(u"SELECT max(at) FROM visits WHERE member_id = ? AND voided_at IS NULL"_s);
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return false;
            const QString lastAt = q.value(0).toString();
            const qint64 spend = number(u"SELECT coalesce(sum(eligible_cents), 0) FROM visits WHERE member_id = ? AND voided_at IS NULL "
                                        "AND day BETWEEN ? AND ?"_s,
                                        {id, iso(today.addDays(-364)), iso(today)});
            const bool same = r.visitDays == text.join(u' ') && r.typicalGap == (gap ? QVariant(*gap) : QVariant()) && r.visits == count
                              && r.lastVisitAt == lastAt && (!spendToo || r.spend == spend);
            if (!same) {
                qWarning("member %lld on %s: stored [%s] gap %s visits %d last %s spend %lld; history [%s] gap %s visits %lld last %s "
                         "spend %lld",
                         id, qPrintable(iso(today)), qPrintable(r.visitDays), qPrintable(r.typicalGap.toString()), r.visits,
                         qPrintable(r.lastVisitAt), r.spend, qPrintable(text.join(u' ')), gap ? qPrintable(QString::number(*gap)) : "null",
                         count, qPrintable(lastAt), spend);
                return false;
            }
        }
        return true;
    };

    QDate today = start;
    for (int d = 0; d < 300; ++d) {
        today = start.addDays(d);
        for (int i = 0; i < ids.size(); ++i) {
            if (rng.bounded(rhythm.at(i)) != 0)
                continue;
            const QTime t(8 + int(rng.bounded(12)), int(rng.bounded(60)));
            const qint64 v = visit(ids.at(i), today, 100 + rng.bounded(30000), t);
            QVERIFY(v > 0);
            visits << v;
            if (rng.bounded(8) == 0) { // a second visit the same day, later
                const qint64 again = visit(ids.at(i), today, 100 + rng.bounded(5000), t.addSecs(1800));
                QVERIFY(again > 0);
                visits << again;
                ++sameDay;
            }
        }
        if (d > 20 && rng.bounded(12) == 0) {
            // A visit recorded late, with the clock set back 1–90 days (a till whose clock was
            // wrong, or `--now` in the past); half the time the maintenance runs back there too,
            // moving the spend window backwards as the CLI does at open.
            const QDate back = today.addDays(-1 - int(rng.bounded(90)));
            const qint64 member = ids.at(int(rng.bounded(int(ids.size()))));
            setAt(back, QTime(7, 0));
            if (rng.bounded(2) == 0) {
                QVERIFY(maintain());
                ++backwardsMaintenance;
            }
            const qint64 v = visit(member, back, 100 + rng.bounded(30000), QTime(7, 30));
            QVERIFY(v > 0);
            visits << v;
            ++outOfOrder;
        }
        if (d > 10 && rng.bounded(9) == 0) {
            // A void of any visit, the latest or an old one.
            const qint64 v = rng.bounded(3) == 0 ? visits.last() : visits.at(int(rng.bounded(int(visits.size()))));
            if (!voided.contains(v)) {
                setAt(today, QTime(21, 0));
                REQUIRE_OK(done, CheckoutService(db(), clock()).voidVisit(v, u"test"_s));
                voided.insert(v);
                ++voids;
            }
        }
        if (rng.bounded(4) == 0) { // the daily maintenance, some days
            setAt(today, QTime(22, 0));
            QVERIFY(maintain());
        }
        if (d % 50 == 49) {
            setAt(today, QTime(23, 0));
            QVERIFY(maintain());
            QVERIFY2(checkAll(today, true), qPrintable(u"day %1"_s.arg(d)));
        }
    }
    // The simulation did what it says (fixed seed): enough of each kind to mean something.
    QVERIFY2(visits.size() > 500, qPrintable(QString::number(visits.size())));
    QVERIFY(outOfOrder >= 10);
    QVERIFY(backwardsMaintenance >= 3);
    QVERIFY(voids >= 15);
    QVERIFY(sameDay >= 20);

    // Without the day's maintenance the rhythms are right already; the spend after moving the window.
    today = today.addDays(3);
    setAt(today, QTime(10, 0));
    QVERIFY(checkAll(today, false));
    QVERIFY(maintain());
    QVERIFY(checkAll(today, true));

    // Rebuilt from the history, and counted again from scratch: the same rows.
    QList<Row> before;
    for (qint64 id : std::as_const(ids))
        before << row(id);
    MemberTotalsRepository totals(db());
    QVERIFY(totals.rebuildRhythms().ok());
    QVERIFY(totals.forgetSpendWindow().ok());
    QVERIFY(totals.moveSpendWindow(today).ok());
    REQUIRE_OK(spendDay, totals.spendDay());
    QCOMPARE(*spendDay, today);
    for (int i = 0; i < ids.size(); ++i) {
        const Row after = row(ids.at(i));
        QCOMPARE(after.visitDays, before.at(i).visitDays);
        QCOMPARE(after.typicalGap, before.at(i).typicalGap);
        QCOMPARE(after.spend, before.at(i).spend);
    }
}

void TestDormancy::rebuildRepairsEveryRow()
{
    // rebuildRhythms is the repair (MemberTotalsRepository.h: "a migration, a repair"): whatever
    // the rows hold, they end up as the history says — also for a member with no non-void visit.
    const QDate first(2025, 2, 3);
    open(first);
    QDate last;
    const qint64 regular = memberWithGaps(u"Regular"_s, first, {7, 7, 14}, 1000, &last);   // gaps 7 7 14 → 7
    const qint64 voidedAll = memberWithGaps(u"All voided"_s, first, {5, 5}, 1000);            // then every visit voided
    setAt(first, QTime(9, 0));
    const qint64 never = addMember(u"Never came"_s);
    QVERIFY(regular > 0 && voidedAll > 0 && never > 0);
    setAt(last);
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT id FROM visits WHERE member_id = %1"_s.arg(voidedAll)));
    QList<qint64> toVoid;
    while (q.next())
        toVoid << q.value(0).toLongLong();
    QCOMPARE(toVoid.size(), 3);
    for (qint64 v : std::as_const(toVoid))
        QVERIFY(CheckoutService(db(), clock()).voidVisit(v, u"mistake"_s).ok());
    // The void recounted the row: nothing left.
    QCOMPARE(row(voidedAll).visitDays, QString());
    QCOMPARE(row(voidedAll).typicalGap, QVariant());
    QCOMPARE(row(voidedAll).visits, 0);

    // Damage every row, then rebuild.
    QVERIFY(q.exec(u"UPDATE members SET visit_days = '2020-01-01 2020-02-01 2020-03-01', typical_gap_days = 31"_s));
    QVERIFY(MemberTotalsRepository(db()).rebuildRhythms().ok());
    QCOMPARE(row(regular).visitDays,
             QStringList({iso(first), iso(first.addDays(7)), iso(first.addDays(14)), iso(first.addDays(28))}).join(u' '));
    QCOMPARE(row(regular).typicalGap, QVariant(7));
    // A member whose visits were all voided, or who never came, keeps nothing.
    QCOMPARE(row(voidedAll).visitDays, QString());
    QCOMPARE(row(never).typicalGap, QVariant());
}

void TestDormancy::voidsBringBackThePreviousRhythm()
{
    const QDate d(2025, 4, 7);
    open(d);
    QVERIFY(maintain());
    const qint64 id = addMember(u"Li Lei"_s);
    const qint64 v0 = visit(id, d, 10'000);
    const qint64 v20 = visit(id, d.addDays(20), 10'000);
    const qint64 v24 = visit(id, d.addDays(24), 10'000);
    QVERIFY(v0 && v20 && v24);
    // Days d, d+20, d+24: gaps 20, 4 → lower median 4.
    QCOMPARE(row(id).typicalGap, QVariant(4));
    setAt(d.addDays(34), QTime(8, 0));
    QVERIFY(maintain()); // the window now ends on d+34: 30,000 so far
    QCOMPARE(row(id).spend, 30'000);
    const qint64 v34 = visit(id, d.addDays(34), 2'500);
    QVERIFY(v34);
    // Gaps 20, 4, 10 → sorted 4, 10, 20 → 10; spend 32,500; back today → active.
    Row r = row(id);
    QCOMPARE(r.typicalGap, QVariant(10));
    QCOMPARE(r.spend, 32'500);
    QCOMPARE(r.visits, 4);
    QCOMPARE(r.lastVisitAt, iso(d.addDays(34)) + u"T12:00:00"_s);
    QCOMPARE(toString(stateOf(id).state), toString(MemberState::Active));

    // Void the latest: last visit d+24 again, gaps 20, 4 → 4, spend 30,000; 10 days away with
    // expected 4: 8 < 10 ≤ 16 → at risk.
    setAt(d.addDays(34), QTime(13, 0));
    REQUIRE_OK(void1, CheckoutService(db(), clock()).voidVisit(v34, u"wrong member"_s));
    r = row(id);
    QCOMPARE(r.visitDays, QStringList({iso(d), iso(d.addDays(20)), iso(d.addDays(24))}).join(u' '));
    QCOMPARE(r.typicalGap, QVariant(4));
    QCOMPARE(r.spend, 30'000);
    QCOMPARE(r.visits, 3);
    QCOMPARE(r.lastVisitAt, iso(d.addDays(24)) + u"T12:00:00"_s);
    StateResult s = stateOf(id);
    QCOMPARE(toString(s.state), toString(MemberState::AtRisk));
    QCOMPARE(s.daysAbsent, 10);
    QCOMPARE(s.expectedGapDays, 4);

    // Void a middle one (d+20): days d, d+24 → one gap → unknown → fallback 30 (nobody else has a
    // rhythm); 10 ≤ 60 → active. Spend 20,000.
    REQUIRE_OK(void2, CheckoutService(db(), clock()).voidVisit(v20, u"duplicate"_s));
    r = row(id);
    QCOMPARE(r.visitDays, QStringList({iso(d), iso(d.addDays(24))}).join(u' '));
    QCOMPARE(r.typicalGap, QVariant());
    QCOMPARE(r.spend, 20'000);
    s = stateOf(id);
    QCOMPARE(s.expectedGapDays, 30);
    QCOMPARE(toString(s.state), toString(MemberState::Active));

    // Two visits on one day, one voided: the day stays, the last visit is the other one.
    setAt(d.addDays(34), QTime(8, 0));
    const qint64 other = addMember(u"Han Meimei"_s);
    const qint64 morning = visit(other, d.addDays(34), 1'000, QTime(9, 0));
    const qint64 evening = visit(other, d.addDays(34), 1'000, QTime(18, 0));
    QVERIFY(morning && evening);
    QCOMPARE(row(other).spend, 2'000);
    setAt(d.addDays(34), QTime(19, 0));
    REQUIRE_OK(void3, CheckoutService(db(), clock()).voidVisit(evening, u"twice"_s));
    r = row(other);
    QCOMPARE(r.visitDays, iso(d.addDays(34)));
    QCOMPARE(r.lastVisitAt, iso(d.addDays(34)) + u"T09:00:00"_s);
    QCOMPARE(r.spend, 1'000);
}

void TestDormancy::spendWindow_data()
{
    // Member 1 visits at these offsets from B = 2026-06-15 for 100 << i cents (one bit each, so a
    // sum shows which visits count): −700:100 −400:200 −365:400 −364:800 −300:1,600 −100:3,200
    // −1:6,400 0:12,800 +1:25,600 +50:51,200 +100:102,400 +101:204,800 +400:409,600; plus a visit
    // at −100 voided at once and one at −50 voided after the first count (never counted).
    // The window at B+s is B+s−364 … B+s.
    QTest::addColumn<QList<int>>("moves");        // the days after B the clock goes to, in turn
    QTest::addColumn<QList<qint64>>("spends");    // member 1's spend_12m after each

    // +1: −363 … +1 → −300, −100, −1, 0, +1 = 1,600+3,200+6,400+12,800+25,600 = 49,600.
    QTest::newRow("one day on") << QList<int>{1} << QList<qint64>{49'600};
    // +100: −264 … +100 → −100, −1, 0, +1, +50, +100 = 3,200+6,400+12,800+25,600+51,200+102,400 = 201,600.
    QTest::newRow("100 days on") << QList<int>{100} << QList<qint64>{201'600};
    // +400: +36 … +400 → +50, +100, +101, +400 = 51,200+102,400+204,800+409,600 = 768,000.
    QTest::newRow("400 days on") << QList<int>{400} << QList<qint64>{768'000};
    // −1: −365 … −1 → −365, −364, −300, −100, −1 = 400+800+1,600+3,200+6,400 = 12,400.
    QTest::newRow("one day back") << QList<int>{-1} << QList<qint64>{12'400};
    // −100: −464 … −100 → −400, −365, −364, −300, −100 = 200+400+800+1,600+3,200 = 6,200.
    QTest::newRow("100 days back") << QList<int>{-100} << QList<qint64>{6'200};
    // −400: −764 … −400 → −700, −400 = 300.
    QTest::newRow("400 days back") << QList<int>{-400} << QList<qint64>{300};
    // In turn, each move from the last: +1 (49,600), +100 (99 on: 201,600), −1 (101 back: 12,400),
    // +400 (401 on, counted again whole: 768,000), −400 (800 back: 300), −100 (300 on: 6,200),
    // 0 (100 on: 24,800 again), 0 (no move).
    QTest::newRow("there and back")
        << QList<int>{1, 100, -1, 400, -400, -100, 0, 0} << QList<qint64>{49'600, 201'600, 12'400, 768'000, 300, 6'200, 24'800, 24'800};
}

void TestDormancy::spendWindow()
{
    QFETCH(QList<int>, moves);
    QFETCH(QList<qint64>, spends);
    const QDate b(2026, 6, 15);
    const QList<int> offsets{-700, -400, -365, -364, -300, -100, -1, 0, 1, 50, 100, 101, 400};
    open(b.addDays(-700));
    setAt(b.addDays(-700), QTime(9, 0));
    const qint64 one = addMember(u"One"_s);
    const qint64 two = addMember(u"Two"_s);
    QVERIFY(one && two);
    qint64 late = 0;
    for (int i = 0; i < offsets.size(); ++i) {
        const QDate day = b.addDays(offsets.at(i));
        QVERIFY(visit(one, day, 100LL << i));
        if (offsets.at(i) == -100) {
            const qint64 gone = visit(one, day, 819'200, QTime(13, 0));
            QVERIFY(gone);
            QVERIFY(CheckoutService(db(), clock()).voidVisit(gone, u"void at once"_s).ok());
            QVERIFY(visit(two, day.addDays(50), 777)); // member 2: −50 and +30
            late = visit(one, day.addDays(50), 1'638'400);
            QVERIFY(late);
        }
        if (offsets.at(i) == 0)
            QVERIFY(visit(two, day.addDays(30), 333));
    }
    const auto spendOf = [&](qint64 id, const QDate &today) {
        return number(u"SELECT coalesce(sum(eligible_cents), 0) FROM visits WHERE member_id = ? AND voided_at IS NULL AND day BETWEEN ? AND ?"_s,
                      {id, iso(today.addDays(-364)), iso(today)});
    };

    // The first count at B: −364 … 0 → 800+1,600+3,200+6,400+12,800 = 24,800, plus the −50 visit.
    setAt(b, QTime(8, 0));
    QVERIFY(maintain());
    QCOMPARE(row(one).spend, 24'800 + 1'638'400);
    QCOMPARE(row(two).spend, 777);
    // Voided after the count: its spend leaves the window.
    QVERIFY(CheckoutService(db(), clock()).voidVisit(late, u"void later"_s).ok());
    QCOMPARE(row(one).spend, 24'800);
    QCOMPARE(spendOf(one, b), 24'800);

    for (int i = 0; i < moves.size(); ++i) {
        const QDate today = b.addDays(moves.at(i));
        setAt(today, QTime(8, 0));
        QVERIFY(maintain());
        REQUIRE_OK(day, MemberTotalsRepository(db()).spendDay());
        QCOMPARE(*day, today);
        QCOMPARE(row(one).spend, spends.at(i));
        QCOMPARE(row(one).spend, spendOf(one, today));
        QCOMPARE(row(two).spend, spendOf(two, today));
    }
}

void TestDormancy::lateVisitsAtTheWindowEdge()
{
    // The window is counted up to S = 2026-06-15 (S − 364 = 2025-06-16). Visits recorded late, with
    // the clock set back and no maintenance in between, are added only when their day is in it.
    const QDate s(2026, 6, 15);
    open(s.addDays(-400));
    const qint64 id = addMember(u"Li Lei"_s);
    QVERIFY(id);
    setAt(s, QTime(8, 0));
    QVERIFY(maintain());
    QCOMPARE(row(id).spend, 0);
    const qint64 inside = visit(id, s.addDays(-364), 100);    // 2025-06-16: the first day in
    QVERIFY(inside);
    QCOMPARE(row(id).spend, 100);
    const qint64 outside = visit(id, s.addDays(-365), 200);   // 2025-06-15: the day before
    QVERIFY(outside);
    QCOMPARE(row(id).spend, 100);
    const qint64 ahead = visit(id, s.addDays(1), 400);        // after S: counted when the window moves
    QVERIFY(ahead);
    QCOMPARE(row(id).spend, 100);
    // Voids take out only what was in.
    setAt(s, QTime(9, 0));
    QVERIFY(CheckoutService(db(), clock()).voidVisit(outside, u"late"_s).ok());
    QCOMPARE(row(id).spend, 100);
    QVERIFY(CheckoutService(db(), clock()).voidVisit(ahead, u"ahead"_s).ok());
    QCOMPARE(row(id).spend, 100);
    QVERIFY(CheckoutService(db(), clock()).voidVisit(inside, u"late"_s).ok());
    QCOMPARE(row(id).spend, 0);
    // A new one ahead, then the window moves onto its day: 800.
    QVERIFY(visit(id, s.addDays(1), 800));
    QCOMPARE(row(id).spend, 0);
    setAt(s.addDays(1), QTime(13, 0));
    QVERIFY(maintain());
    QCOMPARE(row(id).spend, 800);
}

// ---------------------------------------------------------------------------------------------
// The alert list.

bool TestDormancy::buildAlertShop(AlertShop &s)
{
    // Today T = 2025-06-30. Weekly members visit 4 times, 7 days apart (typical 7: at risk after 14
    // days away, dormant after 28).
    s.today = QDate(2025, 6, 30);
    const QDate t = s.today;
    open(t.addDays(-460));
    const auto weekly = [&](const QString &name, int absent, qint64 cents) {
        return memberWithGaps(name, t.addDays(-absent - 21), {7, 7, 7}, cents);
    };
    s.ann = weekly(u"Ann"_s, 20, 7'500);    // 30,000, 20 days away: at risk
    s.bob = weekly(u"Bob"_s, 40, 12'500);   // 50,000 → Silver at the 4th visit; 40 days: dormant
    s.cai = weekly(u"Cai"_s, 25, 7'500);    // 30,000, 25 days: at risk
    s.dan = weekly(u"Dan"_s, 3, 20'000);    // 80,000 → Silver; 3 days: active
    s.eve = memberWithGaps(u"Eve"_s, t.addDays(-460), {30, 30}, 1'000);   // last visit T−400: lost, 0 in 12 months
    s.gus = weekly(u"Gus"_s, 20, 7'500);    // like Ann, joined later: a higher id
    setAt(t.addDays(-5), QTime(9, 0));
    s.fay = addMember(u"Fay"_s);           // joined 5 days ago, no visit: new
    s.hal = weekly(u"Hal"_s, 40, 50'000);   // archived below: in no list, no count
    if (!s.ann || !s.bob || !s.cai || !s.dan || !s.eve || !s.gus || !s.fay || !s.hal)
        return false;
    setAt(t, QTime(9, 0));
    if (!MemberService(db(), clock()).archive(s.hal).ok())
        return false;
    return maintain(); // the 12-month spend counted up to T
}

void TestDormancy::alertOrderAndFilters()
{
    AlertShop s;
    QVERIFY(buildAlertShop(s));
    REQUIRE_OK(snap, snapshot());
    // Counts by state over the 7 members that are not archived: new Fay; active Dan; at risk Ann,
    // Cai, Gus; dormant Bob; lost Eve.
    QCOMPARE(snap->activeMembers, 7);
    QCOMPARE(snap->members[int(MemberState::New)], 1);
    QCOMPARE(snap->members[int(MemberState::Active)], 1);
    QCOMPARE(snap->members[int(MemberState::AtRisk)], 3);
    QCOMPARE(snap->members[int(MemberState::Dormant)], 1);
    QCOMPARE(snap->members[int(MemberState::Lost)], 1);
    QCOMPARE(snap->spend12mCents[int(MemberState::Active)], 80'000);
    QCOMPARE(snap->spend12mCents[int(MemberState::AtRisk)], 90'000);
    QCOMPARE(snap->spend12mCents[int(MemberState::Dormant)], 50'000);
    QCOMPARE(snap->spend12mCents[int(MemberState::Lost)], 0);
    QCOMPARE(snap->snoozed, 0);

    // Most valuable first: Bob 50,000; then 30,000 each — Cai (25 days away) before Ann and Gus
    // (20 days), Ann before Gus by id.
    QList<qint64> order;
    for (const Alert &a : std::as_const(snap->alerts))
        order << a.memberId;
    QCOMPARE(idList(order), idList({s.bob, s.cai, s.ann, s.gus}));
    const Alert &bob = snap->alerts.first();
    QCOMPARE(bob.name, u"Bob"_s);
    QCOMPARE(toString(bob.state), toString(MemberState::Dormant));
    QCOMPARE(bob.tierLevel, 1);
    QCOMPARE(bob.typicalGapDays.value_or(-1), 7);
    QCOMPARE(bob.expectedGapDays, 7);
    QCOMPARE(bob.daysAbsent, 40);
    QCOMPARE(bob.lastVisit.value_or(QDate()), s.today.addDays(-40));
    QCOMPARE(bob.spend12mCents, 50'000);
    QVERIFY(!bob.snoozedUntil.isValid());
    QVERIFY(!bob.lastContact.has_value());
    QCOMPARE(toString(snap->alerts.at(1).state), toString(MemberState::AtRisk));
    QCOMPARE(snap->alerts.at(1).daysAbsent, 25);

    const auto idsFor = [&](AlertFilter f) {
        auto r = snapshot(f);
        QList<qint64> ids;
        if (r)
            for (const Alert &a : std::as_const(r->alerts))
                ids << a.memberId;
        return idList(ids);
    };
    AlertFilter f;
    f.states = {MemberState::Lost};
    QCOMPARE(idsFor(f), idList({s.eve}));
    f.states = {MemberState::Dormant};
    QCOMPARE(idsFor(f), idList({s.bob}));
    f.states = {MemberState::AtRisk};
    QCOMPARE(idsFor(f), idList({s.cai, s.ann, s.gus}));
    // Silver or higher among the alerts: Bob only (Dan is Silver but active).
    f = AlertFilter{};
    f.minTierLevel = 1;
    QCOMPARE(idsFor(f), idList({s.bob}));
    f.states = {MemberState::Active, MemberState::AtRisk};
    QCOMPARE(idsFor(f), idList({s.dan}));
    f.minTierLevel = 2;
    QCOMPARE(idsFor(f), QString());
    // Every state: Dan 80,000, Bob 50,000, Cai, Ann, Gus 30,000, then 0 each: Eve (400 days away)
    // before Fay (5 days since joining).
    f = AlertFilter{};
    f.states = {MemberState::New, MemberState::Active, MemberState::AtRisk, MemberState::Dormant, MemberState::Lost};
    QCOMPARE(idsFor(f), idList({s.dan, s.bob, s.cai, s.ann, s.gus, s.eve, s.fay}));
}

void TestDormancy::snoozeHidesUntilItEnds()
{
    AlertShop s;
    QVERIFY(buildAlertShop(s));
    DormancyService dormancy(db(), clock());
    REQUIRE_OK(until, dormancy.snooze(s.cai, 5));
    QCOMPARE(*until, s.today.addDays(5));
    REQUIRE_OK(eveUntil, dormancy.snooze(s.eve, 10)); // lost: not in the default list
    QCOMPARE(*eveUntil, s.today.addDays(10));

    const auto listed = [&](bool includeSnoozed, qint64 *snoozed) {
        AlertFilter f;
        f.includeSnoozed = includeSnoozed;
        auto r = snapshot(f);
        QList<qint64> ids;
        if (r) {
            for (const Alert &a : std::as_const(r->alerts))
                ids << a.memberId;
            *snoozed = r->snoozed;
        }
        return idList(ids);
    };
    qint64 snoozed = -1;
    // T: Cai hidden and counted as snoozed (Eve is snoozed too, but not in these states).
    QCOMPARE(listed(false, &snoozed), idList({s.bob, s.ann, s.gus}));
    QCOMPARE(snoozed, 1);
    QCOMPARE(listed(true, &snoozed), idList({s.bob, s.cai, s.ann, s.gus}));
    QCOMPARE(snoozed, 1);
    {
        AlertFilter f;
        f.includeSnoozed = true;
        REQUIRE_OK(r, snapshot(f));
        QCOMPARE(r->alerts.at(1).memberId, s.cai);
        QCOMPARE(r->alerts.at(1).snoozedUntil, s.today.addDays(5));
        QVERIFY(r->alerts.at(1).snoozed(s.today));
        f.states = {MemberState::Lost};
        f.includeSnoozed = false;
        REQUIRE_OK(lost, snapshot(f));
        QCOMPARE(lost->alerts.size(), 0);
        QCOMPARE(lost->snoozed, 1);
    }
    // T+4 (the last day of the snooze): still hidden. Cai is dormant by now (29 days), Ann and Gus
    // 24 days: at risk.
    setAt(s.today.addDays(4));
    QVERIFY(maintain());
    QCOMPARE(listed(false, &snoozed), idList({s.bob, s.ann, s.gus}));
    QCOMPARE(snoozed, 1);
    // T+5, the day it ends: listed again.
    setAt(s.today.addDays(5));
    QVERIFY(maintain());
    QCOMPARE(listed(false, &snoozed), idList({s.bob, s.cai, s.ann, s.gus}));
    QCOMPARE(snoozed, 0);

    // 0 ends a snooze at once; out of range is refused and changes nothing.
    REQUIRE_OK(again, dormancy.snooze(s.ann, 365));
    QCOMPARE(*again, s.today.addDays(5 + 365));
    QCOMPARE(listed(false, &snoozed), idList({s.bob, s.cai, s.gus}));
    QVERIFY(!dormancy.snooze(s.ann, -1).ok());
    QVERIFY(!dormancy.snooze(s.ann, 366).ok());
    QVERIFY(!dormancy.snooze(999, 5).ok());
    QCOMPARE(listed(false, &snoozed), idList({s.bob, s.cai, s.gus}));
    REQUIRE_OK(ended, dormancy.snooze(s.ann, 0));
    QVERIFY(!ended->isValid());
    QCOMPARE(listed(false, &snoozed), idList({s.bob, s.cai, s.ann, s.gus}));
    QCOMPARE(number(u"SELECT count(*) FROM members WHERE snoozed_until IS NOT NULL"_s), 2); // Cai's (past) and Eve's
}

// ---------------------------------------------------------------------------------------------
// Win-back.

void TestDormancy::winBackWithinThirtyDays_data()
{
    QTest::addColumn<int>("visitAfter");   // days after the contact; -1: no visit
    QTest::addColumn<QTime>("visitTime");
    QTest::addColumn<int>("todayAfter");
    QTest::addColumn<int>("wonBack");
    QTest::addColumn<int>("waiting");
    QTest::addColumn<bool>("voided");   // the visit is voided afterwards

    // Contact on 2026-02-15 10:00, 20 days after the last weekly visit: at risk. Won back when the
    // next visit's date is at most 2026-02-15 + 30 = 2026-03-17.
    QTest::newRow("back on day 30") << 30 << QTime(20, 0) << 40 << 1 << 0 << false;
    QTest::newRow("back on day 31") << 31 << QTime(8, 0) << 40 << 0 << 0 << false;
    QTest::newRow("back the same day, after the call") << 0 << QTime(15, 0) << 40 << 1 << 0 << false;
    QTest::newRow("not back, day 30: waiting") << -1 << QTime() << 30 << 0 << 1 << false;
    QTest::newRow("not back, day 31: not won") << -1 << QTime() << 31 << 0 << 0 << false;
    // A visit that was voided never happened: not won back, and no longer waiting after 30 days.
    QTest::newRow("back on day 10, voided") << 10 << QTime(12, 0) << 40 << 0 << 0 << true;
    QTest::newRow("back on day 10, voided, day 20: waiting") << 10 << QTime(12, 0) << 20 << 0 << 1 << true;
}

void TestDormancy::winBackWithinThirtyDays()
{
    QFETCH(int, visitAfter);
    QFETCH(QTime, visitTime);
    QFETCH(int, todayAfter);
    QFETCH(int, wonBack);
    QFETCH(int, waiting);
    QFETCH(bool, voided);
    const QDate first(2026, 1, 5);
    open(first);
    QDate last;
    const qint64 id = memberWithGaps(u"Li Lei"_s, first, {7, 7, 7}, 2'000, &last);
    QVERIFY(id > 0);
    QCOMPARE(last, QDate(2026, 1, 26));
    const QDate c(2026, 2, 15);
    setAt(c, QTime(10, 0));
    REQUIRE_OK(logged, contact(id, Channel::Call, Outcome::NoAnswer, u"  try again Friday  "_s));
    QCOMPARE(toString(logged->state), toString(MemberState::AtRisk));
    QCOMPARE(logged->note, u"try again Friday"_s);
    QCOMPARE(logged->at, wallTime(c, QTime(10, 0)));
    QVERIFY(logged->id > 0);
    if (visitAfter >= 0) {
        const qint64 v = visit(id, c.addDays(visitAfter), 3'000, visitTime);
        QVERIFY(v);
        if (voided)
            QVERIFY(CheckoutService(db(), clock()).voidVisit(v, u"not them"_s).ok());
    }
    setAt(c.addDays(todayAfter), QTime(23, 0));
    REQUIRE_OK(report, winBack());
    QCOMPARE(report->months.size(), 1);
    QCOMPARE(report->months.first().month, u"2026-02"_s);
    QCOMPARE(report->months.first().contacted, 1);
    QCOMPARE(report->months.first().wonBack, wonBack);
    QCOMPARE(report->months.first().waiting, waiting);
    QCOMPARE(report->total.contacted, 1);
    QCOMPARE(report->total.wonBack, wonBack);
    QCOMPARE(report->total.waiting, waiting);
    QCOMPARE(report->total.rateBasisPoints(), wonBack ? 10'000 : 0);
    REQUIRE_OK(contacts, DormancyService(db(), clock()).contactsOf(id));
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(toString(contacts->first().outcome), toString(Outcome::NoAnswer));
    QCOMPARE(toString(contacts->first().state), toString(MemberState::AtRisk));
}

void TestDormancy::contactWhileActiveOrLostNotCounted()
{
    const QDate first(2024, 1, 1);
    open(first);
    QDate activeLast, lostLast;
    const qint64 active = memberWithGaps(u"Active"_s, QDate(2025, 3, 3), {7, 7}, 1'000, &activeLast);
    const qint64 lost = memberWithGaps(u"Lost"_s, first, {7, 7}, 1'000, &lostLast);
    QVERIFY(active && lost);
    setAt(activeLast.addDays(3), QTime(10, 0));   // 3 days away: active
    REQUIRE_OK(a, contact(active, Channel::Message, Outcome::Reached, u"just saying hello"_s));
    QCOMPARE(toString(a->state), toString(MemberState::Active));
    QVERIFY(lostLast.daysTo(clock().today()) > 365);
    REQUIRE_OK(l, contact(lost, Channel::InPerson, Outcome::MovedAway, u"moved to Shenzhen"_s));
    QCOMPARE(toString(l->state), toString(MemberState::Lost));
    QVERIFY(visit(active, activeLast.addDays(10), 1'000));
    QVERIFY(visit(lost, activeLast.addDays(10), 1'000));
    // Logged (2 rows) but neither made while at risk or dormant: nothing counted, no month.
    QCOMPARE(number(u"SELECT count(*) FROM outreach"_s), 2);
    REQUIRE_OK(report, winBack());
    QCOMPARE(report->months.size(), 0);
    QCOMPARE(report->total.contacted, 0);
    QCOMPARE(report->total.wonBack, 0);
    QCOMPARE(report->total.rateBasisPoints(), 0);
}

void TestDormancy::couponByHandCountsAsContact()
{
    const QDate first(2026, 1, 5);
    open(first);
    QDate last;
    const qint64 dormant = memberWithGaps(u"Dormant"_s, first, {7, 7, 7}, 1'000, &last);   // last 2026-01-26
    QDate activeLast;
    const qint64 active = memberWithGaps(u"Active"_s, QDate(2026, 2, 20), {7, 7}, 1'000, &activeLast); // last 2026-03-06
    QVERIFY(dormant && active);
    const qint64 tpl = couponTemplate();
    QVERIFY(tpl);
    // 2026-03-07: the first is 40 days away (dormant), the second 1 day (active).
    setAt(QDate(2026, 3, 7), QTime(11, 0));
    QCOMPARE(toString(stateOf(dormant).state), toString(MemberState::Dormant));
    CouponService coupons(db(), clock());
    REQUIRE_OK(c2, coupons.issue({active, tpl, std::nullopt, std::nullopt}));
    QCOMPARE(number(u"SELECT count(*) FROM outreach"_s), 0);   // active: not a win-back try
    auto c1 = coupons.issue({dormant, tpl, std::nullopt, std::nullopt});
    if (!c1.ok()) {
        // The refusal at least changes nothing: no coupon for the dormant member, no outreach row.
        QCOMPARE(number(u"SELECT count(*) FROM coupons WHERE member_id = ?"_s, {dormant}), 0);
        QCOMPARE(number(u"SELECT count(*) FROM outreach"_s), 0);
    }
    // Bug found in 6dc772d and aeec458: CouponService::logWinBack logs the coupon with Outcome::None
    // and no note, which OutreachRepository::insert wrote as NULL into NOT NULL columns, so issuing a
    // coupon by hand to an at-risk or dormant member failed altogether ("NOT NULL constraint failed").
    QVERIFY2(c1.ok(), qPrintable(c1.ok() ? QString() : c1.error().message));
    // Only the coupon to the dormant member is a try to win them back.
    QCOMPARE(number(u"SELECT count(*) FROM outreach"_s), 1);
    REQUIRE_OK(contacts, DormancyService(db(), clock()).contactsOf(dormant));
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(toString(contacts->first().channel), toString(Channel::Coupon));
    QCOMPARE(contacts->first().couponId.value_or(-1), c1->id);
    QCOMPARE(toString(contacts->first().state), toString(MemberState::Dormant));
    QCOMPARE(contacts->first().at, wallTime(QDate(2026, 3, 7), QTime(11, 0)));
    REQUIRE_OK(waiting, winBack());
    QCOMPARE(waiting->total.contacted, 1);
    QCOMPARE(waiting->total.waiting, 1);
    QCOMPARE(waiting->total.wonBack, 0);
    // Back 10 days later: won back, in March.
    QVERIFY(visit(dormant, QDate(2026, 3, 17), 5'000));
    REQUIRE_OK(back, winBack());
    QCOMPARE(back->months.size(), 1);
    QCOMPARE(back->months.first().month, u"2026-03"_s);
    QCOMPARE(back->total.contacted, 1);
    QCOMPARE(back->total.wonBack, 1);
    QCOMPARE(back->total.waiting, 0);
    QCOMPARE(back->total.rateBasisPoints(), 10'000);
}

void TestDormancy::twoContactsInOneMonthCountOnce()
{
    const QDate first(2026, 1, 5);
    open(first);
    QDate last;
    const qint64 id = memberWithGaps(u"Li Lei"_s, first, {7, 7, 7}, 1'000, &last);   // last 2026-01-26
    QVERIFY(id);
    // 2026-04-05 (69 days away) and 2026-04-20 (84): dormant both times.
    setAt(QDate(2026, 4, 5), QTime(10, 0));
    REQUIRE_OK(c1, contact(id, Channel::Call, Outcome::NoAnswer, u"first try"_s));
    setAt(QDate(2026, 4, 20), QTime(10, 0));
    REQUIRE_OK(c2, contact(id, Channel::Message, Outcome::LeftMessage, u"second try"_s));
    QCOMPARE(toString(c1->state), toString(MemberState::Dormant));
    QCOMPARE(toString(c2->state), toString(MemberState::Dormant));
    // Back on 2026-05-10: 35 days after the first contact, 20 after the second → won back, once.
    QVERIFY(visit(id, QDate(2026, 5, 10), 1'000));
    setAt(QDate(2026, 6, 1));
    REQUIRE_OK(report, winBack());
    QCOMPARE(report->months.size(), 1);
    QCOMPARE(report->months.first().month, u"2026-04"_s);
    QCOMPARE(report->months.first().contacted, 1);
    QCOMPARE(report->months.first().wonBack, 1);
    QCOMPARE(report->total.contacted, 1);
    QCOMPARE(report->total.wonBack, 1);
    // The member's latest contact is the one the alert list shows.
    REQUIRE_OK(contacts, DormancyService(db(), clock()).contactsOf(id));
    QCOMPARE(contacts->size(), 2);
    QCOMPARE(toString(contacts->first().channel), toString(Channel::Message));
}

void TestDormancy::backThenAwayAgainInTheSameMonth()
{
    const QDate first(2026, 3, 9);
    open(first);
    QDate last;
    const qint64 id = memberWithGaps(u"Li Lei"_s, first, {7, 7, 7}, 1'000, &last);   // last 2026-03-30
    QVERIFY(id);
    QCOMPARE(last, QDate(2026, 3, 30));
    // 2026-04-15: 16 days away, at risk; called; back 2026-04-16.
    setAt(QDate(2026, 4, 15), QTime(10, 0));
    REQUIRE_OK(c1, contact(id, Channel::Call, Outcome::WillReturn, u"coming tomorrow"_s));
    QCOMPARE(toString(c1->state), toString(MemberState::AtRisk));
    QVERIFY(visit(id, QDate(2026, 4, 16), 1'000));
    // Days 03-09 … 03-30, 04-16: gaps 7, 7, 7, 17 → 7, so with the defaults the member would be at
    // risk again only in May (15 days). The shop's limits [1, 3] clamp the expected gap to 3: at
    // risk after 6 days, still in April.
    QVERIFY(set(u"dormancy.min_gap_days"_s, u"1"_s));
    QVERIFY(set(u"dormancy.max_gap_days"_s, u"3"_s));
    setAt(QDate(2026, 4, 25), QTime(10, 0));                 // 9 days away: 6 < 9 ≤ 12 → at risk
    REQUIRE_OK(c2, contact(id, Channel::Message, Outcome::NoAnswer, u"again"_s));
    QCOMPARE(toString(c2->state), toString(MemberState::AtRisk));
    // 2026-05-01: no visit after the second call yet (within its 30 days), but the month's first
    // call brought the member back: April counts 1 contacted, 1 won back, none waiting.
    setAt(QDate(2026, 5, 1));
    REQUIRE_OK(report, winBack());
    QCOMPARE(report->months.size(), 1);
    QCOMPARE(report->months.first().month, u"2026-04"_s);
    QCOMPARE(report->months.first().contacted, 1);
    QCOMPARE(report->months.first().wonBack, 1);
    QCOMPARE(report->months.first().waiting, 0);
}

void TestDormancy::winBackByMonth()
{
    const QDate first(2026, 1, 30);
    open(first);
    const qint64 x = memberWithGaps(u"X"_s, first, {7, 7, 7}, 1'000);            // last 2026-02-20
    const qint64 y = memberWithGaps(u"Y"_s, first, {7, 7, 7}, 1'000);            // last 2026-02-20
    const qint64 z = memberWithGaps(u"Z"_s, QDate(2026, 3, 15), {7, 7, 7}, 1'000); // last 2026-04-05
    QVERIFY(x && y && z);
    // X 2026-03-10: 18 days away, at risk; never back.
    setAt(QDate(2026, 3, 10), QTime(10, 0));
    REQUIRE_OK(cx1, contact(x, Channel::Call, Outcome::NoAnswer, u"x1"_s));
    QCOMPARE(toString(cx1->state), toString(MemberState::AtRisk));
    // Y 2026-04-02: 41 days, dormant; back 2026-04-20.
    setAt(QDate(2026, 4, 2), QTime(10, 0));
    REQUIRE_OK(cy, contact(y, Channel::Call, Outcome::WillReturn, u"y"_s));
    QCOMPARE(toString(cy->state), toString(MemberState::Dormant));
    QVERIFY(visit(y, QDate(2026, 4, 20), 1'000));
    // Z 2026-04-25: 20 days, at risk; X again 2026-04-28: 67 days, dormant. Neither back by 05-01.
    setAt(QDate(2026, 4, 25), QTime(10, 0));
    REQUIRE_OK(cz, contact(z, Channel::InPerson, Outcome::Reached, u"z"_s));
    QCOMPARE(toString(cz->state), toString(MemberState::AtRisk));
    setAt(QDate(2026, 4, 28), QTime(10, 0));
    REQUIRE_OK(cx2, contact(x, Channel::Message, Outcome::LeftMessage, u"x2"_s));
    QCOMPARE(toString(cx2->state), toString(MemberState::Dormant));
    setAt(QDate(2026, 5, 1));
    REQUIRE_OK(report, winBack());
    // March: X (not back within 30 days, and past them) → 1, 0, 0.
    // April: Y won back; Z and X waiting (6 and 3 days ago) → 3, 1, 2.
    QCOMPARE(report->months.size(), 2);
    const WinBackMonth march = report->months.at(0);
    const WinBackMonth april = report->months.at(1);
    QCOMPARE(march.month, u"2026-03"_s);
    QCOMPARE(march.contacted, 1);
    QCOMPARE(march.wonBack, 0);
    QCOMPARE(march.waiting, 0);
    QCOMPARE(april.month, u"2026-04"_s);
    QCOMPARE(april.contacted, 3);
    QCOMPARE(april.wonBack, 1);
    QCOMPARE(april.waiting, 2);
    QCOMPARE(april.rateBasisPoints(), 3'333);   // 1/3 = 33.33%
    QCOMPARE(report->total.contacted, 4);
    QCOMPARE(report->total.wonBack, 1);
    QCOMPARE(report->total.waiting, 2);
    QCOMPARE(report->total.rateBasisPoints(), 2'500); // 1/4
}

void TestDormancy::logContactRefusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");   // ErrorCode, or -1: accepted
    QTest::newRow("note of 500 characters: accepted") << u"note500"_s << -1;
    QTest::newRow("note of 501 characters") << u"note501"_s << int(ErrorCode::Invalid);
    QTest::newRow("erased member") << u"erased"_s << int(ErrorCode::Refused);
    QTest::newRow("coupon channel without a coupon") << u"couponless"_s << int(ErrorCode::Invalid);
    QTest::newRow("a call with a coupon") << u"callWithCoupon"_s << int(ErrorCode::Invalid);
    QTest::newRow("unknown member") << u"unknown"_s << int(ErrorCode::NotFound);
}

void TestDormancy::logContactRefusals()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    const QDate first(2026, 1, 5);
    open(first);
    const qint64 id = memberWithGaps(u"Li Lei"_s, first, {7, 7, 7}, 1'000);
    QVERIFY(id);
    setAt(QDate(2026, 3, 1), QTime(10, 0)); // 34 days away: dormant
    QSqlQuery q(db().connection());
    DormancyService::ContactRequest r;
    r.memberId = id;
    r.channel = Channel::Call;
    r.outcome = Outcome::Reached;
    r.note = u"ok"_s;
    if (what == u"note500")
        r.note = u"  "_s + QString(500, u'记') + u"  "_s;   // trimmed to 500
    else if (what == u"note501")
        r.note = QString(501, u'x');
    else if (what == u"erased")
        QVERIFY(q.exec(u"UPDATE members SET status = 'erased', name = '', phone = NULL WHERE id = %1"_s.arg(id)));
    else if (what == u"couponless")
        r.channel = Channel::Coupon;
    else if (what == u"callWithCoupon")
        r.couponId = 1;
    else if (what == u"unknown")
        r.memberId = id + 100;
    const qint64 auditBefore = number(u"SELECT count(*) FROM audit_log"_s);
    auto logged = DormancyService(db(), clock()).logContact(r);
    if (code < 0) {
        QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.error().message));
        QCOMPARE(logged->note.size(), 500);
        QCOMPARE(number(u"SELECT count(*) FROM outreach"_s), 1);
        QCOMPARE(number(u"SELECT length(note) FROM outreach"_s), 500);
        return;
    }
    QVERIFY(!logged.ok());
    QCOMPARE(int(logged.error().code), code);
    QVERIFY(!logged.error().message.isEmpty());
    QCOMPARE(number(u"SELECT count(*) FROM outreach"_s), 0);
    QCOMPARE(number(u"SELECT count(*) FROM audit_log"_s), auditBefore);
    REQUIRE_OK(report, winBack());
    QCOMPARE(report->total.contacted, 0);
}

void TestDormancy::contactWithoutOutcomeOrNote_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("note");
    // The outcome and the note are optional (DormancyService.h, SPEC §3.5 "outcome; note"; the CLI's
    // --outcome and --note): a contact without them is logged with '' in both columns.
    QTest::newRow("no outcome, a note") << int(Outcome::None) << u"rang twice"_s;
    QTest::newRow("an outcome, no note") << int(Outcome::NoAnswer) << QString();
    QTest::newRow("neither") << int(Outcome::None) << QString();
    QTest::newRow("a note of spaces only") << int(Outcome::Reached) << u"   "_s;
    QTest::newRow("both (control)") << int(Outcome::Reached) << u"will come Sunday"_s;
}

void TestDormancy::contactWithoutOutcomeOrNote()
{
    QFETCH(int, outcome);
    QFETCH(QString, note);
    const QDate first(2026, 1, 5);
    open(first);
    const qint64 id = memberWithGaps(u"Li Lei"_s, first, {7, 7, 7}, 1'000);   // last 2026-01-26
    QVERIFY(id);
    setAt(QDate(2026, 2, 15), QTime(10, 0));                                    // 20 days: at risk
    DormancyService::ContactRequest r;
    r.memberId = id;
    r.channel = Channel::Call;
    r.outcome = Outcome(outcome);
    r.note = note;
    auto logged = DormancyService(db(), clock()).logContact(r);
    // Bug found in 6dc772d and aeec458: OutreachRepository::insert bound toString(Outcome::None) — a
    // null QString — and a null note as SQL NULL into outreach.outcome / outreach.note, both NOT
    // NULL: "NOT NULL constraint failed: outreach.outcome" (or .note), nothing logged.
    QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.error().message));
    QCOMPARE(number(u"SELECT count(*) FROM outreach WHERE state = 'at_risk'"_s), 1);
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT outcome, note FROM outreach"_s) && q.next());
    QCOMPARE(q.value(0).toString(), toString(Outcome(outcome)));
    QCOMPARE(q.value(1).toString(), note.trimmed());
    REQUIRE_OK(report, winBack());
    QCOMPARE(report->total.contacted, 1);
    QCOMPARE(report->total.waiting, 1);
}

// ---------------------------------------------------------------------------------------------
// Campaigns by state, the call sheet, the counter.

void TestDormancy::campaignByState()
{
    AlertShop s;
    QVERIFY(buildAlertShop(s));
    const qint64 tpl = couponTemplate();
    QVERIFY(tpl);
    QVERIFY(DormancyService(db(), clock()).snooze(s.ann, 7).ok());
    CouponService coupons(db(), clock());

    CouponService::Audience alertList;
    alertList.states = {MemberState::AtRisk, MemberState::Dormant};
    alertList.skipSnoozed = true;
    // At risk or dormant, not snoozed: Bob, Cai, Gus (by id). Not Ann (snoozed), Dan (active), Eve
    // (lost), Fay (new), Hal (archived).
    REQUIRE_OK(who, coupons.audience(alertList));
    QCOMPARE(idList(*who), idList({s.bob, s.cai, s.gus}));
    CouponService::Audience withSnoozed = alertList;
    withSnoozed.skipSnoozed = false;
    REQUIRE_OK(who2, coupons.audience(withSnoozed));
    QCOMPARE(idList(*who2), idList({s.ann, s.bob, s.cai, s.gus}));
    CouponService::Audience silver = alertList;
    silver.minTierLevel = 1;
    REQUIRE_OK(who3, coupons.audience(silver));
    QCOMPARE(idList(*who3), idList({s.bob}));
    CouponService::Audience everyone;   // no states: any state, archived still out
    REQUIRE_OK(who4, coupons.audience(everyone));
    QCOMPARE(idList(*who4), idList({s.ann, s.bob, s.cai, s.dan, s.eve, s.gus, s.fay}));

    // A campaign to the lost reaches Eve; not a win-back try (only at risk and dormant count).
    CouponService::Audience lost;
    lost.states = {MemberState::Lost};
    REQUIRE_OK(run2, coupons.runCampaign({u"Long gone"_s, tpl, lost}));
    QCOMPARE(run2->coupons.size(), 1);
    QCOMPARE(run2->coupons.first().memberId.value_or(0), s.eve);
    QCOMPARE(number(u"SELECT count(*) FROM outreach"_s), 0);
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(u"SELECT audience FROM campaigns WHERE id = %1"_s.arg(run2->campaignId)) && q.next());
        QCOMPARE(q.value(0).toString(), u"tier>=0;states=lost"_s);
    }
    // Nobody in the audience: refused, no campaign.
    CouponService::Audience gold;
    gold.minTierLevel = 2;
    QVERIFY(!coupons.runCampaign({u"Gold"_s, tpl, gold}).ok());
    QCOMPARE(number(u"SELECT count(*) FROM campaigns"_s), 1);

    // The alert list's campaign.
    auto run = coupons.runCampaign({u"Come back"_s, tpl, alertList});
    if (!run.ok()) { // refused whole: nothing half-written
        QCOMPARE(number(u"SELECT count(*) FROM campaigns"_s), 1);
        QCOMPARE(number(u"SELECT count(*) FROM coupons"_s), 1);
        QCOMPARE(number(u"SELECT count(*) FROM outreach"_s), 0);
    }
    // Bug found in 6dc772d and aeec458: each coupon of the campaign is logged as a win-back try with
    // Outcome::None and no note, which OutreachRepository::insert wrote as NULL into NOT NULL
    // columns: a campaign reaching any at-risk or dormant member failed whole.
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
    QList<qint64> reached;
    for (const Coupon &c : std::as_const(run->coupons)) {
        reached << c.memberId.value_or(0);
        QCOMPARE(c.campaignId.value_or(0), run->campaignId);
    }
    QCOMPARE(idList(reached), idList({s.bob, s.cai, s.gus}));
    QCOMPARE(number(u"SELECT count(*) FROM coupons WHERE campaign_id = ?"_s, {run->campaignId}), 3);
    // Each coupon is a try to win them back, logged with the state they were in.
    QCOMPARE(number(u"SELECT count(*) FROM outreach WHERE channel = 'coupon'"_s), 3);
    QCOMPARE(number(u"SELECT count(*) FROM outreach o JOIN coupons c ON c.id = o.coupon_id AND c.member_id = o.member_id"_s), 3);
    QCOMPARE(number(u"SELECT count(*) FROM outreach WHERE member_id = ? AND state = 'dormant'"_s, {s.bob}), 1);
    QCOMPARE(number(u"SELECT count(*) FROM outreach WHERE member_id = ? AND state = 'at_risk'"_s, {s.cai}), 1);
    QCOMPARE(number(u"SELECT count(*) FROM outreach WHERE member_id = ? AND state = 'at_risk'"_s, {s.gus}), 1);
    REQUIRE_OK(report, winBack());
    QCOMPARE(report->total.contacted, 3);
    QCOMPARE(report->total.waiting, 3);
}

void TestDormancy::callSheetCsv()
{
    const QDate today(2026, 3, 20);
    open(QDate(2026, 1, 5));
    QDate last1, last2, last3;
    // "=1+2": three weekly visits of ¥41.15 = 123.45; last 2026-02-28 (20 days: at risk).
    const qint64 formula = memberWithGaps(u"=1+2"_s, today.addDays(-34), {7, 7}, 4'115, &last1);
    // A name with a comma and quotes: ¥20 × 3 = 60.00; last 2026-02-18 (30 days: dormant).
    const qint64 quoted = memberWithGaps(u"Wang, \"Xiao\" Ming"_s, today.addDays(-44), {7, 7}, 2'000, &last2);
    QVERIFY(formula && quoted);
    QCOMPARE(last1, today.addDays(-20));
    QCOMPARE(last2, today.addDays(-30));
    // Li Lei, with a phone: ¥100, ¥100, then Latte ×2 at 28.00 and bakery ×1 at 15.00 = 71.00 →
    // 271.00; last 2026-03-04 (16 days: at risk); called today (no answer), snoozed for 3 days.
    setAt(today.addDays(-30), QTime(9, 0));
    const qint64 li = addMember(u"Li Lei"_s, u"13800138000"_s);
    QVERIFY(li);
    QVERIFY(visit(li, today.addDays(-30), 10'000));
    QVERIFY(visit(li, today.addDays(-23), 10'000));
    QVERIFY(visit(li, today.addDays(-16), 7'100, QTime(12, 0),
                  {VisitLine{u"coffee"_s, u"Latte"_s, 2, 2'800}, VisitLine{u"bakery"_s, QString(), 1, 1'500}}));
    setAt(today, QTime(10, 0));
    QVERIFY(maintain());
    QVERIFY(contact(li, Channel::Call, Outcome::NoAnswer, u"try Friday"_s).ok());
    QVERIFY(DormancyService(db(), clock()).snooze(li, 3).ok());

    AlertFilter f;
    f.includeSnoozed = true;
    REQUIRE_OK(snap, snapshot(f));
    QCOMPARE(snap->alerts.size(), 3);
    REQUIRE_OK(ladder, TierRepository(db()).ladder());
    const auto cardOf = [&](qint64 id) {
        auto m = MemberService(db(), clock()).byId(id);
        return m ? m->card : QString();
    };
    // Most valuable first: Li 271.00, "=1+2" 123.45, Wang 60.00.
    const QByteArray body = (CallSheet::columns().join(u',') + u"\r\n"_s
                             + cardOf(li) + u",Li Lei,13800138000,Normal,at_risk,7,7,16,2026-03-04,\"Latte ×2, bakery ×1\",271.00,"
                                            "Called on 2026-03-20: No answer,2026-03-23\r\n"_s
                             + cardOf(formula) + u",'=1+2,,Normal,at_risk,7,7,20,2026-02-28,,123.45,,\r\n"_s
                             + cardOf(quoted) + u",\"Wang, \"\"Xiao\"\" Ming\",,Normal,dormant,7,7,30,2026-02-18,,60.00,,\r\n"_s)
                                .toUtf8();
    QCOMPARE(CallSheet::columns().join(u','),
             u"card,name,phone,tier,state,typical_gap_days,expected_gap_days,days_absent,last_visit,last_items,spend_12m,"
             "last_contact,snoozed_until"_s);

    QBuffer withBom;
    QVERIFY(withBom.open(QIODevice::WriteOnly));
    REQUIRE_OK(rows, CallSheet::write(db(), snap->alerts, *ladder, withBom, true));
    QCOMPARE(*rows, 3);
    QCOMPARE(withBom.data().left(3), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(withBom.data().mid(3), body);

    QBuffer plain;
    QVERIFY(plain.open(QIODevice::WriteOnly));
    REQUIRE_OK(rows2, CallSheet::write(db(), snap->alerts, *ladder, plain, false));
    QCOMPARE(*rows2, 3);
    QCOMPARE(plain.data(), body);

    // Progress is told every 200 rows and may stop the sheet: with 3 rows it is never asked.
    QBuffer none;
    QVERIFY(none.open(QIODevice::WriteOnly));
    int asked = 0;
    REQUIRE_OK(rows3, CallSheet::write(db(), {}, *ladder, none, false, [&](qint64) { ++asked; return true; }));
    QCOMPARE(*rows3, 0);
    QCOMPARE(none.data(), (CallSheet::columns().join(u',') + u"\r\n"_s).toUtf8());
    QCOMPARE(asked, 0);
}

void TestDormancy::csvWriterFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quotes doubled") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("CR LF") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("= guarded") << u"=SUM(A1:A9)"_s << u"'=SUM(A1:A9)"_s;
    QTest::newRow("+ guarded") << u"+8613800138000"_s << u"'+8613800138000"_s;
    QTest::newRow("- guarded") << u"-5"_s << u"'-5"_s;
    QTest::newRow("@ guarded") << u"@cmd"_s << u"'@cmd"_s;
    QTest::newRow("tab guarded") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("CR guarded and quoted") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("guarded then quoted") << u"=1,2"_s << u"\"'=1,2\""_s;
    QTest::newRow("= inside is fine") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("Chinese") << u"王小明"_s << u"王小明"_s;
}

void TestDormancy::csvWriterFields()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(buffer, false);
    csv.text(u"x"_s).text(text).text(u"y"_s);
    QVERIFY(csv.endRow().ok());
    QVERIFY(csv.flush().ok());   // rows are written in blocks
    QCOMPARE(QString::fromUtf8(buffer.data()), u"x,"_s + written + u",y\r\n"_s);
}

void TestDormancy::csvWriterNumbersAndErrors()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(buffer); // a BOM by default
    csv.money(12'345).money(-50).money(5).money(0).number(-3).number(1'234'567).date(QDate(2026, 3, 9)).date(QDate()).empty();
    QVERIFY(csv.endRow().ok());
    csv.text(u"second"_s);
    QVERIFY(csv.endRow().ok());
    QCOMPARE(csv.rows(), 2);
    QVERIFY(csv.flush().ok());
    // Numbers the program writes are not guarded: -0.50 and -3 stay as they are. One BOM only.
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "123.45,-0.50,0.05,0.00,-3,1234567,2026-03-09,,\r\nsecond\r\n"));

    // A device that refuses the bytes (a full disk): an error, not a silent loss.
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    CsvWriter refused(readOnly, false);
    refused.text(u"x"_s);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(refused.endRow().ok());          // buffered
    const Status s = refused.flush();
    QVERIFY(!s.ok());
    QVERIFY(!refused.flush().ok());          // and it stays failed
}

void TestDormancy::comeback_data()
{
    QTest::addColumn<QList<int>>("gaps");
    QTest::addColumn<int>("absent");
    QTest::addColumn<int>("stateBefore");   // -1: no comeback
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("own");

    // Weekly (7): active ≤ 14, at risk ≤ 28, dormant ≤ 365.
    QTest::newRow("weekly back after 7: no") << QList<int>{7, 7, 7} << 7 << -1 << 7 << true;
    QTest::newRow("weekly back after 14: no") << QList<int>{7, 7, 7} << 14 << -1 << 7 << true;
    QTest::newRow("weekly back after 15: at risk") << QList<int>{7, 7, 7} << 15 << int(MemberState::AtRisk) << 7 << true;
    QTest::newRow("weekly back after 40: dormant") << QList<int>{7, 7, 7} << 40 << int(MemberState::Dormant) << 7 << true;
    QTest::newRow("weekly back after 400: lost") << QList<int>{7, 7, 7} << 400 << int(MemberState::Lost) << 7 << true;
    // Two visit days: no rhythm of their own, the shop's 30: 61 > 60 → at risk.
    QTest::newRow("no rhythm back after 61: at risk") << QList<int>{5} << 61 << int(MemberState::AtRisk) << 30 << false;
    QTest::newRow("no rhythm back after 60: no") << QList<int>{5} << 60 << -1 << 30 << false;
}

void TestDormancy::comeback()
{
    QFETCH(QList<int>, gaps);
    QFETCH(int, absent);
    QFETCH(int, stateBefore);
    QFETCH(int, expected);
    QFETCH(bool, own);
    const QDate first(2024, 2, 5);
    open(first);
    QDate last;
    const qint64 id = memberWithGaps(u"Li Lei"_s, first, gaps, 1'000, &last);
    QVERIFY(id);
    setAt(last.addDays(absent), QTime(16, 0));
    VisitRequest r;
    r.memberId = id;
    r.amountCents = 2'000;
    r.uuid = u"0190d5a8-0000-7000-8000-000000000001"_s;
    REQUIRE_OK(v, CheckoutService(db(), clock()).record(r));
    if (stateBefore < 0) {
        QVERIFY(!v->comeback.has_value());
    } else {
        QVERIFY(v->comeback.has_value());
        QCOMPARE(int(v->comeback->stateBefore), stateBefore);
        QCOMPARE(v->comeback->daysAbsent, absent);
        QCOMPARE(v->comeback->expectedGapDays, expected);
        QCOMPARE(v->comeback->ownRhythm, own);
    }
    // Back now: active, nothing absent.
    QCOMPARE(toString(stateOf(id).state), toString(MemberState::Active));
    QCOMPARE(stateOf(id).daysAbsent, 0);
    // The same UUID again returns the first result, without the comeback (not kept with the visit).
    REQUIRE_OK(again, CheckoutService(db(), clock()).record(r));
    QVERIFY(again->replayed);
    QCOMPARE(again->visitId, v->visitId);
    QVERIFY(!again->comeback.has_value());
}

QTEST_GUILESS_MAIN(TestDormancy)
#include "test_dormancy.moc"
