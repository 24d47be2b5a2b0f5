#include "storage/LedgerRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"

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

Result<bool> LedgerRepository::hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                                std::optional<qint64> relatedMemberId) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT 1 FROM ledger l WHERE l.member_id = ? AND l.kind = 'bonus' AND l.reason = ? "
                                            "AND (? IS NULL OR substr(l.at, 1, 4) = ?) "
                                            "AND (? IS NULL OR l.related_member_id = ?) "
                                            "AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses_id = l.id) LIMIT 1"),
                             {memberId, reason, year ? QVariant(QString::number(*year)) : QVariant(QMetaType(QMetaType::QString)),
                              year ? QVariant(QString::number(*year)) : QVariant(QMetaType(QMetaType::QString)),
                              nullableId(relatedMemberId), nullableId(relatedMemberId)});
    if (!q)
        return q.error();
    const bool found = (*q)->next();
    (*q)->finish();
    return found;
}

Result<bool> LedgerRepository::wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT 1 FROM ledger WHERE member_id = ? AND kind = 'bonus' AND reason = ? AND related_member_id = ? LIMIT 1"),
                             {memberId, reason, relatedMemberId});
    if (!q)
        return q.error();
    const bool found = (*q)->next();
    (*q)->finish();
    return found;
}

Result<qint64> LedgerRepository::expiredFromLot(qint64 lotId) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT coalesce(-sum(points), 0) FROM ledger WHERE kind = 'expire' AND lot_id = ?"), {lotId});
    if (!q)
        return q.error();
    const qint64 expired = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return expired;
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

} // namespace loyalty
