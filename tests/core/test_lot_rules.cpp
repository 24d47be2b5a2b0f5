// The arithmetic of lots and debt (SPEC §2): FIFO debits, a reversal's own lot first, debt when the
// lots fall short, credits paying a debt first.

#include "rules/LotRules.h"

#include <QtTest>

using namespace loyalty;

Q_DECLARE_METATYPE(QList<qint64>)

class TestLotRules : public QObject {
    Q_OBJECT

private slots:
    void debit_data();
    void debit();
    void credit_data();
    void credit();
};

// Lots as "id:remaining" pairs in FIFO order; takes as "id:taken:after".
void TestLotRules::debit_data()
{
    QTest::addColumn<QList<qint64>>("lots");   // id, remaining, id, remaining, …
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("first");         // 0: none
    QTest::addColumn<QList<qint64>>("takes");  // id, taken, after, …
    QTest::addColumn<qint64>("uncovered");

    QTest::newRow("oldest lot covers it") << QList<qint64>{1, 100, 2, 50} << qint64(60) << qint64(0) << QList<qint64>{1, 60, 40} << qint64(0);
    QTest::newRow("spills into the next lot") << QList<qint64>{1, 100, 2, 50} << qint64(120) << qint64(0)
                                              << QList<qint64>{1, 100, 0, 2, 20, 30} << qint64(0);
    QTest::newRow("exactly everything") << QList<qint64>{1, 100, 2, 50} << qint64(150) << qint64(0)
                                        << QList<qint64>{1, 100, 0, 2, 50, 0} << qint64(0);
    QTest::newRow("more than the lots: a debt") << QList<qint64>{1, 100, 2, 50} << qint64(180) << qint64(0)
                                                << QList<qint64>{1, 100, 0, 2, 50, 0} << qint64(30);
    QTest::newRow("no lots at all") << QList<qint64>{} << qint64(25) << qint64(0) << QList<qint64>{} << qint64(25);
    QTest::newRow("a reversal starts with its own lot") << QList<qint64>{1, 100, 2, 50, 3, 80} << qint64(60) << qint64(3)
                                                        << QList<qint64>{3, 60, 20} << qint64(0);
    QTest::newRow("own lot too small: then FIFO") << QList<qint64>{1, 100, 2, 50, 3, 10} << qint64(60) << qint64(3)
                                                  << QList<qint64>{3, 10, 0, 1, 50, 50} << qint64(0);
    QTest::newRow("own lot already used up (not open)") << QList<qint64>{1, 100, 2, 50} << qint64(30) << qint64(9)
                                                        << QList<qint64>{1, 30, 70} << qint64(0);
    QTest::newRow("zero points take nothing") << QList<qint64>{1, 100} << qint64(0) << qint64(0) << QList<qint64>{} << qint64(0);
}

void TestLotRules::debit()
{
    QFETCH(QList<qint64>, lots);
    QFETCH(qint64, points);
    QFETCH(qint64, first);
    QFETCH(QList<qint64>, takes);
    QFETCH(qint64, uncovered);
    QList<OpenLot> open;
    for (qsizetype i = 0; i + 1 < lots.size(); i += 2)
        open << OpenLot{lots.at(i), lots.at(i + 1)};
    const DebitPlan plan = LotRules::debit(open, points, first ? std::optional<qint64>(first) : std::nullopt);
    QList<qint64> got;
    for (const LotTake &t : plan.takes)
        got << t.lotId << t.taken << t.remainingAfter;
    QCOMPARE(got, takes);
    QCOMPARE(plan.uncovered, uncovered);
    qint64 taken = 0;
    for (const LotTake &t : plan.takes)
        taken += t.taken;
    QCOMPARE(taken + plan.uncovered, points); // nothing lost, nothing made up
}

void TestLotRules::credit_data()
{
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("debt");
    QTest::addColumn<qint64>("paysDebt");
    QTest::addColumn<qint64>("lotRemaining");
    QTest::addColumn<qint64>("debtAfter");

    QTest::newRow("no debt: all in the lot") << qint64(120) << qint64(0) << qint64(0) << qint64(120) << qint64(0);
    QTest::newRow("pays part of the debt") << qint64(50) << qint64(80) << qint64(50) << qint64(0) << qint64(30);
    QTest::newRow("pays the debt, keeps the rest") << qint64(100) << qint64(30) << qint64(30) << qint64(70) << qint64(0);
    QTest::newRow("exactly the debt") << qint64(30) << qint64(30) << qint64(30) << qint64(0) << qint64(0);
}

void TestLotRules::credit()
{
    QFETCH(qint64, points);
    QFETCH(qint64, debt);
    QFETCH(qint64, paysDebt);
    QFETCH(qint64, lotRemaining);
    QFETCH(qint64, debtAfter);
    const CreditPlan plan = LotRules::credit(points, debt);
    QCOMPARE(plan.paysDebt, paysDebt);
    QCOMPARE(plan.lotRemaining, lotRemaining);
    QCOMPARE(plan.debtAfter, debtAfter);
}

QTEST_GUILESS_MAIN(TestLotRules)
#include "test_lot_rules.moc"
