#pragma once

#include "members/Member.h"
#include "members/MemberProfile.h"
#include "operators/Operator.h"
#include "tiers/Tier.h"

#include <QJsonArray>
#include <QJsonObject>

namespace loyalty::cli {

// The JSON shapes of SPEC §7. Phones are masked for cashiers (SPEC §8.7).
QJsonObject memberJson(const Member &member, const TierLadder &tiers, const Operator &op, const QString &referrerCard = {});
QJsonObject profileJson(const MemberProfile &profile, const TierLadder &tiers, const Operator &op, const QString &referrerCard = {});

QJsonArray itemsJson(const QList<VisitLine> &items);

// Human-readable forms of the same.
QString memberLine(const Member &member, const TierLadder &tiers, const Operator &op);
// The text padded with spaces to `width` terminal columns (common/TextWidth: a Chinese character
// takes two; at least one space), on the right or, for numbers, on the left.
QString padded(const QString &text, int width, bool right = false);
QString profileText(const MemberProfile &profile, const QString &currency, const Operator &op);

} // namespace loyalty::cli
