#include "storage/LedgerRepository.h"

#include "common/Clock.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"

#include <algorithm>

namespace loyalty {

namespace {

const QString kLotColumns = QStringLiteral("id, member_id, ledger_id, earned_on, expires_on, points, remaining");
const QString kEntryColumns = QStringLiteral("id, member_id, at, kind, points, visit_id, reason, related_member_id, reverses_id, operator");

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

Result<QList<Lot>> lots(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<Lot> out;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        Lot l;
        l.id = r.value(0).toLongLong();
        l.memberId = r.value(1).toLongLong();
        l.ledgerId = r.value(2).toLongLong();
        l.earnedOn = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        if (!r.value(4).isNull())
            l.expiresOn = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        l.points = r.value(5).toLongLong();
        l.remaining = r.value(6).toLongLong();
        out << l;
    }
    (*q)->finish();
    return out;
}

Result<QList<LedgerEntry>> entries(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<LedgerEntry> out;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        LedgerEntry e;
        e.id = r.value(0).toLongLong();
        e.memberId = r.value(1).toLongLong();
        e.at = dateTimeFromStorage(r.value(2).toString());
        e.kind = ledgerKindFromString(r.value(3).toString()).value_or(LedgerKind::Adjust);
        e.points = r.value(4).toLongLong();
        if (!r.value(5).isNull())
            e.visitId = r.value(5).toLongLong();
        e.reason = r.value(6).toString();
        if (!r.value(7).isNull())
            e.relatedMemberId = r.value(7).toLongLong();
        if (!r.value(8).isNull())
            e.reversesId = r.value(8).toLongLong();
        e.op = r.value(9).toString();
        out << e;
    }
    (*q)->finish();
    return out;
}

} // namespace

Result<qint64> LedgerRepository::append(const LedgerEntry &e)
{
    auto q = m_db.execCached(QStringLiteral("INSERT INTO ledger(member_id, at, kind, points, visit_id, reason, related_member_id, reverses_id, "
                                            "lot_id, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {e.memberId, toStorage(e.at), toString(e.kind), e.points, nullableId(e.visitId),
                              e.reason.isNull() ? QStringLiteral("") : e.reason, nullableId(e.relatedMemberId), nullableId(e.reversesId),
                              nullableId(e.lotId), e.op.isNull() ? QStringLiteral("") : e.op});
    if (!q)
        return q.error();
    return (*q)->lastInsertId().toLongLong();
}

Result<qint64> LedgerRepository::addLot(const Lot &l)
{
    auto q = m_db.execCached(QStringLiteral("INSERT INTO lots(member_id, ledger_id, earned_on, expires_on, points, remaining) VALUES (?, ?, ?, ?, ?, ?)"),
                             {l.memberId, l.ledgerId, toStorage(l.earnedOn),
                              l.expiresOn ? QVariant(toStorage(*l.expiresOn)) : QVariant(QMetaType(QMetaType::QString)), l.points,
                              l.remaining});
    if (!q)
        return q.error();
    return (*q)->lastInsertId().toLongLong();
}

Status LedgerRepository::setRemaining(qint64 lotId, qint64 remaining)
{
    if (auto q = m_db.execCached(QStringLiteral("UPDATE lots SET remaining = ? WHERE id = ?"), {remaining, lotId}); !q)
        return q.error();
    return {};
}

Status LedgerRepository::appendMany(const QList<LedgerEntry> &list)
{
    auto insert = m_db.bulkStatement(QStringLiteral("INSERT INTO ledger(%1, lot_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)").arg(kEntryColumns));
    if (!insert)
        return insert.error();
    for (const LedgerEntry &e : list) {
        **insert << e.id << e.memberId << toStorage(e.at) << toString(e.kind) << e.points << e.visitId << e.reason << e.relatedMemberId
                 << e.reversesId << e.op << e.lotId;
        if (Status s = (*insert)->run(); !s)
            return s;
    }
    return {};
}

Status LedgerRepository::addLots(const QList<Lot> &list)
{
    auto insert = m_db.bulkStatement(QStringLiteral("INSERT INTO lots(%1) VALUES (?,?,?,?,?,?,?)").arg(kLotColumns));
    if (!insert)
        return insert.error();
    for (const Lot &l : list) {
        **insert << l.id << l.memberId << l.ledgerId << toStorage(l.earnedOn);
        if (l.expiresOn)
            **insert << toStorage(*l.expiresOn);
        else
            (*insert)->null();
        **insert << l.points << l.remaining;
        if (Status s = (*insert)->run(); !s)
            return s;
    }
    return {};
}

Status LedgerRepository::setRemainingMany(const QList<std::pair<qint64, qint64>> &lotRemaining)
{
    auto update = m_db.bulkStatement(QStringLiteral("UPDATE lots SET remaining = ? WHERE id = ?"));
    if (!update)
        return update.error();
    for (const auto &[lot, remaining] : lotRemaining) {
        **update << remaining << lot;
        if (Status s = (*update)->run(); !s)
            return s;
    }
    return {};
}

Result<QList<Lot>> LedgerRepository::openLots(qint64 memberId) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM lots WHERE member_id = ? AND remaining > 0 ORDER BY earned_on, id").arg(kLotColumns);
    return lots(m_db.execCached(sql, {memberId}));
}

Result<std::optional<Lot>> LedgerRepository::lotOfEntry(qint64 ledgerId) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM lots WHERE ledger_id = ?").arg(kLotColumns);
    auto found = lots(m_db.execCached(sql, {ledgerId}));
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Lot>() : std::optional<Lot>(found->first());
}

Result<QList<Lot>> LedgerRepository::expiredBefore(const QDate &day) const
{
    return lots(m_db.execCached(
        QStringLiteral("SELECT %1 FROM lots WHERE remaining > 0 AND expires_on IS NOT NULL AND expires_on < ? ORDER BY member_id, earned_on, id")
            .arg(kLotColumns),
        {toStorage(day)}));
}

Result<QList<Lot>> LedgerRepository::allOpenLots() const
{
    return lots(m_db.execCached(QStringLiteral("SELECT %1 FROM lots WHERE remaining > 0 ORDER BY member_id, earned_on, id").arg(kLotColumns)));
}

Result<QList<Lot>> LedgerRepository::expiringBetween(qint64 memberId, const QDate &firstDay, const QDate &lastDay) const
{
    return lots(m_db.execCached(QStringLiteral("SELECT %1 FROM lots WHERE member_id = ? AND remaining > 0 AND expires_on IS NOT NULL "
                                               "AND expires_on >= ? AND expires_on <= ? ORDER BY expires_on, id")
                                    .arg(kLotColumns),
                                {memberId, toStorage(firstDay), toStorage(lastDay)}));
}

Result<QList<Lot>> LedgerRepository::lotsOf(qint64 memberId) const
{
    return lots(m_db.execCached(QStringLiteral("SELECT %1 FROM lots WHERE member_id = ? ORDER BY earned_on, id").arg(kLotColumns), {memberId}));
}

Result<QList<LedgerEntry>> LedgerRepository::entriesOf(qint64 memberId, int limit) const
{
    return entries(m_db.execCached(
        QStringLiteral("SELECT %1 FROM ledger WHERE member_id = ? ORDER BY id DESC LIMIT ?").arg(kEntryColumns), {memberId, limit}));
}

Result<QList<LedgerEntry>> LedgerRepository::unreversedEntriesOfVisit(qint64 visitId) const
{
    return entries(m_db.execCached(QStringLiteral("SELECT %1 FROM ledger l WHERE l.visit_id = ? AND l.kind IN ('earn', 'bonus', 'redeem') "
                                                  "AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses_id = l.id) ORDER BY l.id")
                                       .arg(kEntryColumns),
                                   {visitId}));
}

bool LedgerRepository::standsIn(const QList<BonusFact> &facts, const QString &reason, std::optional<int> year,
                                std::optional<qint64> relatedMemberId)
{
    return std::any_of(facts.cbegin(), facts.cend(), [&](const BonusFact &f) {
        return f.standing && f.reason == reason && (!year || f.year == *year) && (!relatedMemberId || f.relatedMemberId == relatedMemberId);
    });
}

bool LedgerRepository::grantedIn(const QList<BonusFact> &facts, const QString &reason, qint64 relatedMemberId)
{
    return std::any_of(facts.cbegin(), facts.cend(),
                       [&](const BonusFact &f) { return f.reason == reason && f.relatedMemberId == relatedMemberId; });
}

Result<bool> LedgerRepository::hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                                std::optional<qint64> relatedMemberId) const
{
    auto facts = bonusFacts(memberId);
    if (!facts)
        return facts.error();
    return standsIn(*facts, reason, year, relatedMemberId);
}

Result<bool> LedgerRepository::wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const
{
    auto facts = bonusFacts(memberId);
    if (!facts)
        return facts.error();
    return grantedIn(*facts, reason, relatedMemberId);
}

Result<QList<LedgerRepository::BonusFact>> LedgerRepository::bonusFacts(std::optional<qint64> memberId) const
{
    // Two statements, so that one member's bonuses are found through ledger_bonus.
    static const QString columns = QStringLiteral("SELECT l.id, l.member_id, l.reason, CAST(substr(l.at, 1, 4) AS INTEGER), l.related_member_id, "
                                                  "NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses_id = l.id) FROM ledger l WHERE l.kind = 'bonus'");
    static const QString ofOne = columns + QStringLiteral(" AND l.member_id = ? ORDER BY l.id");
    static const QString ofAll = columns + QStringLiteral(" ORDER BY l.id");
    auto q = memberId ? m_db.execCached(ofOne, {*memberId}) : m_db.execCached(ofAll);
    if (!q)
        return q.error();
    QList<BonusFact> facts;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        BonusFact f{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toInt(), std::nullopt,
                    r.value(5).toInt() != 0};
        if (!r.value(4).isNull())
            f.relatedMemberId = r.value(4).toLongLong();
        facts << f;
    }
    (*q)->finish();
    return facts;
}

Result<qint64> LedgerRepository::expiredFromLot(qint64 lotId) const
{
    auto expired = m_db.value(QStringLiteral("SELECT coalesce(-sum(points), 0) FROM ledger WHERE kind = 'expire' AND lot_id = ?"), {lotId});
    if (!expired)
        return expired.error();
    return expired->toLongLong();
}

Status LedgerRepository::setBalance(qint64 memberId, qint64 points, qint64 debt)
{
    if (auto q = m_db.execCached(QStringLiteral("UPDATE members SET points = ?, points_debt = ? WHERE id = ?"), {points, debt, memberId}); !q)
        return q.error();
    return {};
}

Status LedgerRepository::addToBalance(qint64 memberId, qint64 delta, qint64 newDebt)
{
    if (auto q = m_db.execCached(QStringLiteral("UPDATE members SET points = points + ?, points_debt = ? WHERE id = ?"), {delta, newDebt, memberId}); !q)
        return q.error();
    return {};
}

namespace {
QString invariantQuery(LedgerInvariant invariant)
{
    switch (invariant) {
    case LedgerInvariant::BalanceIsLedgerSum:
        return QStringLiteral("SELECT m.card, m.points, coalesce(l.total, 0) FROM members m "
                        "LEFT JOIN (SELECT member_id, sum(points) AS total FROM ledger GROUP BY member_id) l ON l.member_id = m.id "
                        "WHERE m.points <> coalesce(l.total, 0)");
    case LedgerInvariant::BalanceIsLotsLessDebt:
        return QStringLiteral("SELECT m.card, m.points, coalesce(t.remaining, 0) - m.points_debt FROM members m "
                        "LEFT JOIN (SELECT member_id, sum(remaining) AS remaining FROM lots GROUP BY member_id) t ON t.member_id = m.id "
                        "WHERE m.points <> coalesce(t.remaining, 0) - m.points_debt");
    case LedgerInvariant::DebtOnlyWithoutPoints:
        return QStringLiteral("SELECT m.card, m.points_debt, t.remaining FROM members m "
                        "JOIN (SELECT member_id, sum(remaining) AS remaining FROM lots GROUP BY member_id) t ON t.member_id = m.id "
                        "WHERE m.points_debt > 0 AND t.remaining > 0");
    case LedgerInvariant::LotMatchesEntry:
        return QStringLiteral("SELECT t.id, t.points, l.points FROM lots t JOIN ledger l ON l.id = t.ledger_id "
                        "WHERE l.points <> t.points OR l.member_id <> t.member_id OR l.kind NOT IN ('earn', 'bonus', 'adjust', 'reverse')");
    case LedgerInvariant::CreditHasLot:
        return QStringLiteral("SELECT l.id, l.kind, l.points FROM ledger l WHERE l.points > 0 AND l.kind IN ('earn', 'bonus', 'adjust', 'reverse') "
                        "AND NOT EXISTS (SELECT 1 FROM lots t WHERE t.ledger_id = l.id)");
    case LedgerInvariant::EntryVisitExists:
        return QStringLiteral("SELECT l.id, l.kind, l.visit_id FROM ledger l WHERE l.visit_id IS NOT NULL "
                        "AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = l.visit_id)");
    case LedgerInvariant::EntryMemberExists:
        return QStringLiteral("SELECT l.id, l.kind, l.member_id FROM ledger l WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.id = l.member_id)");
    case LedgerInvariant::VisitEarnMatchesLedger:
        return QStringLiteral("SELECT v.id, v.points_earned, coalesce(e.total, 0) FROM visits v "
                        "LEFT JOIN (SELECT visit_id, sum(points) AS total FROM ledger WHERE kind = 'earn' GROUP BY visit_id) e ON e.visit_id = v.id "
                        "WHERE v.points_earned <> coalesce(e.total, 0)");
    case LedgerInvariant::VoidIsReversed:
        return QStringLiteral("SELECT v.id, l.id, l.kind FROM visits v JOIN ledger l ON l.visit_id = v.id "
                        "WHERE v.voided_at IS NOT NULL AND l.kind IN ('earn', 'bonus', 'redeem') "
                        "AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses_id = l.id)");
    case LedgerInvariant::ReversalIsExact:
        return QStringLiteral("SELECT r.id, r.points, o.points FROM ledger r JOIN ledger o ON o.id = r.reverses_id LEFT JOIN lots t ON t.ledger_id = o.id "
                        "WHERE r.points <> -(o.points - CASE WHEN o.points > 0 THEN coalesce((SELECT -sum(x.points) FROM ledger x "
                        "WHERE x.kind = 'expire' AND x.lot_id = t.id AND x.id < r.id), 0) ELSE 0 END)");
    case LedgerInvariant::VisitCountMatches:
        return QStringLiteral("SELECT m.card, m.visit_count, (SELECT count(*) FROM visits v WHERE v.member_id = m.id AND v.voided_at IS NULL) AS n "
                        "FROM members m WHERE m.visit_count <> (SELECT count(*) FROM visits v WHERE v.member_id = m.id AND v.voided_at IS NULL)");
    case LedgerInvariant::Spend12mMatches:
        return QStringLiteral("SELECT card, spend_12m_cents || ' / ' || visits_12m, n || ' / ' || c FROM (SELECT m.card, m.spend_12m_cents, "
                              "m.visits_12m, (SELECT coalesce(sum(v.eligible_cents), 0) FROM visits v WHERE v.member_id = m.id "
                              "AND v.voided_at IS NULL AND v.day BETWEEN date(d.value, '-364 days') AND d.value) AS n, "
                              "(SELECT count(*) FROM visits v WHERE v.member_id = m.id "
                              "AND v.voided_at IS NULL AND v.day BETWEEN date(d.value, '-364 days') AND d.value) AS c "
                              "FROM members m, meta d WHERE d.key = 'spend_12m_day' AND d.value <> '') WHERE spend_12m_cents <> n OR visits_12m <> c");
    case LedgerInvariant::LastVisitMatches:
        return QStringLiteral("SELECT card, coalesce(last_visit_at, '—'), coalesce(n, '—') FROM (SELECT m.card, m.last_visit_at, "
                              "(SELECT max(v.at) FROM visits v WHERE v.member_id = m.id AND v.voided_at IS NULL) AS n FROM members m) "
                              "WHERE last_visit_at IS NOT n");
    }
    return {};
}
} // namespace

Result<QList<QStringList>> LedgerRepository::violations(LedgerInvariant invariant, int limit) const
{
    auto q = exec(m_db.connection(), invariantQuery(invariant) + QStringLiteral(" LIMIT %1").arg(limit));
    if (!q)
        return q.error();
    QList<QStringList> rows;
    while (q->next())
        rows << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return rows;
}

Result<std::pair<qint64, qint64>> LedgerRepository::memberAndEntryCounts() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM ledger)"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::pair<qint64, qint64>{0, 0};
    return std::pair<qint64, qint64>{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

Result<std::pair<qint64, qint64>> LedgerRepository::balanceOf(qint64 memberId) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT points, points_debt FROM members WHERE id = ?"), {memberId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::notFound(QCoreApplication::translate("LedgerRepository", "There is no member with id %1.").arg(memberId));
    const std::pair<qint64, qint64> b{(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong()};
    (*q)->finish();
    return b;
}

Result<QList<LedgerRepository::VisitBonus>> LedgerRepository::bonusesOfVisit(qint64 visitId) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT reason, points, member_id FROM ledger WHERE visit_id = ? AND kind = 'bonus' ORDER BY id"), {visitId});
    if (!q)
        return q.error();
    QList<VisitBonus> bonuses;
    while ((*q)->next())
        bonuses << VisitBonus{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toLongLong()};
    return bonuses;
}

} // namespace loyalty
