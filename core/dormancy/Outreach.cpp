#include "dormancy/Outreach.h"

#include <QCoreApplication>

namespace loyalty {

namespace {
constexpr Channel kChannels[] = {Channel::Call, Channel::Message, Channel::InPerson, Channel::Coupon};
constexpr Outcome kOutcomes[] = {Outcome::None,       Outcome::Reached,       Outcome::NoAnswer, Outcome::LeftMessage,
                                 Outcome::WillReturn, Outcome::NotInterested, Outcome::MovedAway};
} // namespace

QString toString(Channel c)
{
    switch (c) {
    case Channel::Call:
        return QStringLiteral("call");
    case Channel::Message:
        return QStringLiteral("message");
    case Channel::InPerson:
        return QStringLiteral("in_person");
    case Channel::Coupon:
        return QStringLiteral("coupon");
    }
    return {};
}

QString displayName(Channel c)
{
    switch (c) {
    case Channel::Call:
        return QCoreApplication::translate("Outreach", "Call");
    case Channel::Message:
        return QCoreApplication::translate("Outreach", "Message");
    case Channel::InPerson:
        return QCoreApplication::translate("Outreach", "In person");
    case Channel::Coupon:
        return QCoreApplication::translate("Outreach", "Coupon");
    }
    return {};
}

std::optional<Channel> channelFromString(const QString &text)
{
    for (Channel c : kChannels)
        if (toString(c) == text)
            return c;
    return std::nullopt;
}

QString toString(Outcome o)
{
    switch (o) {
    case Outcome::None:
        return {};
    case Outcome::Reached:
        return QStringLiteral("reached");
    case Outcome::NoAnswer:
        return QStringLiteral("no_answer");
    case Outcome::LeftMessage:
        return QStringLiteral("left_message");
    case Outcome::WillReturn:
        return QStringLiteral("will_return");
    case Outcome::NotInterested:
        return QStringLiteral("not_interested");
    case Outcome::MovedAway:
        return QStringLiteral("moved_away");
    }
    return {};
}

QString displayName(Outcome o)
{
    switch (o) {
    case Outcome::None:
        return {};
    case Outcome::Reached:
        return QCoreApplication::translate("Outreach", "Reached");
    case Outcome::NoAnswer:
        return QCoreApplication::translate("Outreach", "No answer");
    case Outcome::LeftMessage:
        return QCoreApplication::translate("Outreach", "Left a message");
    case Outcome::WillReturn:
        return QCoreApplication::translate("Outreach", "Will come back");
    case Outcome::NotInterested:
        return QCoreApplication::translate("Outreach", "Not interested");
    case Outcome::MovedAway:
        return QCoreApplication::translate("Outreach", "Moved away");
    }
    return {};
}

std::optional<Outcome> outcomeFromString(const QString &text)
{
    for (Outcome o : kOutcomes)
        if (toString(o) == text)
            return o;
    return std::nullopt;
}

QList<Outcome> allOutcomes()
{
    return {std::begin(kOutcomes) + 1, std::end(kOutcomes)};
}

QString Contact::summary() const
{
    const QString day = at.date().toString(Qt::ISODate);
    QString text;
    switch (channel) {
    case Channel::Call:
        text = QCoreApplication::translate("Outreach", "Called on %1").arg(day);
        break;
    case Channel::Message:
        text = QCoreApplication::translate("Outreach", "Messaged on %1").arg(day);
        break;
    case Channel::InPerson:
        text = QCoreApplication::translate("Outreach", "Spoke in person on %1").arg(day);
        break;
    case Channel::Coupon:
        text = QCoreApplication::translate("Outreach", "Sent a coupon on %1").arg(day);
        break;
    }
    if (outcome != Outcome::None)
        text = QCoreApplication::translate("Outreach", "%1: %2").arg(text, displayName(outcome));
    return text;
}

} // namespace loyalty
