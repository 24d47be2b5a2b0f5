#pragma once

#include "common/Result.h"
#include "tiers/Tier.h"

namespace loyalty {

class Database;

class TierRepository {
public:
    explicit TierRepository(Database &db) : m_db(db) {}
    Result<TierLadder> ladder() const;

private:
    Database &m_db;
};

} // namespace loyalty
