// Member states and the alert list through the binary (SPEC §3.5, §6, §7): `alerts --json` with its
// fields and order, `--state`, `--min-tier`, `--limit` and their refusals; `member show`'s state
// fields; `member contact` and `report states` with the win-back counts; `member snooze`; `export
// alerts` as a call sheet (BOM, header, CRLF, rows), `--no-bom`. Every expected value is worked out
// by hand in the comments.

#include "CliHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loyalty::test;

namespace {

// "Today" of most checks: 2026-02-15.
const QString kToday = u"2026-02-15T10:00:00"_s;

Run cli(const Sandbox &box, const QStringList &args)
{
    return runCli(box, QStringList{u"--db"_s, box.db()} + args);
}

Run json(const Sandbox &box, const QString &now, const QStringList &args)
{
    return cli(box, QStringList{u"--json"_s, u"--now"_s, now} + args);
}

QStringList cardsOf(const QJsonArray &alerts)
{
    QStringList cards;
    for (const QJsonValue &v : alerts)
        cards << v.toObject().value(u"card"_s).toString();
    return cards;
}

} // namespace

class TestCliAlerts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void alertsFieldsAndOrder();
    void alertFilters();
    void badOptionsRefused_data();
    void badOptionsRefused();
    void memberShowStateFields();
    void contactAndReportStates();
    void contactWithoutOutcome();
    void snooze();
    void exportAlerts();
    void reportRfmParetoAndSegmentCampaign();
    void reportCohorts();

private:
    // The shop of every test, built in date order as a shop would (each run's open moves the
    // 12-month spend window and runs the reviews due). Phones 1380000000N; as of 2026-02-15:
    //   Eve  ¥50 on 2024-12-01, 12-08, 12-15         typical 7, 427 days away: lost, 12-month spend 0
    //   Bob  ¥150 on 2026-01-01, 01-08, 01-15        typical 7, 31 days: dormant, 45,000
    //   Cai  ¥100 on 2026-01-03, 01-10, 01-17, 01-24 typical 7, 22 days: at risk, 40,000
    //   Ann  ¥100 on 2026-01-05, 01-12, 01-19, 01-26 typical 7, 20 days: at risk, 40,000
    //   Dan  ¥600 on 2026-01-29, 02-05, 02-12        typical 7, 3 days: active, 180,000, Silver
    //   Fay  ¥20 on 2026-02-01, 02-03                one gap: no rhythm (expected: the shop's 7),
    //                                                12 days: active, 4,000
    //   Gus  joined 2026-02-10, no visit             new
    // Every known typical gap is 7: the shop-wide fallback is 7.
    bool prepare(Sandbox &box);
    QString card(const QString &name) const { return m_cards.value(name); }

    QHash<QString, QString> m_cards;
};

void TestCliAlerts::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LOYALTY_CLI)).isExecutable(), LOYALTY_CLI);
}

bool TestCliAlerts::prepare(Sandbox &box)
{
    if (!box.isValid() || cli(box, {u"init"_s}).code != 0)
        return false;
    m_cards.clear();
    const auto add = [&](const QString &date, const QString &name, const QString &phone) {
        const Run r = json(box, date + u"T09:00:00"_s, {u"member"_s, u"add"_s, u"--name"_s, name, u"--phone"_s, phone});
        QJsonObject o;
        if (r.code != 0 || !jsonProblem(r.out, &o).isEmpty()) {
            qWarning("%s", qPrintable(r.describe(0)));
            return false;
        }
        m_cards.insert(name, o.value(u"card"_s).toString());
        return true;
    };
    const auto visit = [&](const QString &date, const QString &phone, const QString &amount) {
        const Run r = json(box, date + u"T12:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, phone, u"--amount"_s, amount});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.describe(0)));
        return r.code == 0;
    };
    const QString eve = u"13800000005"_s, bob = u"13800000002"_s, cai = u"13800000003"_s, ann = u"13800000001"_s,
                  dan = u"13800000004"_s, fay = u"13800000006"_s;
    return add(u"2024-12-01"_s, u"Eve"_s, eve) && visit(u"2024-12-01"_s, eve, u"50"_s) && visit(u"2024-12-08"_s, eve, u"50"_s)
           && visit(u"2024-12-15"_s, eve, u"50"_s)                                                               //
           && add(u"2026-01-01"_s, u"Bob"_s, bob) && visit(u"2026-01-01"_s, bob, u"150"_s)                         //
           && add(u"2026-01-03"_s, u"Cai"_s, cai) && visit(u"2026-01-03"_s, cai, u"100"_s)                         //
           && add(u"2026-01-05"_s, u"Ann"_s, ann) && visit(u"2026-01-05"_s, ann, u"100"_s)                         //
           && visit(u"2026-01-08"_s, bob, u"150"_s) && visit(u"2026-01-10"_s, cai, u"100"_s)                      //
           && visit(u"2026-01-12"_s, ann, u"100"_s) && visit(u"2026-01-15"_s, bob, u"150"_s)                      //
           && visit(u"2026-01-17"_s, cai, u"100"_s) && visit(u"2026-01-19"_s, ann, u"100"_s)                      //
           && visit(u"2026-01-24"_s, cai, u"100"_s) && visit(u"2026-01-26"_s, ann, u"100"_s)                      //
           && add(u"2026-01-29"_s, u"Dan"_s, dan) && visit(u"2026-01-29"_s, dan, u"600"_s)                         //
           && add(u"2026-02-01"_s, u"Fay"_s, fay) && visit(u"2026-02-01"_s, fay, u"20"_s)                          //
           && visit(u"2026-02-03"_s, fay, u"20"_s) && visit(u"2026-02-05"_s, dan, u"600"_s)                       //
           && add(u"2026-02-10"_s, u"Gus"_s, u"13800000007"_s) && visit(u"2026-02-12"_s, dan, u"600"_s);
}

void TestCliAlerts::alertsFieldsAndOrder()
{
    Sandbox box;
    QVERIFY(prepare(box));
    const Run r = json(box, kToday, {u"alerts"_s});
    CHECK_JSON_OK(r, o);
    CHECK_INTEGER(r, o, u"count"_s);
    CHECK_INTEGER(r, o, u"snoozed"_s);
    QCOMPARE(o.value(u"count"_s).toInteger(), 3);
    QCOMPARE(o.value(u"snoozed"_s).toInteger(), 0);
    QCOMPARE(o.value(u"fallback_gap_days"_s).toInteger(), 7);
    QCOMPARE(o.value(u"as_of"_s).toString(), u"2026-02-15"_s);
    const QJsonArray alerts = o.value(u"alerts"_s).toArray();
    // Most valuable first: Bob 45,000; Cai and Ann 40,000 each, Cai first (22 days away against 20).
    QCOMPARE(cardsOf(alerts), QStringList({card(u"Bob"_s), card(u"Cai"_s), card(u"Ann"_s)}));

    const QJsonObject bob = alerts.at(0).toObject();
    QCOMPARE(bob.value(u"name"_s).toString(), u"Bob"_s);
    QCOMPARE(bob.value(u"phone"_s).toString(), u"13800000002"_s);
    QCOMPARE(bob.value(u"state"_s).toString(), u"dormant"_s);      // 31 > 4×7
    QCOMPARE(bob.value(u"days_absent"_s).toInteger(), 31);
    QCOMPARE(bob.value(u"typical_gap_days"_s).toInteger(), 7);
    QCOMPARE(bob.value(u"expected_gap_days"_s).toInteger(), 7);
    QCOMPARE(bob.value(u"spend_12m_cents"_s).toInteger(), 45'000);
    QCOMPARE(bob.value(u"last_visit"_s).toString(), u"2026-01-15"_s);
    QCOMPARE(bob.value(u"tier"_s).toString(), u"Normal"_s);
    QVERIFY(bob.value(u"snoozed_until"_s).isNull());
    QVERIFY(bob.value(u"last_contact"_s).isNull());
    QCOMPARE(bob.value(u"last_items"_s).toArray().size(), 0);
    const QJsonObject cai = alerts.at(1).toObject();
    QCOMPARE(cai.value(u"state"_s).toString(), u"at_risk"_s);       // 14 < 22 ≤ 28
    QCOMPARE(cai.value(u"days_absent"_s).toInteger(), 22);
    QCOMPARE(cai.value(u"spend_12m_cents"_s).toInteger(), 40'000);
    const QJsonObject ann = alerts.at(2).toObject();
    QCOMPARE(ann.value(u"state"_s).toString(), u"at_risk"_s);
    QCOMPARE(ann.value(u"days_absent"_s).toInteger(), 20);
    QCOMPARE(ann.value(u"typical_gap_days"_s).toInteger(), 7);
    QCOMPARE(ann.value(u"spend_12m_cents"_s).toInteger(), 40'000);
    // Integers written as integers (SPEC §7), in each alert.
    for (const QString &key : {u"days_absent"_s, u"typical_gap_days"_s, u"spend_12m_cents"_s}) {
        const QRegularExpression written(u"\""_s + key + u"\":-?[0-9]+[,}]"_s);
        QCOMPARE(QString::fromUtf8(r.out).count(written), 3);
    }

    // Text for people: the count, most valuable first, one line each.
    const Run text = cli(box, {u"--now"_s, kToday, u"alerts"_s});
    CHECK_EXIT(text, 0);
    const QStringList lines = QString::fromUtf8(text.out).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).startsWith(card(u"Bob"_s)), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(card(u"Cai"_s)), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(card(u"Ann"_s)), qPrintable(lines.at(3)));

    // The next day the spend window moves with --now; nothing else changes but the days.
    const Run next = json(box, u"2026-02-16T10:00:00"_s, {u"alerts"_s});
    CHECK_JSON_OK(next, n);
    QCOMPARE(n.value(u"alerts"_s).toArray().at(0).toObject().value(u"days_absent"_s).toInteger(), 32);
    QCOMPARE(n.value(u"alerts"_s).toArray().at(0).toObject().value(u"spend_12m_cents"_s).toInteger(), 45'000);
    // 2027-01-05: Bob's first visit (2026-01-01) has left the window (2026-01-06 … 2027-01-05): the
    // other two stay: 30,000.
    const Run later = json(box, u"2027-01-05T10:00:00"_s, {u"alerts"_s, u"--state"_s, u"dormant"_s});
    CHECK_JSON_OK(later, l);
    QJsonObject bobLater;
    for (const QJsonValue &v : l.value(u"alerts"_s).toArray())
        if (v.toObject().value(u"card"_s).toString() == card(u"Bob"_s))
            bobLater = v.toObject();
    QCOMPARE(bobLater.value(u"spend_12m_cents"_s).toInteger(), 30'000);
    QCOMPARE(bobLater.value(u"days_absent"_s).toInteger(), 355);   // 2026-01-15 → 2027-01-05
}

void TestCliAlerts::alertFilters()
{
    Sandbox box;
    QVERIFY(prepare(box));
    const auto listed = [&](const QStringList &options, qint64 *count = nullptr) {
        const Run r = json(box, kToday, QStringList{u"alerts"_s} + options);
        QJsonObject o;
        if (r.code != 0 || !jsonProblem(r.out, &o).isEmpty())
            return QStringList{r.describe(0)};
        if (count)
            *count = o.value(u"count"_s).toInteger();
        return cardsOf(o.value(u"alerts"_s).toArray());
    };
    // Lost: Eve only, 2024-12-15 → 2026-02-15 = 365 + 62 = 427 days, nothing in 12 months.
    const Run lost = json(box, kToday, {u"alerts"_s, u"--state"_s, u"lost"_s});
    CHECK_JSON_OK(lost, l);
    const QJsonArray lostAlerts = l.value(u"alerts"_s).toArray();
    QCOMPARE(cardsOf(lostAlerts), QStringList{card(u"Eve"_s)});
    QCOMPARE(lostAlerts.first().toObject().value(u"state"_s).toString(), u"lost"_s);
    QCOMPARE(lostAlerts.first().toObject().value(u"days_absent"_s).toInteger(), 427);
    QCOMPARE(lostAlerts.first().toObject().value(u"spend_12m_cents"_s).toInteger(), 0);
    QCOMPARE(listed({u"--state"_s, u"dormant"_s}), QStringList{card(u"Bob"_s)});
    QCOMPARE(listed({u"--state"_s, u"at_risk"_s}), QStringList({card(u"Cai"_s), card(u"Ann"_s)}));
    // Several states, spaces and repeats allowed: Bob 45,000, Cai, Ann, Eve 0.
    QCOMPARE(listed({u"--state"_s, u"lost, dormant,at_risk,lost"_s}),
             QStringList({card(u"Bob"_s), card(u"Cai"_s), card(u"Ann"_s), card(u"Eve"_s)}));
    // Active: Dan 180,000 then Fay 4,000; Fay without a rhythm of her own.
    const Run active = json(box, kToday, {u"alerts"_s, u"--state"_s, u"active"_s});
    CHECK_JSON_OK(active, a);
    const QJsonArray activeAlerts = a.value(u"alerts"_s).toArray();
    QCOMPARE(cardsOf(activeAlerts), QStringList({card(u"Dan"_s), card(u"Fay"_s)}));
    QVERIFY(activeAlerts.at(1).toObject().value(u"typical_gap_days"_s).isNull());
    QCOMPARE(activeAlerts.at(1).toObject().value(u"expected_gap_days"_s).toInteger(), 7);
    QCOMPARE(activeAlerts.at(1).toObject().value(u"days_absent"_s).toInteger(), 12);
    QCOMPARE(activeAlerts.at(0).toObject().value(u"tier"_s).toString(), u"Silver"_s);
    QCOMPARE(listed({u"--state"_s, u"new"_s}), QStringList{card(u"Gus"_s)});
    // Silver or higher: nobody at risk or dormant; among the active, Dan.
    qint64 count = -1;
    QCOMPARE(listed({u"--min-tier"_s, u"1"_s}, &count), QStringList());
    QCOMPARE(count, 0);
    QCOMPARE(listed({u"--state"_s, u"active"_s, u"--min-tier"_s, u"1"_s}), QStringList{card(u"Dan"_s)});
    // --limit cuts the list, not the count.
    QCOMPARE(listed({u"--limit"_s, u"1"_s}, &count), QStringList{card(u"Bob"_s)});
    QCOMPARE(count, 3);
}

void TestCliAlerts::badOptionsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown state") << QStringList{u"alerts"_s, u"--state"_s, u"foo"_s} << 1;
    QTest::newRow("one unknown among good ones") << QStringList{u"alerts"_s, u"--state"_s, u"at_risk,sleeping"_s} << 1;
    QTest::newRow("no state at all") << QStringList{u"alerts"_s, u"--state"_s, u","_s} << 1;
    QTest::newRow("tier 5") << QStringList{u"alerts"_s, u"--min-tier"_s, u"5"_s} << 1;
    QTest::newRow("tier x") << QStringList{u"alerts"_s, u"--min-tier"_s, u"x"_s} << 1;
    QTest::newRow("limit 0") << QStringList{u"alerts"_s, u"--limit"_s, u"0"_s} << 1;
    QTest::newRow("unknown option") << QStringList{u"alerts"_s, u"--sort"_s, u"name"_s} << 2;
    QTest::newRow("export: unknown state") << QStringList{u"export"_s, u"alerts"_s, u"--out"_s, u"x.csv"_s, u"--state"_s, u"foo"_s} << 1;
    QTest::newRow("export: no --out") << QStringList{u"export"_s, u"alerts"_s} << 2;
    QTest::newRow("campaign: unknown state")
        << QStringList{u"coupon"_s, u"campaign"_s, u"--template"_s, u"1"_s, u"--name"_s, u"x"_s, u"--state"_s, u"asleep"_s} << 1;
}

void TestCliAlerts::badOptionsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    Sandbox box;
    QVERIFY(prepare(box));
    const Run r = json(box, kToday, args);
    CHECK_FAILURE(r, code, true);
    if (args.contains(u"foo"_s))
        QVERIFY2(r.err.contains("foo"), r.err.constData()); // the message names what was wrong
    QVERIFY(!QFileInfo::exists(QDir(box.path()).filePath(u"x.csv"_s)));
}

void TestCliAlerts::memberShowStateFields()
{
    Sandbox box;
    QVERIFY(prepare(box));
    const Run ann = json(box, kToday, {u"member"_s, u"show"_s, u"13800000001"_s});
    CHECK_JSON_OK(ann, a);
    CHECK_INTEGER(ann, a, u"typical_gap_days"_s);
    CHECK_INTEGER(ann, a, u"expected_gap_days"_s);
    CHECK_INTEGER(ann, a, u"days_absent"_s);
    CHECK_INTEGER(ann, a, u"spend_12m_cents"_s);
    QCOMPARE(a.value(u"state"_s).toString(), u"at_risk"_s);
    QCOMPARE(a.value(u"typical_gap_days"_s).toInteger(), 7);
    QCOMPARE(a.value(u"expected_gap_days"_s).toInteger(), 7);
    QCOMPARE(a.value(u"days_absent"_s).toInteger(), 20);
    QCOMPARE(a.value(u"spend_12m_cents"_s).toInteger(), 40'000);
    QCOMPARE(a.value(u"visits"_s).toInteger(), 4);
    QCOMPARE(a.value(u"last_visit"_s).toString(), u"2026-01-26T12:00:00"_s);
    QVERIFY(a.contains(u"snoozed_until"_s) && a.value(u"snoozed_until"_s).isNull());
    QVERIFY(a.contains(u"last_contact"_s) && a.value(u"last_contact"_s).isNull());

    // Fay: no rhythm of her own → typical null, expected the shop's 7; 12 days ≤ 14 → active.
    const Run fay = json(box, kToday, {u"member"_s, u"show"_s, u"13800000006"_s});
    CHECK_JSON_OK(fay, f);
    QVERIFY(f.contains(u"typical_gap_days"_s) && f.value(u"typical_gap_days"_s).isNull());
    QCOMPARE(f.value(u"expected_gap_days"_s).toInteger(), 7);
    QCOMPARE(f.value(u"days_absent"_s).toInteger(), 12);
    QCOMPARE(f.value(u"state"_s).toString(), u"active"_s);
    // 3 days later (15 days): at risk.
    const Run fayLater = json(box, u"2026-02-18T10:00:00"_s, {u"member"_s, u"show"_s, u"13800000006"_s});
    CHECK_JSON_OK(fayLater, fl);
    QCOMPARE(fl.value(u"state"_s).toString(), u"at_risk"_s);

    // Gus: joined 5 days ago, no visit: new, days absent since joining.
    const Run gus = json(box, kToday, {u"member"_s, u"show"_s, u"13800000007"_s});
    CHECK_JSON_OK(gus, g);
    QCOMPARE(g.value(u"state"_s).toString(), u"new"_s);
    QCOMPARE(g.value(u"days_absent"_s).toInteger(), 5);
    QCOMPARE(g.value(u"expected_gap_days"_s).toInteger(), 7);
    // Eve: lost.
    const Run eve = json(box, kToday, {u"member"_s, u"show"_s, u"13800000005"_s});
    CHECK_JSON_OK(eve, e);
    QCOMPARE(e.value(u"state"_s).toString(), u"lost"_s);
    QCOMPARE(e.value(u"days_absent"_s).toInteger(), 427);

    // dormancy.min_gap_days 10: Ann's expected gap becomes 10 → 20 ≤ 2×10: active.
    CHECK_EXIT(json(box, kToday, {u"settings"_s, u"set"_s, u"dormancy.min_gap_days"_s, u"10"_s}), 0);
    const Run clamped = json(box, kToday, {u"member"_s, u"show"_s, u"13800000001"_s});
    CHECK_JSON_OK(clamped, c);
    QCOMPARE(c.value(u"typical_gap_days"_s).toInteger(), 7);
    QCOMPARE(c.value(u"expected_gap_days"_s).toInteger(), 10);
    QCOMPARE(c.value(u"state"_s).toString(), u"active"_s);
    // min above max is refused.
    CHECK_FAILURE(json(box, kToday, {u"settings"_s, u"set"_s, u"dormancy.min_gap_days"_s, u"100"_s}), 1, true);
}

void TestCliAlerts::contactAndReportStates()
{
    Sandbox box;
    QVERIFY(prepare(box));
    // Before any contact: the counts by state, no win-back yet.
    const Run before = json(box, kToday, {u"report"_s, u"states"_s});
    CHECK_JSON_OK(before, b);
    CHECK_INTEGER(before, b, u"members"_s);
    QCOMPARE(b.value(u"members"_s).toInteger(), 7);
    const QJsonObject counts = b.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"new"_s).toInteger(), 1);       // Gus
    QCOMPARE(counts.value(u"active"_s).toInteger(), 2);    // Dan, Fay
    QCOMPARE(counts.value(u"at_risk"_s).toInteger(), 2);   // Cai, Ann
    QCOMPARE(counts.value(u"dormant"_s).toInteger(), 1);   // Bob
    QCOMPARE(counts.value(u"lost"_s).toInteger(), 1);      // Eve
    const QJsonArray states = b.value(u"states"_s).toArray();
    QCOMPARE(states.size(), 5);
    QCOMPARE(states.at(1).toObject().value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(states.at(1).toObject().value(u"spend_12m_cents"_s).toInteger(), 184'000);   // 180,000 + 4,000
    QCOMPARE(states.at(2).toObject().value(u"spend_12m_cents"_s).toInteger(), 80'000);
    QCOMPARE(states.at(3).toObject().value(u"spend_12m_cents"_s).toInteger(), 45'000);
    QCOMPARE(states.at(2).toObject().value(u"share_percent"_s).toDouble(), 28.57);        // 2/7
    QCOMPARE(states.at(0).toObject().value(u"share_percent"_s).toDouble(), 14.29);        // 1/7
    QCOMPARE(b.value(u"win_back"_s).toObject().value(u"contacted"_s).toInteger(), 0);
    QCOMPARE(b.value(u"win_back"_s).toObject().value(u"months"_s).toArray().size(), 0);

    // Ann (at risk) called, Bob (dormant) seen in person, Dan (active) messaged — Dan not counted.
    const Run call = json(box, kToday, {u"member"_s, u"contact"_s, u"13800000001"_s, u"--channel"_s, u"call"_s, u"--outcome"_s,
                                        u"no_answer"_s, u"--note"_s, u"call again, after 6pm"_s});
    CHECK_JSON_OK(call, c);
    CHECK_INTEGER(call, c, u"contact_id"_s);
    QCOMPARE(c.value(u"contact_id"_s).toInteger(), 1);
    QCOMPARE(c.value(u"card"_s).toString(), card(u"Ann"_s));
    QCOMPARE(c.value(u"channel"_s).toString(), u"call"_s);
    QCOMPARE(c.value(u"outcome"_s).toString(), u"no_answer"_s);
    QCOMPARE(c.value(u"note"_s).toString(), u"call again, after 6pm"_s);
    QCOMPARE(c.value(u"state"_s).toString(), u"at_risk"_s);
    QCOMPARE(c.value(u"at"_s).toString(), u"2026-02-15T10:00:00"_s);
    const Run seen = json(box, kToday, {u"member"_s, u"contact"_s, card(u"Bob"_s), u"--channel"_s, u"in_person"_s, u"--outcome"_s,
                                        u"will_return"_s, u"--note"_s, u"met at the market"_s});
    CHECK_JSON_OK(seen, s);
    QCOMPARE(s.value(u"state"_s).toString(), u"dormant"_s);
    const Run msg = json(box, kToday, {u"member"_s, u"contact"_s, u"id:5"_s, u"--channel"_s, u"message"_s, u"--outcome"_s, u"reached"_s,
                                       u"--note"_s, u"thanks"_s});
    CHECK_JSON_OK(msg, m);
    QCOMPARE(m.value(u"card"_s).toString(), card(u"Dan"_s));
    QCOMPARE(m.value(u"state"_s).toString(), u"active"_s);

    // Right after: 2 contacted (Ann, Bob), both within their 30 days: waiting, rate 0.
    const Run waiting = json(box, kToday, {u"report"_s, u"states"_s});
    CHECK_JSON_OK(waiting, w);
    QJsonObject wb = w.value(u"win_back"_s).toObject();
    QCOMPARE(wb.value(u"contacted"_s).toInteger(), 2);
    QCOMPARE(wb.value(u"won_back"_s).toInteger(), 0);
    QCOMPARE(wb.value(u"waiting"_s).toInteger(), 2);
    QCOMPARE(wb.value(u"rate_percent"_s).toDouble(), 0.0);

    // Ann back on 2026-03-01 (14 days after the call); Bob never. On 2026-03-20 (33 days after):
    // contacted 2, won back 1 (Ann), nobody waiting: 50%.
    CHECK_EXIT(json(box, u"2026-03-01T11:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, u"13800000001"_s, u"--amount"_s, u"30"_s}), 0);
    const Run after = json(box, u"2026-03-20T10:00:00"_s, {u"report"_s, u"states"_s});
    CHECK_JSON_OK(after, af);
    wb = af.value(u"win_back"_s).toObject();
    QCOMPARE(wb.value(u"contacted"_s).toInteger(), 2);
    QCOMPARE(wb.value(u"won_back"_s).toInteger(), 1);
    QCOMPARE(wb.value(u"waiting"_s).toInteger(), 0);
    QCOMPARE(wb.value(u"rate_percent"_s).toDouble(), 50.0);
    const QJsonArray months = wb.value(u"months"_s).toArray();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months.first().toObject().value(u"month"_s).toString(), u"2026-02"_s);
    QCOMPARE(months.first().toObject().value(u"contacted"_s).toInteger(), 2);
    QCOMPARE(months.first().toObject().value(u"won_back"_s).toInteger(), 1);
    QCOMPARE(months.first().toObject().value(u"rate_percent"_s).toDouble(), 50.0);

    // member show tells the last contact.
    const Run show = json(box, u"2026-03-20T10:00:00"_s, {u"member"_s, u"show"_s, u"13800000001"_s});
    CHECK_JSON_OK(show, sh);
    const QJsonObject last = sh.value(u"last_contact"_s).toObject();
    QCOMPARE(last.value(u"channel"_s).toString(), u"call"_s);
    QCOMPARE(last.value(u"outcome"_s).toString(), u"no_answer"_s);
    QCOMPARE(last.value(u"note"_s).toString(), u"call again, after 6pm"_s);
    QCOMPARE(last.value(u"state"_s).toString(), u"at_risk"_s);
    QCOMPARE(last.value(u"at"_s).toString(), u"2026-02-15T10:00:00"_s);
    // Back on 03-01: days 01-05 … 01-26 and 03-01 → gaps 7, 7, 7, 34 → 7; on 03-20, 19 days > 14:
    // at risk again.
    QCOMPARE(sh.value(u"typical_gap_days"_s).toInteger(), 7);
    QCOMPARE(sh.value(u"days_absent"_s).toInteger(), 19);
    QCOMPARE(sh.value(u"state"_s).toString(), u"at_risk"_s);
}

void TestCliAlerts::contactWithoutOutcome()
{
    Sandbox box;
    QVERIFY(prepare(box));
    // Refusals: exit 1 (a value that does not parse) or 2 (usage), nothing logged.
    CHECK_FAILURE(json(box, kToday, {u"member"_s, u"contact"_s, u"13800000001"_s, u"--channel"_s, u"fax"_s}), 1, true);
    CHECK_FAILURE(json(box, kToday, {u"member"_s, u"contact"_s, u"13800000001"_s, u"--channel"_s, u"coupon"_s}), 1, true);
    CHECK_FAILURE(json(box, kToday, {u"member"_s, u"contact"_s, u"13800000001"_s, u"--channel"_s, u"call"_s, u"--outcome"_s, u"maybe"_s}),
                  1, true);
    CHECK_FAILURE(json(box, kToday, {u"member"_s, u"contact"_s, u"13800000001"_s, u"--channel"_s, u"call"_s, u"--outcome"_s, u"reached"_s,
                                     u"--note"_s, QString(501, u'x')}),
                  1, true);
    CHECK_FAILURE(json(box, kToday, {u"member"_s, u"contact"_s, u"13900000000"_s, u"--channel"_s, u"call"_s, u"--outcome"_s, u"reached"_s,
                                     u"--note"_s, u"n"_s}),
                  1, true);
    CHECK_EXIT(json(box, kToday, {u"member"_s, u"contact"_s, u"13800000001"_s}), 2);
    const Run none = json(box, kToday, {u"report"_s, u"states"_s});
    CHECK_JSON_OK(none, n);
    QCOMPARE(n.value(u"win_back"_s).toObject().value(u"contacted"_s).toInteger(), 0);

    // SPEC §7 / the command's usage: --outcome and --note are optional. (Bug found in 6dc772d and
    // aeec458: exit 1 "NOT NULL constraint failed: outreach.outcome", as OutreachRepository::insert
    // wrote a null QString as SQL NULL into the NOT NULL columns outcome and note.)
    const Run bare = json(box, kToday, {u"member"_s, u"contact"_s, u"13800000001"_s, u"--channel"_s, u"call"_s});
    CHECK_JSON_OK(bare, c);
    QCOMPARE(c.value(u"outcome"_s).toString(), QString());
    QCOMPARE(c.value(u"note"_s).toString(), QString());
    QCOMPARE(c.value(u"state"_s).toString(), u"at_risk"_s);
    const Run one = json(box, kToday, {u"report"_s, u"states"_s});
    CHECK_JSON_OK(one, o);
    QCOMPARE(o.value(u"win_back"_s).toObject().value(u"contacted"_s).toInteger(), 1);
    QCOMPARE(o.value(u"win_back"_s).toObject().value(u"waiting"_s).toInteger(), 1);
}

void TestCliAlerts::snooze()
{
    Sandbox box;
    QVERIFY(prepare(box));
    const Run s = json(box, kToday, {u"member"_s, u"snooze"_s, u"13800000003"_s, u"--days"_s, u"7"_s});
    CHECK_JSON_OK(s, o);
    QCOMPARE(o.value(u"card"_s).toString(), card(u"Cai"_s));
    QCOMPARE(o.value(u"snoozed_until"_s).toString(), u"2026-02-22"_s);

    // Cai hidden and counted as snoozed; listed with --include-snoozed.
    const Run hidden = json(box, kToday, {u"alerts"_s});
    CHECK_JSON_OK(hidden, h);
    QCOMPARE(cardsOf(h.value(u"alerts"_s).toArray()), QStringList({card(u"Bob"_s), card(u"Ann"_s)}));
    QCOMPARE(h.value(u"count"_s).toInteger(), 2);
    QCOMPARE(h.value(u"snoozed"_s).toInteger(), 1);
    const Run all = json(box, kToday, {u"alerts"_s, u"--include-snoozed"_s});
    CHECK_JSON_OK(all, a);
    const QJsonArray alerts = a.value(u"alerts"_s).toArray();
    QCOMPARE(cardsOf(alerts), QStringList({card(u"Bob"_s), card(u"Cai"_s), card(u"Ann"_s)}));
    QCOMPARE(alerts.at(1).toObject().value(u"snoozed_until"_s).toString(), u"2026-02-22"_s);
    const Run show = json(box, kToday, {u"member"_s, u"show"_s, u"13800000003"_s});
    CHECK_JSON_OK(show, m);
    QCOMPARE(m.value(u"snoozed_until"_s).toString(), u"2026-02-22"_s);

    // 2026-02-21, the last day of the snooze: still hidden (Fay has joined the list: 18 days away
    // with the shop's 7, at risk, 4,000 last). 2026-02-22: Cai back (now dormant, 29 days; Bob 38
    // days, Ann 27, Fay 19).
    const Run lastDay = json(box, u"2026-02-21T18:00:00"_s, {u"alerts"_s});
    CHECK_JSON_OK(lastDay, ld);
    QCOMPARE(cardsOf(ld.value(u"alerts"_s).toArray()), QStringList({card(u"Bob"_s), card(u"Ann"_s), card(u"Fay"_s)}));
    QCOMPARE(ld.value(u"snoozed"_s).toInteger(), 1);
    const Run ends = json(box, u"2026-02-22T08:00:00"_s, {u"alerts"_s});
    CHECK_JSON_OK(ends, e);
    QCOMPARE(cardsOf(e.value(u"alerts"_s).toArray()), QStringList({card(u"Bob"_s), card(u"Cai"_s), card(u"Ann"_s), card(u"Fay"_s)}));
    QCOMPARE(e.value(u"alerts"_s).toArray().at(1).toObject().value(u"state"_s).toString(), u"dormant"_s);
    QCOMPARE(e.value(u"snoozed"_s).toInteger(), 0);
    const Run shown = json(box, u"2026-02-22T08:00:00"_s, {u"member"_s, u"show"_s, u"13800000003"_s});
    CHECK_JSON_OK(shown, sh);
    QVERIFY(sh.value(u"snoozed_until"_s).isNull());

    // Refusals change nothing; 0 ends a snooze.
    CHECK_EXIT(json(box, kToday, {u"member"_s, u"snooze"_s, u"13800000001"_s, u"--days"_s, u"30"_s}), 0);
    CHECK_FAILURE(json(box, kToday, {u"member"_s, u"snooze"_s, u"13800000001"_s, u"--days"_s, u"366"_s}), 1, true);
    CHECK_FAILURE(json(box, kToday, {u"member"_s, u"snooze"_s, u"13800000001"_s, u"--days"_s, u"-1"_s}), 1, true);
    CHECK_FAILURE(json(box, kToday, {u"member"_s, u"snooze"_s, u"13800000001"_s, u"--days"_s, u"week"_s}), 1, true);
    CHECK_EXIT(json(box, kToday, {u"member"_s, u"snooze"_s, u"13800000001"_s}), 2);
    const Run still = json(box, kToday, {u"member"_s, u"show"_s, u"13800000001"_s});
    CHECK_JSON_OK(still, st);
    QCOMPARE(st.value(u"snoozed_until"_s).toString(), u"2026-03-17"_s);   // 02-15 + 30
    const Run off = json(box, kToday, {u"member"_s, u"snooze"_s, u"13800000001"_s, u"--days"_s, u"0"_s});
    CHECK_JSON_OK(off, of);
    QVERIFY(of.value(u"snoozed_until"_s).isNull());
}

void TestCliAlerts::exportAlerts()
{
    Sandbox box;
    QVERIFY(prepare(box));
    const QString path = QDir(box.path()).filePath(u"alerts.csv"_s);
    const Run r = json(box, kToday, {u"export"_s, u"alerts"_s, u"--out"_s, path});
    CHECK_JSON_OK(r, o);
    CHECK_INTEGER(r, o, u"rows"_s);
    QCOMPARE(o.value(u"rows"_s).toInteger(), 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    // Bob, Cai, Ann as in the alert list; money as 450.00; empty last items, contact and snooze.
    const QByteArray body =
        ("card,name,phone,tier,state,typical_gap_days,expected_gap_days,days_absent,last_visit,last_items,spend_12m,last_contact,"
         "snoozed_until\r\n"_ba
         + card(u"Bob"_s).toUtf8() + ",Bob,13800000002,Normal,dormant,7,7,31,2026-01-15,,450.00,,\r\n"_ba //
         + card(u"Cai"_s).toUtf8() + ",Cai,13800000003,Normal,at_risk,7,7,22,2026-01-24,,400.00,,\r\n"_ba //
         + card(u"Ann"_s).toUtf8() + ",Ann,13800000001,Normal,at_risk,7,7,20,2026-01-26,,400.00,,\r\n"_ba);
    QCOMPARE(bytes.left(3), "\xEF\xBB\xBF"_ba);
    QCOMPARE(bytes.mid(3), body);

    // --no-bom: the same without the byte order mark.
    const QString plainPath = QDir(box.path()).filePath(u"plain.csv"_s);
    const Run plain = json(box, kToday, {u"export"_s, u"alerts"_s, u"--out"_s, plainPath, u"--no-bom"_s});
    CHECK_JSON_OK(plain, p);
    QCOMPARE(p.value(u"rows"_s).toInteger(), 3);
    QFile plainFile(plainPath);
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    QCOMPARE(plainFile.readAll(), body);

    // The filters of `alerts`: lost only → Eve, one row; her 12-month spend 0.00.
    const QString lostPath = QDir(box.path()).filePath(u"lost.csv"_s);
    const Run lost = json(box, kToday, {u"export"_s, u"alerts"_s, u"--out"_s, lostPath, u"--state"_s, u"lost"_s, u"--no-bom"_s});
    CHECK_JSON_OK(lost, l);
    QCOMPARE(l.value(u"rows"_s).toInteger(), 1);
    QFile lostFile(lostPath);
    QVERIFY(lostFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lostLines = lostFile.readAll().split('\n');
    QCOMPARE(lostLines.size(), 3);   // header, Eve, and the empty rest after the last CRLF
    QCOMPARE(lostLines.at(1), card(u"Eve"_s).toUtf8() + ",Eve,13800000005,Normal,lost,7,7,427,2024-12-15,,0.00,,\r"_ba);

    // A folder that does not exist: refused, nothing written.
    const QString nowhere = QDir(box.path()).filePath(u"no/such/dir/a.csv"_s);
    CHECK_FAILURE(json(box, kToday, {u"export"_s, u"alerts"_s, u"--out"_s, nowhere}), 1, true);
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestCliAlerts::reportRfmParetoAndSegmentCampaign()
{
    Sandbox box;
    QVERIFY(prepare(box));
    // Pareto: five members spent in 12 months (Eve's visits are older, Gus never came): Dan 180,000,
    // Bob 45,000, Cai and Ann 40,000, Fay 4,000 = 309,000. The top ⌈20% of 5⌉ = 1: Dan,
    // 180,000 / 309,000 = 58.2524…% → 58.25.
    const Run pareto = json(box, kToday, {u"report"_s, u"pareto"_s});
    CHECK_JSON_OK(pareto, p);
    QCOMPARE(p.value(u"members_with_spend"_s).toInteger(), 5);
    QCOMPARE(p.value(u"top_members"_s).toInteger(), 1);
    QCOMPARE(p.value(u"spend_12m_cents"_s).toInteger(), 309'000);
    QCOMPARE(p.value(u"top_spend_12m_cents"_s).toInteger(), 180'000);
    QCOMPARE(p.value(u"top20_share_percent"_s).toDouble(), 58.25);
    // RFM among the five who came: recency (days away) Bob 31, Cai 22, Ann 20, Fay 12, Dan 3 → R 1,
    // 2, 3, 4, 5; frequency Fay 2, Bob 3, Dan 3, Cai 4, Ann 4 → F 1, 2, 2, 4, 4. So Bob (R1 F2) lost,
    // Cai (R2 F4) at risk, Ann (R3 F4) loyal, Dan (R5 F2) potential, Fay (R4 F1) new; Eve and Gus,
    // who did not come in 12 months, lost.
    const Run rfm = json(box, kToday, {u"report"_s, u"rfm"_s});
    CHECK_JSON_OK(rfm, r);
    const QJsonObject counts = r.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"champions"_s).toInteger(), 0);
    QCOMPARE(counts.value(u"loyal"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"potential"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"new"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"at_risk"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"cant_lose"_s).toInteger(), 0);
    QCOMPARE(counts.value(u"hibernating"_s).toInteger(), 0);
    QCOMPARE(counts.value(u"lost"_s).toInteger(), 3);
    QCOMPARE(r.value(u"members"_s).toInteger(), 7);
    // A campaign to the loyal segment reaches Ann alone.
    const Run t = json(box, kToday, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"Thanks"_s, u"--kind"_s, u"amount_off"_s,
                                     u"--value"_s, u"5"_s, u"--valid-days"_s, u"30"_s});
    CHECK_JSON_OK(t, tj);
    const QString id = QString::number(tj.value(u"template_id"_s).toInteger());
    const Run c = json(box, kToday, {u"coupon"_s, u"campaign"_s, u"--template"_s, id, u"--name"_s, u"Loyal"_s, u"--segment"_s, u"loyal"_s});
    CHECK_JSON_OK(c, cj);
    QCOMPARE(cj.value(u"issued"_s).toInteger(), 1);
    const Run list = json(box, kToday, {u"coupon"_s, u"list"_s, u"--member"_s, card(u"Ann"_s)});
    CHECK_JSON_OK(list, lj);
    QCOMPARE(lj.value(u"coupons"_s).toArray().size(), 1);
    const Run bad = json(box, kToday, {u"coupon"_s, u"campaign"_s, u"--template"_s, id, u"--name"_s, u"X"_s, u"--segment"_s, u"vip"_s});
    QVERIFY2(bad.code == 1 && bad.err.contains("vip"), qPrintable(bad.describe(1)));
}

void TestCliAlerts::reportCohorts()
{
    Sandbox box;
    QVERIFY(prepare(box));
    // The 12 months up to February 2026. January's cohort: Bob, Cai, Ann and Dan, all four came in
    // January, only Dan in February. February's: Fay (came) and Gus (never came). Eve joined in
    // December 2024, before the 12 months.
    const Run r = json(box, kToday, {u"report"_s, u"cohorts"_s});
    CHECK_JSON_OK(r, o);
    QCOMPARE(o.value(u"as_of"_s).toString(), u"2026-02-15"_s);
    const QJsonArray cohorts = o.value(u"cohorts"_s).toArray();
    QCOMPARE(cohorts.size(), 12);
    const QJsonObject first = cohorts.first().toObject();
    QCOMPARE(first.value(u"month"_s).toString(), u"2025-03"_s);
    QCOMPARE(first.value(u"joined"_s).toInteger(), 0);
    QCOMPARE(first.value(u"came"_s).toArray().size(), 12);
    const QJsonObject jan = cohorts.at(10).toObject();
    QCOMPARE(jan.value(u"month"_s).toString(), u"2026-01"_s);
    QCOMPARE(jan.value(u"joined"_s).toInteger(), 4);
    QCOMPARE(jan.value(u"came"_s).toArray(), (QJsonArray{4, 1}));
    QCOMPARE(jan.value(u"retention_percent"_s).toArray(), (QJsonArray{100.0, 25.0}));
    const QJsonObject feb = cohorts.at(11).toObject();
    QCOMPARE(feb.value(u"month"_s).toString(), u"2026-02"_s);
    QCOMPARE(feb.value(u"joined"_s).toInteger(), 2);
    QCOMPARE(feb.value(u"came"_s).toArray(), (QJsonArray{1}));
    QCOMPARE(feb.value(u"retention_percent"_s).toArray(), (QJsonArray{50.0}));
    // The text: one line per cohort with its shares.
    const Run text = cli(box, {u"--now"_s, kToday, u"report"_s, u"cohorts"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("2026-01") && text.out.contains("25.00%"), qPrintable(text.describe(0)));
}

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "test_cli_alerts.moc"
