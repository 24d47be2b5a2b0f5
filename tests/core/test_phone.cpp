// PhoneNumber: separators and +86 are normalised away, letters and wrong lengths are refused
// (SPEC §2, §8.10); cashiers see masked numbers (§8.7).

#include "members/PhoneNumber.h"

#include <QStandardPaths>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

class TestPhone : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normaliseAccepts_data();
    void normaliseAccepts();
    void normaliseRefuses_data();
    void normaliseRefuses();
    void masked_data();
    void masked();
    void display_data();
    void display();
};

void TestPhone::normaliseAccepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString mobile = u"13800138000"_s;
    QTest::newRow("mobile digits") << u"13800138000"_s << mobile;
    QTest::newRow("mobile with spaces") << u"138 0013 8000"_s << mobile;
    QTest::newRow("mobile with dashes") << u"138-0013-8000"_s << mobile;
    QTest::newRow("mobile with dots") << u"138.0013.8000"_s << mobile;
    QTest::newRow("surrounding spaces") << u"  13800138000 "_s << mobile;
    QTest::newRow("beijing landline with +86 gets its trunk 0") << u"+86 10 1234 5678"_s << u"01012345678"_s;
    QTest::newRow("beijing landline written at home") << u"010-1234-5678"_s << u"01012345678"_s;
    QTest::newRow("shanghai landline with 0086") << u"0086 21 6123 4567"_s << u"02161234567"_s;
    QTest::newRow("+86 with spaces") << u"+86 138 0013 8000"_s << mobile;
    QTest::newRow("+86 joined") << u"+8613800138000"_s << mobile;
    QTest::newRow("+86 with dashes") << u"+86 138-0013-8000"_s << mobile;
    QTest::newRow("(+86) in brackets") << u"(+86) 138 0013 8000"_s << mobile;
    QTest::newRow("0086 prefix") << u"0086 13800138000"_s << mobile;
    QTest::newRow("full-width digits") << u"１３８００１３８０００"_s << mobile;
    QTest::newRow("full-width dash") << u"138－0013－8000"_s << mobile;
    QTest::newRow("landline with area code") << u"010-12345678"_s << u"01012345678"_s;
    QTest::newRow("landline in brackets") << u"(010) 1234 5678"_s << u"01012345678"_s;
    QTest::newRow("local landline, seven digits") << u"2234567"_s << u"2234567"_s;
    QTest::newRow("Taiwan mobile") << u"0912 345 678"_s << u"0912345678"_s;
    QTest::newRow("Hong Kong keeps 852") << u"+852 9123 4567"_s << u"85291234567"_s;
    QTest::newRow("Hong Kong 00852 keeps 852") << u"00852 9123 4567"_s << u"85291234567"_s;
    QTest::newRow("fifteen digits") << u"+44 20 7946 0958 123"_s << u"442079460958123"_s;
}

void TestPhone::normaliseAccepts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Result<QString> phone = PhoneNumber::normalise(input);
    QVERIFY2(phone.ok(), qPrintable(phone.ok() ? QString() : phone.error().message));
    QCOMPARE(*phone, expected);
}

void TestPhone::normaliseRefuses_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("letters") << u"138abc00000"_s;
    QTest::newRow("letter at the end") << u"1380013800x"_s;
    QTest::newRow("too few digits") << u"12345"_s;
    QTest::newRow("too many digits (16)") << u"1234567890123456"_s;
    QTest::newRow("too many after +") << u"+1234567890123456"_s;
    QTest::newRow("mobile one digit short") << u"1380013800"_s;
    QTest::newRow("mobile one digit long") << u"138001380001"_s;
    QTest::newRow("+86 mobile one digit short") << u"+86 138 0013 800"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("only separators") << u" - - "_s;
    QTest::newRow("plus in the middle") << u"138+0013 8000"_s;
    QTest::newRow("two pluses") << u"++86 13800138000"_s;
    QTest::newRow("Arabic-Indic digits") << u"١٣٨٠٠١٣٨٠٠٠"_s;
    QTest::newRow("slash") << u"138/0013/8000"_s;
}

void TestPhone::normaliseRefuses()
{
    QFETCH(QString, input);

    const Result<QString> phone = PhoneNumber::normalise(input);
    QVERIFY2(!phone.ok(), qPrintable(u"accepted as %1"_s.arg(phone.ok() ? *phone : QString())));
    QCOMPARE(phone.error().code, ErrorCode::Invalid);
    QCOMPARE(phone.error().field, u"phone"_s);
    QVERIFY(!phone.error().message.isEmpty());
}

void TestPhone::masked_data()
{
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mobile") << u"13800138000"_s << u"138****8000"_s;
    QTest::newRow("another mobile") << u"13912345678"_s << u"139****5678"_s;
    QTest::newRow("Taiwan mobile") << u"0912345678"_s << u"09****5678"_s;
    QTest::newRow("seven digits") << u"2234567"_s << u"22*4567"_s;
}

void TestPhone::masked()
{
    QFETCH(QString, normalised);
    QFETCH(QString, expected);

    const QString shown = PhoneNumber::masked(normalised);
    QCOMPARE(shown, expected);
    QCOMPARE(shown.size(), normalised.size());
}

void TestPhone::display_data()
{
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mobile grouped 3-4-4") << u"13800138000"_s << u"138 0013 8000"_s;
    QTest::newRow("landline unchanged") << u"01012345678"_s << u"01012345678"_s;
}

void TestPhone::display()
{
    QFETCH(QString, normalised);
    QFETCH(QString, expected);

    QCOMPARE(PhoneNumber::display(normalised), expected);
    // What is displayed normalises back to what is stored.
    QCOMPARE(PhoneNumber::normalise(PhoneNumber::display(normalised)).value_or(QString()), normalised);
}

QTEST_GUILESS_MAIN(TestPhone)
#include "test_phone.moc"
