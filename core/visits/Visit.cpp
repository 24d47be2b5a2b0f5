#include "visits/Visit.h"

#include "common/Money.h"

#include <QRandomGenerator>
#include <QUuid>

namespace loyalty {

QString newVisitUuid(const QDateTime &at)
{
    const quint64 ms = quint64(at.toMSecsSinceEpoch());
    quint8 bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::global()->fillRange(random, 3); // unique, not secret: no system call per visit
    for (int i = 6; i < 16; ++i)
        bytes[i] = quint8(random[(i - 6) / 4] >> (8 * ((i - 6) % 4)));
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16)).toString(QUuid::WithoutBraces);
}

Status VisitLine::validate(const VisitLine &l)
{
    if (l.category.trimmed().isEmpty())
        return Error::invalid(tr("Each item needs a category."), QStringLiteral("items"));
    if (l.category.size() > 40 || l.description.size() > 200)
        return Error::invalid(tr("An item's category is at most 40 characters and its description 200."), QStringLiteral("items"));
    if (l.quantity < 1 || l.quantity > 10000)
        return Error::invalid(tr("An item's quantity is a whole number from 1 to 10,000."), QStringLiteral("items"));
    if (l.unitPriceCents < 0 || l.unitPriceCents > Money::kMaxCents)
        return Error::invalid(tr("An item's price is from 0 to %1.").arg(Money(Money::kMaxCents).toPlainString()), QStringLiteral("items"));
    if (l.totalCents() > Money::kMaxCents)
        return Error::invalid(tr("An item's total is at most %1.").arg(Money(Money::kMaxCents).toPlainString()), QStringLiteral("items"));
    return {};
}

Result<VisitLine> VisitLine::parse(const QString &text)
{
    // The description may itself hold colons: category is the first field, quantity and price the
    // last two.
    const QStringList parts = text.split(u':');
    if (parts.size() < 4)
        return Error::invalid(tr("An item is category:description:quantity:unit price, e.g. coffee:Latte:2:28.00 — not “%1”.")
                                  .arg(text.left(60)),
                              QStringLiteral("items"));
    VisitLine l;
    l.category = parts.first().trimmed();
    l.description = parts.mid(1, parts.size() - 3).join(u':').trimmed();
    bool ok = false;
    l.quantity = parts.at(parts.size() - 2).trimmed().toLongLong(&ok);
    if (!ok)
        return Error::invalid(tr("“%1” is not a quantity: use a whole number.").arg(parts.at(parts.size() - 2).left(20)), QStringLiteral("items"));
    auto price = Money::parse(parts.last());
    if (!price)
        return Error::invalid(tr("Item price: %1").arg(price.error().message), QStringLiteral("items"));
    l.unitPriceCents = price->cents();
    if (Status s = validate(l); !s)
        return s.error();
    return l;
}

QString VisitLine::toString() const
{
    return QStringLiteral("%1:%2:%3:%4").arg(category, description).arg(quantity).arg(Money(unitPriceCents).toPlainString());
}

} // namespace loyalty
