#include "coupons/CouponCode.h"

#include <QRandomGenerator>

namespace loyalty {

namespace {

constexpr int kBase = 32;

int valueOf(QChar c)
{
    const char *symbols = CouponCode::alphabet();
    for (int i = 0; i < kBase; ++i)
        if (c == QLatin1Char(symbols[i]))
            return i;
    return -1;
}

// Luhn mod N over the symbols' values, from the right; `withCheck`: the last symbol is the check.
int luhnSum(const QString &symbols, bool withCheck)
{
    int factor = withCheck ? 1 : 2;
    int sum = 0;
    for (qsizetype i = symbols.size() - 1; i >= 0; --i) {
        int addend = factor * valueOf(symbols.at(i));
        factor = factor == 2 ? 1 : 2;
        addend = addend / kBase + addend % kBase;
        sum += addend;
    }
    return sum % kBase;
}

} // namespace

QChar CouponCode::checkSymbol(const QString &data)
{
    return QLatin1Char(alphabet()[(kBase - luhnSum(data, false)) % kBase]);
}

QString CouponCode::generate()
{
    // 60 bits: twelve symbols of five bits each.
    const quint64 bits = QRandomGenerator::system()->generate64();
    QString data;
    data.reserve(kLength);
    for (int i = 0; i < kDataSymbols; ++i)
        data += QLatin1Char(alphabet()[(bits >> (5 * i)) & 31]);
    return data + checkSymbol(data);
}

CouponCode::Parsed CouponCode::parse(const QString &input)
{
    QString code;
    code.reserve(kLength);
    for (QChar c : input) {
        if (c == u'-' || c.isSpace())
            continue;
        c = c.toUpper();
        if (c == u'I' || c == u'L')
            c = u'1';
        else if (c == u'O')
            c = u'0';
        if (valueOf(c) < 0)
            return {Reading::NotACode, {}};
        code += c;
        if (code.size() > kLength)
            return {Reading::NotACode, {}};
    }
    if (code.size() != kLength)
        return {Reading::NotACode, {}};
    if (luhnSum(code, true) != 0)
        return {Reading::Typo, code};
    return {Reading::Ok, code};
}

QString CouponCode::display(const QString &canonical)
{
    QString out;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u'-';
        out += canonical.at(i);
    }
    return out;
}

} // namespace loyalty
