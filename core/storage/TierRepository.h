#pragma once

#include "common/Result.h"
#include "tiers/Tier.h"
#include "tiers/TierStore.h"

#include <QHash>

namespace loyalty {

class Database;

// All SQL about tiers: the ladder (the `tiers` table) and each member's tier.
class TierRepository final : public TierStore {
public:
    explicit TierRepository(Database &db) : m_db(db) {}

    // Read once per connection and kept until something changes (Database::invalidateCaches).
    Result<TierLadder> ladder() const;
    // Replaces the ladder (inside the caller's transaction; checked by the caller).
    Status save(const TierLadder &ladder);

    Result<QList<Standing>> standings(const QDate &first, const QDate &last) const override;
    Status setTier(qint64 memberId, int level, const QDate &since) override;
    // Members who are not archived or erased, by tier level.
    Result<QHash<int, qint64>> membersByLevel() const;
    // The date the first member joined, if any.
    Result<QDate> firstJoined() const;

private:
    Database &m_db;
};

} // namespace loyalty
