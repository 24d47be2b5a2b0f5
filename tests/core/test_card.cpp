// CardNumber: "8" + eight-digit sequence + Luhn check digit, so a mistyped or misread card is
// caught before it reaches the wrong member.

#include "members/CardNumber.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

// The textbook Luhn test over a whole number (check digit included), written independently of
// CardNumber: from the right, every second digit is doubled, 10–18 become 1–9, the sum ends in 0.
bool luhnValid(const QString &number)
{
    int sum = 0;
    for (qsizetype i = 0; i < number.size(); ++i) {
        int d = number.at(number.size() - 1 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

QChar luhnCheckDigit(const QString &payload)
{
    for (char16_t c = u'0'; c <= u'9'; ++c)
        if (luhnValid(payload + QChar(c)))
            return QChar(c);
    return QChar(u'?');
}

} // namespace

class TestCard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstCard();
    void knownLuhnExample_data();
    void knownLuhnExample();
    void fromSequence_data();
    void fromSequence();
    void sequencesGiveDistinctCards();
    void singleDigitSubstitutionsAreCaught_data();
    void singleDigitSubstitutionsAreCaught();
    void adjacentTranspositionsAreCaught_data();
    void adjacentTranspositionsAreCaught();
    void malformedCardsAreInvalid_data();
    void malformedCardsAreInvalid();
};

void TestCard::firstCard()
{
    const QString card = CardNumber::fromSequence(1);
    QCOMPARE(card.size(), CardNumber::kLength);
    QCOMPARE(card.size(), 10);
    QVERIFY(card.startsWith(u'8'));
    QCOMPARE(card, u"8000000011"_s); // 8·2 → 16 → 7, 1·2 → 2: sum 9, check digit 1
    QVERIFY(CardNumber::isValid(card));
    QVERIFY(luhnValid(card));
}

void TestCard::knownLuhnExample_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QChar>("check");

    // The worked example of the Luhn algorithm: 7992739871 → 3 (79927398713).
    QTest::newRow("79927398713") << u"7992739871"_s << QChar(u'3');
    QTest::newRow("all zeros") << u"000000000"_s << QChar(u'0');
    QTest::newRow("sequence 2") << u"800000002"_s << QChar(u'9');
    QTest::newRow("sequence 3") << u"800000003"_s << QChar(u'7');
}

void TestCard::knownLuhnExample()
{
    QFETCH(QString, payload);
    QFETCH(QChar, check);

    QCOMPARE(CardNumber::checkDigit(payload), check);
    QCOMPARE(luhnCheckDigit(payload), check);
}

void TestCard::fromSequence_data()
{
    QTest::addColumn<qint64>("sequence");

    for (const qint64 s : {1LL, 2LL, 9LL, 10LL, 42LL, 999LL, 12345678LL, 50000000LL, 99999999LL})
        QTest::newRow(qPrintable(u"sequence %1"_s.arg(s))) << qint64(s);
}

void TestCard::fromSequence()
{
    QFETCH(qint64, sequence);

    const QString card = CardNumber::fromSequence(sequence);
    QCOMPARE(card.size(), CardNumber::kLength);
    QCOMPARE(card.front(), QChar(u'8'));
    QCOMPARE(card.mid(1, 8).toLongLong(), sequence);
    QCOMPARE(card.back(), luhnCheckDigit(card.left(9)));
    QVERIFY(CardNumber::isValid(card));
}

void TestCard::sequencesGiveDistinctCards()
{
    QSet<QString> cards;
    for (qint64 s = 1; s <= 2000; ++s) {
        const QString card = CardNumber::fromSequence(s);
        QVERIFY2(CardNumber::isValid(card), qPrintable(card));
        cards.insert(card);
    }
    QCOMPARE(cards.size(), 2000);
}

void TestCard::singleDigitSubstitutionsAreCaught_data()
{
    QTest::addColumn<QString>("card");

    for (const qint64 s : {1LL, 7LL, 314159LL, 27182818LL, 99999999LL})
        QTest::newRow(qPrintable(CardNumber::fromSequence(s))) << CardNumber::fromSequence(s);
}

void TestCard::singleDigitSubstitutionsAreCaught()
{
    QFETCH(QString, card);
    QVERIFY(CardNumber::isValid(card));

    int tried = 0;
    for (qsizetype pos = 0; pos < card.size(); ++pos) {
        for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
            if (card.at(pos) == QChar(digit))
                continue;
            QString typo = card;
            typo[pos] = QChar(digit);
            ++tried;
            QVERIFY2(!CardNumber::isValid(typo), qPrintable(u"%1 (digit %2 changed) passes as valid"_s.arg(typo).arg(pos + 1)));
        }
    }
    QCOMPARE(tried, 10 * 9);
}

void TestCard::adjacentTranspositionsAreCaught_data()
{
    QTest::addColumn<QString>("card");

    // Cards with many different neighbouring digits, the check digit included.
    for (const qint64 s : {12345678LL, 87654321LL, 13572468LL, 10293847LL, 56473829LL, 1LL})
        QTest::newRow(qPrintable(CardNumber::fromSequence(s))) << CardNumber::fromSequence(s);
}

void TestCard::adjacentTranspositionsAreCaught()
{
    QFETCH(QString, card);
    QVERIFY(CardNumber::isValid(card));

    int tried = 0;
    for (qsizetype pos = 0; pos + 1 < card.size(); ++pos) {
        const QChar a = card.at(pos);
        const QChar b = card.at(pos + 1);
        if (a == b)
            continue;
        // The one swap no Luhn check can see: 09 ↔ 90 (0 and 9 both count 0 and 9 doubled or not).
        if ((a == u'0' && b == u'9') || (a == u'9' && b == u'0'))
            continue;
        QString swapped = card;
        swapped[pos] = b;
        swapped[pos + 1] = a;
        ++tried;
        QVERIFY2(!CardNumber::isValid(swapped),
                 qPrintable(u"%1 (digits %2 and %3 swapped) passes as valid"_s.arg(swapped).arg(pos + 1).arg(pos + 2)));
    }
    QVERIFY(tried > 0);
}

void TestCard::malformedCardsAreInvalid_data()
{
    QTest::addColumn<QString>("card");

    const QString good = CardNumber::fromSequence(42);
    QTest::newRow("empty") << QString();
    QTest::newRow("nine digits") << good.left(9);
    QTest::newRow("eleven digits") << good + u'0';
    QTest::newRow("letter for a digit") << QString(good).replace(3, 1, u'a');
    QTest::newRow("space inside") << good.left(5) + u' ' + good.mid(5, 4);
    QTest::newRow("full-width digits") << u"８０００００００１１"_s;
    QTest::newRow("eleven-digit phone") << u"13800138000"_s;
}

void TestCard::malformedCardsAreInvalid()
{
    QFETCH(QString, card);

    QVERIFY(!CardNumber::isValid(card));
}

QTEST_GUILESS_MAIN(TestCard)
#include "test_card.moc"
