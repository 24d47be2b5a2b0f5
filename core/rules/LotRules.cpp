#include "rules/LotRules.h"

#include <algorithm>

namespace loyalty {

DebitPlan LotRules::debit(const QList<OpenLot> &open, qint64 points, std::optional<qint64> firstLotId)
{
    QList<OpenLot> order = open;
    if (firstLotId) {
        auto own = std::find_if(order.begin(), order.end(), [&](const OpenLot &l) { return l.id == *firstLotId; });
        if (own != order.end())
            std::rotate(order.begin(), own, own + 1);
    }
    DebitPlan plan;
    qint64 left = std::max<qint64>(0, points);
    for (const OpenLot &lot : std::as_const(order)) {
        if (left == 0)
            break;
        const qint64 take = std::min(left, lot.remaining);
        if (take <= 0)
            continue;
        plan.takes << LotTake{lot.id, take, lot.remaining - take};
        left -= take;
    }
    plan.uncovered = left;
    return plan;
}

CreditPlan LotRules::credit(qint64 points, qint64 debt)
{
    CreditPlan plan;
    plan.paysDebt = std::clamp<qint64>(debt, 0, std::max<qint64>(0, points));
    plan.lotRemaining = points - plan.paysDebt;
    plan.debtAfter = debt - plan.paysDebt;
    return plan;
}

} // namespace loyalty
