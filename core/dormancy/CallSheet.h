#pragma once

#include "common/Result.h"
#include "dormancy/DormancyService.h"
#include "operators/Operator.h"
#include "tiers/Tier.h"

#include <functional>

class QIODevice;

namespace loyalty {

class Database;

// The alert list as a call sheet (SPEC §6 "alerts (a call list)"): one row per member, most
// valuable first, with what to say — their usual rhythm, how long they have been away, what they
// bought last — and room for the outcome. Columns:
//   card,name,phone,tier,state,typical_gap_days,expected_gap_days,days_absent,last_visit,last_items,
//   spend_12m,last_contact,snoozed_until
class CallSheet {
public:
    static QStringList columns();
    // Writes `alerts` to `out`. `progress` is told the rows written so far and returns false to stop
    // (the rows written stay; the caller drops the file). The number of rows written.
    static Result<qint64> write(Database &db, const QList<Alert> &alerts, const TierLadder &tiers, QIODevice &out, bool byteOrderMark,
                                const std::function<bool(qint64)> &progress = {});
    // The export (owner only, SPEC §8.7): written to `path` whole or not at all (a cancelled or
    // failed export leaves no file), and audited. The number of rows; std::nullopt when cancelled.
    static Result<std::optional<qint64>> exportTo(Database &db, const Operator &op, const QList<Alert> &alerts, const QString &path,
                                                  bool byteOrderMark, const std::function<bool(qint64)> &progress = {});
};

} // namespace loyalty
