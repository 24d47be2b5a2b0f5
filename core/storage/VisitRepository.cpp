#include "storage/VisitRepository.h"

#include "rules/MemberState.h"
#include "tiers/TierRules.h"

#include "common/Clock.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"

namespace loyalty {

namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, member_id, at, amount_cents, coupon_discount_cents, points_value_cents, eligible_cents, points_redeemed, "
    "points_earned, bonus_points, tier_level, earn_percent, promo_percent, balance_after, tier_after, tier_changed, operator, note, "
    "voided_at, voided_by, void_reason");

Visit fromRow(const QSqlQuery &q)
{
    Visit v;
    v.id = q.value(0).toLongLong();
    v.uuid = q.value(1).toString();
    v.memberId = q.value(2).toLongLong();
    v.at = dateTimeFromStorage(q.value(3).toString());
    v.amountCents = q.value(4).toLongLong();
    v.couponDiscountCents = q.value(5).toLongLong();
    v.pointsValueCents = q.value(6).toLongLong();
    v.eligibleCents = q.value(7).toLongLong();
    v.pointsRedeemed = q.value(8).toLongLong();
    v.pointsEarned = q.value(9).toLongLong();
    v.bonusPoints = q.value(10).toLongLong();
    v.tierLevel = q.value(11).toInt();
    v.earnPercent = q.value(12).toInt();
    v.promoPercent = q.value(13).toInt();
    v.balanceAfter = q.value(14).toLongLong();
    v.tierAfter = q.value(15).toInt();
    v.tierChanged = q.value(16).toInt() != 0;
    v.op = q.value(17).toString();
    v.note = q.value(18).toString();
    if (!q.value(19).isNull())
        v.voidedAt = dateTimeFromStorage(q.value(19).toString());
    v.voidedBy = q.value(20).toString();
    v.voidReason = q.value(21).toString();
    return v;
}

Result<QList<Visit>> collect(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<Visit> out;
    while ((*q)->next())
        out << fromRow(**q);
    (*q)->finish();
    return out;
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

namespace {
const QString kInsertColumns = QStringLiteral("uuid, member_id, at, day, amount_cents, coupon_discount_cents, points_value_cents, eligible_cents, "
                                              "points_redeemed, points_earned, bonus_points, tier_level, earn_percent, promo_percent, "
                                              "balance_after, tier_after, tier_changed, operator, note");
const QString kItemColumns = QStringLiteral("visit_id, line, category, description, quantity, unit_price_cents");
} // namespace

Result<qint64> VisitRepository::insert(const Visit &v)
{
    static const QString visitSql = QStringLiteral("INSERT INTO visits(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kInsertColumns);
    auto q = m_db.execCached(visitSql, {v.uuid, v.memberId, toStorage(v.at), toStorage(v.at.date()), v.amountCents, v.couponDiscountCents,
                                   v.pointsValueCents, v.eligibleCents, v.pointsRedeemed, v.pointsEarned, v.bonusPoints, v.tierLevel,
                                   v.earnPercent, v.promoPercent, v.balanceAfter, v.tierAfter, v.tierChanged ? 1 : 0, orEmpty(v.op),
                                   orEmpty(v.note)});
    if (!q)
        return q.error();
    const qint64 id = (*q)->lastInsertId().toLongLong();
    // All lines in one statement (one prepared form per line count, up to 8 at a time).
    constexpr qsizetype kPerStatement = 8;
    for (qsizetype from = 0; from < v.items.size(); from += kPerStatement) {
        const qsizetype count = std::min(kPerStatement, v.items.size() - from);
        QString sql = QStringLiteral("INSERT INTO visit_items(%1) VALUES ").arg(kItemColumns);
        QVariantList bind;
        for (qsizetype i = from; i < from + count; ++i) {
            const VisitLine &l = v.items.at(i);
            sql += i == from ? QStringLiteral("(?, ?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?, ?)");
            bind << id << int(i + 1) << orEmpty(l.category) << orEmpty(l.description) << l.quantity << l.unitPriceCents;
        }
        if (auto qi = m_db.execCached(sql, bind); !qi)
            return qi.error();
    }
    return id;
}

Status VisitRepository::insertMany(const QList<Visit> &list)
{
    static const QString visitSql = QStringLiteral("INSERT INTO visits(id, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kInsertColumns);
    static const QString itemSql = QStringLiteral("INSERT INTO visit_items(%1) VALUES (?,?,?,?,?,?)").arg(kItemColumns);
    auto visit = m_db.bulkStatement(visitSql);
    if (!visit)
        return visit.error();
    auto item = m_db.bulkStatement(itemSql);
    if (!item)
        return item.error();
    for (const Visit &v : list) {
        **visit << v.id << v.uuid << v.memberId << toStorage(v.at) << toStorage(v.at.date()) << v.amountCents << v.couponDiscountCents
                << v.pointsValueCents << v.eligibleCents << v.pointsRedeemed << v.pointsEarned << v.bonusPoints << v.tierLevel
                << v.earnPercent << v.promoPercent << v.balanceAfter << v.tierAfter << (v.tierChanged ? 1 : 0) << v.op << v.note;
        if (Status s = (*visit)->run(); !s)
            return s;
        for (qsizetype i = 0; i < v.items.size(); ++i) {
            const VisitLine &l = v.items.at(i);
            **item << v.id << int(i + 1) << l.category << l.description << l.quantity << l.unitPriceCents;
            if (Status s = (*item)->run(); !s)
                return s;
        }
    }
    return {};
}

Status VisitRepository::setCheckoutTotals(const QList<CheckoutTotals> &totals)
{
    auto update = m_db.bulkStatement(QStringLiteral("UPDATE members SET points = ?, points_debt = ?, visit_count = ?, last_visit_at = ?, "
                                                    "tier_level = ?, tier_since = ?, visit_days = ?, typical_gap_days = ? WHERE id = ?"));
    if (!update)
        return update.error();
    for (const CheckoutTotals &t : totals) {
        **update << t.points << t.debt << t.visitCount;
        if (t.lastVisitAt.isValid())
            **update << toStorage(t.lastVisitAt);
        else
            (*update)->null();
        **update << t.tierLevel;
        if (t.tierSince.isValid())
            **update << toStorage(t.tierSince);
        else
            (*update)->null();
        **update << visitDaysToText(t.visitDays);
        if (t.typicalGapDays)
            **update << *t.typicalGapDays;
        else
            (*update)->null();
        **update << t.memberId;
        if (Status s = (*update)->run(); !s)
            return s;
    }
    return {};
}

Result<QList<VisitLine>> VisitRepository::itemsOf(qint64 visitId) const
{
    auto q = m_db.execCached(
        QStringLiteral("SELECT category, description, quantity, unit_price_cents FROM visit_items WHERE visit_id = ? ORDER BY line"), {visitId});
    if (!q)
        return q.error();
    QList<VisitLine> out;
    while ((*q)->next())
        out << VisitLine{(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toLongLong(), (*q)->value(3).toLongLong()};
    (*q)->finish();
    return out;
}

Result<std::optional<Visit>> VisitRepository::byUuid(const QString &uuid) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM visits WHERE uuid = ?").arg(kColumns);
    auto found = collect(m_db.execCached(sql, {uuid}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Visit>();
    Visit v = found->first();
    auto items = itemsOf(v.id);
    if (!items)
        return items.error();
    v.items = *items;
    return std::optional<Visit>(v);
}

Result<Visit> VisitRepository::byId(qint64 id) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM visits WHERE id = ?").arg(kColumns);
    auto found = collect(m_db.execCached(sql, {id}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QCoreApplication::translate("CheckoutService", "There is no visit %1.").arg(id));
    Visit v = found->first();
    auto items = itemsOf(v.id);
    if (!items)
        return items.error();
    v.items = *items;
    return v;
}

Result<QList<Visit>> VisitRepository::ofMember(qint64 memberId, int limit, bool includeVoid) const
{
    auto found = collect(m_db.execCached(QStringLiteral("SELECT %1 FROM visits WHERE member_id = ? AND (? OR voided_at IS NULL) "
                                                        "ORDER BY at DESC, id DESC LIMIT ?")
                                             .arg(kColumns),
                                         {memberId, includeVoid ? 1 : 0, limit}));
    if (!found)
        return found.error();
    for (Visit &v : *found) {
        auto items = itemsOf(v.id);
        if (!items)
            return items.error();
        v.items = *items;
    }
    return found;
}

Status VisitRepository::markVoid(qint64 visitId, const QDateTime &at, const QString &op, const QString &reason)
{
    if (auto q = m_db.execCached(QStringLiteral("UPDATE visits SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL"),
                                 {toStorage(at), orEmpty(op), orEmpty(reason), visitId});
        !q)
        return q.error();
    return {};
}

Result<QList<VisitRepository::SpendRow>> VisitRepository::spendSince(const QDate &from, std::optional<qint64> memberId) const
{
    auto q = memberId ? m_db.execCached(QStringLiteral("SELECT member_id, day, eligible_cents FROM visits "
                                                       "WHERE member_id = ? AND at >= ? AND voided_at IS NULL ORDER BY at"),
                                        {*memberId, toStorage(from)})
                      : m_db.execCached(QStringLiteral("SELECT member_id, day, eligible_cents FROM visits "
                                                       "WHERE day >= ? AND voided_at IS NULL ORDER BY day"),
                                        {toStorage(from)});
    if (!q)
        return q.error();
    QList<SpendRow> out;
    while ((*q)->next())
        out << SpendRow{(*q)->value(0).toLongLong(), dateFromStorage((*q)->value(1).toString()), (*q)->value(2).toLongLong()};
    (*q)->finish();
    return out;
}

Result<QDate> VisitRepository::lastDay() const
{
    auto day = m_db.value(QStringLiteral("SELECT max(day) FROM visits"));
    if (!day)
        return day.error();
    return dateFromStorage(day->toString());
}

Result<qint64> VisitRepository::spend12m(qint64 memberId, const QDate &today) const
{
    return spendBetween(memberId, TierRules::spendWindowStart(today), today);
}

Result<qint64> VisitRepository::spendBetween(qint64 memberId, const QDate &first, const QDate &last) const
{
    auto sum = m_db.value(QStringLiteral("SELECT coalesce(sum(eligible_cents), 0) FROM visits WHERE member_id = ? AND voided_at IS NULL "
                                         "AND at >= ? AND at < ?"),
                          {memberId, toStorage(first), toStorage(last.addDays(1))});
    if (!sum)
        return sum.error();
    return sum->toLongLong();
}

Result<QList<VisitRepository::DayRow>> VisitRepository::ofDay(const QDate &day, int limit) const
{
    QString columns = kColumns;
    columns.replace(QStringLiteral(", "), QStringLiteral(", v."));
    auto q = m_db.execCached(QStringLiteral("SELECT v.%1, CASE WHEN m.name = '' THEN m.phone ELSE m.name END, m.card FROM visits v "
                                            "JOIN members m ON m.id = v.member_id WHERE v.day = ? ORDER BY v.at DESC, v.id DESC LIMIT ?")
                                 .arg(columns),
                             {toStorage(day), limit});
    if (!q)
        return q.error();
    QList<DayRow> out;
    while ((*q)->next())
        out << DayRow{fromRow(**q), (*q)->value(22).toString(), (*q)->value(23).toString()};
    (*q)->finish();
    return out;
}

Result<int> VisitRepository::nonVoidCount(qint64 memberId) const
{
    auto n = m_db.value(QStringLiteral("SELECT count(*) FROM visits WHERE member_id = ? AND voided_at IS NULL"), {memberId});
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace loyalty
