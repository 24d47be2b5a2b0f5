// Money: what a person types at the counter becomes integer cents, or a clear refusal (SPEC §2,
// §8.10).

#include "common/Money.h"

#include <QStandardPaths>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void parseRespectsCallerMaximum();
    void format_data();
    void format();
    void plainString_data();
    void plainString();
    void plainStringRoundTrips_data();
    void plainStringRoundTrips();
};

void TestMoney::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("whole") << u"12"_s << qint64(1200);
    QTest::newRow("one decimal") << u"12.5"_s << qint64(1250);
    QTest::newRow("two decimals") << u"12.34"_s << qint64(1234);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("grouping and spaces") << u" 1,234.50 "_s << qint64(123450);
    QTest::newRow("two groups") << u"1,000,000"_s << qint64(100000000);
    QTest::newRow("leading zeros") << u"00012.50"_s << qint64(1250);
    QTest::newRow("one cent") << u"0.01"_s << qint64(1);
    QTest::newRow("trailing dot") << u"12."_s << qint64(1200);
    QTest::newRow("exactly the maximum") << u"1000000.00"_s << Money::kMaxCents;
}

void TestMoney::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const Result<Money> parsed = Money::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->cents(), cents);
}

void TestMoney::parseRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("letter after digits") << u"12a"_s;
    QTest::newRow("letters only") << u"abc"_s;
    QTest::newRow("negative") << u"-5"_s;
    QTest::newRow("three decimals") << u"1.234"_s;
    QTest::newRow("three decimals below one") << u"0.001"_s;
    QTest::newRow("absurdly large") << u"100000000000"_s;
    QTest::newRow("one cent above the maximum") << u"1000000.01"_s;
    QTest::newRow("more digits than qint64") << u"99999999999999999999999"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u"   "_s;
    QTest::newRow("malformed grouping") << u"1,23"_s;
    QTest::newRow("group of four") << u"1,2345"_s;
    QTest::newRow("leading comma") << u",123"_s;
    QTest::newRow("two dots") << u"12.3.4"_s;
    QTest::newRow("lone dot") << u"."_s;
    QTest::newRow("space inside") << u"1 234"_s;
    QTest::newRow("currency sign") << u"¥12"_s;
    QTest::newRow("exponent") << u"1e3"_s;
}

void TestMoney::parseRefuses()
{
    QFETCH(QString, text);

    const Result<Money> parsed = Money::parse(text);
    QVERIFY2(!parsed.ok(), qPrintable(u"accepted as %1 cents"_s.arg(parsed.ok() ? parsed->cents() : 0)));
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestMoney::parseRespectsCallerMaximum()
{
    QCOMPARE(Money::parse(u"50"_s, 5000)->cents(), qint64(5000));
    const Result<Money> over = Money::parse(u"50.01"_s, 5000);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, ErrorCode::Invalid);
    QVERIFY(over.error().message.contains(u"50.00"_s));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("CNY with grouping") << qint64(123456) << u"CNY"_s << u"¥1,234.56"_s;
    QTest::newRow("CNY lower-case code") << qint64(123456) << u"cny"_s << u"¥1,234.56"_s;
    QTest::newRow("CNY cents only") << qint64(5) << u"CNY"_s << u"¥0.05"_s;
    QTest::newRow("CNY zero") << qint64(0) << u"CNY"_s << u"¥0.00"_s;
    QTest::newRow("CNY three digits, no comma") << qint64(99999) << u"CNY"_s << u"¥999.99"_s;
    QTest::newRow("CNY million") << qint64(100000000) << u"CNY"_s << u"¥1,000,000.00"_s;
    QTest::newRow("CNY negative") << qint64(-123456) << u"CNY"_s << u"-¥1,234.56"_s;
    QTest::newRow("TWD") << qint64(1200) << u"TWD"_s << u"NT$12.00"_s;
    QTest::newRow("HKD") << qint64(1200) << u"HKD"_s << u"HK$12.00"_s;
    QTest::newRow("USD") << qint64(1200) << u"USD"_s << u"$12.00"_s;
    QTest::newRow("unknown code as prefix") << qint64(1200) << u"XYZ"_s << u"XYZ 12.00"_s;
}

void TestMoney::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, expected);

    QCOMPARE(Money(cents).format(currency), expected);
}

void TestMoney::plainString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no grouping") << qint64(123450) << u"1234.50"_s;
    QTest::newRow("cents only") << qint64(5) << u"0.05"_s;
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("negative") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("large") << qint64(100000000) << u"1000000.00"_s;
}

void TestMoney::plainString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);

    QCOMPARE(Money(cents).toPlainString(), expected);
}

void TestMoney::plainStringRoundTrips_data()
{
    QTest::addColumn<qint64>("cents");

    for (const qint64 cents : {qint64(0), qint64(1), qint64(10), qint64(99), qint64(100), qint64(123456), Money::kMaxCents})
        QTest::newRow(qPrintable(u"%1 cents"_s.arg(cents))) << cents;
}

void TestMoney::plainStringRoundTrips()
{
    QFETCH(qint64, cents);

    const Result<Money> parsed = Money::parse(Money(cents).toPlainString());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->cents(), cents);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
