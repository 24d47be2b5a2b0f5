// The dashboard (SPEC §3.7): the cohorts' months kept by triggers as visits and voids are written
// (several visits in a month count once, a void takes a member out only with their last visit of
// the month), equal to what the visits say (`check` proves it, a rebuild counts them again, a
// randomized history agrees with a model); every number DashboardService::load draws on a small
// hand-built shop; and Rfm::quintiles against a plain sort-and-count reference in both of its paths.

#include "TestShop.h"

#include "demo/DemoGenerator.h"
#include "dormancy/DormancyService.h"
#include "members/MemberService.h"
#include "points/PointsService.h"
#include "reports/DashboardService.h"
#include "reports/ShopReport.h"
#include "segments/Rfm.h"
#include "segments/SegmentService.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/MemberTotalsRepository.h"
#include "visits/CheckoutService.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <limits>
#include <random>

using namespace loyalty;
using namespace Qt::StringLiterals;

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void cohortTriggersFollowVisitsAndVoids();
    void cohortCheckFindsTamperingAndRebuildRestores();
    void cohortRandomHistoryMatchesModel();
    void cohortsCountedAfterABulkLoad();
    void loadRefusesBadRanges();
    void loadOnAHandBuiltShop();
    void quintilesAgainstReference_data();
    void quintilesAgainstReference();
    void quintilesEdgeCases();
};

namespace {
QDateTime at(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

qint64 join(Database &db, const QDateTime &when, const QString &name)
{
    FixedClock clock(when);
    MemberFields f;
    f.name = name;
    auto m = MemberService(db, clock).add(f);
    if (!m)
        qWarning("cannot add %s: %s", qPrintable(name), qPrintable(m.error().message));
    return m ? m->id : 0;
}

Result<VisitResult> record(Database &db, qint64 member, const QDateTime &when, qint64 cents, qint64 redeem = 0)
{
    FixedClock clock(when);
    VisitRequest r;
    r.memberId = member;
    r.amountCents = cents;
    r.redeemPoints = redeem;
    return CheckoutService(db, clock).record(r);
}

Result<VoidResult> voidAt(Database &db, qint64 visit, const QDateTime &when)
{
    FixedClock clock(when);
    return CheckoutService(db, clock).voidVisit(visit, u"test"_s);
}

// "cohort month members" for every cell the repository gives, in its order.
QStringList cellsText(Database &db, const QString &first = u"0000-00"_s, const QString &last = u"9999-99"_s)
{
    auto cells = CohortRepository(db).cells(first, last);
    if (!cells)
        return {u"<error: "_s + cells.error().message + u'>'};
    QStringList out;
    for (const CohortRepository::Cell &c : std::as_const(*cells))
        out << u"%1 %2 %3"_s.arg(c.cohort, c.month).arg(c.members);
    return out;
}

// The kept table's rows with a count (a rebuild leaves out the cells a void took to zero).
QStringList keptTable(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT cohort, month, members FROM cohort_months WHERE members <> 0 ORDER BY cohort, month"_s))
        return {u"<query failed: "_s + q.lastError().text() + u'>'};
    QStringList out;
    while (q.next())
        out << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

QString mismatchText(const Result<QList<QStringList>> &m)
{
    if (!m)
        return u"error: "_s + m.error().message;
    QStringList rows;
    for (const QStringList &r : *m)
        rows << r.join(u' ');
    return rows.join(u"; "_s);
}

Status rebuildCohorts(Database &db)
{
    return db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        for (const QString &sql : CohortRepository::rebuildStatements())
            if (!q.exec(sql))
                return Error::internal(sql + u": "_s + q.lastError().text());
        return {};
    });
}

bool execSql(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    *error = sql + u": "_s + q.lastError().text();
    return false;
}

// The reference: score = 1 + ⌊5 × (how many are strictly smaller) / n⌋, from a sorted copy.
QList<int> referenceQuintiles(const QList<qint64> &values)
{
    QList<qint64> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    QList<int> out;
    const qint64 n = values.size();
    for (const qint64 v : values) {
        const qint64 below = std::lower_bound(sorted.cbegin(), sorted.cend(), v) - sorted.cbegin();
        out << int(1 + 5 * below / n);
    }
    return out;
}
} // namespace

#define VERIFY_NO_COHORT_MISMATCH(db)                                                                                          \
    do {                                                                                                                       \
        auto mm_ = CohortRepository(db).mismatches(10);                                                                        \
        QVERIFY2(mm_.ok() && mm_->isEmpty(), qPrintable(u"cohort mismatches: "_s + mismatchText(mm_)));                        \
    } while (false)

// ---------------------------------------------------------------------------------------------
// The cohort triggers

void TestDashboard::cohortTriggersFollowVisitsAndVoids()
{
    test::TestShop shop(u"en"_s, at(2026, 1, 10, 9));
    Database &db = shop.database();

    const qint64 ann = join(db, at(2026, 1, 10, 9), u"Ann"_s);   // cohort 2026-01
    QVERIFY(ann > 0);
    QVERIFY(cellsText(db).isEmpty());   // joining alone is no cell
    // Three visits in January: one member in one month, counted once.
    REQUIRE_OK(a1, record(db, ann, at(2026, 1, 10), 1'000));
    QCOMPARE(cellsText(db), QStringList{u"2026-01 2026-01 1"_s});
    REQUIRE_OK(a2, record(db, ann, at(2026, 1, 15), 2'000));
    REQUIRE_OK(a3, record(db, ann, at(2026, 1, 28), 1'500));
    QCOMPARE(cellsText(db), QStringList{u"2026-01 2026-01 1"_s});

    const qint64 bob = join(db, at(2026, 2, 5, 9), u"Bob"_s);    // cohort 2026-02
    const qint64 cy = join(db, at(2026, 2, 20, 9), u"Cy"_s);     // cohort 2026-02
    QVERIFY(bob > 0 && cy > 0);
    REQUIRE_OK(b1, record(db, bob, at(2026, 2, 5), 3'000));
    REQUIRE_OK(c1, record(db, cy, at(2026, 2, 21), 3'000));
    REQUIRE_OK(b2, record(db, bob, at(2026, 3, 1), 3'000));
    REQUIRE_OK(a4, record(db, ann, at(2026, 3, 2), 3'000));
    REQUIRE_OK(c2, record(db, cy, at(2026, 3, 5), 3'000));
    REQUIRE_OK(b3, record(db, bob, at(2026, 3, 20), 3'000));
    const QStringList full{u"2026-01 2026-01 1"_s, u"2026-01 2026-03 1"_s, u"2026-02 2026-02 2"_s, u"2026-02 2026-03 2"_s};
    QCOMPARE(cellsText(db), full);
    VERIFY_NO_COHORT_MISMATCH(db);

    // cells(): cohorts from … to, months up to the last.
    QCOMPARE(cellsText(db, u"2026-02"_s, u"2026-02"_s), QStringList{u"2026-02 2026-02 2"_s});
    QCOMPARE(cellsText(db, u"2026-01"_s, u"2026-02"_s), (QStringList{u"2026-01 2026-01 1"_s, u"2026-02 2026-02 2"_s}));
    QCOMPARE(cellsText(db, u"2026-02"_s, u"2026-03"_s), (QStringList{u"2026-02 2026-02 2"_s, u"2026-02 2026-03 2"_s}));
    QVERIFY(cellsText(db, u"2026-04"_s, u"2026-12"_s).isEmpty());

    // A void of one of two visits of a month keeps the member in it (Bob's 03-20; he came 03-01).
    REQUIRE_OK(vb3, voidAt(db, b3->visitId, at(2026, 3, 21)));
    QCOMPARE(cellsText(db), full);
    // Two of Ann's three January visits voided: she still came in January.
    REQUIRE_OK(va2, voidAt(db, a2->visitId, at(2026, 3, 21)));
    REQUIRE_OK(va1, voidAt(db, a1->visitId, at(2026, 3, 21)));
    QCOMPARE(cellsText(db), full);
    VERIFY_NO_COHORT_MISMATCH(db);

    // A void of the only visit of a month takes the member out of it (Ann's 03-02).
    REQUIRE_OK(va4, voidAt(db, a4->visitId, at(2026, 3, 22)));
    QCOMPARE(cellsText(db), (QStringList{u"2026-01 2026-01 1"_s, u"2026-02 2026-02 2"_s, u"2026-02 2026-03 2"_s}));
    VERIFY_NO_COHORT_MISMATCH(db);

    // A new visit in that month counts her again.
    REQUIRE_OK(a5, record(db, ann, at(2026, 3, 25), 2'000));
    QCOMPARE(cellsText(db), full);
    // Her last January visit voided: January's cell goes.
    REQUIRE_OK(va3, voidAt(db, a3->visitId, at(2026, 3, 25, 11)));
    QCOMPARE(cellsText(db), (QStringList{u"2026-01 2026-03 1"_s, u"2026-02 2026-02 2"_s, u"2026-02 2026-03 2"_s}));
    VERIFY_NO_COHORT_MISMATCH(db);
    REQUIRE_OK(report, LedgerCheck(db).run());
    QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
}

void TestDashboard::cohortCheckFindsTamperingAndRebuildRestores()
{
    test::TestShop shop(u"en"_s, at(2026, 1, 10, 9));
    Database &db = shop.database();
    const qint64 ann = join(db, at(2026, 1, 10, 9), u"Ann"_s);
    const qint64 bob = join(db, at(2026, 2, 5, 9), u"Bob"_s);
    const qint64 cy = join(db, at(2026, 2, 20, 9), u"Cy"_s);
    QVERIFY(ann > 0 && bob > 0 && cy > 0);
    QVERIFY(record(db, ann, at(2026, 1, 10), 1'000).ok());
    QVERIFY(record(db, ann, at(2026, 1, 12), 1'000).ok());
    QVERIFY(record(db, bob, at(2026, 2, 5), 1'000).ok());
    QVERIFY(record(db, cy, at(2026, 2, 21), 1'000).ok());
    QVERIFY(record(db, bob, at(2026, 3, 1), 1'000).ok());
    REQUIRE_OK(annMarch, record(db, ann, at(2026, 3, 2), 1'000));
    QVERIFY(record(db, cy, at(2026, 3, 5), 1'000).ok());
    QVERIFY(voidAt(db, annMarch->visitId, at(2026, 3, 6)).ok());   // leaves a zero cell in the table

    const QStringList kept = keptTable(db);
    QCOMPARE(kept, (QStringList{u"2026-01 2026-01 1"_s, u"2026-02 2026-02 2"_s, u"2026-02 2026-03 2"_s}));
    VERIFY_NO_COHORT_MISMATCH(db);
    {
        REQUIRE_OK(before, LedgerCheck(db).run());
        QVERIFY2(before->ok, qPrintable(before->problems.join(u'\n')));
    }

    // A rebuild of the untouched table gives the same cells.
    QVERIFY(rebuildCohorts(db).ok());
    QCOMPARE(keptTable(db), kept);
    QCOMPARE(cellsText(db), kept);
    VERIFY_NO_COHORT_MISMATCH(db);

    // Tampering: a count raised, a cell invented, a cell deleted.
    QString error;
    for (const QString &sql : {u"UPDATE cohort_months SET members = 5 WHERE cohort = '2026-02' AND month = '2026-03'"_s,
                               u"INSERT INTO cohort_months(cohort, month, members) VALUES ('2025-12', '2026-01', 1)"_s,
                               u"DELETE FROM cohort_months WHERE cohort = '2026-01' AND month = '2026-01'"_s})
        QVERIFY2(execSql(db, sql, &error), qPrintable(error));
    REQUIRE_OK(found, CohortRepository(db).mismatches(10));
    QCOMPARE(found->size(), 3);
    QCOMPARE(found->at(0), (QStringList{u"2025-12"_s, u"2026-01"_s, u"1"_s, u"0"_s}));
    QCOMPARE(found->at(1), (QStringList{u"2026-01"_s, u"2026-01"_s, u"0"_s, u"1"_s}));
    QCOMPARE(found->at(2), (QStringList{u"2026-02"_s, u"2026-03"_s, u"5"_s, u"2"_s}));
    REQUIRE_OK(limited, CohortRepository(db).mismatches(2));
    QCOMPARE(limited->size(), 2);

    REQUIRE_OK(report, LedgerCheck(db).run());
    QVERIFY(!report->ok);
    const QString wanted = u"Members who joined in 2026-02 and came in 2026-03: 5 kept but the visits say 2."_s;
    QVERIFY2(report->problems.contains(wanted), qPrintable(report->problems.join(u'\n')));
    QVERIFY2(report->problems.contains(u"Members who joined in 2025-12 and came in 2026-01: 1 kept but the visits say 0."_s),
             qPrintable(report->problems.join(u'\n')));
    QVERIFY2(report->problems.contains(u"Members who joined in 2026-01 and came in 2026-01: 0 kept but the visits say 1."_s),
             qPrintable(report->problems.join(u'\n')));

    // The rebuild counts the table again from the visits: exactly what the triggers kept.
    QVERIFY(rebuildCohorts(db).ok());
    QCOMPARE(keptTable(db), kept);
    VERIFY_NO_COHORT_MISMATCH(db);
    REQUIRE_OK(after, LedgerCheck(db).run());
    QVERIFY2(after->ok, qPrintable(after->problems.join(u'\n')));

    // And the triggers go on from the rebuilt table.
    QVERIFY(record(db, ann, at(2026, 3, 9), 1'000).ok());
    QCOMPARE(cellsText(db), (QStringList{u"2026-01 2026-01 1"_s, u"2026-01 2026-03 1"_s, u"2026-02 2026-02 2"_s, u"2026-02 2026-03 2"_s}));
    VERIFY_NO_COHORT_MISMATCH(db);
}

void TestDashboard::cohortRandomHistoryMatchesModel()
{
    std::mt19937_64 rng(20260311);
    const auto uniform = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    const QDateTime epoch = at(2025, 6, 1, 0);
    test::TestShop shop(u"en"_s, epoch);
    Database &db = shop.database();

    // 36 members joining over eight months (2025-07-01 … 2026-02-28), a few imported with their
    // joining day, created in a shuffled order.
    struct M {
        qint64 id = 0;
        QString cohort;
        QDateTime joined;
    };
    QList<M> members;
    const qint64 joinSpan = at(2025, 7, 1, 0).secsTo(at(2026, 2, 28, 23));
    QList<QDateTime> joins;
    for (int i = 0; i < 36; ++i)
        joins << at(2025, 7, 1, 0).addSecs(uniform(0, joinSpan));
    for (int i = 0; i < joins.size(); ++i) {
        M m;
        if (i % 9 == 0) {
            FixedClock clock(at(2026, 3, 1));
            MemberFields f;
            f.name = u"Imported %1"_s.arg(i);
            REQUIRE_OK(added, MemberService(db, clock).addExisting(f, {QString(), joins.at(i).date()}));
            m.id = added->id;
            m.joined = added->joinedAt;
        } else {
            m.id = join(db, joins.at(i), u"M%1"_s.arg(i));
            REQUIRE_OK(added, MemberService(db, shop.clock).byId(m.id));
            m.joined = added->joinedAt;
        }
        QVERIFY(m.id > 0);
        m.cohort = m.joined.toString(u"yyyy-MM"_s);
        members << m;
    }

    // 420 visits at random times over ten months (2025-06-01 … 2026-03-31); mostly after their
    // member joined, some before (an import's history). Recorded roughly in order of time, with one
    // in eight recorded late (the clock set back).
    struct V {
        qint64 member = 0;
        QDateTime at;
    };
    QList<V> planned;
    const qint64 visitSpan = at(2025, 6, 1, 0).secsTo(at(2026, 3, 31, 23));
    for (int i = 0; i < 420; ++i) {
        const M &m = members.at(uniform(0, members.size() - 1));
        QDateTime when;
        if (uniform(0, 19) == 0) {
            when = at(2025, 6, 1, 8).addSecs(uniform(0, visitSpan));   // anywhere, maybe before joining
        } else {
            const qint64 left = m.joined.secsTo(at(2026, 3, 31, 23));
            when = m.joined.addSecs(uniform(60, std::max<qint64>(120, left)));
        }
        planned << V{m.id, QDateTime(when.date(), when.time())};
    }
    std::sort(planned.begin(), planned.end(), [](const V &a, const V &b) { return a.at < b.at; });
    for (qsizetype i = 0; i < planned.size(); ++i)
        if (uniform(0, 7) == 0) {
            const qsizetype j = std::min<qsizetype>(planned.size() - 1, i + uniform(1, 60));
            std::swap(planned[i], planned[j]);   // the earlier one recorded later
        }

    QMap<qint64, QString> cohortOf;
    for (const M &m : std::as_const(members))
        cohortOf.insert(m.id, m.cohort);
    QMap<qint64, std::pair<qint64, QString>> live;   // visit id → member, month (non-void)
    const auto model = [&]() {
        QSet<std::pair<qint64, QString>> came;
        for (const auto &v : std::as_const(live))
            came.insert(v);
        QMap<std::pair<QString, QString>, qint64> counts;
        for (const auto &[member, month] : std::as_const(came))
            counts[{cohortOf.value(member), month}] += 1;
        QStringList out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out << u"%1 %2 %3"_s.arg(it.key().first, it.key().second).arg(it.value());
        return out;
    };
    const auto monthsOf = [&](qint64 member, const QString &month) {
        int n = 0;
        for (const auto &v : std::as_const(live))
            n += v.first == member && v.second == month;
        return n;
    };

    int outOfOrder = 0, beforeJoining = 0, voidsKeeping = 0, voidsRemoving = 0;
    QDateTime latest;
    for (qsizetype i = 0; i < planned.size(); ++i) {
        const V &v = planned.at(i);
        if (latest.isValid() && v.at < latest)
            ++outOfOrder;
        latest = std::max(latest, v.at);
        if (v.at.toString(u"yyyy-MM"_s) < cohortOf.value(v.member))
            ++beforeJoining;
        auto r = record(db, v.member, v.at, uniform(100, 40'000));
        QVERIFY2(r.ok(), qPrintable(u"visit %1 at %2: %3"_s.arg(i).arg(v.at.toString(Qt::ISODate),
                                                                       r.ok() ? QString() : r.error().message)));
        live.insert(r->visitId, {v.member, v.at.toString(u"yyyy-MM"_s)});

        // One visit in five is followed by a void of a random live visit.
        if (uniform(0, 4) == 0 && !live.isEmpty()) {
            auto it = live.cbegin();
            std::advance(it, uniform(0, live.size() - 1));
            const qint64 visitId = it.key();
            const auto [member, month] = it.value();
            (monthsOf(member, month) > 1 ? voidsKeeping : voidsRemoving) += 1;
            auto voided = voidAt(db, visitId, latest.addSecs(60));
            QVERIFY2(voided.ok(), qPrintable(voided.ok() ? QString() : voided.error().message));
            live.remove(visitId);
        }
        if (i % 50 == 49) {
            VERIFY_NO_COHORT_MISMATCH(db);
            QCOMPARE(cellsText(db), model());
        }
    }
    // The history exercised every path.
    QVERIFY2(outOfOrder >= 20, qPrintable(QString::number(outOfOrder)));
    QVERIFY2(beforeJoining >= 3, qPrintable(QString::number(beforeJoining)));
    QVERIFY2(voidsKeeping >= 10, qPrintable(QString::number(voidsKeeping)));
    QVERIFY2(voidsRemoving >= 10, qPrintable(QString::number(voidsRemoving)));

    VERIFY_NO_COHORT_MISMATCH(db);
    const QStringList expected = model();
    QVERIFY(expected.size() > 30);
    QCOMPARE(cellsText(db), expected);
    const QStringList kept = keptTable(db);
    QCOMPARE(kept, expected);
    QVERIFY(rebuildCohorts(db).ok());
    QCOMPARE(keptTable(db), kept);
    VERIFY_NO_COHORT_MISMATCH(db);
}

void TestDashboard::cohortsCountedAfterABulkLoad()
{
    // The demo suspends the triggers and counts the table once at the end: the same as the visits.
    test::TestShop shop(u"en"_s, at(2026, 6, 1, 20));
    Database &db = shop.database();
    DemoOptions options;
    options.members = 60;
    options.visits = 900;
    options.seed = 11;
    auto made = DemoGenerator(db, shop.clock).run(options);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    VERIFY_NO_COHORT_MISMATCH(db);
    const QStringList kept = keptTable(db);
    QVERIFY(kept.size() > 10);
    QVERIFY(rebuildCohorts(db).ok());
    QCOMPARE(keptTable(db), kept);
    // The triggers are back: a member's first visit in a new month is counted.
    auto member = MemberService(db, shop.clock).byId(1);
    QVERIFY(member.ok());
    const QString cohort = member->joinedAt.toString(u"yyyy-MM"_s);
    const auto countOf = [&](const QString &month) -> qint64 {
        auto cells = CohortRepository(db).cells(cohort, u"9999-99"_s);
        if (!cells)
            return -1;
        for (const CohortRepository::Cell &c : std::as_const(*cells))
            if (c.cohort == cohort && c.month == month)
                return c.members;
        return 0;
    };
    const qint64 before = countOf(u"2026-07"_s);
    QCOMPARE(before, 0);   // the demo's history ends today, in June
    QVERIFY(record(db, 1, at(2026, 7, 2), 1'000).ok());
    QCOMPARE(countOf(u"2026-07"_s), 1);
    QVERIFY(record(db, 1, at(2026, 7, 3), 1'000).ok());
    QCOMPARE(countOf(u"2026-07"_s), 1);
    VERIFY_NO_COHORT_MISMATCH(db);
}

// ---------------------------------------------------------------------------------------------
// DashboardService::load

void TestDashboard::loadRefusesBadRanges()
{
    test::TestShop shop;   // today 2026-03-11
    DashboardService dashboard(shop.database(), shop.clock);
    const QDate today(2026, 3, 11);
    const auto refused = [&](const DashboardRange &range) {
        auto d = dashboard.load(range);
        return !d.ok() && d.error().code == ErrorCode::Invalid && d.error().field == u"range"_s && !d.error().message.isEmpty();
    };
    QVERIFY(refused({QDate(), today, Granularity::Day}));
    QVERIFY(refused({today, QDate(), Granularity::Day}));
    QVERIFY(refused({QDate(), QDate(), Granularity::Month}));
    QVERIFY(refused({QDate(2026, 2, 30), today, Granularity::Day}));   // no such day
    QVERIFY(refused({today, today.addDays(-1), Granularity::Day}));
    QVERIFY(refused({today, QDate(2025, 3, 11), Granularity::Month}));
    // kMaxDays days at most: first … first + kMaxDays − 1.
    const QDate first(2023, 1, 1);
    QVERIFY(refused({first, first.addDays(DashboardService::kMaxDays), Granularity::Day}));
    QVERIFY(refused({first, first.addDays(10 * 366), Granularity::Month}));
    auto longest = dashboard.load({first, first.addDays(DashboardService::kMaxDays - 1), Granularity::Day});
    QVERIFY2(longest.ok(), qPrintable(longest.ok() ? QString() : longest.error().message));
    QCOMPARE(longest->sales.size(), DashboardService::kMaxDays);
    QCOMPARE(longest->sales.constFirst().start, first);
    QCOMPARE(longest->sales.constLast().start, first.addDays(DashboardService::kMaxDays - 1));
    // One day is a range.
    REQUIRE_OK(one, dashboard.load({today, today, Granularity::Day}));
    QCOMPARE(one->sales.size(), 1);
    QCOMPARE(one->months.size(), 1);
    QCOMPARE(one->cohorts.size(), DashboardService::kCohorts);
    // The default range: the last 30 days, day by day.
    const DashboardRange def = DashboardService::defaultRange(today);
    QCOMPARE(def.first, QDate(2026, 2, 10));
    QCOMPARE(def.last, today);
    QVERIFY(def.by == Granularity::Day);
    QCOMPARE(toString(def.by), u"day"_s);
    QCOMPARE(DashboardService::bucketStart(QDate(2026, 3, 15), Granularity::Week), QDate(2026, 3, 9));   // a Sunday
    QCOMPARE(DashboardService::bucketStart(QDate(2026, 3, 9), Granularity::Week), QDate(2026, 3, 9));    // a Monday
    QCOMPARE(DashboardService::bucketStart(QDate(2026, 3, 15), Granularity::Month), QDate(2026, 3, 1));
}

void TestDashboard::loadOnAHandBuiltShop()
{
    test::TestShop shop(u"en"_s, at(2024, 12, 1, 9));
    Database &db = shop.database();
    // Points: 1 per ¥1 at every tier below Gold, doubled on the member day (the 11th, by default);
    // 100 points pay ¥1.
    // Ivy: one visit in 2024 (lost).
    const qint64 ivy = join(db, at(2024, 12, 1, 9), u"Ivy"_s);
    QVERIFY(record(db, ivy, at(2024, 12, 1, 10), 4'500).ok());                                   // 45
    // Eve: every 7 days in June 2025, then gone (dormant).
    const qint64 eve = join(db, at(2025, 6, 1, 9), u"Eve"_s);
    for (int day : {1, 8, 15})
        QVERIFY(record(db, eve, at(2025, 6, day), 1'200).ok());                                    // 12 each
    // January 2026: Ann, Fay and Gus join.
    const qint64 ann = join(db, at(2026, 1, 5, 9), u"Ann"_s);
    QVERIFY(record(db, ann, at(2026, 1, 5), 10'000).ok());                                      // 100
    const qint64 fay = join(db, at(2026, 1, 20, 9), u"Fay"_s);
    QVERIFY(record(db, fay, at(2026, 1, 20), 3'000).ok());                                      // 30
    const qint64 gus = join(db, at(2026, 1, 21, 9), u"Gus"_s);
    QVERIFY(record(db, gus, at(2026, 1, 21), 3'000).ok());                                      // 30
    QVERIFY(record(db, fay, at(2026, 1, 30), 3'000).ok());                                      // 30
    QVERIFY(record(db, gus, at(2026, 1, 31), 3'000).ok());                                      // 30
    // February: Hal (archived later) and Bob join.
    const qint64 hal = join(db, at(2026, 2, 1, 9), u"Hal"_s);
    QVERIFY(record(db, hal, at(2026, 2, 1), 1'500).ok());                                       // 15
    QVERIFY(record(db, fay, at(2026, 2, 9), 3'000).ok());                                       // 30
    const qint64 bob = join(db, at(2026, 2, 10, 9), u"Bob"_s);
    QVERIFY(record(db, bob, at(2026, 2, 10), 2'000).ok());                                      // 20
    QVERIFY(record(db, gus, at(2026, 2, 10, 11), 3'000).ok());                                  // 30
    REQUIRE_OK(bobVoided, record(db, bob, at(2026, 2, 12), 4'000));                             // 40, voided
    QVERIFY(voidAt(db, bobVoided->visitId, at(2026, 2, 13)).ok());
    REQUIRE_OK(annBig, record(db, ann, at(2026, 2, 20), 60'000));                               // 600, up to Silver
    QCOMPARE(annBig->pointsEarned, 600);
    QCOMPARE(annBig->tierLevel, 1);
    {
        FixedClock clock(at(2026, 2, 25));
        QVERIFY(MemberService(db, clock).archive(hal).ok());
    }
    // March.
    REQUIRE_OK(fayVoided, record(db, fay, at(2026, 3, 1, 11), 3'000));                          // 30, voided
    QVERIFY(voidAt(db, fayVoided->visitId, at(2026, 3, 1, 12)).ok());
    const qint64 cy = join(db, at(2026, 3, 2, 9), u"Cy"_s);
    REQUIRE_OK(annRedeem, record(db, ann, at(2026, 3, 3), 5'000, 100));                         // pays 49.00: 49
    QCOMPARE(annRedeem->pointsEarned, 49);
    QVERIFY(record(db, bob, at(2026, 3, 9), 8'000).ok());                                       // 80
    // Today, the 11th, is the member day: double points.
    REQUIRE_OK(annToday, record(db, ann, at(2026, 3, 11, 9), 3'000, 100));                      // pays 29.00: 58
    QCOMPARE(annToday->pointsEarned, 58);
    REQUIRE_OK(cyToday, record(db, cy, at(2026, 3, 11, 9, 30), 2'500));                        // 50
    QCOMPARE(cyToday->pointsEarned, 50);
    const qint64 dee = join(db, at(2026, 3, 11, 9, 45), u"Dee"_s);
    QVERIFY(ivy && eve && ann && fay && gus && hal && bob && cy && dee);

    FixedClock now(at(2026, 3, 11, 10));
    QVERIFY(DormancyService(db, now).snooze(gus, 30).ok());
    QVERIFY(MemberTotalsRepository(db).moveSpendWindow(now.today()).ok());   // the 12 months up to today
    DashboardService dashboard(db, now);

    // --- Day by day over March.
    REQUIRE_OK(d, dashboard.load({QDate(2026, 3, 1), QDate(2026, 3, 11), Granularity::Day}));
    QCOMPARE(d->range.first, QDate(2026, 3, 1));
    QCOMPARE(d->today.day, QDate(2026, 3, 11));
    QCOMPARE(d->today.visits, 2);
    QCOMPARE(d->today.revenueCents, 2'900 + 2'500);
    QCOMPARE(d->today.newMembers, 1);
    QCOMPARE(d->today.pointsEarned, 58 + 50);
    QCOMPARE(d->today.pointsRedeemed, 100);
    QCOMPARE(d->today.alertsWaiting, 2);   // Fay (at risk) and Eve (dormant); Gus is snoozed

    QCOMPARE(d->sales.size(), 11);
    for (int i = 0; i < 11; ++i) {
        const SalesBucket &b = d->sales.at(i);
        QCOMPARE(b.start, QDate(2026, 3, 1 + i));
        const qint64 visits = i == 2 ? 1 : i == 8 ? 1 : i == 10 ? 2 : 0;
        const qint64 revenue = i == 2 ? 4'900 : i == 8 ? 8'000 : i == 10 ? 5'400 : 0;
        QCOMPARE(b.visits, visits);          // 03-01: Fay's visit was voided
        QCOMPARE(b.revenueCents, revenue);
    }
    QCOMPARE(d->months.size(), 1);
    QCOMPARE(d->months.at(0).start, QDate(2026, 3, 1));
    QCOMPARE(d->months.at(0).newMembers, 2);                          // Cy, Dee
    QCOMPARE(d->months.at(0).pointsEarned, 30 + 49 + 80 + 58 + 50);   // Fay's voided 30 stands; its reversal is not earning
    QCOMPARE(d->months.at(0).pointsRedeemed, 200);
    QCOMPARE(d->months.at(0).pointsExpired, 0);

    // The points everyone holds: Ivy 45, Eve 36, Ann 607, Fay 90, Gus 90, Hal 15, Bob 100, Cy 50.
    QCOMPARE(d->pointsOutstanding, 1'033);
    QCOMPARE(d->liabilityCents, 1'033);
    REQUIRE_OK(summary, ShopReport(db, now).summary());
    QCOMPARE(d->pointsOutstanding, summary->pointsOutstanding);
    QCOMPARE(d->liabilityCents, summary->liabilityCents);

    // Members not archived: Ivy, Eve, Ann, Fay, Gus, Bob, Cy, Dee.
    QCOMPARE(d->activeMembers, 8);
    QCOMPARE(d->tiers.size(), 5);
    qint64 inTiers = 0;
    for (int i = 0; i < d->tiers.size(); ++i) {
        QCOMPARE(d->tiers.at(i).tier.level, i);
        QCOMPARE(d->tiers.at(i).members, i == 0 ? 7 : i == 1 ? 1 : 0);   // Ann is Silver
        inTiers += d->tiers.at(i).members;
    }
    QCOMPARE(inTiers, d->activeMembers);
    // New: Cy, Dee; active: Ann, Bob; at risk: Fay, Gus; dormant: Eve; lost: Ivy.
    QCOMPARE(d->states[int(MemberState::New)], 2);
    QCOMPARE(d->states[int(MemberState::Active)], 2);
    QCOMPARE(d->states[int(MemberState::AtRisk)], 2);
    QCOMPARE(d->states[int(MemberState::Dormant)], 1);
    QCOMPARE(d->states[int(MemberState::Lost)], 1);
    qint64 inStates = 0;
    for (qint64 n : d->states)
        inStates += n;
    QCOMPARE(inStates, d->activeMembers);
    REQUIRE_OK(snapshot, DormancyService(db, now).snapshot());
    QCOMPARE(d->states, snapshot->members);
    QCOMPARE(d->today.alertsWaiting, qint64(snapshot->alerts.size()));

    // Segments and Pareto as SegmentService counts them.
    qint64 inSegments = 0;
    for (qint64 n : d->segmentMembers)
        inSegments += n;
    QCOMPARE(inSegments, d->activeMembers);
    REQUIRE_OK(rfm, SegmentService(db, now).rfm());
    QCOMPARE(d->segmentMembers, rfm->members);
    QCOMPARE(d->segmentSpend12mCents, rfm->spend12mCents);
    QVERIFY(d->segmentMembers[int(Segment::Lost)] >= 2);   // Ivy (not this year) and Dee (never came)
    REQUIRE_OK(pareto, SegmentService(db, now).pareto());
    QCOMPARE(d->pareto.members, pareto->members);
    QCOMPARE(d->pareto.topMembers, pareto->topMembers);
    QCOMPARE(d->pareto.totalCents, pareto->totalCents);
    QCOMPARE(d->pareto.topCents, pareto->topCents);
    QCOMPARE(d->pareto.top20ShareBasisPoints, pareto->top20ShareBasisPoints);
    QCOMPARE(d->pareto.curveBasisPoints, pareto->curveBasisPoints);
    // Spent in the 12 months: Eve 3,600; Ann 10,000 + 60,000 + 4,900 + 2,900; Fay 9,000; Gus 9,000;
    // Bob 2,000 + 8,000; Cy 2,500. Top ⌈20% of 6⌉ = 2: Ann and Bob.
    QCOMPARE(d->pareto.members, 6);
    QCOMPARE(d->pareto.totalCents, 3'600 + 77'800 + 9'000 + 9'000 + 10'000 + 2'500);
    QCOMPARE(d->pareto.topMembers, 2);
    QCOMPARE(d->pareto.topCents, 77'800 + 10'000);
    QVERIFY(d->coupons.isEmpty());

    // Cohorts: 2025-04 … 2026-03. Joined: Eve 2025-06; Ann, Fay, Gus 2026-01; Hal, Bob 2026-02; Cy, Dee 2026-03.
    QCOMPARE(d->cohorts.size(), DashboardService::kCohorts);
    for (int i = 0; i < d->cohorts.size(); ++i) {
        const CohortRow &row = d->cohorts.at(i);
        QCOMPARE(row.month, QDate(2025, 4, 1).addMonths(i));
        QCOMPARE(row.came.size(), DashboardService::kCohorts - i);   // up to March 2026
    }
    const auto row = [&](int y, int m) { return d->cohorts.at((y - 2025) * 12 + m - 4); };
    QCOMPARE(row(2025, 4).joined, 0);
    QCOMPARE(row(2025, 4).came, QList<qint64>(12, 0));
    QCOMPARE(row(2025, 6).joined, 1);
    QList<qint64> eveCame(10, 0);
    eveCame[0] = 1;
    QCOMPARE(row(2025, 6).came, eveCame);
    QCOMPARE(row(2025, 6).shareBasisPoints(0), 10'000);
    QCOMPARE(row(2025, 6).shareBasisPoints(1), 0);
    QCOMPARE(row(2025, 12).joined, 0);
    QCOMPARE(row(2026, 1).joined, 3);
    QCOMPARE(row(2026, 1).came, (QList<qint64>{3, 3, 1}));   // Fay's March visit was voided
    QCOMPARE(row(2026, 1).shareBasisPoints(0), 10'000);
    QCOMPARE(row(2026, 1).shareBasisPoints(2), 3'333);
    QCOMPARE(row(2026, 1).shareBasisPoints(3), 0);            // past the end
    QCOMPARE(row(2026, 1).shareBasisPoints(-1), 0);
    QCOMPARE(row(2026, 2).joined, 2);                          // Hal is archived but joined
    QCOMPARE(row(2026, 2).came, (QList<qint64>{2, 1}));
    QCOMPARE(row(2026, 2).shareBasisPoints(1), 5'000);
    QCOMPARE(row(2026, 3).joined, 2);
    QCOMPARE(row(2026, 3).came, QList<qint64>{1});
    QCOMPARE(row(2026, 3).shareBasisPoints(0), 5'000);

    // --- Week by week, 2026-02-01 (a Sunday) … 03-11: weeks from Monday 01-26; only the range's days count.
    REQUIRE_OK(w, dashboard.load({QDate(2026, 2, 1), QDate(2026, 3, 11), Granularity::Week}));
    const QList<qint64> weekVisits{1, 0, 3, 1, 0, 1, 3};
    const QList<qint64> weekRevenue{1'500, 0, 8'000, 60'000, 0, 4'900, 13'400};
    QCOMPARE(w->sales.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(w->sales.at(i).start, QDate(2026, 1, 26).addDays(7 * i));
        QCOMPARE(w->sales.at(i).start.dayOfWeek(), 1);
        QCOMPARE(w->sales.at(i).visits, weekVisits.at(i));
        QCOMPARE(w->sales.at(i).revenueCents, weekRevenue.at(i));
    }
    QCOMPARE(w->months.size(), 2);
    QCOMPARE(w->months.at(0).start, QDate(2026, 2, 1));
    QCOMPARE(w->months.at(0).newMembers, 2);                            // Hal, Bob
    QCOMPARE(w->months.at(0).pointsEarned, 15 + 30 + 20 + 30 + 40 + 600);
    QCOMPARE(w->months.at(0).pointsRedeemed, 0);
    QCOMPARE(w->months.at(1).start, QDate(2026, 3, 1));
    QCOMPARE(w->months.at(1).newMembers, 2);
    QCOMPARE(w->months.at(1).pointsEarned, 267);
    QCOMPARE(w->months.at(1).pointsRedeemed, 200);
    // The rest does not depend on the granularity.
    QCOMPARE(w->today.visits, d->today.visits);
    QCOMPARE(w->pointsOutstanding, 1'033);
    QCOMPARE(w->cohorts.constLast().month, QDate(2026, 3, 1));

    // --- Month by month, 2025-06-15 … 2026-03-11: ten months; June counts from the 15th only.
    REQUIRE_OK(m, dashboard.load({QDate(2025, 6, 15), QDate(2026, 3, 11), Granularity::Month}));
    QCOMPARE(m->sales.size(), 10);
    QCOMPARE(m->months.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(m->sales.at(i).start, QDate(2025, 6, 1).addMonths(i));
        QCOMPARE(m->months.at(i).start, QDate(2025, 6, 1).addMonths(i));
    }
    const QList<qint64> monthVisits{1, 0, 0, 0, 0, 0, 0, 5, 5, 4};
    const QList<qint64> monthRevenue{1'200, 0, 0, 0, 0, 0, 0, 22'000, 69'500, 18'300};
    const QList<qint64> monthJoined{0, 0, 0, 0, 0, 0, 0, 3, 2, 2};   // Eve joined 06-01, before the range
    const QList<qint64> monthEarned{12, 0, 0, 0, 0, 0, 0, 220, 735, 267};
    const QList<qint64> monthRedeemed{0, 0, 0, 0, 0, 0, 0, 0, 0, 200};
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(m->sales.at(i).visits, monthVisits.at(i));
        QCOMPARE(m->sales.at(i).revenueCents, monthRevenue.at(i));
        QCOMPARE(m->months.at(i).newMembers, monthJoined.at(i));
        QCOMPARE(m->months.at(i).pointsEarned, monthEarned.at(i));
        QCOMPARE(m->months.at(i).pointsRedeemed, monthRedeemed.at(i));
    }

    // --- A range ending in February: the cohorts end with February, March left out.
    REQUIRE_OK(f, dashboard.load({QDate(2026, 2, 1), QDate(2026, 2, 15), Granularity::Day}));
    QCOMPARE(f->sales.size(), 15);
    QCOMPARE(f->cohorts.size(), DashboardService::kCohorts);
    QCOMPARE(f->cohorts.constFirst().month, QDate(2025, 3, 1));
    QCOMPARE(f->cohorts.constLast().month, QDate(2026, 2, 1));
    QCOMPARE(f->cohorts.at(10).month, QDate(2026, 1, 1));
    QCOMPARE(f->cohorts.at(10).joined, 3);
    QCOMPARE(f->cohorts.at(10).came, (QList<qint64>{3, 3}));
    QCOMPARE(f->cohorts.at(11).joined, 2);
    QCOMPARE(f->cohorts.at(11).came, QList<qint64>{2});
    QCOMPARE(f->today.visits, 2);   // today is still today
}

// ---------------------------------------------------------------------------------------------
// Rfm::quintiles

void TestDashboard::quintilesAgainstReference_data()
{
    QTest::addColumn<QList<qint64>>("values");
    std::mt19937_64 rng(7);
    const auto uniform = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();

    // Small ranges (the counting path): days, visit counts, negative recencies; many ties.
    for (int round = 0; round < 40; ++round) {
        const qint64 n = uniform(1, 400);
        const qint64 lo = uniform(-400, 100);
        const qint64 width = uniform(0, round % 2 ? 8 : 365);
        QList<qint64> v;
        for (qint64 i = 0; i < n; ++i)
            v << lo + uniform(0, width);
        QTest::addRow("small %d (n=%lld, width=%lld)", round, n, width) << v;
    }
    // Small ranges far from zero (still counted: only the width matters).
    for (const qint64 base : {kMax - 20, kMin, qint64(-5'000'000'000'000)}) {
        QList<qint64> v;
        for (int i = 0; i < 100; ++i)
            v << base + uniform(0, 20);
        QTest::addRow("small at %lld", base) << v;
    }
    // Wide ranges (the sort path): money in cents, huge and negative values, ties from a pool.
    for (int round = 0; round < 40; ++round) {
        const qint64 n = uniform(1, 400);
        QList<qint64> pool;
        for (int i = 0; i < 30; ++i)
            pool << uniform(-1'000'000'000'000, 1'000'000'000'000);
        pool << 0 << -1 << 1 << kMax / 2 << kMin / 2 << kMax - 1 << kMin + 1;
        QList<qint64> v;
        for (qint64 i = 0; i < n; ++i)
            v << (uniform(0, 2) == 0 ? pool.at(uniform(0, pool.size() - 1)) : uniform(-2'000'000'000, 9'000'000'000'000));
        QTest::addRow("wide %d (n=%lld)", round, n) << v;
    }
    // The whole range of qint64.
    {
        QList<qint64> v{kMax, kMin, 0, kMax, kMin, -1, 1, kMax - 1, kMin + 1};
        for (int i = 0; i < 50; ++i)
            v << uniform(kMin, kMax);
        QTest::newRow("extremes") << v;
    }
    // Around the switch between the paths: width 4n + 1023 (counted) and 4n + 1024 (sorted).
    for (const qint64 extra : {1022, 1023, 1024, 1025}) {
        const qint64 n = 50;
        QList<qint64> v{-7, -7 + 4 * n + extra};
        for (qint64 i = 2; i < n; ++i)
            v << -7 + uniform(0, 4 * n + extra);
        std::shuffle(v.begin(), v.end(), rng);
        QTest::addRow("width 4n+%lld", extra) << v;
    }
}

void TestDashboard::quintilesAgainstReference()
{
    QFETCH(QList<qint64>, values);
    const QList<int> got = Rfm::quintiles(values);
    const QList<int> expected = referenceQuintiles(values);
    QCOMPARE(got.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        QVERIFY2(got.at(i) == expected.at(i),
                 qPrintable(u"value %1 at %2: score %3, expected %4"_s.arg(values.at(i)).arg(i).arg(got.at(i)).arg(expected.at(i))));
    for (int s : got)
        QVERIFY(s >= 1 && s <= 5);
}

void TestDashboard::quintilesEdgeCases()
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    QCOMPARE(Rfm::quintiles({}), QList<int>{});
    QCOMPARE(Rfm::quintiles({0}), QList<int>{1});
    QCOMPARE(Rfm::quintiles({kMax}), QList<int>{1});
    QCOMPARE(Rfm::quintiles({kMin}), QList<int>{1});
    QCOMPARE(Rfm::quintiles({5, 5}), (QList<int>{1, 1}));
    QCOMPARE(Rfm::quintiles({6, 5}), (QList<int>{3, 1}));          // 1 + ⌊5 × 1 / 2⌋
    QCOMPARE(Rfm::quintiles({kMax, kMin}), (QList<int>{3, 1}));
    QCOMPARE(Rfm::quintiles({-10'000'000'000, 10'000'000'000, 0}), (QList<int>{1, 4, 2}));
    // Ties share the lower score, in both paths.
    QCOMPARE(Rfm::quintiles({3, 1, 3, 3, 2}), (QList<int>{3, 1, 3, 3, 2}));
    QCOMPARE(Rfm::quintiles({3'000'000'000'000, 1, 3'000'000'000'000, 3'000'000'000'000, 2'000'000}), (QList<int>{3, 1, 3, 3, 2}));
    // Ten members, one each: two per quintile.
    QCOMPARE(Rfm::quintiles({-9, -8, -7, -6, -5, -4, -3, -2, -1, 0}), (QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
    QCOMPARE(Rfm::quintiles({kMin, -8, -7, -6, -5, -4, -3, -2, -1, kMax}), (QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "test_dashboard.moc"
