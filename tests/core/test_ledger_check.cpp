// LedgerCheck (SPEC §2 "check must prove it", §7 `check`) finds every kind of corruption made
// behind the program's back with raw SQL, and PointsService::adjust (SPEC §2, §7 `points adjust`,
// §8.7-8.8): owner only, a reason, never below zero, lots and FIFO, an audit row.

#include "TestShop.h"

#include "members/MemberService.h"
#include "points/ExpiryService.h"
#include "points/PointsService.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/MemberRepository.h"
#include "visits/CheckoutService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0));
}

} // namespace

class TestLedgerCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_shop.reset(); }

    void emptyShopIsOk();
    void normalActivityIsOk();
    void tamperingIsFound_data();
    void tamperingIsFound();

    void adjustRefusals_data();
    void adjustRefusals();
    void positiveAdjustMakesALot();
    void negativeAdjustTakesOldestFirst();
    void adjustPaysADebtFirst();

private:
    Database &db() { return m_shop->database(); }
    FixedClock &clock() { return m_shop->clock; }
    qint64 addMember(const QString &name, const QString &referrerCard = {});
    QString cardOf(qint64 id);
    Result<VisitResult> visit(qint64 memberId, const QDateTime &when, qint64 amountCents, qint64 redeem = 0);
    qint64 value(const QString &sql);
    QString snapshot();
    // Normal activity on two members: earning, a referral, a redemption, a void, an adjustment,
    // expiry. Sets m_a, m_b and m_visit (a non-void visit of A that earned points).
    void activity();

    std::unique_ptr<test::TestShop> m_shop;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_visit = 0;
};

void TestLedgerCheck::init()
{
    m_shop = std::make_unique<test::TestShop>(u"en"_s, at(2026, 3, 2));
}

qint64 TestLedgerCheck::addMember(const QString &name, const QString &referrerCard)
{
    MemberFields f;
    f.name = name;
    if (!referrerCard.isEmpty())
        f.referrer = referrerCard;
    auto m = MemberService(db(), clock()).add(f);
    return m ? m->id : 0;
}

QString TestLedgerCheck::cardOf(qint64 id)
{
    auto m = MemberRepository(db()).byId(id);
    return m ? m->card : QString();
}

Result<VisitResult> TestLedgerCheck::visit(qint64 memberId, const QDateTime &when, qint64 amountCents, qint64 redeem)
{
    clock().set(when);
    VisitRequest r;
    r.memberId = memberId;
    r.amountCents = amountCents;
    r.redeemPoints = redeem;
    return CheckoutService(db(), clock()).record(r);
}

qint64 TestLedgerCheck::value(const QString &sql)
{
    QSqlQuery q(db().connection());
    if (!q.exec(sql) || !q.next())
        return -999'999;
    return q.value(0).toLongLong();
}

QString TestLedgerCheck::snapshot()
{
    QString s;
    QSqlQuery q(db().connection());
    for (const QString &sql : {u"SELECT id, points, points_debt FROM members ORDER BY id"_s,
                               u"SELECT id, member_id, kind, points, reason FROM ledger ORDER BY id"_s,
                               u"SELECT id, member_id, earned_on, coalesce(expires_on, ''), points, remaining FROM lots ORDER BY id"_s,
                               u"SELECT count(*) FROM audit_log"_s}) {
        if (!q.exec(sql))
            return u"<query failed>"_s;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                s += q.value(i).toString() + u'|';
            s += u'\n';
        }
    }
    return s;
}

void TestLedgerCheck::activity()
{
    m_a = addMember(u"Ledger A"_s);
    m_b = addMember(u"Ledger B"_s, cardOf(m_a));
    QVERIFY(m_a > 0 && m_b > 0);
    REQUIRE_OK(a1, visit(m_a, at(2026, 3, 2), 30000));     // A: 300
    REQUIRE_OK(b1, visit(m_b, at(2026, 3, 3), 10000));     // B: 100, A: +200 referral
    REQUIRE_OK(a2, visit(m_a, at(2026, 3, 4), 40000, 200)); // A: −200, +398
    REQUIRE_OK(b2, visit(m_b, at(2026, 3, 5), 5000));      // B: 50
    REQUIRE_OK(voided, CheckoutService(db(), clock()).voidVisit(b2->visitId, u"mistake"_s));
    REQUIRE_OK(adjusted, PointsService(db(), clock()).adjust(m_b, 25, u"apology"_s));
    REQUIRE_OK(a3, visit(m_a, at(2027, 1, 5), 1000));      // A: 10, valid through 2028-01-31
    clock().set(at(2027, 4, 2));
    REQUIRE_OK(expired, ExpiryService(db(), clock()).run());
    // A's March 2026 lots: 300 − 200 = 100, 200, 398 → 698 expire; B's: 100 and 25 → 125.
    QCOMPARE(expired->points, qint64(698 + 125));
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(m_a)), qint64(10));
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(m_b)), qint64(0));
    m_visit = a3->visitId;
}

// ---------------------------------------------------------------------------------------------

void TestLedgerCheck::emptyShopIsOk()
{
    REQUIRE_OK(report, LedgerCheck(db()).run());
    QVERIFY(report->ok);
    QCOMPARE(report->problems, QStringList());
    QCOMPARE(report->membersChecked, qint64(0));
    QCOMPARE(report->entriesChecked, qint64(0));
}

void TestLedgerCheck::normalActivityIsOk()
{
    activity();
    REQUIRE_OK(report, LedgerCheck(db()).run());
    QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->problems, QStringList());
    QCOMPARE(report->membersChecked, qint64(2));
    QCOMPARE(report->entriesChecked, value(u"SELECT count(*) FROM ledger"_s));
    QVERIFY(report->entriesChecked >= 10);
}

void TestLedgerCheck::tamperingIsFound_data()
{
    // {A}, {B}: member ids; {visit}: a non-void visit of A that earned points; {lot}: a lot of A with
    // points left; {entry}: the earn entry of {visit}. `mentions` is what one problem must name:
    // A's card ({cardA}), B's card, the lot or the visit.
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("cached balance + 1") << QStringList{u"UPDATE members SET points = points + 1 WHERE id = {A}"_s} << u"{cardA}"_s;
    QTest::newRow("cached balance − 1") << QStringList{u"UPDATE members SET points = points - 1 WHERE id = {B}"_s} << u"{cardB}"_s;
    QTest::newRow("lot remaining − 1") << QStringList{u"UPDATE lots SET remaining = remaining - 1 WHERE id = {lot}"_s} << u"{cardA}"_s;
    QTest::newRow("lot remaining emptied") << QStringList{u"UPDATE lots SET remaining = 0 WHERE id = {lot}"_s} << u"{cardA}"_s;
    QTest::newRow("ledger row inserted without a lot")
        << QStringList{u"INSERT INTO ledger(member_id, at, kind, points, reason, operator) VALUES ({A}, '2027-04-02T11:00:00', 'adjust', 5, 'sneaky', 'owner')"_s}
        << u"{cardA}"_s;
    QTest::newRow("ledger row and balance inserted without a lot")
        << QStringList{u"INSERT INTO ledger(member_id, at, kind, points, reason, operator) VALUES ({A}, '2027-04-02T11:00:00', 'adjust', 5, 'sneaky', 'owner')"_s,
                       u"UPDATE members SET points = points + 5 WHERE id = {A}"_s}
        << u"{cardA}"_s;
    QTest::newRow("expire row inserted by hand")
        << QStringList{u"INSERT INTO ledger(member_id, at, kind, points, reason, operator) VALUES ({B}, '2027-04-02T11:00:00', 'expire', -5, '', 'system')"_s}
        << u"{cardB}"_s;
    QTest::newRow("a debt made up") << QStringList{u"UPDATE members SET points_debt = 7 WHERE id = {A}"_s} << u"{cardA}"_s;
    QTest::newRow("visit count changed") << QStringList{u"UPDATE members SET visit_count = visit_count + 1 WHERE id = {B}"_s} << u"{cardB}"_s;
    QTest::newRow("visit voided without reversing it")
        << QStringList{u"UPDATE visits SET voided_at = '2027-04-02T11:00:00', voided_by = 'owner' WHERE id = {visit}"_s} << u"{cardA}"_s;
    QTest::newRow("lot moved to another member") << QStringList{u"UPDATE lots SET member_id = {B} WHERE id = {lot}"_s} << u"{cardB}"_s;
    QTest::newRow("lot grown") << QStringList{u"UPDATE lots SET points = points + 1 WHERE id = {lot}"_s} << u"Lot {lot}"_s;
    QTest::newRow("visit says it earned more") << QStringList{u"UPDATE visits SET points_earned = points_earned + 1 WHERE id = {visit}"_s}
                                               << u"Visit {visit}"_s;
    QTest::newRow("a reversal that does not undo its entry")
        << QStringList{u"INSERT INTO ledger(member_id, at, kind, points, visit_id, reason, reverses_id, operator) "
                       "VALUES ({A}, '2027-04-02T11:00:00', 'reverse', -9, {visit}, '', {entry}, 'owner')"_s,
                       u"UPDATE members SET points = points - 9 WHERE id = {A}"_s,
                       u"UPDATE lots SET remaining = remaining - 9 WHERE id = {lot}"_s}
        << u"Reversal"_s;
}

void TestLedgerCheck::tamperingIsFound()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, mentions);
    activity();
    {
        REQUIRE_OK(before, LedgerCheck(db()).run());
        QVERIFY2(before->ok, qPrintable(before->problems.join(u'\n')));
    }
    const qint64 lot = value(u"SELECT id FROM lots WHERE member_id = %1 AND remaining > 0 ORDER BY id LIMIT 1"_s.arg(m_a));
    const qint64 entry = value(u"SELECT id FROM ledger WHERE visit_id = %1 AND kind = 'earn'"_s.arg(m_visit));
    QVERIFY(lot > 0);
    QVERIFY(entry > 0);
    const auto expand = [&](QString text) {
        return text.replace(u"{A}"_s, QString::number(m_a))
            .replace(u"{B}"_s, QString::number(m_b))
            .replace(u"{cardA}"_s, cardOf(m_a))
            .replace(u"{cardB}"_s, cardOf(m_b))
            .replace(u"{visit}"_s, QString::number(m_visit))
            .replace(u"{lot}"_s, QString::number(lot))
            .replace(u"{entry}"_s, QString::number(entry));
    };
    QSqlQuery q(db().connection());
    for (const QString &statement : sql)
        QVERIFY2(q.exec(expand(statement)), qPrintable(expand(statement) + u": "_s + q.lastError().text()));

    REQUIRE_OK(report, LedgerCheck(db()).run());
    QVERIFY(!report->ok);
    QVERIFY(!report->problems.isEmpty());
    const QString wanted = expand(mentions);
    QVERIFY(!wanted.isEmpty());
    const bool named = std::any_of(report->problems.cbegin(), report->problems.cend(), [&](const QString &p) { return p.contains(wanted); });
    QVERIFY2(named, qPrintable(u"no problem names “"_s + wanted + u"”:\n"_s + report->problems.join(u'\n')));
}

// ---------------------------------------------------------------------------------------------
// PointsService::adjust

void TestLedgerCheck::adjustRefusals_data()
{
    QTest::addColumn<bool>("owner");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    const int invalid = int(ErrorCode::Invalid);
    QTest::newRow("a cashier") << false << qint64(50) << u"gift"_s << int(ErrorCode::Permission);
    QTest::newRow("a cashier taking points") << false << qint64(-50) << u"correction"_s << int(ErrorCode::Permission);
    QTest::newRow("no reason") << true << qint64(50) << QString() << invalid;
    QTest::newRow("a blank reason") << true << qint64(50) << u"   "_s << invalid;
    QTest::newRow("a reason of 201 characters") << true << qint64(50) << QString(201, u'x') << invalid;
    QTest::newRow("zero") << true << qint64(0) << u"nothing"_s << invalid;
    QTest::newRow("below zero: −201 of 200") << true << qint64(-201) << u"correction"_s << int(ErrorCode::Refused);
    QTest::newRow("far below zero") << true << qint64(-1'000'000) << u"correction"_s << int(ErrorCode::Refused);
    QTest::newRow("above the largest adjustment") << true << PointsService::kMaxAdjust + 1 << u"gift"_s << invalid;
    QTest::newRow("below the largest negative adjustment") << true << -PointsService::kMaxAdjust - 1 << u"gift"_s << invalid;
}

void TestLedgerCheck::adjustRefusals()
{
    QFETCH(bool, owner);
    QFETCH(qint64, delta);
    QFETCH(QString, reason);
    QFETCH(int, code);
    const qint64 id = addMember(u"Adjusted"_s);
    REQUIRE_OK(v, visit(id, at(2026, 3, 2), 20000)); // 200
    const QString before = snapshot();
    const Operator op = owner ? Operator::owner() : Operator{u"cashier"_s, Role::Cashier};
    auto r = PointsService(db(), clock(), op).adjust(id, delta, reason);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.trimmed().isEmpty());
    QCOMPARE(snapshot(), before);
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(id)), qint64(200));
}

void TestLedgerCheck::positiveAdjustMakesALot()
{
    const qint64 id = addMember(u"Gifted"_s);
    clock().set(at(2026, 5, 6));
    REQUIRE_OK(balance, PointsService(db(), clock()).adjust(id, 250, u"  birthday gift  "_s));
    QCOMPARE(*balance, qint64(250));
    QCOMPARE(value(u"SELECT points FROM members WHERE id = %1"_s.arg(id)), qint64(250));

    REQUIRE_OK(lots, LedgerRepository(db()).lotsOf(id));
    QCOMPARE(lots->size(), 1);
    QCOMPARE(lots->first().earnedOn, QDate(2026, 5, 6));
    QCOMPARE(lots->first().expiresOn.value_or(QDate()), QDate(2027, 5, 31));
    QCOMPARE(lots->first().points, qint64(250));
    QCOMPARE(lots->first().remaining, qint64(250));

    REQUIRE_OK(entries, LedgerRepository(db()).entriesOf(id));
    QCOMPARE(entries->size(), 1);
    QCOMPARE(toString(entries->first().kind), u"adjust"_s);
    QCOMPARE(entries->first().points, qint64(250));
    QCOMPARE(entries->first().reason, u"birthday gift"_s);
    QCOMPARE(entries->first().op, u"owner"_s);

    // The audit log has who, what, before and after.
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT operator, details FROM audit_log WHERE action = 'points.adjust'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"owner"_s);
    const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(details.value(u"member_id"_s).toInteger(), id);
    QCOMPARE(details.value(u"delta"_s).toInteger(), 250);
    QCOMPARE(details.value(u"before"_s).toInteger(), 0);
    QCOMPARE(details.value(u"after"_s).toInteger(), 250);
    QCOMPARE(details.value(u"reason"_s).toString(), u"birthday gift"_s);
    QVERIFY(!q.next());

    REQUIRE_OK(report, LedgerCheck(db()).run());
    QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
}

void TestLedgerCheck::negativeAdjustTakesOldestFirst()
{
    const qint64 id = addMember(u"Corrected"_s);
    REQUIRE_OK(v1, visit(id, at(2026, 3, 2), 12000)); // 120 → 2027-03-31
    REQUIRE_OK(v2, visit(id, at(2026, 4, 3), 13000)); // 130 → 2027-04-30
    REQUIRE_OK(v3, visit(id, at(2026, 5, 4), 14000)); // 140 → 2027-05-31
    const qint64 auditBefore = value(u"SELECT count(*) FROM audit_log"_s);

    REQUIRE_OK(balance, PointsService(db(), clock()).adjust(id, -150, u"wrong card"_s));
    QCOMPARE(*balance, qint64(390 - 150));
    QCOMPARE(value(u"SELECT remaining FROM lots WHERE earned_on = '2026-03-02'"_s), qint64(0));
    QCOMPARE(value(u"SELECT remaining FROM lots WHERE earned_on = '2026-04-03'"_s), qint64(100));
    QCOMPARE(value(u"SELECT remaining FROM lots WHERE earned_on = '2026-05-04'"_s), qint64(140));
    QCOMPARE(value(u"SELECT points FROM ledger WHERE kind = 'adjust'"_s), qint64(-150));
    QCOMPARE(value(u"SELECT count(*) FROM lots"_s), qint64(3)); // a negative adjustment is no lot
    QCOMPARE(value(u"SELECT count(*) FROM audit_log"_s), auditBefore + 1);

    // Down to exactly zero is allowed.
    REQUIRE_OK(zero, PointsService(db(), clock()).adjust(id, -240, u"closing the card"_s));
    QCOMPARE(*zero, qint64(0));
    QCOMPARE(value(u"SELECT sum(remaining) FROM lots"_s), qint64(0));
    QCOMPARE(value(u"SELECT points_debt FROM members WHERE id = %1"_s.arg(id)), qint64(0));

    REQUIRE_OK(report, LedgerCheck(db()).run());
    QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
}

void TestLedgerCheck::adjustPaysADebtFirst()
{
    Status s = Settings(db()).set(u"earn.category_percent.tobacco"_s, u"0"_s, Operator::owner());
    QVERIFY(s.ok());
    const qint64 id = addMember(u"In Debt"_s);
    REQUIRE_OK(v1, visit(id, at(2026, 3, 2), 30000)); // 300
    VisitRequest r;
    r.memberId = id;
    r.amountCents = 600;
    r.redeemPoints = 300; // ¥3.00 = 50% of ¥6.00
    r.items = {VisitLine{u"tobacco"_s, u"Cigarettes"_s, 1, 600}};
    clock().set(at(2026, 3, 3));
    REQUIRE_OK(v2, CheckoutService(db(), clock()).record(r));
    REQUIRE_OK(voided, CheckoutService(db(), clock()).voidVisit(v1->visitId, u"wrong member"_s));
    QCOMPARE(voided->balance, qint64(-300));

    // Taking points from a member in debt is refused; giving pays the debt first.
    auto refused = PointsService(db(), clock()).adjust(id, -1, u"more"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    REQUIRE_OK(balance, PointsService(db(), clock()).adjust(id, 500, u"goodwill"_s));
    QCOMPARE(*balance, qint64(200));
    QCOMPARE(value(u"SELECT points_debt FROM members WHERE id = %1"_s.arg(id)), qint64(0));
    QCOMPARE(value(u"SELECT remaining FROM lots l JOIN ledger e ON e.id = l.ledger_id WHERE e.kind = 'adjust'"_s), qint64(200));
    REQUIRE_OK(report, LedgerCheck(db()).run());
    QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLedgerCheck)
#include "test_ledger_check.moc"
