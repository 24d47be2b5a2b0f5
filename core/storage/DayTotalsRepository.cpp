#include "storage/DayTotalsRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

namespace {
const QString kColumns = QStringLiteral(
    "day, visits, amount_cents, revenue_cents, points_earned, points_redeemed, points_expired, points_adjusted, points_reversed, new_members");

// What the table holds, counted from the rows.
const QString kCounted = QStringLiteral(R"(
    SELECT day, sum(visits) AS visits, sum(amount_cents) AS amount_cents, sum(revenue_cents) AS revenue_cents,
           sum(points_earned) AS points_earned, sum(points_redeemed) AS points_redeemed, sum(points_expired) AS points_expired,
           sum(points_adjusted) AS points_adjusted, sum(points_reversed) AS points_reversed, sum(new_members) AS new_members FROM (
        SELECT day, count(*) AS visits, sum(amount_cents) AS amount_cents, sum(eligible_cents) AS revenue_cents, 0 AS points_earned,
               0 AS points_redeemed, 0 AS points_expired, 0 AS points_adjusted, 0 AS points_reversed, 0 AS new_members
            FROM visits WHERE voided_at IS NULL GROUP BY day
        UNION ALL
        SELECT substr(at, 1, 10), 0, 0, 0, sum(CASE WHEN kind IN ('earn', 'bonus') THEN points ELSE 0 END),
               sum(CASE WHEN kind = 'redeem' THEN -points ELSE 0 END), sum(CASE WHEN kind = 'expire' THEN -points ELSE 0 END),
               sum(CASE WHEN kind = 'adjust' THEN points ELSE 0 END), sum(CASE WHEN kind = 'reverse' THEN points ELSE 0 END), 0
            FROM ledger GROUP BY substr(at, 1, 10)
        UNION ALL
        SELECT substr(joined_at, 1, 10), 0, 0, 0, 0, 0, 0, 0, 0, count(*) FROM members GROUP BY substr(joined_at, 1, 10)
    ) GROUP BY day)");

DayTotalsRepository::Day dayOf(const QSqlQuery &q)
{
    DayTotalsRepository::Day d;
    d.day = dateFromStorage(q.value(0).toString());
    d.visits = q.value(1).toLongLong();
    d.amountCents = q.value(2).toLongLong();
    d.revenueCents = q.value(3).toLongLong();
    d.pointsEarned = q.value(4).toLongLong();
    d.pointsRedeemed = q.value(5).toLongLong();
    d.pointsExpired = q.value(6).toLongLong();
    d.pointsAdjusted = q.value(7).toLongLong();
    d.pointsReversed = q.value(8).toLongLong();
    d.newMembers = q.value(9).toLongLong();
    return d;
}
} // namespace

Result<QList<DayTotalsRepository::Day>> DayTotalsRepository::between(const QDate &first, const QDate &last) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT %1 FROM day_totals WHERE day >= ? AND day <= ? ORDER BY day").arg(kColumns),
                             {first.isValid() ? toStorage(first) : QStringLiteral("0000"),
                              last.isValid() ? toStorage(last) : QStringLiteral("9999")});
    if (!q)
        return q.error();
    QList<Day> days;
    while ((*q)->next())
        days << dayOf(**q);
    (*q)->finish();
    return days;
}

Result<DayTotalsRepository::Day> DayTotalsRepository::total() const
{
    auto q = m_db.execCached(QStringLiteral("SELECT '', coalesce(sum(visits), 0), coalesce(sum(amount_cents), 0), coalesce(sum(revenue_cents), 0), "
                                            "coalesce(sum(points_earned), 0), coalesce(sum(points_redeemed), 0), coalesce(sum(points_expired), 0), "
                                            "coalesce(sum(points_adjusted), 0), coalesce(sum(points_reversed), 0), coalesce(sum(new_members), 0) "
                                            "FROM day_totals"));
    if (!q)
        return q.error();
    (*q)->next();
    const Day d = dayOf(**q);
    (*q)->finish();
    return d;
}

QStringList DayTotalsRepository::triggers()
{
    return {QStringLiteral("day_totals_visit"), QStringLiteral("day_totals_void"), QStringLiteral("day_totals_ledger"),
            QStringLiteral("day_totals_member")};
}

QStringList DayTotalsRepository::rebuildStatements()
{
    return {QStringLiteral("DELETE FROM day_totals"), QStringLiteral("INSERT INTO day_totals(%1) %2").arg(kColumns, kCounted)};
}

Result<QList<QStringList>> DayTotalsRepository::mismatches(int limit) const
{
    // Kept against counted, day by day: visits/revenue/earned/redeemed/expired/adjusted/reversed/new members.
    auto q = exec(m_db.connection(),
                  QStringLiteral("SELECT coalesce(k.day, c.day), coalesce(k.visits, 0) || '/' || coalesce(k.revenue_cents, 0) || '/' || coalesce(k.points_earned, 0) || '/' || coalesce(k.points_redeemed, 0) || '/' || coalesce(k.points_expired, 0) || '/' || coalesce(k.points_adjusted, 0) || '/' || coalesce(k.points_reversed, 0) || '/' || coalesce(k.new_members, 0), coalesce(c.visits, 0) || '/' || coalesce(c.revenue_cents, 0) || '/' || coalesce(c.points_earned, 0) || '/' || coalesce(c.points_redeemed, 0) || '/' || coalesce(c.points_expired, 0) || '/' || coalesce(c.points_adjusted, 0) || '/' || coalesce(c.points_reversed, 0) || '/' || coalesce(c.new_members, 0) "
                                 "FROM day_totals k FULL OUTER JOIN (%1) c ON c.day = k.day "
                                 "WHERE coalesce(k.visits, 0) <> coalesce(c.visits, 0) OR coalesce(k.amount_cents, 0) <> coalesce(c.amount_cents, 0) OR coalesce(k.revenue_cents, 0) <> coalesce(c.revenue_cents, 0) OR coalesce(k.points_earned, 0) <> coalesce(c.points_earned, 0) OR coalesce(k.points_redeemed, 0) <> coalesce(c.points_redeemed, 0) OR coalesce(k.points_expired, 0) <> coalesce(c.points_expired, 0) OR coalesce(k.points_adjusted, 0) <> coalesce(c.points_adjusted, 0) OR coalesce(k.points_reversed, 0) <> coalesce(c.points_reversed, 0) OR coalesce(k.new_members, 0) <> coalesce(c.new_members, 0) ORDER BY 1 LIMIT %2")
                      .arg(kCounted)
                      .arg(limit));
    if (!q)
        return q.error();
    QList<QStringList> out;
    while (q->next())
        out << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

} // namespace loyalty
