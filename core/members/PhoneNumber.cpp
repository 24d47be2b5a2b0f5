#include "members/PhoneNumber.h"

namespace loyalty {

Result<QString> PhoneNumber::normalise(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(tr("Enter a phone number."), QStringLiteral("phone"));

    QString digits;
    digits.reserve(text.size());
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) { // full-width digits from a CJK IME
            digits.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'\u2013'
                   || c == u'\uFF0D') {
            continue;
        } else {
            return Error::invalid(tr("A phone number contains only digits (spaces, dashes and +86 are fine)."),
                                  QStringLiteral("phone"));
        }
    }

    bool international = plus;
    const auto dropChinaCode = [&digits](qsizetype prefixLength) {
        digits.remove(0, prefixLength);
        // Without the country code a landline loses its trunk 0 (+86 10 … is 010 …): put it back so
        // both spellings are the same number. Mobiles (1 and 3–9) stay as they are.
        const bool mobile = digits.size() >= 2 && digits.startsWith(u'1') && digits.at(1) >= u'3';
        if (!digits.isEmpty() && !mobile)
            digits.prepend(u'0');
    };
    if (plus && digits.startsWith(u"86")) {
        dropChinaCode(2);
        international = false;
    } else if (!plus && digits.startsWith(u"0086")) {
        dropChinaCode(4);
    } else if (!plus && digits.startsWith(u"00")) {
        digits.remove(0, 2); // another country's international prefix: keep the country code
        international = true;
    }

    if (digits.size() < kMinDigits)
        return Error::invalid(tr("A phone number needs at least %1 digits.").arg(kMinDigits), QStringLiteral("phone"));
    if (digits.size() > kMaxDigits)
        return Error::invalid(tr("A phone number has at most %1 digits.").arg(kMaxDigits), QStringLiteral("phone"));
    if (!international && digits.startsWith(u'1') && digits.size() != 11)
        return Error::invalid(tr("A mobile number starting with 1 has 11 digits; this one has %1.").arg(digits.size()),
                              QStringLiteral("phone"));
    return digits;
}

QString PhoneNumber::masked(const QString &n)
{
    if (n.size() < 7)
        return QString(n.size(), u'*');
    const qsizetype head = n.size() >= 11 ? 3 : 2;
    return n.left(head) + QString(n.size() - head - 4, u'*') + n.right(4);
}

QString PhoneNumber::display(const QString &n)
{
    if (n.size() == 11 && n.startsWith(u'1'))
        return n.left(3) + u' ' + n.mid(3, 4) + u' ' + n.right(4);
    return n;
}

} // namespace loyalty
