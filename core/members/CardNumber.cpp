#include "members/CardNumber.h"

namespace loyalty {

QChar CardNumber::checkDigit(const QString &payload)
{
    int sum = 0;
    bool doubleIt = true; // the rightmost payload digit is doubled, since the check digit follows it
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        int d = payload.at(i).unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

QString CardNumber::fromSequence(qint64 sequence)
{
    const QString payload = u'8' + QString::number(sequence).rightJustified(kLength - 2, u'0');
    return payload + checkDigit(payload);
}

bool CardNumber::isValid(const QString &card)
{
    if (card.size() != kLength || card.front() != u'8')
        return false;
    for (const QChar c : card)
        if (c < u'0' || c > u'9')
            return false;
    return checkDigit(card.left(kLength - 1)) == card.back();
}

} // namespace loyalty
