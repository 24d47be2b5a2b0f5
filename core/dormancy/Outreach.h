#pragma once

#include "rules/MemberState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace loyalty {

// A try to bring a member back (SPEC §3.5): a call, a message, a word in person, or a coupon sent
// while they were away. Logged with the state the member was in, so the win-back report can count
// the ones made while at risk or dormant.
enum class Channel { Call, Message, InPerson, Coupon };
QString toString(Channel c);                         // "call", "message", "in_person", "coupon"
QString displayName(Channel c);                      // translated
std::optional<Channel> channelFromString(const QString &text);

// How a contact went. None: not said.
enum class Outcome { None, Reached, NoAnswer, LeftMessage, WillReturn, NotInterested, MovedAway };
QString toString(Outcome o);                         // "", "reached", "no_answer", "left_message", …
QString displayName(Outcome o);                      // translated; "" for None
std::optional<Outcome> outcomeFromString(const QString &text);
QList<Outcome> allOutcomes();                        // None excluded

struct Contact {
    qint64 id = 0;
    qint64 memberId = 0;
    QDateTime at;
    Channel channel = Channel::Call;
    Outcome outcome = Outcome::None;
    QString note;
    MemberState state = MemberState::Active;         // the member's state when contacted
    std::optional<qint64> couponId;
    QString op;

    // "Called on 2026-03-02: no answer" — for the alert list and the member page.
    QString summary() const;
};

} // namespace loyalty
