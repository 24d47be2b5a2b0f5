// Tiers through the binary (SPEC §3.4, §7): the tier fields of `visit add` and `member show`,
// `tiers review` reporting the reviews the open ran, `report tiers`, the ladder's setting keys and
// their refusals, the default names in a Chinese shop.

#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loyalty::test;

namespace {

Run cli(const Sandbox &box, const QStringList &args)
{
    return runCli(box, QStringList{u"--db"_s, box.db()} + args);
}

Run at(const Sandbox &box, const QString &now, const QStringList &args)
{
    return cli(box, QStringList{u"--json"_s, u"--now"_s, now} + args);
}

} // namespace

class TestCliTiers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeInVisitAndMember();
    void reviewReportsWhatTheOpenRan();
    void reportTiers();
    void ladderSettings();
    void chineseShopNames();

private:
    // A shop with one member, Silver since a ¥600 visit on 2025-01-05.
    QString prepare(Sandbox &box, const QString &language = u"en"_s);
};

void TestCliTiers::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LOYALTY_CLI)).isExecutable(), LOYALTY_CLI);
}

QString TestCliTiers::prepare(Sandbox &box, const QString &language)
{
    if (!box.isValid())
        return {};
    if (cli(box, {u"init"_s, u"--language"_s, language}).code != 0)
        return {};
    const Run m = at(box, u"2025-01-05T10:00:00"_s, {u"member"_s, u"add"_s, u"--name"_s, u"Li Lei"_s, u"--phone"_s, u"13800138000"_s});
    QJsonObject o;
    if (m.code != 0 || !jsonProblem(m.out, &o).isEmpty())
        return {};
    return o.value(u"card"_s).toString();
}

void TestCliTiers::upgradeInVisitAndMember()
{
    Sandbox box;
    const QString card = prepare(box);
    QVERIFY(!card.isEmpty());
    // ¥499.99: still Normal; ¥0.01 more reaches Silver (¥500) exactly.
    const Run below = at(box, u"2025-01-05T11:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, card, u"--amount"_s, u"499.99"_s});
    CHECK_JSON_OK(below, b);
    QCOMPARE(b.value(u"tier"_s).toString(), u"Normal"_s);
    QCOMPARE(b.value(u"tier_changed"_s).toBool(), false);
    const Run up = at(box, u"2025-01-05T11:05:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, card, u"--amount"_s, u"0.01"_s});
    CHECK_JSON_OK(up, u);
    QCOMPARE(u.value(u"tier"_s).toString(), u"Silver"_s);
    QCOMPARE(u.value(u"tier_level"_s).toInt(), 1);
    QCOMPARE(u.value(u"tier_changed"_s).toBool(), true);
    QCOMPARE(u.value(u"tier_before"_s).toString(), u"Normal"_s);

    const Run show = at(box, u"2025-01-06T09:00:00"_s, {u"member"_s, u"show"_s, card});
    CHECK_JSON_OK(show, m);
    CHECK_INTEGER(show, m, u"spend_12m_cents"_s);
    CHECK_INTEGER(show, m, u"to_next_tier_cents"_s);
    QCOMPARE(m.value(u"tier"_s).toString(), u"Silver"_s);
    QCOMPARE(m.value(u"tier_level"_s).toInt(), 1);
    QCOMPARE(m.value(u"spend_12m_cents"_s).toInteger(), 50'000);
    QCOMPARE(m.value(u"next_tier"_s).toString(), u"Gold"_s);
    QCOMPARE(m.value(u"to_next_tier_cents"_s).toInteger(), 150'000);
    QCOMPARE(m.value(u"tier_since"_s).toString(), u"2025-01-05"_s);
    // Reached after the review of 2025-01-01 with 12 months of grace: the review of 2026-02-01 is
    // the first that may move it down.
    QCOMPARE(m.value(u"tier_kept_until"_s).toString(), u"2026-01-31"_s);

    // Text for people says how far the next tier is.
    const Run text = cli(box, {u"--now"_s, u"2025-01-06T09:00:00"_s, u"member"_s, u"show"_s, card});
    CHECK_EXIT(text, 0);
    QVERIFY2(text.out.contains("1,500.00 more in the next 12 months to reach Gold"), text.out.constData());
}

void TestCliTiers::reviewReportsWhatTheOpenRan()
{
    Sandbox box;
    const QString card = prepare(box);
    QVERIFY(!card.isEmpty());
    const Run v = at(box, u"2025-01-05T11:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, card, u"--amount"_s, u"600"_s});
    CHECK_JSON_OK(v, visit);
    QCOMPARE(visit.value(u"tier_changed"_s).toBool(), true);
    // Opened next on 2027-01-02: the open runs the 24 reviews due (2025-02-01 … 2027-01-01); the
    // renewal of 2026-01-01 kept Silver through 2026, the review of 2027-01-01 drops it.
    const Run review = at(box, u"2027-01-02T09:00:00"_s, {u"tiers"_s, u"review"_s});
    CHECK_JSON_OK(review, r);
    const QJsonArray changed = r.value(u"changed"_s).toArray();
    QCOMPARE(changed.size(), 1);
    const QJsonObject c = changed.first().toObject();
    QCOMPARE(c.value(u"card"_s).toString(), card);
    QCOMPARE(c.value(u"from"_s).toString(), u"Silver"_s);
    QCOMPARE(c.value(u"to"_s).toString(), u"Normal"_s);
    QCOMPARE(c.value(u"on"_s).toString(), u"2027-01-01"_s);
    QCOMPARE(r.value(u"reviews"_s).toArray().size(), 24);
    // Nothing is due again.
    const Run again = at(box, u"2027-01-02T09:05:00"_s, {u"tiers"_s, u"review"_s});
    CHECK_JSON_OK(again, a);
    QCOMPARE(a.value(u"changed"_s).toArray().size(), 0);
    QCOMPARE(a.value(u"reviews"_s).toArray().size(), 0);
    const Run show = at(box, u"2027-01-02T09:10:00"_s, {u"member"_s, u"show"_s, card});
    CHECK_JSON_OK(show, m);
    QCOMPARE(m.value(u"tier"_s).toString(), u"Normal"_s);
    const Run check = at(box, u"2027-01-02T09:10:00"_s, {u"check"_s});
    CHECK_JSON_OK(check, ok);
    QCOMPARE(ok.value(u"ok"_s).toBool(), true);
}

void TestCliTiers::reportTiers()
{
    Sandbox box;
    const QString card = prepare(box);
    QVERIFY(!card.isEmpty());
    CHECK_EXIT(at(box, u"2025-01-05T11:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, card, u"--amount"_s, u"600"_s}), 0);
    const Run report = at(box, u"2025-01-20T09:00:00"_s, {u"report"_s, u"tiers"_s});
    CHECK_JSON_OK(report, o);
    CHECK_INTEGER(report, o, u"members"_s);
    QCOMPARE(o.value(u"members"_s).toInteger(), 1);
    const QJsonArray tiers = o.value(u"tiers"_s).toArray();
    QCOMPARE(tiers.size(), 5);
    const QList<int> targets{20, 60, 15, 3, 2};
    for (int level = 0; level < 5; ++level) {
        const QJsonObject t = tiers.at(level).toObject();
        QCOMPARE(t.value(u"level"_s).toInt(), level);
        QCOMPARE(t.value(u"target_percent"_s).toInt(), targets.at(level));
        QVERIFY(t.value(u"suggested_threshold_cents"_s).isDouble());
        QVERIFY(t.value(u"share_percent"_s).isDouble());
        QCOMPARE(t.value(u"members"_s).toInteger(), level == 1 ? 1 : 0);
        QCOMPARE(t.value(u"share_percent"_s).toDouble(), level == 1 ? 100.0 : 0.0);
    }
    QCOMPARE(tiers.at(1).toObject().value(u"name"_s).toString(), u"Silver"_s);
    QCOMPARE(tiers.at(2).toObject().value(u"threshold_cents"_s).toInteger(), 200'000);
    QVERIFY(o.value(u"suggested"_s).toObject().contains(u"up"_s));
}

void TestCliTiers::ladderSettings()
{
    Sandbox box;
    QVERIFY(!prepare(box).isEmpty());
    const Run get = at(box, u"2025-01-05T12:00:00"_s, {u"settings"_s, u"get"_s, u"tiers.3.name"_s});
    CHECK_JSON_OK(get, g);
    QCOMPARE(g.value(u"value"_s).toString(), u"Platinum"_s);
    const Run set = at(box, u"2025-01-05T12:00:00"_s, {u"settings"_s, u"set"_s, u"tiers.1.threshold_cents"_s, u"30000"_s});
    CHECK_JSON_OK(set, s);
    const Run bad = at(box, u"2025-01-05T12:00:00"_s, {u"settings"_s, u"set"_s, u"tiers.2.threshold_cents"_s, u"20000"_s});
    CHECK_FAILURE(bad, 1, true);
    QVERIFY2(bad.err.contains("Gold") && bad.err.contains("Silver"), bad.err.constData());
    const Run unchanged = at(box, u"2025-01-05T12:00:00"_s, {u"settings"_s, u"get"_s, u"tiers.2.threshold_cents"_s});
    CHECK_JSON_OK(unchanged, u);
    QCOMPARE(u.value(u"value"_s).toString(), u"200000"_s);
    const Run grace = at(box, u"2025-01-05T12:00:00"_s, {u"settings"_s, u"set"_s, u"tiers.grace_months"_s, u"-1"_s});
    CHECK_FAILURE(grace, 1, true);
}

void TestCliTiers::chineseShopNames()
{
    Sandbox box;
    const QString card = prepare(box, u"zh_CN"_s);
    QVERIFY(!card.isEmpty());
    const Run up = at(box, u"2025-01-05T11:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, card, u"--amount"_s, u"2000"_s});
    CHECK_JSON_OK(up, u);
    QCOMPARE(u.value(u"tier"_s).toString(), u"黄金"_s);
    QCOMPARE(u.value(u"tier_level"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCliTiers)
#include "test_cli_tiers.moc"
