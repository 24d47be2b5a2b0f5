// Birthday: month and day, the year optional; real dates only, never in the future.

#include "members/Birthday.h"

#include <QStandardPaths>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 3, 11);
}

class TestBirthday : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void storageRoundTrip_data();
    void storageRoundTrip();
    void inMonthOf();
};

void TestBirthday::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("stored");

    QTest::newRow("month-day") << u"03-15"_s << 0 << 3 << 15 << u"03-15"_s;
    QTest::newRow("full date") << u"1990-03-15"_s << 1990 << 3 << 15 << u"1990-03-15"_s;
    QTest::newRow("29 February without a year") << u"02-29"_s << 0 << 2 << 29 << u"02-29"_s;
    QTest::newRow("29 February in a leap year") << u"2000-02-29"_s << 2000 << 2 << 29 << u"2000-02-29"_s;
    QTest::newRow("slashes") << u"1990/03/15"_s << 1990 << 3 << 15 << u"1990-03-15"_s;
    QTest::newRow("dots") << u"1990.03.15"_s << 1990 << 3 << 15 << u"1990-03-15"_s;
    QTest::newRow("single-digit month and day") << u"1990-3-5"_s << 1990 << 3 << 5 << u"1990-03-05"_s;
    QTest::newRow("single digits without a year") << u"3/5"_s << 0 << 3 << 5 << u"03-05"_s;
    QTest::newRow("surrounding spaces") << u" 12-31 "_s << 0 << 12 << 31 << u"12-31"_s;
    QTest::newRow("born today") << u"2026-03-11"_s << 2026 << 3 << 11 << u"2026-03-11"_s;
    QTest::newRow("later this year without a year") << u"12-25"_s << 0 << 12 << 25 << u"12-25"_s;
}

void TestBirthday::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, stored);

    const Result<Birthday> b = Birthday::parse(text, kToday);
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QCOMPARE(b->year, year);
    QCOMPARE(b->month, month);
    QCOMPARE(b->day, day);
    QVERIFY(!b->isNull());
    QCOMPARE(b->toStorage(), stored);
}

void TestBirthday::parseRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("29 February in a common year") << u"2023-02-29"_s;
    QTest::newRow("month 13") << u"13-01"_s;
    QTest::newRow("month 0") << u"00-10"_s;
    QTest::newRow("day 0") << u"05-00"_s;
    QTest::newRow("31 April") << u"04-31"_s;
    QTest::newRow("30 February without a year") << u"02-30"_s;
    QTest::newRow("future") << u"2027-01-01"_s;
    QTest::newRow("tomorrow") << u"2026-03-12"_s;
    QTest::newRow("garbage") << u"abc"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("day first with a year") << u"15-03-1990"_s;
    QTest::newRow("two-digit year") << u"90-03-15"_s;
    QTest::newRow("mixed garbage") << u"1990-03-15x"_s;
    QTest::newRow("too long ago") << u"1850-01-01"_s;
}

void TestBirthday::parseRefuses()
{
    QFETCH(QString, text);

    const Result<Birthday> b = Birthday::parse(text, kToday);
    QVERIFY2(!b.ok(), qPrintable(u"accepted as %1"_s.arg(b.ok() ? b->toStorage() : QString())));
    QCOMPARE(b.error().code, ErrorCode::Invalid);
    QCOMPARE(b.error().field, u"birthday"_s);
    QVERIFY(!b.error().message.isEmpty());
}

void TestBirthday::storageRoundTrip_data()
{
    QTest::addColumn<QString>("stored");

    QTest::newRow("month-day") << u"03-15"_s;
    QTest::newRow("full date") << u"1990-03-15"_s;
    QTest::newRow("29 February") << u"02-29"_s;
    QTest::newRow("leap day with year") << u"2000-02-29"_s;
}

void TestBirthday::storageRoundTrip()
{
    QFETCH(QString, stored);

    const Birthday b = Birthday::fromStorage(stored);
    QCOMPARE(b.toStorage(), stored);
    // What is stored parses back to the same birthday.
    const Result<Birthday> parsed = Birthday::parse(stored, kToday);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->year, b.year);
    QCOMPARE(parsed->month, b.month);
    QCOMPARE(parsed->day, b.day);
}

void TestBirthday::inMonthOf()
{
    const Birthday b = Birthday::fromStorage(u"03-15"_s);
    QVERIFY(b.inMonthOf(kToday));
    QVERIFY(!b.inMonthOf(QDate(2026, 4, 15)));
    const Birthday none;
    QVERIFY(none.isNull());
    QVERIFY(!none.inMonthOf(kToday));
    QCOMPARE(none.toStorage(), QString());
}

QTEST_GUILESS_MAIN(TestBirthday)
#include "test_birthday.moc"
