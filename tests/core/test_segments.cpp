// RFM segments and the Pareto share (SPEC §3.7): quintile scores (ties share a score), the segment
// grid, members who did not come in 12 months, the top ⌈20%⌉; and the visits of the 12 months each
// member's row keeps for them (a visit adds, a void takes back, the window moves), so that every
// member's segment comes from one pass over the members.

#include "TestShop.h"

#include "coupons/CouponService.h"
#include "members/MemberService.h"
#include "segments/Rfm.h"
#include "segments/SegmentService.h"
#include "shop/ShopMaintenance.h"
#include "storage/Database.h"
#include "visits/CheckoutService.h"

#include <QSqlQuery>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

class TestSegments : public QObject {
    Q_OBJECT

private slots:
    void quintiles_data();
    void quintiles();
    void segmentGrid_data();
    void segmentGrid();
    void onlyMembersWhoCameAreScored();
    void pareto_data();
    void pareto();
    void visitsOfTwelveMonthsKeptOnTheRow();
    void campaignBySegment();
};

void TestSegments::quintiles_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QList<int>>("scores");
    // 1 + ⌊5 × (how many are smaller) / n⌋.
    QTest::newRow("five distinct") << QList<qint64>{50, 10, 40, 20, 30} << QList<int>{5, 1, 4, 2, 3};
    QTest::newRow("ten") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
    QTest::newRow("ties share the lower score") << QList<qint64>{7, 7, 7, 9} << QList<int>{1, 1, 1, 4};
    QTest::newRow("all equal") << QList<qint64>{3, 3, 3} << QList<int>{1, 1, 1};
    QTest::newRow("one") << QList<qint64>{42} << QList<int>{1};
}

void TestSegments::quintiles()
{
    QFETCH(QList<qint64>, values);
    QFETCH(QList<int>, scores);
    QCOMPARE(Rfm::quintiles(values), scores);
}

void TestSegments::segmentGrid_data()
{
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("f");
    QTest::addColumn<QString>("segment");
    QTest::newRow("5 5") << 5 << 5 << u"champions"_s;
    QTest::newRow("4 4") << 4 << 4 << u"champions"_s;
    QTest::newRow("4 3") << 4 << 3 << u"loyal"_s;
    QTest::newRow("3 5") << 3 << 5 << u"loyal"_s;
    QTest::newRow("3 3") << 3 << 3 << u"loyal"_s;
    QTest::newRow("5 2") << 5 << 2 << u"potential"_s;
    QTest::newRow("3 2") << 3 << 2 << u"potential"_s;
    QTest::newRow("3 1") << 3 << 1 << u"potential"_s;
    QTest::newRow("5 1") << 5 << 1 << u"new"_s;
    QTest::newRow("4 1") << 4 << 1 << u"new"_s;
    QTest::newRow("2 5") << 2 << 5 << u"at_risk"_s;
    QTest::newRow("2 3") << 2 << 3 << u"at_risk"_s;
    QTest::newRow("1 3") << 1 << 3 << u"at_risk"_s;
    QTest::newRow("1 4") << 1 << 4 << u"cant_lose"_s;
    QTest::newRow("1 5") << 1 << 5 << u"cant_lose"_s;
    QTest::newRow("2 2") << 2 << 2 << u"hibernating"_s;
    QTest::newRow("2 1") << 2 << 1 << u"hibernating"_s;
    QTest::newRow("1 2") << 1 << 2 << u"lost"_s;
    QTest::newRow("1 1") << 1 << 1 << u"lost"_s;
}

void TestSegments::segmentGrid()
{
    QFETCH(int, r);
    QFETCH(int, f);
    QFETCH(QString, segment);
    QCOMPARE(toString(Rfm::segmentOf(r, f)), segment);
}

void TestSegments::onlyMembersWhoCameAreScored()
{
    // Members 1–5 came (days away 1, 10, 100, 200, 364); 6 came 365 days ago, 7 never.
    const QList<RfmInput> in = {{1, 1, 12, 90'000}, {2, 10, 6, 40'000}, {3, 100, 3, 20'000}, {4, 200, 2, 9'000},
                                {5, 364, 1, 1'000}, {6, 365, 1, 5'000}, {7, -1, 0, 0}};
    const QList<RfmScore> s = Rfm::score(in);
    QCOMPARE(s.size(), 7);
    // Among five: recency, frequency and money all rank 1 … 5 in the same order.
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(s.at(i).memberId, in.at(i).memberId);
        QCOMPARE(s.at(i).recency, 5 - i);
        QCOMPARE(s.at(i).frequency, 5 - i);
        QCOMPARE(s.at(i).monetary, 5 - i);
    }
    QCOMPARE(toString(s.at(0).segment), u"champions"_s);   // R5 F5
    QCOMPARE(toString(s.at(1).segment), u"champions"_s);   // R4 F4
    QCOMPARE(toString(s.at(2).segment), u"loyal"_s);       // R3 F3
    QCOMPARE(toString(s.at(3).segment), u"hibernating"_s); // R2 F2
    QCOMPARE(toString(s.at(4).segment), u"lost"_s);        // R1 F1
    for (int i : {5, 6}) {
        QCOMPARE(s.at(i).recency, 0);
        QCOMPARE(toString(s.at(i).segment), u"lost"_s);
    }
}

void TestSegments::pareto_data()
{
    QTest::addColumn<QList<qint64>>("spends");
    QTest::addColumn<qint64>("members");
    QTest::addColumn<qint64>("top");
    QTest::addColumn<qint64>("share");
    // SPEC §3.7: 10 members → the top 2. 100 + 90 of 550 = 34.545…% → 3455.
    QTest::newRow("ten") << QList<qint64>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100} << qint64(10) << qint64(2) << qint64(3455);
    // Zeros do not count; 11 with spend → ⌈2.2⌉ = 3: (11+10+9) / 66 = 45.45%.
    QTest::newRow("eleven and zeros") << QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0} << qint64(11) << qint64(3) << qint64(4545);
    QTest::newRow("one") << QList<qint64>{500} << qint64(1) << qint64(1) << qint64(10000);
    QTest::newRow("nobody") << QList<qint64>{0, 0} << qint64(0) << qint64(0) << qint64(0);
}

void TestSegments::pareto()
{
    QFETCH(QList<qint64>, spends);
    QFETCH(qint64, members);
    QFETCH(qint64, top);
    QFETCH(qint64, share);
    const Rfm::Pareto p = Rfm::pareto(spends);
    QCOMPARE(p.members, members);
    QCOMPARE(p.topMembers, top);
    QCOMPARE(p.top20ShareBasisPoints, share);
    if (members > 0) {
        QCOMPARE(p.curveBasisPoints.size(), 10);
        QCOMPARE(p.curveBasisPoints.last(), 10000);
        QVERIFY(std::is_sorted(p.curveBasisPoints.cbegin(), p.curveBasisPoints.cend()));
    }
}

namespace {
qint64 visits12m(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT visits_12m FROM members WHERE id = %1"_s.arg(id)) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 record(Database &db, qint64 member, const QDateTime &at, qint64 cents = 10'000)
{
    FixedClock clock(at);
    VisitRequest r;
    r.memberId = member;
    r.amountCents = cents;
    auto v = CheckoutService(db, clock).record(r);
    return v ? v->visitId : -1;
}
} // namespace

void TestSegments::visitsOfTwelveMonthsKeptOnTheRow()
{
    test::TestShop shop(u"en"_s, QDateTime(QDate(2025, 1, 1), QTime(9, 0)));
    Database &db = shop.database();
    MemberFields f;
    f.name = u"Li Lei"_s;
    const qint64 id = MemberService(db, shop.clock).add(f)->id;
    // The window is counted up to 2026-03-01 first, then visits come on 2025-03-02 (the first day
    // of that window), 2025-06-01 and 2026-02-01.
    FixedClock march(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    QVERIFY(ShopMaintenance(db, march).run().ok());
    QVERIFY(record(db, id, QDateTime(QDate(2025, 3, 2), QTime(10, 0))) > 0);
    QVERIFY(record(db, id, QDateTime(QDate(2025, 6, 1), QTime(10, 0))) > 0);
    const qint64 last = record(db, id, QDateTime(QDate(2026, 2, 1), QTime(10, 0)));
    QVERIFY(last > 0);
    QCOMPARE(visits12m(db, id), 3);
    // A void takes one back.
    QVERIFY(CheckoutService(db, march).voidVisit(last, u"test"_s).ok());
    QCOMPARE(visits12m(db, id), 2);
    // A day later 2025-03-02 has left the window.
    FixedClock next(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QVERIFY(ShopMaintenance(db, next).run().ok());
    QCOMPARE(visits12m(db, id), 1);
    // Back in time: it is in again.
    QVERIFY(ShopMaintenance(db, march).run().ok());
    QCOMPARE(visits12m(db, id), 2);
    // The segment service reads it: the one member who came scores 1 of 1 (R1 F1: lost); the
    // Pareto of one is their own spend.
    auto scores = SegmentService(db, march).scores();
    QVERIFY(scores.ok());
    QCOMPARE(scores->size(), 1);
    QCOMPARE(scores->first().frequency, 1);
    auto p = SegmentService(db, march).pareto();
    QVERIFY(p.ok());
    QCOMPARE(p->members, 1);
    QCOMPARE(p->totalCents, 20'000);
}

void TestSegments::campaignBySegment()
{
    test::TestShop shop(u"en"_s, QDateTime(QDate(2026, 1, 1), QTime(9, 0)));
    Database &db = shop.database();
    QList<qint64> ids;
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}) {
        MemberFields f;
        f.name = name;
        ids << MemberService(db, shop.clock).add(f)->id;
    }
    // A comes weekly up to yesterday (9 visits), B twice recently, C once long ago, D once
    // recently, E never. As of 2026-03-10: recency A 1, B 3, D 5, C 60 days; frequency A 9, B 2,
    // C 1, D 1.
    const QDate today(2026, 3, 10);
    for (int i = 0; i < 9; ++i)
        QVERIFY(record(db, ids.at(0), QDateTime(today.addDays(-1 - 7 * i), QTime(10, 0))) > 0);
    QVERIFY(record(db, ids.at(1), QDateTime(today.addDays(-10), QTime(10, 0))) > 0);
    QVERIFY(record(db, ids.at(1), QDateTime(today.addDays(-3), QTime(10, 0))) > 0);
    QVERIFY(record(db, ids.at(2), QDateTime(today.addDays(-60), QTime(10, 0))) > 0);
    QVERIFY(record(db, ids.at(3), QDateTime(today.addDays(-5), QTime(10, 0))) > 0);
    FixedClock now(QDateTime(today, QTime(9, 0)));
    QVERIFY(ShopMaintenance(db, now).run().ok());
    // Four came: recency (−days) −60, −5, −3, −1 → C 1, D 2, B 3, A 4; frequency 1, 1, 2, 9 → C and D
    // 1, B 3, A 4. A R4 F4 champions; B R3 F3 loyal; D R2 F1 hibernating; C R1 F1 lost; E lost.
    auto rfm = SegmentService(db, now).rfm();
    QVERIFY(rfm.ok());
    QCOMPARE(toString(rfm->segmentOf.value(ids.at(0))), u"champions"_s);
    QCOMPARE(toString(rfm->segmentOf.value(ids.at(1))), u"loyal"_s);
    QCOMPARE(toString(rfm->segmentOf.value(ids.at(2))), u"lost"_s);
    QCOMPARE(toString(rfm->segmentOf.value(ids.at(3))), u"hibernating"_s);
    QCOMPARE(toString(rfm->segmentOf.value(ids.at(4))), u"lost"_s);
    QCOMPARE(rfm->members[int(Segment::Lost)], 2);
    CouponTemplate t;
    t.name = u"Thanks"_s;
    t.kind = CouponKind::AmountOff;
    t.value = 500;
    t.validDays = 30;
    auto added = CouponService(db, now).addTemplate(t);
    QVERIFY(added.ok());
    CouponService::Audience audience;
    audience.segments = {Segment::Champions, Segment::Loyal};
    auto reached = CouponService(db, now).audience(audience);
    QVERIFY(reached.ok());
    QCOMPARE(*reached, QList<qint64>({ids.at(0), ids.at(1)}));
    auto run = CouponService(db, now).runCampaign({u"Best"_s, added->id, audience});
    QVERIFY(run.ok());
    QCOMPARE(run->coupons.size(), 2);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT audience FROM campaigns"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"tier>=0;segments=champions,loyal"_s);
}

QTEST_GUILESS_MAIN(TestSegments)
#include "test_segments.moc"
