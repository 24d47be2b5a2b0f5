// Coupons through the binary (SPEC §3.6, §7): `coupon template add` (money for amount_off and
// spend_and_save, a whole percent for percent_off), `coupon issue`, `visit add --coupon` and each
// refusal with exit 1 and its reason, `coupon list`, `member show`'s coupons, `report coupons`.

#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loyalty::test;

namespace {

const QString kDay = u"2026-05-04T10:00:00"_s;

Run cli(const Sandbox &box, const QStringList &args)
{
    return runCli(box, QStringList{u"--db"_s, box.db()} + args);
}

Run json(const Sandbox &box, const QStringList &args, const QString &now = kDay)
{
    return cli(box, QStringList{u"--json"_s, u"--now"_s, now} + args);
}

} // namespace

class TestCliCoupons : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void templatesTakeMoneyOrPercent();
    void issueRedeemAndReport();
    void slipPdf();
    void campaignAndAutomaticCoupons();
    void printToAnEscPosPrinter();
    void refusalsExitOne_data();
    void refusalsExitOne();

private:
    // A shop with two members; the first holds a "¥10 off from ¥50" coupon. Returns its code.
    QString prepare(Sandbox &box);
};

void TestCliCoupons::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LOYALTY_CLI)).isExecutable(), LOYALTY_CLI);
}

QString TestCliCoupons::prepare(Sandbox &box)
{
    if (!box.isValid() || cli(box, {u"init"_s}).code != 0)
        return {};
    if (json(box, {u"member"_s, u"add"_s, u"--name"_s, u"Li Lei"_s, u"--phone"_s, u"13800138000"_s}).code != 0
        || json(box, {u"member"_s, u"add"_s, u"--name"_s, u"Han Meimei"_s, u"--phone"_s, u"13900139000"_s}).code != 0)
        return {};
    if (json(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"¥10 off"_s, u"--kind"_s, u"amount_off"_s, u"--value"_s, u"10.00"_s,
                   u"--min-spend"_s, u"50"_s, u"--valid-days"_s, u"30"_s})
            .code
        != 0)
        return {};
    const Run issued = json(box, {u"coupon"_s, u"issue"_s, u"13800138000"_s, u"--template"_s, u"1"_s});
    QJsonObject o;
    if (issued.code != 0 || !jsonProblem(issued.out, &o).isEmpty())
        return {};
    return o.value(u"code"_s).toString();
}

void TestCliCoupons::templatesTakeMoneyOrPercent()
{
    Sandbox box;
    QVERIFY(!prepare(box).isEmpty());
    const Run percent = json(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"15% off"_s, u"--kind"_s, u"percent_off"_s,
                                   u"--value"_s, u"15"_s});
    CHECK_JSON_OK(percent, p);
    CHECK_INTEGER(percent, p, u"template_id"_s);
    QCOMPARE(p.value(u"template_id"_s).toInteger(), 2);
    QCOMPARE(p.value(u"value"_s).toInteger(), 15);
    const Run save = json(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"满100减20"_s, u"--kind"_s, u"spend_and_save"_s,
                                u"--value"_s, u"20"_s, u"--threshold"_s, u"100.00"_s});
    CHECK_JSON_OK(save, s);
    QCOMPARE(s.value(u"value"_s).toInteger(), 2000);
    QCOMPARE(s.value(u"threshold_cents"_s).toInteger(), 10'000);
    // A percent with decimals, an unknown kind, money with letters: usage values that do not parse.
    CHECK_FAILURE(json(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"x"_s, u"--kind"_s, u"percent_off"_s, u"--value"_s, u"12.5"_s}), 1, true);
    CHECK_FAILURE(json(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"x"_s, u"--kind"_s, u"gift"_s, u"--value"_s, u"1"_s}), 1, true);
    CHECK_FAILURE(json(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"x"_s, u"--kind"_s, u"amount_off"_s, u"--value"_s, u"ten"_s}), 1, true);
    CHECK_EXIT(cli(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"x"_s}), 2);   // --kind and --value missing
}

void TestCliCoupons::issueRedeemAndReport()
{
    Sandbox box;
    const QString code = prepare(box);
    QVERIFY(!code.isEmpty());
    QCOMPARE(code.size(), 13);
    const Run show = json(box, {u"member"_s, u"show"_s, u"13800138000"_s});
    CHECK_JSON_OK(show, m);
    QCOMPARE(m.value(u"coupons"_s).toArray().size(), 1);
    QCOMPARE(m.value(u"coupons"_s).toArray().first().toObject().value(u"code"_s).toString(), code);

    // Typed in lower case with dashes, as a person reads it from a slip.
    QString typed = code.toLower();
    typed.insert(8, u'-').insert(4, u'-');
    const Run visit = json(box, {u"visit"_s, u"add"_s, u"--member"_s, u"13800138000"_s, u"--amount"_s, u"60.00"_s, u"--coupon"_s, typed});
    CHECK_JSON_OK(visit, v);
    CHECK_INTEGER(visit, v, u"coupon_discount_cents"_s);
    QCOMPARE(v.value(u"coupon_discount_cents"_s).toInteger(), 1000);
    QCOMPARE(v.value(u"points_earned"_s).toInteger(), 50);

    const Run listed = json(box, {u"coupon"_s, u"list"_s, u"--member"_s, u"13800138000"_s, u"--status"_s, u"redeemed"_s});
    CHECK_JSON_OK(listed, l);
    QCOMPARE(l.value(u"coupons"_s).toArray().size(), 1);
    QCOMPARE(l.value(u"coupons"_s).toArray().first().toObject().value(u"status"_s).toString(), u"redeemed"_s);

    const Run report = json(box, {u"report"_s, u"coupons"_s});
    CHECK_JSON_OK(report, r);
    const QJsonObject row = r.value(u"templates"_s).toArray().first().toObject();
    QCOMPARE(row.value(u"issued"_s).toInteger(), 1);
    QCOMPARE(row.value(u"redeemed"_s).toInteger(), 1);
    QCOMPARE(row.value(u"redemption_rate_percent"_s).toDouble(), 100.0);
    QCOMPARE(row.value(u"revenue_cents"_s).toInteger(), 5000);

    // A void gives it back; it can be redeemed again.
    CHECK_EXIT(json(box, {u"visit"_s, u"void"_s, v.value(u"visit_id"_s).toVariant().toString(), u"--reason"_s, u"refund"_s}), 0);
    const Run again = json(box, {u"coupon"_s, u"list"_s, u"--status"_s, u"issued"_s});
    CHECK_JSON_OK(again, a);
    QCOMPARE(a.value(u"coupons"_s).toArray().size(), 1);
}

void TestCliCoupons::campaignAndAutomaticCoupons()
{
    Sandbox box;
    QVERIFY(!prepare(box).isEmpty());
    const Run campaign = json(box, {u"coupon"_s, u"campaign"_s, u"--template"_s, u"1"_s, u"--name"_s, u"Spring"_s});
    CHECK_JSON_OK(campaign, c);
    CHECK_INTEGER(campaign, c, u"issued"_s);
    QCOMPARE(c.value(u"issued"_s).toInteger(), 2);   // both members
    CHECK_FAILURE(json(box, {u"coupon"_s, u"campaign"_s, u"--template"_s, u"1"_s, u"--name"_s, u"Gold only"_s, u"--min-tier"_s, u"2"_s}), 1, true);
    const Run report = json(box, {u"report"_s, u"coupons"_s});
    CHECK_JSON_OK(report, r);
    QCOMPARE(r.value(u"campaigns"_s).toArray().size(), 1);
    QCOMPARE(r.value(u"campaigns"_s).toArray().first().toObject().value(u"issued"_s).toInteger(), 2);

    // A template that comes by itself with an upgrade.
    CHECK_EXIT(json(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"Welcome to Silver"_s, u"--kind"_s, u"amount_off"_s,
                          u"--value"_s, u"15"_s, u"--auto"_s, u"tier_upgrade"_s}),
               0);
    const Run up = json(box, {u"visit"_s, u"add"_s, u"--member"_s, u"13900139000"_s, u"--amount"_s, u"600"_s});
    CHECK_JSON_OK(up, u);
    QCOMPARE(u.value(u"tier_changed"_s).toBool(), true);
    QCOMPARE(u.value(u"coupons_issued"_s).toArray().size(), 1);
    CHECK_FAILURE(json(box, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"x"_s, u"--kind"_s, u"amount_off"_s, u"--value"_s, u"1"_s,
                             u"--auto"_s, u"anniversary"_s}),
                  1, true);
}

void TestCliCoupons::slipPdf()
{
    Sandbox box;
    QVERIFY(!prepare(box).isEmpty());
    const QString pdf = box.path() + u"/slip.pdf"_s;
    const Run visit = json(box, {u"visit"_s, u"add"_s, u"--member"_s, u"13800138000"_s, u"--amount"_s, u"36.50"_s, u"--slip-pdf"_s, pdf});
    CHECK_EXIT(visit, 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    // A place the slip cannot be written: refused before anything is recorded.
    const Run before = json(box, {u"visit"_s, u"list"_s, u"13800138000"_s});
    const Run refused = json(box, {u"visit"_s, u"add"_s, u"--member"_s, u"13800138000"_s, u"--amount"_s, u"10"_s, u"--slip-pdf"_s,
                                   box.path() + u"/no/such/folder/slip.pdf"_s});
    CHECK_FAILURE(refused, 1, true);
    QCOMPARE(json(box, {u"visit"_s, u"list"_s, u"13800138000"_s}).out, before.out);
}

void TestCliCoupons::printToAnEscPosPrinter()
{
    Sandbox box;
    QVERIFY(!prepare(box).isEmpty());
    QTcpServer printer;
    QVERIFY(printer.listen(QHostAddress::LocalHost));
    CHECK_EXIT(json(box, {u"settings"_s, u"set"_s, u"printer.kind"_s, u"escpos"_s}), 0);
    CHECK_EXIT(json(box, {u"settings"_s, u"set"_s, u"printer.escpos_target"_s, u"127.0.0.1:%1"_s.arg(printer.serverPort())}), 0);
    const Run visit = json(box, {u"visit"_s, u"add"_s, u"--member"_s, u"13800138000"_s, u"--amount"_s, u"36.50"_s, u"--print"_s});
    CHECK_JSON_OK(visit, v);
    QCOMPARE(v.value(u"printed"_s).toBool(), true);
    // The kernel held the connection and the bytes while the program ran.
    QVERIFY(printer.waitForNewConnection(5000));
    QTcpSocket *socket = printer.nextPendingConnection();
    QByteArray received;
    while (socket->waitForReadyRead(2000))
        received += socket->readAll();
    received += socket->readAll();
    QVERIFY2(received.startsWith("\x1b@"), received.left(20).toHex().constData());
    QVERIFY(received.contains("36.50"));
    QVERIFY(received.endsWith(QByteArray("\x1dVB\x00", 4)));
    // Nobody listening: the visit is still recorded (exit 0), the slip said not printed.
    printer.close();
    const Run unprinted = json(box, {u"visit"_s, u"add"_s, u"--member"_s, u"13800138000"_s, u"--amount"_s, u"5"_s, u"--print"_s});
    CHECK_EXIT(unprinted, 0);
    QJsonObject u;
    QVERIFY(jsonProblem(unprinted.out, &u).isEmpty());
    QCOMPARE(u.value(u"printed"_s).toBool(), false);
    QVERIFY(!u.value(u"print_error"_s).toString().isEmpty());
    QVERIFY(!unprinted.err.isEmpty());
}

void TestCliCoupons::refusalsExitOne_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("typo") << u"typo"_s << QByteArray("typo");
    QTest::newRow("unknown") << u"unknown"_s << QByteArray("no coupon");
    QTest::newRow("another member's") << u"other"_s << QByteArray("another member");
    QTest::newRow("below the minimum spend") << u"min"_s << QByteArray("at least");
    QTest::newRow("expired") << u"expired"_s << QByteArray("expired");
    QTest::newRow("twice") << u"twice"_s << QByteArray("already redeemed");
}

void TestCliCoupons::refusalsExitOne()
{
    QFETCH(QString, situation);
    QFETCH(QByteArray, says);
    Sandbox box;
    QString code = prepare(box);
    QVERIFY(!code.isEmpty());
    QString member = u"13800138000"_s;
    QString amount = u"60"_s;
    QString now = kDay;
    if (situation == u"typo")
        code[2] = code.at(2) == u'7' ? u'8' : u'7';
    else if (situation == u"unknown")
        code = u"ABCDEFGHJKMN3"_s;   // "3" is the check symbol of these twelve: well formed, never issued
    else if (situation == u"other")
        member = u"13900139000"_s;
    else if (situation == u"min")
        amount = u"49.99"_s;
    else if (situation == u"expired")
        now = u"2026-06-04T08:00:00"_s;
    else if (situation == u"twice")
        CHECK_EXIT(json(box, {u"visit"_s, u"add"_s, u"--member"_s, member, u"--amount"_s, amount, u"--coupon"_s, code}), 0);
    const Run before = json(box, {u"visit"_s, u"list"_s, member}, now);
    const Run r = json(box, {u"visit"_s, u"add"_s, u"--member"_s, member, u"--amount"_s, amount, u"--coupon"_s, code}, now);
    CHECK_FAILURE(r, 1, true);
    QVERIFY2(r.err.toLower().contains(says), r.err.constData());
    QCOMPARE(json(box, {u"visit"_s, u"list"_s, member}, now).out, before.out);
}

QTEST_GUILESS_MAIN(TestCliCoupons)
#include "test_cli_coupons.moc"
