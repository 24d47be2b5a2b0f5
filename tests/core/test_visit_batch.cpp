// VisitBatch (bulk loads) against the file written directly (the counter): the same visits recorded
// through CheckoutService both ways must leave identical visits, items, ledger entries, lots and
// member totals — with redemptions across lots, birthday and referral bonuses, expiry between days
// and a repeated UUID. A failed visit rolls the whole batch back.

#include "TestShop.h"

#include "members/MemberService.h"
#include "storage/TierRepository.h"
#include "tiers/TierRules.h"
#include "tiers/TierService.h"
#include "points/ExpiryService.h"
#include "points/PointsService.h"
#include "rules/PointsRules.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "visits/CheckoutService.h"
#include "visits/VisitBatch.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 1, 5), QTime(8, 0));

// Every row of a table, one line each, in id order.
QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        out << u"<query failed: "_s + sql + u'>';
        return out;
    }
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        out << values.join(u'|');
    }
    return out;
}

qint64 number(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

const QStringList kTables = {
    u"SELECT * FROM visits ORDER BY id"_s,
    u"SELECT * FROM visit_items ORDER BY visit_id, line"_s,
    u"SELECT * FROM ledger ORDER BY id"_s,
    u"SELECT * FROM lots ORDER BY id"_s,
    u"SELECT id, points, points_debt, visit_count, coalesce(last_visit_at, '-'), tier_level, coalesce(tier_since, '-') FROM members ORDER BY id"_s,
};

// A small shop with the same members in both files: birthdays in the months the test passes
// through, members referred by others, short expiry so lots run out between visits.
void prepare(test::TestShop &shop)
{
    Database &db = shop.database();
    for (const auto &[key, value] : {std::pair{"expiry.months", "1"}, std::pair{"bonus.birthday_points", "150"},
                                     std::pair{"bonus.referral_points", "200"}, std::pair{"redeem.min_points", "100"},
                                     std::pair{"earn.category_percent.tobacco", "0"}}) {
        Status s = Settings(db).set(QString::fromLatin1(key), QString::fromLatin1(value), Operator::owner());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    }
    MemberService members(db, shop.clock);
    QStringList cards;
    for (int i = 0; i < 24; ++i) {
        MemberFields f;
        f.name = u"Member %1"_s.arg(i + 1);
        if (i % 3 != 2)
            f.birthday = u"1990-%1-15"_s.arg(1 + i % 4, 2, 10, QChar(u'0')); // January to April
        if (i >= 6 && i % 2 == 0)
            f.referrer = cards.at(i % 6);
        auto added = members.add(f);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        cards << added->card;
    }
}

// The visits to play, and how far they got (a batch plays them in parts).
struct Scenario {
    int days = 100;
    int visitsPerDay = 9;
    QRandomGenerator rng{7};
    int day = 0;   // the next day to play
    int visits = 0;
    QDate reviewed = kStart.date().addDays(-30);   // the tier reviews done
    qint64 renewed = 0;
};

// Plays the same visits into `store` (either kind), with expiry at each day change.
void play(test::TestShop &shop, CheckoutStore &store, Scenario &scenario, int days, QList<VisitResult> *results,
          VisitBatch *background = nullptr)
{
    Database &db = shop.database();
    auto rules = Settings(db).rules();
    QVERIFY(rules.ok());
    CheckoutService checkout(store, shop.clock);
    QRandomGenerator &rng = scenario.rng;
    int &n = scenario.visits;
    for (const int last = std::min(scenario.days, scenario.day + days); scenario.day < last; ++scenario.day) {
        const int day = scenario.day;
        shop.clock.set(kStart.addDays(day));
        auto e = ExpiryService(db, shop.clock).run(store);
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
        // The first of each month: the tier review, through the same store.
        for (const QDate &review : TierRules::reviewDaysBetween(scenario.reviewed, shop.clock.today())) {
            auto ladder = TierRepository(db).ladder();
            QVERIFY(ladder.ok());
            auto r = TierService::review(store, *ladder, 12, review);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            scenario.renewed += r->renewed;
            scenario.reviewed = review;
        }
        for (int v = 0; v < scenario.visitsPerDay; ++v) {
            shop.clock.set(kStart.addDays(day).addSecs(3600 + 60 * (v * 7 + int(rng.bounded(7)))));
            VisitRequest r;
            r.memberId = 1 + rng.bounded(24);
            r.uuid = u"visit-%1"_s.arg(++n);
            if (rng.bounded(2)) {
                r.items << VisitLine{u"coffee"_s, u"Latte"_s, 1 + rng.bounded(3), 2800};
                r.items << VisitLine{u"tobacco"_s, u"Cigarettes"_s, 1, 3000};
                for (const VisitLine &l : std::as_const(r.items))
                    r.amountCents += l.totalCents();
            } else {
                r.amountCents = 1000 + 10 * qint64(rng.bounded(3000));
            }
            auto member = store.member(r.memberId);
            QVERIFY(member.ok());
            // Half the members spend points now and then; the others' points expire.
            if (r.memberId <= 12 && member->points >= 100 && rng.bounded(3) == 0)
                r.redeemPoints = PointsRules::maxRedeemablePoints(member->points, r.amountCents, *rules);
            if (v == 4 && day % 10 == 3)
                r.uuid = u"visit-%1"_s.arg(n - 1); // the counter sent the last one again
            auto result = checkout.record(r);
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            results->append(*result);
            if (background && v % 4 == 3) // written by another thread while the next are recorded
                QVERIFY(background->writeInBackground().ok());
        }
    }
}

} // namespace

class TestVisitBatch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sameRowsAsWritingDirectly();
    void failedVisitRollsTheBatchBack();
};

void TestVisitBatch::sameRowsAsWritingDirectly()
{

    test::TestShop direct(u"en"_s, kStart.addDays(-30));
    test::TestShop batched(u"en"_s, kStart.addDays(-30));
    prepare(direct);
    prepare(batched);
    Scenario scenario;
    QList<VisitResult> directResults;
    DirectCheckoutStore store(direct.database());
    play(direct, store, scenario, scenario.days, &directResults);
    if (QTest::currentTestFailed())
        return;

    // The batch: it holds every member and open lot, so expiry runs through it too; one
    // transaction for every ten days, the batch written before each commit.
    QList<VisitResult> batchResults;
    Database &db = batched.database();
    VisitBatch batch(db);
    QVERIFY(batch.holdEveryone().ok());
    Scenario again;
    while (again.day < again.days) {
        Status s = db.transaction([&]() -> Status {
            play(batched, batch, again, 10, &batchResults, &batch);
            return batch.flush();
        });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    }
    if (QTest::currentTestFailed())
        return;

    // What each visit answered at the counter.
    QCOMPARE(batchResults.size(), directResults.size());
    for (qsizetype i = 0; i < directResults.size(); ++i) {
        const VisitResult &a = directResults.at(i);
        const VisitResult &b = batchResults.at(i);
        QCOMPARE(b.visitId, a.visitId);
        QCOMPARE(b.balance, a.balance);
        QCOMPARE(b.pointsEarned, a.pointsEarned);
        QCOMPARE(b.pointsRedeemed, a.pointsRedeemed);
        QCOMPARE(b.bonusPoints, a.bonusPoints);
        QCOMPARE(b.bonuses.size(), a.bonuses.size());
        QCOMPARE(b.replayed, a.replayed);
    }
    // What the files hold, row by row.
    for (const QString &sql : kTables)
        QCOMPARE(rows(batched.database(), sql), rows(direct.database(), sql));

    // The history went through everything the batch holds in memory.
    Database &d = direct.database();
    QVERIFY(number(d, u"SELECT count(*) FROM ledger WHERE kind = 'bonus' AND reason = 'birthday'"_s) >= 5);
    QVERIFY(number(d, u"SELECT count(*) FROM ledger WHERE kind = 'bonus' AND reason = 'referral'"_s) >= 5);
    QVERIFY(number(d, u"SELECT count(*) FROM ledger WHERE kind = 'redeem'"_s) >= 20);
    QVERIFY(number(d, u"SELECT count(*) FROM visits WHERE tier_changed = 1"_s) >= 10);
    QVERIFY(number(d, u"SELECT count(DISTINCT tier_level) FROM members"_s) >= 2);
    QVERIFY(scenario.renewed >= 10);
    QCOMPARE(again.renewed, scenario.renewed);
    QVERIFY(number(d, u"SELECT count(*) FROM ledger WHERE kind = 'expire'"_s) >= 20);
    // lots emptied by redemptions, not by expiry
    QVERIFY(number(d, u"SELECT count(*) FROM lots l WHERE remaining = 0 AND NOT EXISTS (SELECT 1 FROM ledger e WHERE e.lot_id = l.id)"_s) >= 20);
    QVERIFY(std::count_if(directResults.cbegin(), directResults.cend(), [](const VisitResult &r) { return r.replayed; }) >= 5);
    for (test::TestShop *shop : {&direct, &batched}) {
        auto report = LedgerCheck(shop->database()).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
    }
}

void TestVisitBatch::failedVisitRollsTheBatchBack()
{
    test::TestShop shop(u"en"_s, kStart);
    prepare(shop);
    Database &db = shop.database();
    const qint64 visitsBefore = number(db, u"SELECT count(*) FROM visits"_s);
    const qint64 ledgerBefore = number(db, u"SELECT count(*) FROM ledger"_s);
    VisitBatch batch(db);
    CheckoutService checkout(batch, shop.clock);
    Status s = db.transaction([&]() -> Status {
        VisitRequest ok;
        ok.memberId = 1;
        ok.amountCents = 10000;
        if (auto r = checkout.record(ok); !r)
            return r.error();
        VisitRequest tooMuch;
        tooMuch.memberId = 2;
        tooMuch.amountCents = 10000;
        tooMuch.redeemPoints = 5000; // member 2 has no points
        if (auto r = checkout.record(tooMuch); !r)
            return r.error();
        return batch.flush();
    });
    QVERIFY(!s.ok());
    QCOMPARE(number(db, u"SELECT count(*) FROM visits"_s), visitsBefore);
    QCOMPARE(number(db, u"SELECT count(*) FROM ledger"_s), ledgerBefore);
    QCOMPARE(number(db, u"SELECT points FROM members WHERE id = 1"_s), 0);
}

QTEST_GUILESS_MAIN(TestVisitBatch)
#include "test_visit_batch.moc"
