#include "CliJson.h"

#include "common/TextWidth.h"
#include "coupons/CouponCode.h"
#include "dormancy/DormancyService.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "members/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace loyalty::cli {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString shownPhone(const QString &phone, const Operator &op)
{
    return op.isOwner() ? phone : PhoneNumber::masked(phone);
}

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

} // namespace

Result<qint64> wholeNumber(const QString &text, const QString &option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok)
        return Error::invalid(CliText::tr("%1 takes a whole number, not “%2”.").arg(option, text.left(40)));
    if (n < min || n > max)
        return Error::invalid(CliText::tr("%1 must be between %2 and %3.").arg(option).arg(min).arg(max));
    return n;
}

Result<QList<MemberState>> statesFrom(const QString &text, const QString &option)
{
    QList<MemberState> states;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto st = memberStateFromString(part.trimmed());
        if (!st)
            return Error::invalid(CliText::tr("%1 takes states among new, active, at_risk, dormant and lost, not “%2”.")
                                      .arg(option, part.trimmed().left(40)));
        if (!states.contains(*st))
            states << *st;
    }
    if (states.isEmpty())
        return Error::invalid(CliText::tr("%1 needs at least one state.").arg(option));
    return states;
}

QJsonValue percentJson(qint64 basisPoints)
{
    return double(basisPoints) / 100;
}

QString percentText(qint64 basisPoints)
{
    return QStringLiteral("%1.%2%").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QChar(u'0'));
}

QJsonValue contactJson(const std::optional<Contact> &c)
{
    if (!c)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("at"), toStorage(c->at)},
                       {QStringLiteral("channel"), toString(c->channel)},
                       {QStringLiteral("outcome"), toString(c->outcome)},
                       {QStringLiteral("note"), c->note},
                       {QStringLiteral("state"), toString(c->state)}};
}

QJsonArray itemsJson(const QList<VisitLine> &items)
{
    QJsonArray out;
    for (const VisitLine &l : items)
        out.append(QJsonObject{{QStringLiteral("category"), l.category},
                               {QStringLiteral("description"), l.description},
                               {QStringLiteral("quantity"), l.quantity},
                               {QStringLiteral("unit_price_cents"), l.unitPriceCents}});
    return out;
}

QJsonObject memberJson(const Member &m, const TierLadder &tiers, const Operator &op, const QString &referrerCard)
{
    return {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("card"), m.card},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("phone"), textOrNull(shownPhone(m.phone, op))},
        {QStringLiteral("gender"), toString(m.gender)},
        {QStringLiteral("birthday"), textOrNull(m.birthday.toStorage())},
        {QStringLiteral("email"), m.email},
        {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)},
        {QStringLiteral("note"), m.note},
        {QStringLiteral("consent"), m.consent},
        {QStringLiteral("referrer"), textOrNull(referrerCard)},
        {QStringLiteral("joined"), m.joinedAt.date().toString(Qt::ISODate)},
        {QStringLiteral("status"), toString(m.status)},
        {QStringLiteral("tier"), tiers.at(m.tierLevel).name},
        {QStringLiteral("tier_level"), m.tierLevel},
        {QStringLiteral("points"), m.points},
    };
}

QJsonObject profileJson(const MemberProfile &p, const TierLadder &tiers, const Operator &op, const QString &referrerCard)
{
    QJsonObject o = memberJson(p.member, tiers, op, referrerCard);
    o.insert(QStringLiteral("spend_12m_cents"), p.spend12mCents);
    o.insert(QStringLiteral("tier_since"), p.member.tierSince.isValid() ? QJsonValue(toStorage(p.member.tierSince)) : QJsonValue());
    o.insert(QStringLiteral("tier_kept_until"), p.tierKeptUntil.isValid() ? QJsonValue(toStorage(p.tierKeptUntil)) : QJsonValue());
    o.insert(QStringLiteral("visits"), p.visits);
    o.insert(QStringLiteral("last_visit"), p.lastVisitAt ? QJsonValue(toStorage(*p.lastVisitAt)) : QJsonValue());
    o.insert(QStringLiteral("state"), toString(p.state.state));
    o.insert(QStringLiteral("typical_gap_days"), p.typicalGapDays ? QJsonValue(*p.typicalGapDays) : QJsonValue());
    o.insert(QStringLiteral("expected_gap_days"), p.state.expectedGapDays);
    o.insert(QStringLiteral("days_absent"), p.state.daysAbsent);
    o.insert(QStringLiteral("snoozed_until"), p.snoozedUntil.isValid() ? QJsonValue(toStorage(p.snoozedUntil)) : QJsonValue());
    o.insert(QStringLiteral("last_contact"), contactJson(p.lastContact));
    QJsonArray expiring;
    for (const PointsExpiring &e : p.pointsExpiring)
        expiring.append(QJsonObject{{QStringLiteral("points"), e.points}, {QStringLiteral("on"), e.on.toString(Qt::ISODate)}});
    o.insert(QStringLiteral("points_expiring"), expiring);
    o.insert(QStringLiteral("next_tier"), p.nextTier ? QJsonValue(p.nextTier->name) : QJsonValue());
    o.insert(QStringLiteral("to_next_tier_cents"), p.nextTier ? QJsonValue(p.toNextTierCents) : QJsonValue());
    o.insert(QStringLiteral("last_items"), itemsJson(p.lastItems));
    QJsonArray coupons;
    for (const Coupon &c : p.coupons)
        coupons.append(QJsonObject{{QStringLiteral("code"), c.code},
                                   {QStringLiteral("name"), c.templateName},
                                   {QStringLiteral("valid_until"), toStorage(c.validUntil)}});
    o.insert(QStringLiteral("coupons"), coupons);
    return o;
}

QString memberLine(const Member &m, const TierLadder &tiers, const Operator &op)
{
    QString line = QStringLiteral("%1  %2  %3").arg(m.card, m.name.isEmpty() ? QStringLiteral("—") : m.name,
                                                    m.phone.isEmpty() ? QStringLiteral("—") : shownPhone(m.phone, op));
    line += QStringLiteral("  %1  ").arg(tiers.at(m.tierLevel).name) + CliText::tr("%n point(s)", nullptr, int(std::min<qint64>(m.points, INT_MAX)));
    if (m.status != MemberStatus::Active)
        line += QStringLiteral("  [%1]").arg(m.status == MemberStatus::Archived ? CliText::tr("archived") : CliText::tr("erased"));
    return line;
}

QString padded(const QString &text, int width, bool right)
{
    const QString fill(std::max(1, width - displayColumns(text)), u' ');
    return right ? fill + text : text + fill;
}

QString profileText(const MemberProfile &p, const QString &currency, const Operator &op)
{
    const Member &m = p.member;
    QStringList lines;
    lines << QStringLiteral("%1  (%2 %3)").arg(m.displayName(), CliText::tr("card"), m.card);
    // Labels padded to the same width on a terminal, where a Chinese character takes two columns.
    const auto row = [&lines](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        lines << QStringLiteral("  ") + padded(label, 18) + value;
    };
    row(CliText::tr("Phone"), m.phone.isEmpty() ? QString() : PhoneNumber::display(shownPhone(m.phone, op)));
    row(CliText::tr("Birthday"), m.birthday.toStorage());
    row(CliText::tr("Email"), m.email);
    row(CliText::tr("Tier"), p.tierKeptUntil.isValid()
                                 ? CliText::tr("%1 since %2, kept at least until %3")
                                       .arg(p.tier.name, p.member.tierSince.toString(Qt::ISODate), p.tierKeptUntil.toString(Qt::ISODate))
                                 : p.tier.name);
    row(CliText::tr("Points"), QString::number(m.points));
    row(CliText::tr("Spend (12 months)"), Money(p.spend12mCents).format(currency));
    row(CliText::tr("Next tier"), p.tierProgress(currency));
    row(CliText::tr("Visits"), QString::number(p.visits));
    if (p.lastVisitAt) {
        QStringList items;
        for (const VisitLine &l : p.lastItems)
            items << QStringLiteral("%1 ×%2").arg(l.description.isEmpty() ? l.category : l.description).arg(l.quantity);
        row(CliText::tr("Last visit"), p.lastVisitAt->toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                           + (items.isEmpty() ? QString() : QStringLiteral(" — ") + items.join(QStringLiteral(", "))));
    }
    for (const Coupon &c : p.coupons)
        row(CliText::tr("Coupon"), CliText::tr("%1 — %2, valid through %3").arg(CouponCode::display(c.code), c.templateName,
                                                                              c.validUntil.toString(Qt::ISODate)));
    for (const PointsExpiring &e : p.pointsExpiring)
        row(CliText::tr("Expiring"), CliText::tr("%1 points on %2").arg(e.points).arg(e.on.toString(Qt::ISODate)));
    row(CliText::tr("State"), displayName(p.state.state));
    row(CliText::tr("Days absent"), DormancyService::absenceText(p.state.daysAbsent, p.state.expectedGapDays, p.typicalGapDays.has_value()));
    if (p.snoozedUntil.isValid())
        row(CliText::tr("Alert snoozed"), CliText::tr("until %1").arg(p.snoozedUntil.toString(Qt::ISODate)));
    if (p.lastContact)
        row(CliText::tr("Last contact"), p.lastContact->summary() + (p.lastContact->note.isEmpty() ? QString() : QStringLiteral(" — ") + p.lastContact->note));
    row(CliText::tr("Joined"), m.joinedAt.date().toString(Qt::ISODate));
    row(CliText::tr("Tags"), m.tags.join(QStringLiteral(", ")));
    row(CliText::tr("Note"), m.note);
    if (m.status != MemberStatus::Active)
        row(CliText::tr("Status"), m.status == MemberStatus::Archived ? CliText::tr("archived") : CliText::tr("erased"));
    return lines.join(u'\n');
}

} // namespace loyalty::cli
