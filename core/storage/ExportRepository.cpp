#include "storage/ExportRepository.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"

namespace loyalty {

namespace {
Status stream(Database &db, const QString &sql, const ExportRepository::Row &each)
{
    auto q = db.bulkStatement(sql);
    if (!q)
        return q.error();
    return (*q)->forEachRow(each);
}
} // namespace

Status ExportRepository::members(const Row &each) const
{
    return stream(m_db,
                  QStringLiteral("SELECT id, card, name, coalesce(phone, ''), gender, coalesce(birthday, ''), email, tier_level, points, "
                                 "spend_12m_cents, visit_count, coalesce(last_visit_at, ''), joined_at, tags, note, typical_gap_days "
                                 "FROM members WHERE status = 'active' ORDER BY id"),
                  each);
}

Status ExportRepository::visits(const Row &each, const Row &item) const
{
    // Two cursors in visit order, merged: the items of a visit follow it (visit_items is keyed by
    // (visit_id, line), so its natural order is the one wanted).
    auto items = m_db.bulkStatement(QStringLiteral("SELECT visit_id, category, description, quantity, unit_price_cents FROM visit_items "
                                                   "ORDER BY visit_id, line"));
    if (!items)
        return items.error();
    BulkStatement *it = *items;
    bool itemReady = false;   // `it` holds a row not handed out yet
    bool itemsDone = false;
    std::optional<Error> failed;
    Status s = stream(m_db,
                      QStringLiteral("SELECT id, uuid, at, member_id, amount_cents, coupon_discount_cents, points_value_cents, "
                                     "eligible_cents, points_earned, points_redeemed, bonus_points, tier_level, operator, note, "
                                     "coalesce(voided_at, ''), coalesce(void_reason, '') FROM visits ORDER BY id"),
                      [&](const BulkStatement &visit) {
                          if (!each(visit))
                              return false;
                          const qint64 id = visit.integer(0);
                          while (!itemsDone) {
                              if (!itemReady) {
                                  auto row = it->step();
                                  if (!row) {
                                      failed = row.error();
                                      return false;
                                  }
                                  if (!*row) {
                                      itemsDone = true;
                                      break;
                                  }
                                  itemReady = true;
                              }
                              const qint64 of = it->integer(0);
                              if (of > id)
                                  break;
                              itemReady = false;
                              if (of == id && !item(*it))
                                  return false;
                          }
                          return true;
                      });
    if (!itemsDone)
        it->finish();
    if (failed)
        return *failed;
    return s;
}

Status ExportRepository::memberNames(const Row &each) const
{
    return stream(m_db, QStringLiteral("SELECT id, card, CASE WHEN name = '' THEN coalesce(phone, '') ELSE name END FROM members"), each);
}

Status ExportRepository::ledger(const Row &each) const
{
    return stream(m_db,
                  QStringLiteral("SELECT l.id, l.at, m.card, l.kind, l.points, l.visit_id, l.reason, l.operator FROM ledger l "
                                 "JOIN members m ON m.id = l.member_id ORDER BY l.id"),
                  each);
}

Status ExportRepository::coupons(const Row &each) const
{
    return stream(m_db,
                  QStringLiteral("SELECT c.code, t.name, coalesce(m.card, ''), c.status, c.issued_at, c.valid_until, "
                                 "coalesce(c.redeemed_at, ''), c.discount_cents, c.campaign_id FROM coupons c "
                                 "JOIN coupon_templates t ON t.id = c.template_id LEFT JOIN members m ON m.id = c.member_id ORDER BY c.id"),
                  each);
}

Result<qint64> ExportRepository::count(const QString &what) const
{
    const QString table = what == u"members" ? QStringLiteral("members WHERE status = 'active'") : what;
    auto v = m_db.value(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace loyalty
