#include "storage/CouponRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

namespace {

const QString kTemplateColumns = QStringLiteral(
    "id, name, kind, value, threshold_cents, min_spend_cents, valid_days, tier_level, slip_text, auto_issue, active, created_at");
const QString kCouponColumns = QStringLiteral("c.id, c.code, c.template_id, c.member_id, c.campaign_id, c.issued_at, c.valid_until, c.status, "
                                              "c.issued_visit_id, c.redeemed_visit_id, c.redeemed_at, c.discount_cents, c.operator, t.name");
const QString kCouponFrom = QStringLiteral("coupons c JOIN coupon_templates t ON t.id = c.template_id");

CouponTemplate templateFrom(const QSqlQuery &q)
{
    CouponTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kind = couponKindFromString(q.value(2).toString()).value_or(CouponKind::AmountOff);
    t.value = q.value(3).toLongLong();
    t.thresholdCents = q.value(4).toLongLong();
    t.minSpendCents = q.value(5).toLongLong();
    t.validDays = q.value(6).toInt();
    if (!q.value(7).isNull())
        t.tierLevel = q.value(7).toInt();
    t.slipText = q.value(8).toString();
    t.autoIssue = q.value(9).toString();
    t.active = q.value(10).toInt() != 0;
    t.createdAt = dateTimeFromStorage(q.value(11).toString());
    return t;
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

Coupon couponFrom(const QSqlQuery &q)
{
    Coupon c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.templateId = q.value(2).toLongLong();
    c.memberId = optionalId(q.value(3));
    c.campaignId = optionalId(q.value(4));
    c.issuedAt = dateTimeFromStorage(q.value(5).toString());
    c.validUntil = dateFromStorage(q.value(6).toString());
    c.status = couponStatusFromString(q.value(7).toString()).value_or(CouponStatus::Issued);
    c.issuedVisitId = optionalId(q.value(8));
    c.redeemedVisitId = optionalId(q.value(9));
    if (!q.value(10).isNull())
        c.redeemedAt = dateTimeFromStorage(q.value(10).toString());
    c.discountCents = q.value(11).toLongLong();
    c.op = q.value(12).toString();
    c.templateName = q.value(13).toString();
    return c;
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

Result<QList<Coupon>> coupons(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<Coupon> out;
    while ((*q)->next())
        out << couponFrom(**q);
    (*q)->finish();
    return out;
}

} // namespace

Result<qint64> CouponRepository::addTemplate(const CouponTemplate &t)
{
    const auto text = [](const QString &v) { return v.isNull() ? QStringLiteral("") : v.trimmed(); }; // never NULL
    auto q = m_db.execCached(QStringLiteral("INSERT INTO coupon_templates(name, kind, value, threshold_cents, min_spend_cents, valid_days, "
                                            "tier_level, slip_text, auto_issue, active, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                             {text(t.name), toString(t.kind), t.value, t.thresholdCents, t.minSpendCents, t.validDays,
                              t.tierLevel ? QVariant(*t.tierLevel) : QVariant(QMetaType(QMetaType::Int)), text(t.slipText),
                              text(t.autoIssue), t.active ? 1 : 0, toStorage(t.createdAt)});
    if (!q)
        return q.error();
    return (*q)->lastInsertId().toLongLong();
}

Result<CouponTemplate> CouponRepository::templateById(qint64 id) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT %1 FROM coupon_templates WHERE id = ?").arg(kTemplateColumns), {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::notFound(QCoreApplication::translate("CouponService", "There is no coupon template %1.").arg(id));
    CouponTemplate t = templateFrom(**q);
    (*q)->finish();
    return t;
}

Result<QList<CouponTemplate>> CouponRepository::templates() const
{
    auto q = m_db.execCached(QStringLiteral("SELECT %1 FROM coupon_templates ORDER BY id").arg(kTemplateColumns));
    if (!q)
        return q.error();
    QList<CouponTemplate> out;
    while ((*q)->next())
        out << templateFrom(**q);
    (*q)->finish();
    return out;
}

Result<QList<CouponTemplate>> CouponRepository::autoTemplates(const QString &occasion) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT %1 FROM coupon_templates WHERE auto_issue = ? AND active = 1 ORDER BY id").arg(kTemplateColumns),
                             {occasion});
    if (!q)
        return q.error();
    QList<CouponTemplate> out;
    while ((*q)->next())
        out << templateFrom(**q);
    (*q)->finish();
    return out;
}

Result<bool> CouponRepository::issuedInYear(qint64 memberId, qint64 templateId, int year) const
{
    auto n = m_db.value(QStringLiteral("SELECT count(*) FROM coupons WHERE member_id = ? AND template_id = ? AND status <> 'void' "
                                       "AND issued_at >= ? AND issued_at < ?"),
                        {memberId, templateId, QStringLiteral("%1-01-01").arg(year, 4, 10, QChar(u'0')),
                         QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QChar(u'0'))});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<qint64> CouponRepository::insert(const Coupon &c)
{
    auto q = m_db.execCached(QStringLiteral("INSERT INTO coupons(code, template_id, member_id, campaign_id, issued_at, valid_until, status, "
                                            "issued_visit_id, operator) VALUES (?,?,?,?,?,?,?,?,?)"),
                             {c.code, c.templateId, nullable(c.memberId), nullable(c.campaignId), toStorage(c.issuedAt),
                              toStorage(c.validUntil), toString(c.status), nullable(c.issuedVisitId), c.op});
    if (!q)
        return q.error();
    return (*q)->lastInsertId().toLongLong();
}

Result<std::optional<Coupon>> CouponRepository::byCode(const QString &canonicalCode) const
{
    auto list = coupons(m_db.execCached(QStringLiteral("SELECT %1 FROM %2 WHERE c.code = ?").arg(kCouponColumns, kCouponFrom), {canonicalCode}));
    if (!list)
        return list.error();
    return list->isEmpty() ? std::nullopt : std::optional<Coupon>(list->first());
}

Result<QList<Coupon>> CouponRepository::list(const ListQuery &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE 1 = 1").arg(kCouponColumns, kCouponFrom);
    QVariantList bind;
    if (query.memberId) {
        sql += QStringLiteral(" AND c.member_id = ?");
        bind << *query.memberId;
    }
    if (query.status) {
        sql += QStringLiteral(" AND c.status = ?");
        bind << toString(*query.status);
    }
    if (query.issuedVisitId) {
        sql += QStringLiteral(" AND c.issued_visit_id = ?");
        bind << *query.issuedVisitId;
    }
    sql += QStringLiteral(" ORDER BY c.id DESC LIMIT ?");
    bind << query.limit;
    return coupons(m_db.execCached(sql, bind));
}

Status CouponRepository::redeem(qint64 couponId, qint64 visitId, const QDateTime &at, qint64 discountCents)
{
    auto q = m_db.execCached(QStringLiteral("UPDATE coupons SET status = 'redeemed', redeemed_visit_id = ?, redeemed_at = ?, discount_cents = ? "
                                            "WHERE id = ? AND status = 'issued'"),
                             {visitId, toStorage(at), discountCents, couponId});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return Error::conflict(QCoreApplication::translate("CouponRules", "This coupon was redeemed a moment ago at another counter."),
                               QStringLiteral("coupon"));
    return {};
}

Result<std::optional<Coupon>> CouponRepository::redeemedBy(qint64 visitId) const
{
    auto list = coupons(
        m_db.execCached(QStringLiteral("SELECT %1 FROM %2 WHERE c.redeemed_visit_id = ?").arg(kCouponColumns, kCouponFrom), {visitId}));
    if (!list)
        return list.error();
    return list->isEmpty() ? std::nullopt : std::optional<Coupon>(list->first());
}

Status CouponRepository::giveBack(qint64 couponId, const QDate &today)
{
    if (auto q = m_db.execCached(QStringLiteral("UPDATE coupons SET status = CASE WHEN valid_until >= ? THEN 'issued' ELSE 'expired' END, "
                                                "redeemed_visit_id = NULL, redeemed_at = NULL, discount_cents = 0 WHERE id = ?"),
                                 {toStorage(today), couponId});
        !q)
        return q.error();
    return {};
}

Result<int> CouponRepository::voidIssuedBy(qint64 visitId)
{
    auto q = m_db.execCached(QStringLiteral("UPDATE coupons SET status = 'void' WHERE issued_visit_id = ? AND status = 'issued'"), {visitId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

Result<int> CouponRepository::expireBefore(const QDate &today)
{
    auto q = m_db.execCached(QStringLiteral("UPDATE coupons SET status = 'expired' WHERE status = 'issued' AND valid_until < ?"),
                             {toStorage(today)});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

Result<qint64> CouponRepository::addCampaign(const QString &name, qint64 templateId, const QString &audience, const QDateTime &at,
                                             const QString &op)
{
    auto q = m_db.execCached(QStringLiteral("INSERT INTO campaigns(name, template_id, audience, created_at, operator) VALUES (?,?,?,?,?)"),
                             {name.isNull() ? QStringLiteral("") : name, templateId, audience, toStorage(at), op});
    if (!q)
        return q.error();
    return (*q)->lastInsertId().toLongLong();
}

namespace {
// What became of a group's coupons: the columns, and the visits that redeemed them joined.
const QString kCounts = QStringLiteral(
    "count(c.id), coalesce(sum(c.status = 'redeemed'), 0), coalesce(sum(c.status = 'expired'), 0), coalesce(sum(c.status = 'void'), 0), "
    "coalesce(sum(c.discount_cents), 0), coalesce(sum(v.eligible_cents), 0)");
const QString kRedeemingVisits = QStringLiteral("LEFT JOIN visits v ON v.id = c.redeemed_visit_id AND c.status = 'redeemed'");

// A row's id and name at `at`, its counts after them.
CouponRepository::TemplateCounts countsFrom(const QSqlQuery &q, int at)
{
    return {q.value(at).toLongLong(),     q.value(at + 1).toString(),   q.value(at + 2).toLongLong(), q.value(at + 3).toLongLong(),
            q.value(at + 4).toLongLong(), q.value(at + 5).toLongLong(), q.value(at + 6).toLongLong(), q.value(at + 7).toLongLong()};
}
} // namespace

Result<QList<CouponRepository::CampaignCounts>> CouponRepository::countsByCampaign() const
{
    auto q = m_db.execCached(QStringLiteral("SELECT k.id, k.created_at, k.template_id, k.name, %1 FROM campaigns k "
                                            "LEFT JOIN coupons c ON c.campaign_id = k.id %2 GROUP BY k.id ORDER BY k.id")
                                 .arg(kCounts, kRedeemingVisits));
    if (!q)
        return q.error();
    QList<CampaignCounts> out;
    while ((*q)->next())
        out << CampaignCounts{(*q)->value(0).toLongLong(), dateTimeFromStorage((*q)->value(1).toString()), countsFrom(**q, 2)};
    (*q)->finish();
    return out;
}

Result<QList<CouponRepository::TemplateCounts>> CouponRepository::countsByTemplate() const
{
    auto q = m_db.execCached(QStringLiteral("SELECT t.id, t.name, %1 FROM coupon_templates t LEFT JOIN coupons c ON c.template_id = t.id "
                                            "%2 GROUP BY t.id ORDER BY t.id")
                                 .arg(kCounts, kRedeemingVisits));
    if (!q)
        return q.error();
    QList<TemplateCounts> out;
    while ((*q)->next())
        out << countsFrom(**q, 0);
    (*q)->finish();
    return out;
}

} // namespace loyalty
