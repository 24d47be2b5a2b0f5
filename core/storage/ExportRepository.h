#pragma once

#include "common/Result.h"

#include <functional>

namespace loyalty {

class BulkStatement;
class Database;

// The rows of the CSV exports (SPEC §6), streamed from SQLite's own interface in id order: each row
// is handed to `each` as it is read, so memory stays flat at millions of rows. `each` returns false
// to stop. Column orders are documented at each function.
class ExportRepository {
public:
    explicit ExportRepository(Database &db) : m_db(db) {}
    using Row = std::function<bool(const BulkStatement &)>;

    // 0 id, 1 card, 2 name, 3 phone, 4 gender, 5 birthday, 6 email, 7 tier_level, 8 points,
    // 9 spend_12m_cents, 10 visit_count, 11 last_visit_at, 12 joined_at, 13 tags, 14 note,
    // 15 typical_gap_days — active members.
    Status members(const Row &each) const;
    // 0 id, 1 uuid, 2 at, 3 member_id, 4 amount, 5 coupon discount, 6 points value, 7 paid,
    // 8 points earned, 9 points redeemed, 10 bonus points, 11 tier_level, 12 operator, 13 note,
    // 14 voided_at, 15 void_reason. Items come through `item` for the visit read just before
    // (0 visit_id, 1 category, 2 description, 3 quantity, 4 unit_price_cents). The members' cards and
    // names are read once beforehand (`memberNames`): a join would look each one up per visit.
    Status visits(const Row &each, const Row &item) const;
    // 0 id, 1 card, 2 name (the phone when there is no name), every member.
    Status memberNames(const Row &each) const;
    // 0 id, 1 at, 2 card, 3 kind, 4 points, 5 visit_id, 6 reason, 7 operator.
    Status ledger(const Row &each) const;
    // 0 code, 1 template, 2 card, 3 status, 4 issued_at, 5 valid_until, 6 redeemed_at,
    // 7 discount_cents, 8 campaign_id.
    Status coupons(const Row &each) const;
    // How many rows each would give (for a progress bar).
    Result<qint64> count(const QString &what) const;

private:
    Database &m_db;
};

} // namespace loyalty
