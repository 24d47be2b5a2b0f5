#include "points/PointsLedger.h"

#include "rules/LotRules.h"
#include "rules/PointsRules.h"
#include "storage/Database.h"

namespace loyalty {

PointsLedger::PointsLedger(Database &db, Rules rules, QString op, WriteBalances write)
    : m_ownRepo(std::make_unique<LedgerRepository>(db)), m_repo(*m_ownRepo), m_rules(std::move(rules)), m_op(std::move(op)), m_write(write)
{
}

PointsLedger::PointsLedger(LedgerStore &store, Rules rules, QString op, WriteBalances write)
    : m_repo(store), m_rules(std::move(rules)), m_op(std::move(op)), m_write(write)
{
}

Result<PointsLedger::Balance> PointsLedger::balance(qint64 memberId) const
{
    auto b = m_repo.balanceOf(memberId);
    if (!b)
        return b.error();
    return Balance{b->first, b->second};
}

Result<PointsLedger::Balance *> PointsLedger::tracked(qint64 memberId)
{
    if (auto it = m_balances.find(memberId); it != m_balances.end())
        return &it.value();
    auto b = balance(memberId);
    if (!b)
        return b.error();
    return &m_balances.insert(memberId, *b).value();
}

Result<qint64> PointsLedger::credit(const Credit &c)
{
    if (c.points <= 0)
        return Error::internal(QStringLiteral("credit of %1 points").arg(c.points));
    auto before = tracked(c.memberId);
    if (!before)
        return before.error();
    auto entryId = m_repo.append({0, c.memberId, c.at, c.kind, c.points, c.visitId, c.reason, c.relatedMemberId, c.reversesId, m_op});
    if (!entryId)
        return entryId.error();
    const CreditPlan plan = LotRules::credit(c.points, (*before)->debt);
    Lot lot;
    lot.memberId = c.memberId;
    lot.ledgerId = *entryId;
    lot.earnedOn = c.earnedOn;
    lot.expiresOn = PointsRules::expiresOn(c.earnedOn, m_rules);
    lot.points = c.points;
    lot.remaining = plan.lotRemaining;
    if (auto id = m_repo.addLot(lot); !id)
        return id.error();
    (*before)->points += c.points;
    (*before)->debt = plan.debtAfter;
    if (Status s = store(c.memberId, c.points); !s)
        return s.error();
    return *entryId;
}

Result<qint64> PointsLedger::debit(const Debit &d)
{
    if (d.points < 0 || (d.points == 0 && d.kind != LedgerKind::Reverse))
        return Error::internal(QStringLiteral("debit of %1 points").arg(d.points));
    auto before = tracked(d.memberId);
    if (!before)
        return before.error();
    auto open = m_repo.openLots(d.memberId);
    if (!open)
        return open.error();
    QList<OpenLot> lots;
    lots.reserve(open->size());
    for (const Lot &lot : std::as_const(*open))
        lots << OpenLot{lot.id, lot.remaining};
    // Oldest first; a reversal starts with the reversed credit's own lot.
    const DebitPlan plan = LotRules::debit(lots, d.points, d.fromLotFirst);
    for (const LotTake &take : plan.takes)
        if (Status s = m_repo.setRemaining(take.lotId, take.remainingAfter); !s)
            return s.error();
    const qint64 left = plan.uncovered;
    if (left > 0 && !d.allowDebt)
        return Error::refused(tr("Not enough points: %1 more are needed.").arg(left));
    auto entryId = m_repo.append({0, d.memberId, d.at, d.kind, -d.points, d.visitId, d.reason, std::nullopt, d.reversesId, m_op});
    if (!entryId)
        return entryId.error();
    (*before)->points -= d.points;
    (*before)->debt += left;
    if (Status s = store(d.memberId, -d.points); !s)
        return s.error();
    return *entryId;
}

Status PointsLedger::expire(const Lot &lot, const QDateTime &at)
{
    if (lot.remaining <= 0)
        return {};
    auto before = tracked(lot.memberId);
    if (!before)
        return before.error();
    auto entryId = m_repo.append({0, lot.memberId, at, LedgerKind::Expire, -lot.remaining, std::nullopt, QString(), std::nullopt, std::nullopt, m_op, lot.id});
    if (!entryId)
        return entryId.error();
    if (Status s = m_repo.setRemaining(lot.id, 0); !s)
        return s;
    (*before)->points -= lot.remaining;
    return store(lot.memberId, -lot.remaining);
}

Status PointsLedger::store(qint64 memberId, qint64 delta)
{
    if (m_write == WriteBalances::Later) {
        m_pending.insert(memberId);
        return {};
    }
    return m_repo.addToBalance(memberId, delta, m_balances.value(memberId).debt);
}

PointsLedger::Balance PointsLedger::takeBalance(qint64 memberId)
{
    m_pending.remove(memberId);
    return m_balances.value(memberId);
}

Status PointsLedger::flush()
{
    for (const qint64 memberId : std::as_const(m_pending)) {
        const Balance b = m_balances.value(memberId);
        if (Status s = m_repo.setBalance(memberId, b.points, b.debt); !s)
            return s;
    }
    m_pending.clear();
    return {};
}

} // namespace loyalty
