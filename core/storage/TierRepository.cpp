#include "storage/TierRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

Result<TierLadder> TierRepository::ladder() const
{
    if (const auto *cached = m_db.cached<TierLadder>(QStringLiteral("tiers")))
        return *cached;
    auto q = exec(m_db.connection(),
                  QStringLiteral("SELECT level, name, threshold_cents, earn_percent, perks, color, target_percent FROM tiers ORDER BY level"));
    if (!q)
        return q.error();
    QList<Tier> tiers;
    while (q->next())
        tiers << Tier{q->value(0).toInt(),       q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toInt(),
                      q->value(4).toString(),    q->value(5).toString(), q->value(6).toInt()};
    m_db.putCached(QStringLiteral("tiers"), TierLadder(tiers));
    return TierLadder(tiers);
}

Status TierRepository::save(const TierLadder &ladder)
{
    for (const Tier &t : ladder.tiers()) {
        auto q = m_db.execCached(QStringLiteral("INSERT INTO tiers(level, name, threshold_cents, earn_percent, perks, color, target_percent) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(level) DO UPDATE SET name = excluded.name, "
                                                "threshold_cents = excluded.threshold_cents, earn_percent = excluded.earn_percent, "
                                                "perks = excluded.perks, color = excluded.color, target_percent = excluded.target_percent"),
                                 {t.level, t.name.trimmed(), t.thresholdCents, t.earnPercent, t.perks, t.color, t.targetPercent});
        if (!q)
            return q.error();
    }
    if (auto q = m_db.execCached(QStringLiteral("DELETE FROM tiers WHERE level >= ?"), {int(ladder.size())}); !q)
        return q.error();
    m_db.invalidateCaches();
    return {};
}

Result<QList<TierStore::Standing>> TierRepository::standings(const QDate &first, const QDate &last) const
{
    // The window's visits in one pass by day, added up here: a GROUP BY would sort a year of
    // visits (2 s at 2,000,000 visits against 0.6 s this way).
    auto visits = exec(m_db.connection(),
                       QStringLiteral("SELECT member_id, eligible_cents FROM visits WHERE day >= ? AND day <= ? AND voided_at IS NULL"),
                       {toStorage(first), toStorage(last)});
    if (!visits)
        return visits.error();
    QHash<qint64, qint64> spend;
    while (visits->next())
        spend[visits->value(0).toLongLong()] += visits->value(1).toLongLong();
    auto members = exec(m_db.connection(),
                        QStringLiteral("SELECT id, tier_level, tier_since, status = 'active' FROM members WHERE status <> 'erased' ORDER BY id"));
    if (!members)
        return members.error();
    QList<Standing> out;
    while (members->next()) {
        const qint64 id = members->value(0).toLongLong();
        out << Standing{id, members->value(1).toInt(), dateFromStorage(members->value(2).toString()), spend.value(id),
                        members->value(3).toBool()};
    }
    return out;
}

Status TierRepository::setTier(qint64 memberId, int level, const QDate &since)
{
    if (auto q = m_db.execCached(QStringLiteral("UPDATE members SET tier_level = ?, tier_since = ? WHERE id = ?"),
                                 {level, toStorage(since), memberId});
        !q)
        return q.error();
    return {};
}

Result<QHash<int, qint64>> TierRepository::membersByLevel() const
{
    auto q = m_db.execCached(QStringLiteral("SELECT tier_level, count(*) FROM members WHERE status = 'active' GROUP BY tier_level"));
    if (!q)
        return q.error();
    QHash<int, qint64> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toInt(), (*q)->value(1).toLongLong());
    (*q)->finish();
    return out;
}

Result<QDate> TierRepository::firstJoined() const
{
    auto joined = m_db.value(QStringLiteral("SELECT min(joined_at) FROM members"));
    if (!joined)
        return joined.error();
    return dateFromStorage(joined->toString());
}

} // namespace loyalty
