#include "common/Money.h"

namespace loyalty {

Result<Money> Money::parse(const QString &input, qint64 maxCents)
{
    QString text = input.trimmed();
    // Full-width digits and point, as a Chinese input method types them.
    for (QChar &c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == u'\uFF0E' || c == u'\u3002')
            c = u'.';
        else if (c == u'\uFF0C')
            c = u',';
    }
    if (text.isEmpty())
        return Error::invalid(tr("Enter an amount."));
    if (text.startsWith(u'-') || text.startsWith(u'\u2212'))
        return Error::invalid(tr("An amount cannot be negative."));

    const qsizetype dot = text.indexOf(u'.');
    QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);

    const auto notAnAmount = [&input] {
        return Error::invalid(tr("“%1” is not an amount: use digits and a decimal point, e.g. 12.50.")
                                  .arg(input.trimmed().left(40)));
    };

    // Grouping commas: "1,234,567" — groups of three after the first.
    if (whole.contains(u',')) {
        const QStringList groups = whole.split(u',');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype len = groups.at(i).size();
            if ((i == 0 && (len < 1 || len > 3)) || (i > 0 && len != 3))
                return notAnAmount();
        }
        whole.remove(u',');
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return notAnAmount();
    for (const QChar c : std::as_const(whole))
        if (c < u'0' || c > u'9')
            return notAnAmount();
    for (const QChar c : fraction)
        if (c < u'0' || c > u'9')
            return notAnAmount();
    if (dot >= 0 && fraction.isEmpty() && whole.isEmpty())
        return notAnAmount();
    if (fraction.size() > 2)
        return Error::invalid(tr("An amount has at most two decimals (cents)."));

    // Strip leading zeros so the length check below is about magnitude only.
    qsizetype firstNonZero = 0;
    while (firstNonZero < whole.size() - 1 && whole.at(firstNonZero) == u'0')
        ++firstNonZero;
    whole = whole.mid(firstNonZero);
    const auto tooLarge = [maxCents] {
        return Error::invalid(tr("That amount is too large: at most %1.").arg(Money(maxCents).toPlainString()));
    };
    if (whole.size() > 15)
        return tooLarge();

    qint64 cents = whole.isEmpty() ? 0 : whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    if (cents > maxCents)
        return tooLarge();
    return Money(cents);
}

QString Money::toPlainString() const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    return QString::asprintf("%s%lld.%02lld", m_cents < 0 ? "-" : "", abs / 100, abs % 100);
}

QString Money::currencySymbol(const QString &currency)
{
    const QString code = currency.toUpper();
    if (code == u"CNY" || code == u"JPY")
        return QStringLiteral("¥");
    if (code == u"TWD")
        return QStringLiteral("NT$");
    if (code == u"HKD")
        return QStringLiteral("HK$");
    if (code == u"MOP")
        return QStringLiteral("MOP$");
    if (code == u"SGD")
        return QStringLiteral("S$");
    if (code == u"USD")
        return QStringLiteral("$");
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"GBP")
        return QStringLiteral("£");
    return code + u' ';
}

QString Money::format(const QString &currency) const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    QString whole = QString::number(abs / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + currencySymbol(currency) + whole
           + QString::asprintf(".%02lld", abs % 100);
}

} // namespace loyalty
