// loyaltydesk-cli as a black box for visits, points, expiry, settings and `check` (SPEC §7, §3,
// §8.2-8.3, §8.10): the real binary through QProcess, each test on its own copy of a small fixture
// shop in its own temporary folder. Links Qt Core and Qt SQL only — never the core library; SQL is
// used for one thing: tampering with a shop file the way another program could, so `check` has
// something to find.
//
// The contract (as in test_cli.cpp):
//   exit 0 — done; with --json, stdout is exactly one JSON object and stderr is empty;
//   exit 1 — refused (a rule, a value that does not parse): a message on stderr, nothing changed;
//   exit 2 — usage error.

#include "CliHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using namespace loyalty::test;

// The fixture: members join on 2026-03-02 (a Monday, not a member day) and m1 has one visit.
const QString kDay = u"2026-03-02T12:00:00"_s;

// Runs the program on the sandbox's shop: `--db FILE` is put in front of `args`.
Run cli(const Sandbox &box, const QStringList &args)
{
    return runCli(box, QStringList{u"--db"_s, box.db()} + args);
}

// Changes the shop file behind the program's back, as another program could.
QString tamper(const QString &path, const QString &sql)
{
    QString problem;
    const QString name = u"tamper"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                problem = q.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

class TestCliVisits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void visitAddJsonFields();
    void visitAddWithRedemptionAndItems();
    void badAmountsRefused_data();
    void badAmountsRefused();
    void badItemsRefused_data();
    void badItemsRefused();
    void repeatedUuidReturnsTheFirstResult_data();
    void repeatedUuidReturnsTheFirstResult();
    void visitVoid();
    void visitList();
    void pointsAdjust();
    void expireReportsTheOpeningPass();
    void settings();
    void checkFindsTampering();

private:
    bool copyFixture(const Sandbox &box) const;
    // What a refused command must leave as it was: both members and their visits.
    QByteArray snapshot(const Sandbox &box) const;

    Sandbox m_fixture;
    QString m_card1; // 王小明, 100 points from one visit
    QString m_card2; // Alice, no visits
};

void TestCliVisits::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LOYALTY_CLI)).isExecutable(), LOYALTY_CLI);
    QVERIFY(m_fixture.isValid());
    const Run init = cli(m_fixture, {u"--json"_s, u"init"_s});
    CHECK_JSON_OK(init, created);
    const Run m1 = cli(m_fixture, {u"--json"_s, u"--now"_s, u"2026-03-02T10:00:00"_s, u"member"_s, u"add"_s, u"--name"_s, u"王小明"_s, u"--phone"_s,
                                   u"13800138000"_s});
    CHECK_JSON_OK(m1, one);
    m_card1 = one.value(u"card"_s).toString();
    const Run m2 = cli(m_fixture, {u"--json"_s, u"--now"_s, u"2026-03-02T10:05:00"_s, u"member"_s, u"add"_s, u"--name"_s, u"Alice Smith"_s,
                                   u"--phone"_s, u"13912345678"_s});
    CHECK_JSON_OK(m2, two);
    m_card2 = two.value(u"card"_s).toString();
    QVERIFY(!m_card1.isEmpty() && !m_card2.isEmpty() && m_card1 != m_card2);
    const Run v = cli(m_fixture, {u"--json"_s, u"--now"_s, u"2026-03-02T11:00:00"_s, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s,
                                  u"100.00"_s});
    CHECK_JSON_OK(v, visit);
    QCOMPARE(visit.value(u"balance"_s).toInteger(), 100);
}

bool TestCliVisits::copyFixture(const Sandbox &box) const
{
    if (!box.isValid())
        return false;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QString from = m_fixture.db() + suffix;
        if (QFileInfo::exists(from) && !QFile::copy(from, box.db() + suffix))
            return false;
    }
    return QFileInfo::exists(box.db());
}

QByteArray TestCliVisits::snapshot(const Sandbox &box) const
{
    QByteArray s;
    for (const QString &card : {m_card1, m_card2}) {
        for (const QStringList &args : {QStringList{u"member"_s, u"show"_s, card}, QStringList{u"visit"_s, u"list"_s, card}}) {
            const Run r = cli(box, QStringList{u"--json"_s, u"--now"_s, kDay} + args);
            s += QByteArray::number(r.code) + ' ' + r.out + '\n';
        }
    }
    return s;
}

// ---------------------------------------------------------------------------------------------

void TestCliVisits::visitAddJsonFields()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run r = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, u"123.45"_s});
    CHECK_JSON_OK(r, o);
    for (const QString &key : {u"visit_id"_s, u"amount_cents"_s, u"coupon_discount_cents"_s, u"points_value_cents"_s, u"points_earned"_s,
                               u"points_redeemed"_s, u"bonus_points"_s, u"balance"_s})
        CHECK_INTEGER(r, o, key);
    QVERIFY2(o.value(u"uuid"_s).isString() && !o.value(u"uuid"_s).toString().isEmpty(), r.out.constData());
    QVERIFY2(o.value(u"tier"_s).isString() && !o.value(u"tier"_s).toString().isEmpty(), r.out.constData());
    QVERIFY2(o.value(u"tier_changed"_s).isBool(), r.out.constData());
    QVERIFY2(o.value(u"coupons_issued"_s).isArray(), r.out.constData());

    QCOMPARE(o.value(u"visit_id"_s).toInteger(), 2);
    QCOMPARE(o.value(u"amount_cents"_s).toInteger(), 12345);
    QCOMPARE(o.value(u"coupon_discount_cents"_s).toInteger(), 0);
    QCOMPARE(o.value(u"points_value_cents"_s).toInteger(), 0);
    QCOMPARE(o.value(u"points_earned"_s).toInteger(), 123);
    QCOMPARE(o.value(u"points_redeemed"_s).toInteger(), 0);
    QCOMPARE(o.value(u"bonus_points"_s).toInteger(), 0);
    QCOMPARE(o.value(u"balance"_s).toInteger(), 100 + 123);
    QCOMPARE(o.value(u"tier"_s).toString(), u"Normal"_s);
    QCOMPARE(o.value(u"tier_changed"_s).toBool(), false);
    QCOMPARE(o.value(u"coupons_issued"_s).toArray().size(), 0);

    // Without --json: text for people, exit 0.
    const Run text = cli(box, {u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, u"13912345678"_s, u"--amount"_s, u"8"_s});
    CHECK_EXIT(text, 0);
    QVERIFY(!text.out.trimmed().isEmpty());
    QVERIFY2(text.err.isEmpty(), qPrintable(text.describe()));

    // The member day (the 11th) earns double.
    const Run memberDay = cli(box, {u"--json"_s, u"--now"_s, u"2026-03-11T09:00:00"_s, u"visit"_s, u"add"_s, u"--member"_s, m_card2, u"--amount"_s,
                                    u"10.50"_s});
    CHECK_JSON_OK(memberDay, md);
    QCOMPARE(md.value(u"points_earned"_s).toInteger(), 21);
    QCOMPARE(md.value(u"balance"_s).toInteger(), 8 + 21);
}

void TestCliVisits::visitAddWithRedemptionAndItems()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    // More than half of the amount paid with points is refused, not clamped: ¥1.00 with 100 points.
    const QByteArray before = snapshot(box);
    const Run tooMuch = cli(box, {u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, u"1.00"_s, u"--redeem-points"_s,
                                  u"100"_s});
    CHECK_FAILURE(tooMuch, 1, false);
    // Fewer than redeem.min_points, and more than the balance.
    for (const QString &points : {u"99"_s, u"101"_s}) {
        const Run r = cli(box, {u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, u"1000.00"_s, u"--redeem-points"_s,
                                points});
        CHECK_FAILURE(r, 1, false);
    }
    QCOMPARE(snapshot(box), before);

    // ¥10.00 with 100 points (¥1.00): E = ¥9.00 → 9 points; balance 100 − 100 + 9.
    const Run r = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, u"10.00"_s,
                            u"--redeem-points"_s, u"100"_s});
    CHECK_JSON_OK(r, o);
    QCOMPARE(o.value(u"points_redeemed"_s).toInteger(), 100);
    QCOMPARE(o.value(u"points_value_cents"_s).toInteger(), 100);
    QCOMPARE(o.value(u"points_earned"_s).toInteger(), 9);
    QCOMPARE(o.value(u"balance"_s).toInteger(), 9);

    // Items that add up: 2 × ¥28.00 + ¥4.00 = ¥60.00; a description with a colon in it.
    const Run items = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, u"60.00"_s, u"--item"_s,
                                u"coffee:Latte: large:2:28.00"_s, u"--item"_s, u"cake::1:4"_s});
    CHECK_JSON_OK(items, i);
    QCOMPARE(i.value(u"points_earned"_s).toInteger(), 60);
    QCOMPARE(i.value(u"balance"_s).toInteger(), 69);
}

void TestCliVisits::badAmountsRefused_data()
{
    QTest::addColumn<QString>("amount");
    QTest::newRow("letters: 12a") << u"12a"_s;
    QTest::newRow("negative: -5") << u"-5"_s;
    QTest::newRow("zero: 0") << u"0"_s;
    QTest::newRow("zero: 0.00") << u"0.00"_s;
    QTest::newRow("three decimals: 1.234") << u"1.234"_s;
    QTest::newRow("absurdly large: 100000000000") << u"100000000000"_s;
    QTest::newRow("one cent above the largest: 1000000.01") << u"1000000.01"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("words: twelve") << u"twelve"_s;
    QTest::newRow("exponent: 1e3") << u"1e3"_s;
}

void TestCliVisits::badAmountsRefused()
{
    QFETCH(QString, amount);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const QByteArray before = snapshot(box);
    QVERIFY(before.startsWith("0 {"));
    for (const bool json : {false, true}) {
        QStringList args{u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, amount};
        if (json)
            args << u"--json"_s;
        const Run r = cli(box, args);
        CHECK_FAILURE(r, 1, json);
        QCOMPARE(snapshot(box), before);
    }
}

void TestCliVisits::badItemsRefused_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("only a category") << u"5.00"_s << QStringList{u"coffee"_s};
    QTest::newRow("three fields") << u"5.00"_s << QStringList{u"coffee:1:5.00"_s};
    QTest::newRow("quantity in words") << u"10.00"_s << QStringList{u"coffee:Latte:two:5.00"_s};
    QTest::newRow("quantity 0") << u"5.00"_s << QStringList{u"coffee:Latte:0:5.00"_s};
    QTest::newRow("negative quantity") << u"5.00"_s << QStringList{u"coffee:Latte:-1:5.00"_s};
    QTest::newRow("fractional quantity") << u"5.00"_s << QStringList{u"coffee:Latte:1.5:5.00"_s};
    QTest::newRow("price with three decimals") << u"5.00"_s << QStringList{u"coffee:Latte:1:5.001"_s};
    QTest::newRow("price with letters") << u"5.00"_s << QStringList{u"coffee:Latte:1:5a"_s};
    QTest::newRow("negative price") << u"5.00"_s << QStringList{u"coffee:Latte:1:-5.00"_s};
    QTest::newRow("empty category") << u"5.00"_s << QStringList{u":Latte:1:5.00"_s};
    QTest::newRow("items add up to less") << u"50.00"_s << QStringList{u"coffee:Latte:2:20.00"_s};
    QTest::newRow("items add up to more") << u"50.00"_s << QStringList{u"coffee:Latte:2:20.00"_s, u"cake:Cheese:1:10.01"_s};
    QTest::newRow("one good and one bad item") << u"10.00"_s << QStringList{u"coffee:Latte:1:5.00"_s, u"cake"_s};
}

void TestCliVisits::badItemsRefused()
{
    QFETCH(QString, amount);
    QFETCH(QStringList, items);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const QByteArray before = snapshot(box);
    QStringList args{u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, amount};
    for (const QString &item : items)
        args << u"--item"_s << item;
    const Run r = cli(box, args);
    CHECK_FAILURE(r, 1, false);
    QCOMPARE(snapshot(box), before);
}

void TestCliVisits::repeatedUuidReturnsTheFirstResult_data()
{
    QTest::addColumn<QStringList>("second");
    const QString uuid = u"till-7-000123"_s;
    QTest::newRow("the same arguments") << QStringList{u"--member"_s, u"13800138000"_s, u"--amount"_s, u"88.80"_s, u"--uuid"_s, uuid};
    QTest::newRow("another amount") << QStringList{u"--member"_s, u"13800138000"_s, u"--amount"_s, u"5.00"_s, u"--uuid"_s, uuid};
    QTest::newRow("points, items and a note")
        << QStringList{u"--member"_s, u"13800138000"_s, u"--amount"_s, u"10.00"_s, u"--redeem-points"_s, u"100"_s, u"--item"_s, u"cake:Cheese:1:10.00"_s,
                       u"--note"_s, u"again"_s, u"--uuid"_s, uuid};
    QTest::newRow("the same member by card") << QStringList{u"--member"_s, u"{card1}"_s, u"--amount"_s, u"88.80"_s, u"--uuid"_s, uuid};
    QTest::newRow("another member") << QStringList{u"--member"_s, u"{card2}"_s, u"--amount"_s, u"88.80"_s, u"--uuid"_s, uuid};
    QTest::newRow("an amount that would be refused") << QStringList{u"--member"_s, u"13800138000"_s, u"--amount"_s, u"0.00"_s, u"--uuid"_s, uuid};
    QTest::newRow("an amount that does not parse") << QStringList{u"--member"_s, u"13800138000"_s, u"--amount"_s, u"12a"_s, u"--uuid"_s, uuid};
}

void TestCliVisits::repeatedUuidReturnsTheFirstResult()
{
    QFETCH(QStringList, second);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const QString uuid = u"till-7-000123"_s;
    const Run first = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, u"13800138000"_s, u"--amount"_s, u"88.80"_s,
                                u"--uuid"_s, uuid});
    CHECK_JSON_OK(first, one);
    QCOMPARE(one.value(u"uuid"_s).toString(), uuid);
    QCOMPARE(one.value(u"points_earned"_s).toInteger(), 88);
    QCOMPARE(one.value(u"balance"_s).toInteger(), 188);
    const QByteArray after = snapshot(box);

    for (QString &a : second)
        a.replace(u"{card1}"_s, m_card1).replace(u"{card2}"_s, m_card2);
    // Later, on the member day: the answer is still the first one, word for word.
    const Run again = cli(box, QStringList{u"--json"_s, u"--now"_s, u"2026-03-11T15:00:00"_s, u"visit"_s, u"add"_s} + second);
    CHECK_JSON_OK(again, two);
    // "Unchanged": every field the same, none added or dropped. The differences, named, when not.
    QStringList differences;
    QStringList keys = one.keys() + two.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys))
        if (one.value(key) != two.value(key))
            differences << key + u": "_s + QString::fromUtf8(QJsonDocument(QJsonArray{one.value(key)}).toJson(QJsonDocument::Compact)) + u" then "_s
                               + QString::fromUtf8(QJsonDocument(QJsonArray{two.value(key)}).toJson(QJsonDocument::Compact));
    QVERIFY2(differences.isEmpty(), qPrintable(u"the repeated UUID's result differs from the first: "_s + differences.join(u"; "_s)));
    QCOMPARE(snapshot(box), after);
}

void TestCliVisits::visitVoid()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run add = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, u"20.00"_s});
    CHECK_JSON_OK(add, visit);
    QCOMPARE(visit.value(u"balance"_s).toInteger(), 120);
    const QString id = QString::number(visit.value(u"visit_id"_s).toInteger());

    const Run voided = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"void"_s, id, u"--reason"_s, u"wrong member"_s});
    CHECK_JSON_OK(voided, v);
    CHECK_INTEGER(voided, v, u"visit_id"_s);
    CHECK_INTEGER(voided, v, u"balance"_s);
    QCOMPARE(v.value(u"visit_id"_s).toInteger(), visit.value(u"visit_id"_s).toInteger());
    QCOMPARE(v.value(u"balance"_s).toInteger(), 100);

    const QByteArray before = snapshot(box);
    for (const bool json : {false, true}) {
        QStringList args{u"--now"_s, kDay, u"visit"_s, u"void"_s, id};
        if (json)
            args << u"--json"_s;
        const Run twice = cli(box, args);
        CHECK_FAILURE(twice, 1, json);
        QCOMPARE(snapshot(box), before);
    }
    for (const QString &bad : {u"999"_s, u"abc"_s, u"0"_s}) {
        const Run r = cli(box, {u"--now"_s, kDay, u"visit"_s, u"void"_s, bad});
        CHECK_FAILURE(r, 1, false);
    }
    QCOMPARE(snapshot(box), before);

    // The fixture's visit, the next day, by the owner: its 100 points go.
    const Run first = cli(box, {u"--json"_s, u"--now"_s, u"2026-03-03T09:00:00"_s, u"visit"_s, u"void"_s, u"1"_s});
    CHECK_JSON_OK(first, f);
    QCOMPARE(f.value(u"balance"_s).toInteger(), 0);
}

void TestCliVisits::visitList()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run items = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card1, u"--amount"_s, u"60.00"_s, u"--item"_s,
                                u"coffee:Latte:2:28.00"_s, u"--item"_s, u"cake:Cheese:1:4.00"_s});
    CHECK_JSON_OK(items, added);
    const Run voided = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"void"_s, u"1"_s});
    CHECK_JSON_OK(voided, v);

    const Run list = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"list"_s, u"13800138000"_s});
    CHECK_JSON_OK(list, o);
    QVERIFY2(o.value(u"visits"_s).isArray(), list.out.constData());
    const QJsonArray visits = o.value(u"visits"_s).toArray();
    QCOMPARE(visits.size(), 2);
    QJsonObject withItems, first;
    for (const QJsonValue &value : visits) {
        const QJsonObject visit = value.toObject();
        QVERIFY2(visit.value(u"items"_s).isArray(), list.out.constData());
        QVERIFY2(visit.value(u"void"_s).isBool(), list.out.constData());
        if (visit.value(u"visit_id"_s).toInteger() == 1)
            first = visit;
        else
            withItems = visit;
    }
    QCOMPARE(first.value(u"void"_s).toBool(), true);
    QCOMPARE(first.value(u"items"_s).toArray().size(), 0);
    QCOMPARE(first.value(u"amount_cents"_s).toInteger(), 10000);
    QCOMPARE(withItems.value(u"void"_s).toBool(), false);
    QCOMPARE(withItems.value(u"amount_cents"_s).toInteger(), 6000);
    const QJsonArray lines = withItems.value(u"items"_s).toArray();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QJsonDocument(lines).toJson(QJsonDocument::Compact).contains("Latte"), list.out.constData());
    QVERIFY2(QJsonDocument(lines).toJson(QJsonDocument::Compact).contains("Cheese"), list.out.constData());

    // A member without visits: an empty list. An unknown one: refused.
    const Run none = cli(box, {u"--json"_s, u"visit"_s, u"list"_s, m_card2});
    CHECK_JSON_OK(none, n);
    QCOMPARE(n.value(u"visits"_s).toArray().size(), 0);
    const Run unknown = cli(box, {u"visit"_s, u"list"_s, u"8999999999"_s});
    CHECK_FAILURE(unknown, 1, false);
}

void TestCliVisits::pointsAdjust()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run gift = cli(box, {u"--json"_s, u"--now"_s, kDay, u"points"_s, u"adjust"_s, m_card2, u"--delta"_s, u"50"_s, u"--reason"_s, u"gift"_s});
    CHECK_JSON_OK(gift, g);
    CHECK_INTEGER(gift, g, u"balance"_s);
    QCOMPARE(g.value(u"balance"_s).toInteger(), 50);

    const Run take = cli(box, {u"--json"_s, u"--now"_s, kDay, u"points"_s, u"adjust"_s, m_card1, u"--delta"_s, u"-30"_s, u"--reason"_s, u"typo"_s});
    CHECK_JSON_OK(take, t);
    QCOMPARE(t.value(u"balance"_s).toInteger(), 70);

    const QByteArray before = snapshot(box);
    const Run noReason = cli(box, {u"--now"_s, kDay, u"points"_s, u"adjust"_s, m_card2, u"--delta"_s, u"50"_s});
    CHECK_EXIT(noReason, 2);
    QVERIFY(!noReason.err.trimmed().isEmpty());
    for (const QStringList &refused : {QStringList{u"--delta"_s, u"0"_s, u"--reason"_s, u"nothing"_s},
                                       QStringList{u"--delta"_s, u"-51"_s, u"--reason"_s, u"too much"_s},
                                       QStringList{u"--delta"_s, u"5x"_s, u"--reason"_s, u"letters"_s},
                                       QStringList{u"--delta"_s, u"50"_s, u"--reason"_s, u"  "_s}}) {
        const Run r = cli(box, QStringList{u"--now"_s, kDay, u"points"_s, u"adjust"_s, m_card2} + refused);
        CHECK_FAILURE(r, 1, false);
    }
    QCOMPARE(snapshot(box), before);
}

void TestCliVisits::expireReportsTheOpeningPass()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    // m1's 100 points from 2026-03-02 are valid through 2027-03-31. Opening the shop on 2027-04-01
    // expires them before the command runs; `expire` reports them as part of its run.
    const Run first = cli(box, {u"--json"_s, u"--now"_s, u"2027-04-01T09:00:00"_s, u"expire"_s});
    CHECK_JSON_OK(first, e);
    CHECK_INTEGER(first, e, u"expired_points"_s);
    QCOMPARE(e.value(u"expired_points"_s).toInteger(), 100);

    // Nothing left to expire.
    const Run second = cli(box, {u"--json"_s, u"--now"_s, u"2027-04-01T09:05:00"_s, u"expire"_s});
    CHECK_JSON_OK(second, again);
    QCOMPARE(again.value(u"expired_points"_s).toInteger(), 0);

    const Run show = cli(box, {u"--json"_s, u"--now"_s, u"2027-04-01T09:10:00"_s, u"member"_s, u"show"_s, m_card1});
    CHECK_JSON_OK(show, m);
    QCOMPARE(m.value(u"points"_s).toInteger(), 0);

    // The day before, nothing expires.
    Sandbox early;
    QVERIFY(copyFixture(early));
    const Run onLastDay = cli(early, {u"--json"_s, u"--now"_s, u"2027-03-31T23:59:00"_s, u"expire"_s});
    CHECK_JSON_OK(onLastDay, none);
    QCOMPARE(none.value(u"expired_points"_s).toInteger(), 0);

    const Run check = cli(box, {u"--json"_s, u"--now"_s, u"2027-04-01T09:10:00"_s, u"check"_s});
    CHECK_JSON_OK(check, c);
    QCOMPARE(c.value(u"ok"_s).toBool(), true);
}

void TestCliVisits::settings()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const auto get = [&](const QString &key) {
        const Run r = cli(box, {u"--json"_s, u"settings"_s, u"get"_s, key});
        QJsonObject o;
        if (r.code == 0)
            (void)jsonProblem(r.out, &o);
        return o.value(u"value"_s).toVariant().toString();
    };
    QCOMPARE(get(u"redeem.max_percent"_s), u"50"_s);
    QCOMPARE(get(u"earn.points_per_yuan"_s), u"1"_s);

    for (const QStringList &refused : {QStringList{u"redeem.max_percent"_s, u"500"_s}, QStringList{u"earn.points_per_yuan"_s, u"-1"_s},
                                       QStringList{u"earn.points_per_yuan"_s, u"two"_s}, QStringList{u"expiry.mode"_s, u"sometimes"_s},
                                       QStringList{u"nonsense.key"_s, u"1"_s}}) {
        const Run r = cli(box, QStringList{u"settings"_s, u"set"_s} + refused);
        CHECK_FAILURE(r, 1, false);
    }
    QCOMPARE(get(u"redeem.max_percent"_s), u"50"_s);
    QCOMPARE(get(u"earn.points_per_yuan"_s), u"1"_s);

    const Run set = cli(box, {u"--json"_s, u"settings"_s, u"set"_s, u"earn.points_per_yuan"_s, u"2"_s});
    CHECK_JSON_OK(set, s);
    QCOMPARE(s.value(u"key"_s).toString(), u"earn.points_per_yuan"_s);
    QCOMPARE(s.value(u"value"_s).toVariant().toString(), u"2"_s);
    QCOMPARE(get(u"earn.points_per_yuan"_s), u"2"_s);

    // The rule takes effect: ¥10.55 × 2 = 21.1 → 21.
    const Run v = cli(box, {u"--json"_s, u"--now"_s, kDay, u"visit"_s, u"add"_s, u"--member"_s, m_card2, u"--amount"_s, u"10.55"_s});
    CHECK_JSON_OK(v, visit);
    QCOMPARE(visit.value(u"points_earned"_s).toInteger(), 21);

    const Run unknown = cli(box, {u"settings"_s, u"get"_s, u"nonsense.key"_s});
    CHECK_FAILURE(unknown, 1, false);
    const Run unknownJson = cli(box, {u"--json"_s, u"settings"_s, u"get"_s, u"nonsense.key"_s});
    CHECK_FAILURE(unknownJson, 1, true);
}

void TestCliVisits::checkFindsTampering()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run good = cli(box, {u"--json"_s, u"--now"_s, kDay, u"check"_s});
    CHECK_JSON_OK(good, ok);
    QCOMPARE(ok.value(u"ok"_s), QJsonValue(true));
    QVERIFY2(ok.value(u"problems"_s).isArray(), good.out.constData());
    QCOMPARE(ok.value(u"problems"_s).toArray().size(), 0);

    const QString problem = tamper(box.db(), u"UPDATE members SET points = points + 1 WHERE card = '%1'"_s.arg(m_card1));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Run bad = cli(box, {u"--json"_s, u"--now"_s, kDay, u"check"_s});
    CHECK_EXIT(bad, 1);
    QJsonObject o;
    const QString notJson = jsonProblem(bad.out, &o);
    QVERIFY2(notJson.isEmpty(), qPrintable(notJson + u'\n' + bad.describe()));
    QCOMPARE(o.value(u"ok"_s), QJsonValue(false));
    const QJsonArray problems = o.value(u"problems"_s).toArray();
    QVERIFY2(!problems.isEmpty(), bad.out.constData());
    QVERIFY2(QJsonDocument(problems).toJson().contains(m_card1.toUtf8()), bad.out.constData());

    const Run text = cli(box, {u"--now"_s, kDay, u"check"_s});
    CHECK_EXIT(text, 1);
    QVERIFY2(QByteArray(text.out + text.err).contains(m_card1.toUtf8()), qPrintable(text.describe()));
}

QTEST_GUILESS_MAIN(TestCliVisits)
#include "test_cli_visits.moc"
