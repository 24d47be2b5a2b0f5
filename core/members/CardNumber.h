#pragma once

#include <QString>
#include <QtGlobal>

namespace loyalty {

// Member card numbers: ten digits, "8" + an eight-digit sequence + a Luhn check digit, so a
// mistyped or misread card is caught and a card can never be mistaken for an 11-digit phone.
class CardNumber {
public:
    static constexpr int kLength = 10;

    static QString fromSequence(qint64 sequence);   // sequence 1 … 99,999,999
    static bool isValid(const QString &card);       // shape and check digit
    static QChar checkDigit(const QString &payload); // Luhn over ASCII digits
};

} // namespace loyalty
