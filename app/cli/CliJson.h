#pragma once

#include "members/Member.h"
#include "common/Result.h"
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
// A contact made to bring a member back (null when none).
QJsonValue contactJson(const std::optional<Contact> &contact);

// Values typed on the command line, or why not (exit 1, SPEC §7).
Result<qint64> wholeNumber(const QString &text, const QString &option, qint64 min, qint64 max);
// "at_risk,dormant": member states (SPEC §3.5).
Result<QList<MemberState>> statesFrom(const QString &text, const QString &option);

// A share in hundredths of a percent (common/Share.h) as a JSON number with two decimals (a ratio,
// not money or points), and as text ("12.34%").
QJsonValue percentJson(qint64 basisPoints);
QString percentText(qint64 basisPoints);

// Human-readable forms of the same.
QString memberLine(const Member &member, const TierLadder &tiers, const Operator &op);
// The text padded with spaces to `width` terminal columns (common/TextWidth: a Chinese character
// takes two; at least one space), on the right or, for numbers, on the left.
QString padded(const QString &text, int width, bool right = false);
QString profileText(const MemberProfile &profile, const QString &currency, const Operator &op);

} // namespace loyalty::cli
