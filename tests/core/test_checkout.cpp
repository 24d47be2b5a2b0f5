// CheckoutService on a real shop file (SPEC §3.1-3.3, §8.2-8.3): earning with multipliers, items
// and points paid; bonuses and how a void takes them back; redemption limits that refuse and change
// nothing; idempotency by UUID; voids that leave debts and give redeemed points back as lots; FIFO.
// Every expected number is worked out by hand in the test. After every test the ledger check runs.

#include "TestShop.h"

#include "common/Money.h"
#include "members/MemberService.h"
#include "points/ExpiryService.h"
#include "points/PointsService.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/MemberRepository.h"
#include "storage/VisitRepository.h"
#include "visits/CheckoutService.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

VisitLine line(const QString &category, qint64 quantity, qint64 unitCents)
{
    return VisitLine{category, category + u" item"_s, quantity, unitCents};
}

struct LotView {
    QDate earnedOn;
    QDate expiresOn; // invalid: never
    qint64 points = 0;
    qint64 remaining = 0;
    bool operator==(const LotView &) const = default;
};

// QTest prints a differing lot with this (found by argument-dependent lookup).
char *toString(const LotView &l)
{
    return qstrdup(qPrintable(u"{%1 → %2: %3 points, %4 left}"_s.arg(l.earnedOn.toString(Qt::ISODate), l.expiresOn.toString(Qt::ISODate))
                                  .arg(l.points)
                                  .arg(l.remaining)));
}

} // namespace

class TestCheckout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    // earning
    void memberDayEarnsDouble_data();
    void memberDayEarnsDouble();
    void tierPercentBeforeTheVisit_data();
    void tierPercentBeforeTheVisit();
    void categoryPercents();
    void earnedPointsBecomeALot();
    void noPointsOnThePartPaidWithPoints();
    void largestAmount();

    // bonuses
    void birthdayBonusOncePerYear();
    void birthdayBonusComesBackAfterVoid();
    void referralBonusGoesToTheReferrer();
    void referralBonusComesBackAfterVoid();
    void referralBonusComesBackAfterVoidWithLaterVisits();
    void signupBonus();
    void noSignupBonusByDefault();

    // refusals
    void redemptionRefusalChangesNothing_data();
    void redemptionRefusalChangesNothing();
    void itemsMustAddUpToTheAmount();
    void badAmountsRefused_data();
    void badAmountsRefused();
    void archivedMemberRefused();

    // idempotency
    void sameUuidRecordsOneVisit();
    void refusedAttemptLeavesUuidFree();

    // voids
    void voidAfterPointsWereSpentLeavesADebt();
    void voidTwiceRefused();
    void voidGivesRedeemedPointsBackAsALot();
    void voidGivesBackPointsThatHaveExpired();
    void cashierVoidsOnlyToday();

    // FIFO
    void redemptionTakesOldestLotsFirst();

private:
    Database &db() { return m_shop->database(); }
    FixedClock &clock() { return m_shop->clock; }

    qint64 addMember(const QString &name, const QString &birthday = {}, const QString &referrerCard = {});
    QString cardOf(qint64 memberId);
    qint64 balance(qint64 memberId);
    qint64 debt(qint64 memberId);
    qint64 count(const QString &sql);
    QList<LotView> lots(qint64 memberId);
    Result<VisitResult> record(qint64 memberId, qint64 amountCents, qint64 redeem = 0, const QList<VisitLine> &items = {},
                               const QString &uuid = {});
    Result<VoidResult> voidVisit(qint64 visitId, const Operator &op = Operator::owner());
    // Everything a refused operation must leave as it was.
    QString snapshot();
    void setting(const char *key, const QString &value);

    std::unique_ptr<test::TestShop> m_shop;
};

// ---------------------------------------------------------------------------------------------
// helpers

void TestCheckout::init()
{
    // 2026-03-02 is a Monday and not a member day.
    m_shop = std::make_unique<test::TestShop>(u"en"_s, at(2026, 3, 2));
}

void TestCheckout::cleanup()
{
    // Whatever the test did, the ledger must add up.
    if (m_shop) {
        auto report = LedgerCheck(db()).run();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY2(report->ok && report->problems.isEmpty(), qPrintable(report->problems.join(u'\n')));
    }
    m_shop.reset();
}

qint64 TestCheckout::addMember(const QString &name, const QString &birthday, const QString &referrerCard)
{
    MemberFields f;
    f.name = name;
    if (!birthday.isEmpty())
        f.birthday = birthday;
    if (!referrerCard.isEmpty())
        f.referrer = referrerCard;
    auto m = MemberService(db(), clock()).add(f);
    if (!m)
        qWarning("cannot add member %s: %s", qPrintable(name), qPrintable(m.error().message));
    return m ? m->id : 0;
}

QString TestCheckout::cardOf(qint64 memberId)
{
    auto m = MemberRepository(db()).byId(memberId);
    return m ? m->card : QString();
}

qint64 TestCheckout::balance(qint64 memberId)
{
    return count(u"SELECT points FROM members WHERE id = %1"_s.arg(memberId));
}

qint64 TestCheckout::debt(qint64 memberId)
{
    return count(u"SELECT points_debt FROM members WHERE id = %1"_s.arg(memberId));
}

qint64 TestCheckout::count(const QString &sql)
{
    QSqlQuery q(db().connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return -999'999;
    }
    return q.value(0).toLongLong();
}

QList<LotView> TestCheckout::lots(qint64 memberId)
{
    QList<LotView> out;
    auto all = LedgerRepository(db()).lotsOf(memberId);
    if (!all)
        return out;
    for (const Lot &l : std::as_const(*all))
        out << LotView{l.earnedOn, l.expiresOn.value_or(QDate()), l.points, l.remaining};
    return out;
}

Result<VisitResult> TestCheckout::record(qint64 memberId, qint64 amountCents, qint64 redeem, const QList<VisitLine> &items, const QString &uuid)
{
    VisitRequest r;
    r.memberId = memberId;
    r.amountCents = amountCents;
    r.redeemPoints = redeem;
    r.items = items;
    r.uuid = uuid;
    return CheckoutService(db(), clock()).record(r);
}

Result<VoidResult> TestCheckout::voidVisit(qint64 visitId, const Operator &op)
{
    return CheckoutService(db(), clock(), op).voidVisit(visitId, u"test"_s);
}

QString TestCheckout::snapshot()
{
    QString s;
    QSqlQuery q(db().connection());
    for (const QString &sql : {u"SELECT id, points, points_debt, visit_count, coalesce(last_visit_at, ''), tier_level, status FROM members ORDER BY id"_s,
                               u"SELECT id, member_id, kind, points, coalesce(visit_id, 0) FROM ledger ORDER BY id"_s,
                               u"SELECT id, member_id, earned_on, points, remaining FROM lots ORDER BY id"_s,
                               u"SELECT id, uuid, amount_cents, coalesce(voided_at, '') FROM visits ORDER BY id"_s,
                               u"SELECT count(*) FROM visit_items"_s, u"SELECT count(*) FROM audit_log"_s}) {
        if (!q.exec(sql))
            return u"<query failed: "_s + sql + u'>';
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                s += q.value(i).toString() + u'|';
            s += u'\n';
        }
        s += u"--\n"_s;
    }
    return s;
}

void TestCheckout::setting(const char *key, const QString &value)
{
    Status s = Settings(db()).set(QString::fromLatin1(key), value, Operator::owner());
    if (!s)
        qWarning("cannot set %s: %s", key, qPrintable(s.error().message));
}

// ---------------------------------------------------------------------------------------------
// earning

void TestCheckout::memberDayEarnsDouble_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("memberDay");   // empty: the default (11)
    QTest::addColumn<QString>("percent");     // empty: the default (200)
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("promo");
    QTest::addColumn<qint64>("points");

    QTest::newRow("the 11th: ¥100.00 → 200") << at(2026, 3, 11) << QString() << QString() << qint64(10000) << 200 << qint64(200);
    QTest::newRow("the 11th, late evening: ¥55.55 → 111") << at(2026, 4, 11, 23, 59) << QString() << QString() << qint64(5555) << 200 << qint64(111);
    QTest::newRow("the 12th: ¥100.00 → 100") << at(2026, 3, 12) << QString() << QString() << qint64(10000) << 100 << qint64(100);
    QTest::newRow("the 10th, just before midnight: ¥100.00 → 100") << at(2026, 3, 10, 23, 59) << QString() << QString() << qint64(10000) << 100
                                                                   << qint64(100);
    QTest::newRow("member day 20 at 150%, on the 20th: ¥33.33 → 49") << at(2026, 3, 20) << u"20"_s << u"150"_s << qint64(3333) << 150 << qint64(49);
    QTest::newRow("member day 20, on the 11th: ¥100.00 → 100") << at(2026, 3, 11) << u"20"_s << QString() << qint64(10000) << 100 << qint64(100);
    QTest::newRow("member day off, on the 11th: ¥100.00 → 100") << at(2026, 3, 11) << u"0"_s << QString() << qint64(10000) << 100 << qint64(100);
}

void TestCheckout::memberDayEarnsDouble()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, memberDay);
    QFETCH(QString, percent);
    QFETCH(qint64, amount);
    QFETCH(int, promo);
    QFETCH(qint64, points);

    if (!memberDay.isEmpty())
        setting("promo.member_day", memberDay);
    if (!percent.isEmpty())
        setting("promo.member_day_percent", percent);
    const qint64 id = addMember(u"Li Lei"_s);
    QVERIFY(id > 0);
    clock().set(when);
    REQUIRE_OK(r, record(id, amount));
    QCOMPARE(r->promoPercent, promo);
    QCOMPARE(r->pointsEarned, points);
    QCOMPARE(r->bonusPoints, qint64(0));
    QCOMPARE(r->balance, points);
    QCOMPARE(balance(id), points);
    QCOMPARE(r->eligibleCents, amount);
    QCOMPARE(r->replayed, false);
}

void TestCheckout::tierPercentBeforeTheVisit_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<qint64>("points");
    // ¥123.45: Normal/Silver 100% → 123, Gold 120% → 148.14, Platinum 150% → 185.175, Diamond 200% → 246.9
    QTest::newRow("Normal 100%") << 0 << at(2026, 3, 2) << qint64(123);
    QTest::newRow("Silver 100%") << 1 << at(2026, 3, 2) << qint64(123);
    QTest::newRow("Gold 120%") << 2 << at(2026, 3, 2) << qint64(148);
    QTest::newRow("Platinum 150%") << 3 << at(2026, 3, 2) << qint64(185);
    QTest::newRow("Diamond 200%") << 4 << at(2026, 3, 2) << qint64(246);
    // With the member day: Platinum 150 × 200 → 123.45 × 3 = 370.35
    QTest::newRow("Platinum 150% on the member day") << 3 << at(2026, 3, 11) << qint64(370);
}

void TestCheckout::tierPercentBeforeTheVisit()
{
    QFETCH(int, level);
    QFETCH(QDateTime, when);
    QFETCH(qint64, points);
    const qint64 id = addMember(u"Han Meimei"_s);
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"UPDATE members SET tier_level = %1 WHERE id = %2"_s.arg(level).arg(id)));
    db().invalidateCaches();
    clock().set(when);
    REQUIRE_OK(r, record(id, 12345));
    QCOMPARE(r->pointsEarned, points);
    QCOMPARE(balance(id), points);
}

void TestCheckout::categoryPercents()
{
    setting("earn.category_percent.tobacco", u"0"_s);
    setting("earn.category_percent.merch", u"150"_s);
    const qint64 id = addMember(u"Wang Fang"_s);

    // coffee ¥10.50 at 100% + merch ¥10.50 at 150%: 10.50 + 15.75 = 26.25 → 26 (per-line floors would give 25).
    REQUIRE_OK(a, record(id, 2100, 0, {line(u"coffee"_s, 1, 1050), line(u"merch"_s, 1, 1050)}));
    QCOMPARE(a->pointsEarned, qint64(26));

    // coffee 2 × ¥15.00 + tobacco 1 × ¥70.00: only the coffee earns → 30. Category in another case.
    REQUIRE_OK(b, record(id, 10000, 0, {line(u"Coffee"_s, 2, 1500), line(u"TOBACCO"_s, 1, 7000)}));
    QCOMPARE(b->pointsEarned, qint64(30));

    // Tobacco only: nothing.
    REQUIRE_OK(c, record(id, 2500, 0, {line(u"tobacco"_s, 1, 2500)}));
    QCOMPARE(c->pointsEarned, qint64(0));

    QCOMPARE(balance(id), qint64(26 + 30));
    QCOMPARE(count(u"SELECT count(*) FROM visit_items"_s), qint64(5));
}

void TestCheckout::earnedPointsBecomeALot()
{
    const qint64 id = addMember(u"Zhang Wei"_s);
    clock().set(at(2026, 3, 15, 9, 30));
    REQUIRE_OK(r, record(id, 8888));
    QCOMPARE(r->pointsEarned, qint64(88));
    // Earned 2026-03-15: valid through 2027-03-31 (rolling, 12 months).
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 15), QDate(2027, 3, 31), 88, 88}}));
    auto entries = LedgerRepository(db()).entriesOf(id);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(toString(entries->first().kind), u"earn"_s);
    QCOMPARE(entries->first().points, qint64(88));
    QCOMPARE(entries->first().visitId, std::optional<qint64>(r->visitId));
    QCOMPARE(count(u"SELECT visit_count FROM members WHERE id = %1"_s.arg(id)), qint64(1));
}

void TestCheckout::noPointsOnThePartPaidWithPoints()
{
    const qint64 id = addMember(u"Chen Jing"_s);
    REQUIRE_OK(adjusted, PointsService(db(), clock()).adjust(id, 5000, u"opening balance"_s));
    QCOMPARE(*adjusted, qint64(5000));

    // ¥100.00, 2000 points = ¥20.00 paid with points: E = ¥80.00 → 80 points.
    REQUIRE_OK(r, record(id, 10000, 2000));
    QCOMPARE(r->pointsRedeemed, qint64(2000));
    QCOMPARE(r->pointsValueCents, qint64(2000));
    QCOMPARE(r->eligibleCents, qint64(8000));
    QCOMPARE(r->pointsEarned, qint64(80));
    QCOMPARE(r->balance, qint64(5000 - 2000 + 80));
    QCOMPARE(balance(id), qint64(3080));

    // With items: coffee ¥50 at 100% + merch ¥50 at 150%, 2000 points paid: E = ¥80 at 125% → 100.
    setting("earn.category_percent.merch", u"150"_s);
    REQUIRE_OK(w, record(id, 10000, 2000, {line(u"coffee"_s, 1, 5000), line(u"merch"_s, 2, 2500)}));
    QCOMPARE(w->pointsEarned, qint64(100));
    QCOMPARE(balance(id), qint64(3080 - 2000 + 100));

    // Exactly half (the most allowed) on the member day: ¥20.00, 1000 points → E = ¥10.00 × 200% = 20.
    clock().set(at(2026, 3, 11));
    REQUIRE_OK(h, record(id, 2000, 1000));
    QCOMPARE(h->pointsValueCents, qint64(1000));
    QCOMPARE(h->pointsEarned, qint64(20));
    QCOMPARE(balance(id), qint64(1180 - 1000 + 20));
}

void TestCheckout::largestAmount()
{
    const qint64 id = addMember(u"Big Spender"_s);
    REQUIRE_OK(r, record(id, Money::kMaxCents));
    QCOMPARE(r->pointsEarned, qint64(1'000'000));
    QCOMPARE(balance(id), qint64(1'000'000));
}

// ---------------------------------------------------------------------------------------------
// bonuses

void TestCheckout::birthdayBonusOncePerYear()
{
    const qint64 id = addMember(u"Birthday Girl"_s, u"05-20"_s);

    clock().set(at(2026, 4, 30, 18));
    REQUIRE_OK(april, record(id, 1000));
    QCOMPARE(april->bonusPoints, qint64(0)); // not the birthday month

    clock().set(at(2026, 5, 2));
    REQUIRE_OK(first, record(id, 1000));
    QCOMPARE(first->pointsEarned, qint64(10));
    QCOMPARE(first->bonusPoints, qint64(100));
    QCOMPARE(first->balance, qint64(10 + 10 + 100));
    QCOMPARE(first->bonuses.size(), 1);
    QCOMPARE(first->bonuses.first().reason, u"birthday"_s);
    QCOMPARE(first->bonuses.first().memberId, id);

    clock().set(at(2026, 5, 20));
    REQUIRE_OK(second, record(id, 1000));
    QCOMPARE(second->bonusPoints, qint64(0)); // once a year

    clock().set(at(2026, 6, 1));
    REQUIRE_OK(june, record(id, 1000));
    QCOMPARE(june->bonusPoints, qint64(0));

    clock().set(at(2027, 5, 31, 21));
    REQUIRE_OK(nextYear, record(id, 1000));
    QCOMPARE(nextYear->bonusPoints, qint64(100)); // a new calendar year

    QCOMPARE(balance(id), qint64(5 * 10 + 2 * 100));
    QCOMPARE(count(u"SELECT count(*) FROM ledger WHERE kind = 'bonus' AND reason = 'birthday' AND member_id = %1"_s.arg(id)), qint64(2));
    // The bonus is a lot like earned points, dated the day it was granted.
    QCOMPARE(count(u"SELECT count(*) FROM lots t JOIN ledger l ON l.id = t.ledger_id WHERE l.kind = 'bonus' AND t.points = 100"_s), qint64(2));
}

void TestCheckout::birthdayBonusComesBackAfterVoid()
{
    setting("bonus.birthday_points", u"150"_s);
    const qint64 id = addMember(u"Birthday Boy"_s, u"1990-07-04"_s);

    clock().set(at(2026, 7, 3));
    REQUIRE_OK(first, record(id, 2000));
    QCOMPARE(first->bonusPoints, qint64(150));
    QCOMPARE(balance(id), qint64(20 + 150));

    clock().set(at(2026, 7, 4));
    REQUIRE_OK(second, record(id, 3000));
    QCOMPARE(second->bonusPoints, qint64(0));
    QCOMPARE(balance(id), qint64(20 + 150 + 30));

    // Voiding the birthday visit takes back its 20 points and the 150 bonus.
    REQUIRE_OK(voided, voidVisit(first->visitId));
    QCOMPARE(voided->pointsTakenBack, qint64(20 + 150));
    QCOMPARE(voided->balance, qint64(30));
    QCOMPARE(balance(id), qint64(30));

    // The next visit in July 2026 gets it again …
    clock().set(at(2026, 7, 20));
    REQUIRE_OK(third, record(id, 1000));
    QCOMPARE(third->bonusPoints, qint64(150));
    QCOMPARE(balance(id), qint64(30 + 10 + 150));

    // … and only that one.
    clock().set(at(2026, 7, 21));
    REQUIRE_OK(fourth, record(id, 1000));
    QCOMPARE(fourth->bonusPoints, qint64(0));
    clock().set(at(2026, 8, 1));
    REQUIRE_OK(august, record(id, 1000));
    QCOMPARE(august->bonusPoints, qint64(0));
    QCOMPARE(balance(id), qint64(30 + 10 + 150 + 10 + 10));
}

void TestCheckout::referralBonusGoesToTheReferrer()
{
    const qint64 referrer = addMember(u"Old Friend"_s);
    const qint64 referred = addMember(u"New Friend"_s, u"03-09"_s, cardOf(referrer));
    QVERIFY(referred > 0);

    // The referred member's first visit, in her birthday month: her bonus_points count only her
    // birthday bonus; the referral's 200 go to the referrer.
    clock().set(at(2026, 3, 3));
    REQUIRE_OK(first, record(referred, 5000));
    QCOMPARE(first->pointsEarned, qint64(50));
    QCOMPARE(first->bonusPoints, qint64(100));
    QCOMPARE(first->balance, qint64(150));
    QCOMPARE(balance(referred), qint64(150));
    QCOMPARE(balance(referrer), qint64(200));
    QCOMPARE(first->bonuses.size(), 2);
    bool sawReferral = false;
    for (const BonusGranted &b : std::as_const(first->bonuses)) {
        if (b.reason == u"referral") {
            sawReferral = true;
            QCOMPARE(b.memberId, referrer);
            QCOMPARE(b.points, qint64(200));
        } else {
            QCOMPARE(b.reason, u"birthday"_s);
            QCOMPARE(b.memberId, referred);
        }
    }
    QVERIFY(sawReferral);
    QCOMPARE(count(u"SELECT related_member_id FROM ledger WHERE member_id = %1 AND kind = 'bonus' AND reason = 'referral'"_s.arg(referrer)),
             referred);

    // The second visit gives the referrer nothing more.
    clock().set(at(2026, 3, 4));
    REQUIRE_OK(second, record(referred, 5000));
    QCOMPARE(second->bonusPoints, qint64(0));
    QCOMPARE(second->bonuses.size(), 0);
    QCOMPARE(balance(referrer), qint64(200));

    // The referrer's own visits bring no referral bonus.
    REQUIRE_OK(own, record(referrer, 1000));
    QCOMPARE(own->bonusPoints, qint64(0));
    QCOMPARE(balance(referrer), qint64(210));
}

void TestCheckout::referralBonusComesBackAfterVoid()
{
    const qint64 referrer = addMember(u"Referrer"_s);
    const qint64 referred = addMember(u"Referred"_s, {}, cardOf(referrer));

    REQUIRE_OK(first, record(referred, 1000));
    QCOMPARE(balance(referrer), qint64(200));
    QCOMPARE(first->bonusPoints, qint64(0));

    REQUIRE_OK(voided, voidVisit(first->visitId));
    QCOMPARE(voided->pointsTakenBack, qint64(10 + 200));
    QCOMPARE(balance(referrer), qint64(0));
    QCOMPARE(balance(referred), qint64(0));

    // The referred member's next visit grants it again.
    clock().set(at(2026, 3, 5));
    REQUIRE_OK(again, record(referred, 1000));
    QCOMPARE(again->bonusPoints, qint64(0));
    QCOMPARE(balance(referrer), qint64(200));
    QCOMPARE(again->bonuses.size(), 1);

    // Once.
    REQUIRE_OK(more, record(referred, 1000));
    QCOMPARE(more->bonuses.size(), 0);
    QCOMPARE(balance(referrer), qint64(200));
}

// SPEC §3.1: "they are granted again at the next visit that qualifies (… the referred member's next
// visit)" — also when the voided first visit was followed by others before the void.
void TestCheckout::referralBonusComesBackAfterVoidWithLaterVisits()
{
    const qint64 referrer = addMember(u"Referrer"_s);
    const qint64 referred = addMember(u"Referred"_s, {}, cardOf(referrer));

    REQUIRE_OK(first, record(referred, 1000));
    clock().set(at(2026, 3, 3));
    REQUIRE_OK(second, record(referred, 1000));
    QCOMPARE(balance(referrer), qint64(200));

    clock().set(at(2026, 3, 4));
    REQUIRE_OK(voided, voidVisit(first->visitId));
    QCOMPARE(balance(referrer), qint64(0));

    clock().set(at(2026, 3, 5));
    REQUIRE_OK(next, record(referred, 1000));
    QCOMPARE(next->bonuses.size(), 1);
    QCOMPARE(balance(referrer), qint64(200));

    clock().set(at(2026, 3, 6));
    REQUIRE_OK(after, record(referred, 1000));
    QCOMPARE(after->bonuses.size(), 0);
    QCOMPARE(balance(referrer), qint64(200));
}

void TestCheckout::signupBonus()
{
    setting("bonus.signup_points", u"50"_s);
    const qint64 id = addMember(u"Newcomer"_s);
    QVERIFY(id > 0);
    QCOMPARE(balance(id), qint64(50));
    auto entries = LedgerRepository(db()).entriesOf(id);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(toString(entries->first().kind), u"bonus"_s);
    QCOMPARE(entries->first().reason, u"signup"_s);
    QCOMPARE(entries->first().points, qint64(50));
    QVERIFY(!entries->first().visitId.has_value());
    // A lot, dated the day of joining.
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 2), QDate(2027, 3, 31), 50, 50}}));

    // The first visit adds to it; no second sign-up bonus.
    REQUIRE_OK(r, record(id, 1000));
    QCOMPARE(r->bonusPoints, qint64(0));
    QCOMPARE(r->balance, qint64(60));
}

void TestCheckout::noSignupBonusByDefault()
{
    const qint64 id = addMember(u"Newcomer"_s);
    QCOMPARE(balance(id), qint64(0));
    QCOMPARE(count(u"SELECT count(*) FROM ledger"_s), qint64(0));
    QCOMPARE(count(u"SELECT count(*) FROM lots"_s), qint64(0));
}

// ---------------------------------------------------------------------------------------------
// refusals change nothing

void TestCheckout::redemptionRefusalChangesNothing_data()
{
    QTest::addColumn<qint64>("startPoints");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("redeem");
    QTest::addColumn<int>("code");
    const int refused = int(ErrorCode::Refused);
    QTest::newRow("below min_points: 99") << qint64(1000) << qint64(10000) << qint64(99) << refused;
    QTest::newRow("above the balance: 1001 of 1000") << qint64(1000) << qint64(1000000) << qint64(1001) << refused;
    QTest::newRow("above 50% of the amount: 5001 points on ¥100.00") << qint64(10000) << qint64(10000) << qint64(5001) << refused;
    QTest::newRow("above 50% of a small amount: 100 points on ¥1.99") << qint64(1000) << qint64(199) << qint64(100) << refused;
    QTest::newRow("negative") << qint64(1000) << qint64(10000) << qint64(-100) << int(ErrorCode::Invalid);
    QTest::newRow("no points at all") << qint64(0) << qint64(10000) << qint64(100) << refused;
}

void TestCheckout::redemptionRefusalChangesNothing()
{
    QFETCH(qint64, startPoints);
    QFETCH(qint64, amount);
    QFETCH(qint64, redeem);
    QFETCH(int, code);
    const qint64 id = addMember(u"Careful"_s);
    if (startPoints > 0)
        QVERIFY(PointsService(db(), clock()).adjust(id, startPoints, u"start"_s).ok());
    const QString before = snapshot();
    const qint64 ledgerRows = count(u"SELECT count(*) FROM ledger"_s);

    auto r = record(id, amount, redeem);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.trimmed().isEmpty());

    QCOMPARE(snapshot(), before);
    QCOMPARE(balance(id), startPoints);
    QCOMPARE(count(u"SELECT count(*) FROM ledger"_s), ledgerRows);
    QCOMPARE(count(u"SELECT count(*) FROM visits"_s), qint64(0));

    // The largest allowed redemption still goes through, for contrast: exactly 50% or the balance.
    if (code == int(ErrorCode::Refused) && startPoints >= 100 && amount >= 200) {
        const qint64 allowed = std::min(startPoints, amount / 2);
        REQUIRE_OK(ok, record(id, amount, allowed));
        QCOMPARE(ok->pointsRedeemed, allowed);
    }
}

void TestCheckout::itemsMustAddUpToTheAmount()
{
    const qint64 id = addMember(u"Items"_s);
    const QString before = snapshot();
    // 2 × ¥5.00 + ¥5.00 = ¥15.00, not ¥16.00.
    auto r = record(id, 1600, 0, {line(u"coffee"_s, 2, 500), line(u"cake"_s, 1, 500)});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Refused);
    QCOMPARE(r.error().field, u"items"_s);
    QVERIFY(!r.error().message.isEmpty());
    // One cent short is refused as well.
    auto cent = record(id, 1500, 0, {line(u"coffee"_s, 2, 500), line(u"cake"_s, 1, 499)});
    QVERIFY(!cent.ok());
    QCOMPARE(cent.error().code, ErrorCode::Refused);
    QCOMPARE(snapshot(), before);

    // The same items with the right amount are recorded.
    REQUIRE_OK(ok, record(id, 1500, 0, {line(u"coffee"_s, 2, 500), line(u"cake"_s, 1, 500)}));
    QCOMPARE(ok->pointsEarned, qint64(15));
}

void TestCheckout::badAmountsRefused_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("minus one cent") << qint64(-1);
    QTest::newRow("minus ¥100") << qint64(-10000);
    QTest::newRow("one cent above the largest amount") << Money::kMaxCents + 1;
    QTest::newRow("absurdly large") << qint64(10'000'000'000'000LL);
}

void TestCheckout::badAmountsRefused()
{
    QFETCH(qint64, amount);
    const qint64 id = addMember(u"Amounts"_s);
    const QString before = snapshot();
    auto r = record(id, amount);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.error().field, u"amount"_s);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(snapshot(), before);
}

void TestCheckout::archivedMemberRefused()
{
    const qint64 id = addMember(u"Gone Away"_s);
    REQUIRE_OK(r1, record(id, 1000));
    QVERIFY(MemberService(db(), clock()).archive(id).ok());
    const QString before = snapshot();
    auto r = record(id, 1000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Refused);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(snapshot(), before);
    QCOMPARE(balance(id), qint64(10));
}

// ---------------------------------------------------------------------------------------------
// idempotency

void TestCheckout::sameUuidRecordsOneVisit()
{
    const qint64 id = addMember(u"Retry"_s);
    const qint64 other = addMember(u"Someone Else"_s);
    REQUIRE_OK(first, record(id, 10000, 0, {}, u"till-1-0001"_s));
    QCOMPARE(first->uuid, u"till-1-0001"_s);
    QCOMPARE(first->pointsEarned, qint64(100));
    QVERIFY(!first->replayed);
    const QString before = snapshot();

    // The same UUID with another amount, points, items, even another member and another day:
    // the first result, nothing recorded.
    clock().set(at(2026, 3, 11));
    REQUIRE_OK(again, record(id, 99900, 0, {}, u"till-1-0001"_s));
    REQUIRE_OK(items, record(id, 500, 0, {line(u"coffee"_s, 1, 400)}, u"till-1-0001"_s));
    REQUIRE_OK(bad, record(id, -5, 0, {}, u"till-1-0001"_s));
    REQUIRE_OK(elsewhere, record(other, 10000, 0, {}, u"till-1-0001"_s));
    for (const VisitResult *r : {&*again, &*items, &*bad, &*elsewhere}) {
        QVERIFY(r->replayed);
        QCOMPARE(r->visitId, first->visitId);
        QCOMPARE(r->uuid, first->uuid);
        QCOMPARE(r->memberId, id);
        QCOMPARE(r->at, first->at);
        QCOMPARE(r->amountCents, qint64(10000));
        QCOMPARE(r->pointsEarned, qint64(100));
        QCOMPARE(r->pointsRedeemed, qint64(0));
        QCOMPARE(r->bonusPoints, qint64(0));
        QCOMPARE(r->balance, qint64(100));
        QCOMPARE(r->promoPercent, 100);
    }
    QCOMPARE(snapshot(), before);
    QCOMPARE(count(u"SELECT count(*) FROM visits"_s), qint64(1));
    QCOMPARE(balance(id), qint64(100));
    QCOMPARE(balance(other), qint64(0));

    // A later visit moves the balance on; the replay still answers with the first result.
    REQUIRE_OK(later, record(id, 5000));
    QCOMPARE(later->balance, qint64(100 + 100)); // member day: 50 × 2
    REQUIRE_OK(replay, record(id, 10000, 0, {}, u"till-1-0001"_s));
    QCOMPARE(replay->balance, qint64(100));
    QCOMPARE(replay->visitId, first->visitId);
}

void TestCheckout::refusedAttemptLeavesUuidFree()
{
    const qint64 id = addMember(u"Second Try"_s);
    QVERIFY(PointsService(db(), clock()).adjust(id, 300, u"start"_s).ok());
    const QString before = snapshot();
    auto refused = record(id, 1000, 99, {}, u"till-2-0042"_s); // below min_points
    QVERIFY(!refused.ok());
    QCOMPARE(snapshot(), before);

    REQUIRE_OK(ok, record(id, 1000, 0, {}, u"till-2-0042"_s));
    QVERIFY(!ok->replayed);
    QCOMPARE(ok->uuid, u"till-2-0042"_s);
    QCOMPARE(ok->pointsEarned, qint64(10));
    QCOMPARE(count(u"SELECT count(*) FROM visits WHERE uuid = 'till-2-0042'"_s), qint64(1));
    QCOMPARE(balance(id), qint64(310));
}

// ---------------------------------------------------------------------------------------------
// voids (SPEC §8.3)

void TestCheckout::voidAfterPointsWereSpentLeavesADebt()
{
    setting("earn.category_percent.tobacco", u"0"_s);
    const qint64 id = addMember(u"Spender"_s);

    clock().set(at(2026, 3, 2));
    REQUIRE_OK(v1, record(id, 50000)); // 500 points
    QCOMPARE(v1->pointsEarned, qint64(500));

    // ¥8.00 of tobacco (earns nothing), 400 points = ¥4.00 = exactly 50% paid with points.
    clock().set(at(2026, 3, 3));
    REQUIRE_OK(v2, record(id, 800, 400, {line(u"tobacco"_s, 1, 800)}));
    QCOMPARE(v2->pointsEarned, qint64(0));
    QCOMPARE(balance(id), qint64(100));

    // Voiding the first visit takes back all 500: 100 from its lot, 400 become a debt.
    clock().set(at(2026, 3, 4));
    REQUIRE_OK(voided, voidVisit(v1->visitId));
    QCOMPARE(voided->pointsTakenBack, qint64(500));
    QCOMPARE(voided->pointsReturned, qint64(0));
    QCOMPARE(voided->balance, qint64(-400));
    QCOMPARE(balance(id), qint64(-400));
    QCOMPARE(debt(id), qint64(400));
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 2), QDate(2027, 3, 31), 500, 0}}));
    {
        auto report = LedgerCheck(db()).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
    }

    // Nothing can be redeemed while in debt.
    auto refused = record(id, 100000, 100);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Refused);

    // Later earnings pay the debt first: the balance rises by the points, the lot holds what is
    // left after the debt.
    clock().set(at(2026, 3, 5));
    REQUIRE_OK(v3, record(id, 10000)); // 100 points
    QCOMPARE(v3->balance, qint64(-300));
    QCOMPARE(balance(id), qint64(-300));
    QCOMPARE(debt(id), qint64(300));

    clock().set(at(2026, 3, 6));
    REQUIRE_OK(v4, record(id, 100000)); // 1000 points
    QCOMPARE(v4->balance, qint64(700));
    QCOMPARE(balance(id), qint64(700));
    QCOMPARE(debt(id), qint64(0));
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 2), QDate(2027, 3, 31), 500, 0},
                                       {QDate(2026, 3, 5), QDate(2027, 3, 31), 100, 0},
                                       {QDate(2026, 3, 6), QDate(2027, 3, 31), 1000, 700}}));
    QCOMPARE(count(u"SELECT sum(points) FROM ledger WHERE member_id = %1"_s.arg(id)), qint64(700));
}

void TestCheckout::voidTwiceRefused()
{
    const qint64 id = addMember(u"Twice"_s);
    REQUIRE_OK(v, record(id, 12300));
    REQUIRE_OK(first, voidVisit(v->visitId));
    QCOMPARE(first->balance, qint64(0));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'visit.void'"_s), qint64(1));
    const QString before = snapshot();

    auto second = voidVisit(v->visitId);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Refused);
    QVERIFY(!second.error().message.isEmpty());
    QCOMPARE(snapshot(), before);

    auto missing = voidVisit(v->visitId + 100);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(count(u"SELECT visit_count FROM members WHERE id = %1"_s.arg(id)), qint64(0));
}

void TestCheckout::voidGivesRedeemedPointsBackAsALot()
{
    const qint64 id = addMember(u"Refund"_s);
    clock().set(at(2026, 3, 2));
    REQUIRE_OK(v1, record(id, 60000)); // 600

    // 2026-06-15: ¥600.00 with 300 points (¥3.00) paid: E = ¥597.00 → 597 points.
    clock().set(at(2026, 6, 15));
    REQUIRE_OK(v2, record(id, 60000, 300));
    QCOMPARE(v2->pointsEarned, qint64(597));
    QCOMPARE(balance(id), qint64(600 - 300 + 597));
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 2), QDate(2027, 3, 31), 600, 300}, {QDate(2026, 6, 15), QDate(2027, 6, 30), 597, 597}}));

    // Voided in August: the 597 go, the 300 come back as a lot earned on 2026-06-15 (the visit's
    // date), so valid through 2027-06-30 — not through 2027-08-31.
    clock().set(at(2026, 8, 3));
    REQUIRE_OK(voided, voidVisit(v2->visitId));
    QCOMPARE(voided->pointsTakenBack, qint64(597));
    QCOMPARE(voided->pointsReturned, qint64(300));
    QCOMPARE(voided->balance, qint64(600));
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 2), QDate(2027, 3, 31), 600, 300},
                                       {QDate(2026, 6, 15), QDate(2027, 6, 30), 597, 0},
                                       {QDate(2026, 6, 15), QDate(2027, 6, 30), 300, 300}}));
    QCOMPARE(count(u"SELECT count(*) FROM ledger WHERE kind = 'reverse' AND member_id = %1"_s.arg(id)), qint64(2));
    QCOMPARE(count(u"SELECT count(*) FROM ledger r JOIN ledger o ON o.id = r.reverses_id WHERE r.points = -o.points"_s), qint64(2));
    QCOMPARE(count(u"SELECT count(*) FROM visits WHERE voided_at IS NOT NULL"_s), qint64(1));
    QCOMPARE(count(u"SELECT visit_count FROM members WHERE id = %1"_s.arg(id)), qint64(1));
}

void TestCheckout::voidGivesBackPointsThatHaveExpired()
{
    setting("earn.category_percent.tobacco", u"0"_s);
    const qint64 id = addMember(u"Late Refund"_s);
    clock().set(at(2026, 3, 5));
    REQUIRE_OK(v1, record(id, 60000)); // 600, valid through 2027-03-31
    clock().set(at(2026, 3, 20));
    REQUIRE_OK(v2, record(id, 400, 200, {line(u"tobacco"_s, 1, 400)})); // 200 points = ¥2.00 = 50%, earns 0
    QCOMPARE(balance(id), qint64(400));
    clock().set(at(2027, 1, 10));
    REQUIRE_OK(v3, record(id, 10000)); // 100, valid through 2028-01-31
    QCOMPARE(balance(id), qint64(500));

    // 2027-04-10: the 400 left of the March 2026 lot have expired.
    clock().set(at(2027, 4, 10));
    REQUIRE_OK(expired, ExpiryService(db(), clock()).run());
    QCOMPARE(expired->points, qint64(400));
    QCOMPARE(balance(id), qint64(100));

    // Voiding the March 2026 visit gives back 200 points that were valid only through 2027-03-31:
    // they expire at once.
    REQUIRE_OK(voided, voidVisit(v2->visitId));
    QCOMPARE(voided->pointsReturned, qint64(200));
    QCOMPARE(voided->pointsTakenBack, qint64(0));
    QCOMPARE(voided->balance, qint64(100));
    QCOMPARE(balance(id), qint64(100));
    QCOMPARE(count(u"SELECT count(*) FROM ledger WHERE kind = 'expire' AND member_id = %1"_s.arg(id)), qint64(2));
    QCOMPARE(count(u"SELECT count(*) FROM ledger WHERE kind = 'expire' AND points = -200 AND member_id = %1"_s.arg(id)), qint64(1));
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 5), QDate(2027, 3, 31), 600, 0},
                                       {QDate(2026, 3, 20), QDate(2027, 3, 31), 200, 0},
                                       {QDate(2027, 1, 10), QDate(2028, 1, 31), 100, 100}}));
    // Nothing is left to expire.
    REQUIRE_OK(again, ExpiryService(db(), clock()).run());
    QCOMPARE(again->points, qint64(0));
}

void TestCheckout::cashierVoidsOnlyToday()
{
    const Operator cashier{u"cashier"_s, Role::Cashier};
    const qint64 id = addMember(u"Counter"_s);
    clock().set(at(2026, 3, 12, 9));
    VisitRequest req;
    req.memberId = id;
    req.amountCents = 1000;
    REQUIRE_OK(today, CheckoutService(db(), clock(), cashier).record(req));
    REQUIRE_OK(yesterday, CheckoutService(db(), clock(), cashier).record(req));

    clock().set(at(2026, 3, 12, 18));
    REQUIRE_OK(voidedToday, voidVisit(today->visitId, cashier));
    QCOMPARE(voidedToday->balance, qint64(10));

    clock().set(at(2026, 3, 13, 8));
    const QString before = snapshot();
    auto refused = voidVisit(yesterday->visitId, cashier);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Permission);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(snapshot(), before);

    REQUIRE_OK(byOwner, voidVisit(yesterday->visitId, Operator::owner()));
    QCOMPARE(byOwner->balance, qint64(0));
    QCOMPARE(count(u"SELECT count(*) FROM visits WHERE voided_by = 'cashier'"_s), qint64(1));
    QCOMPARE(count(u"SELECT count(*) FROM visits WHERE voided_by = 'owner'"_s), qint64(1));
}

// ---------------------------------------------------------------------------------------------
// FIFO

void TestCheckout::redemptionTakesOldestLotsFirst()
{
    const qint64 id = addMember(u"Regular"_s);
    clock().set(at(2026, 3, 2));
    REQUIRE_OK(a, record(id, 12000)); // 120
    clock().set(at(2026, 4, 3));
    REQUIRE_OK(b, record(id, 13000)); // 130
    clock().set(at(2026, 5, 4));
    REQUIRE_OK(c, record(id, 14000)); // 140
    QCOMPARE(balance(id), qint64(390));

    // 200 points: 120 from March, 80 from April.
    clock().set(at(2026, 5, 5));
    REQUIRE_OK(r, record(id, 60000, 200)); // earns (60000 − 200) / 100 = 598
    QCOMPARE(r->pointsEarned, qint64(598));
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 2), QDate(2027, 3, 31), 120, 0},
                                       {QDate(2026, 4, 3), QDate(2027, 4, 30), 130, 50},
                                       {QDate(2026, 5, 4), QDate(2027, 5, 31), 140, 140},
                                       {QDate(2026, 5, 5), QDate(2027, 5, 31), 598, 598}}));

    // 150 more: 50 from April, 100 from the first May lot.
    clock().set(at(2026, 5, 6));
    REQUIRE_OK(s, record(id, 30000, 150)); // earns (30000 − 150) / 100 = 298.5 → 298
    QCOMPARE(s->pointsEarned, qint64(298));
    QCOMPARE(lots(id), (QList<LotView>{{QDate(2026, 3, 2), QDate(2027, 3, 31), 120, 0},
                                       {QDate(2026, 4, 3), QDate(2027, 4, 30), 130, 0},
                                       {QDate(2026, 5, 4), QDate(2027, 5, 31), 140, 40},
                                       {QDate(2026, 5, 5), QDate(2027, 5, 31), 598, 598},
                                       {QDate(2026, 5, 6), QDate(2027, 5, 31), 298, 298}}));
    QCOMPARE(balance(id), qint64(390 - 200 + 598 - 150 + 298));
}

QTEST_GUILESS_MAIN(TestCheckout)
#include "test_checkout.moc"
