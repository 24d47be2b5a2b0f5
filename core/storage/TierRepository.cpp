#include "storage/TierRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

Result<TierLadder> TierRepository::ladder() const
{
    if (const auto *cached = m_db.cached<TierLadder>(QStringLiteral("tiers")))
        return *cached;
    auto q = exec(m_db.connection(), QStringLiteral("SELECT level, name, threshold_cents, earn_percent, perks, color FROM tiers ORDER BY level"));
    if (!q)
        return q.error();
    QList<Tier> tiers;
    while (q->next())
        tiers << Tier{q->value(0).toInt(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toInt(),
                      q->value(4).toString(), q->value(5).toString()};
    m_db.putCached(QStringLiteral("tiers"), TierLadder(tiers));
    return TierLadder(tiers);
}

} // namespace loyalty
