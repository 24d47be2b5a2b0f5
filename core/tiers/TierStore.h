#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>

namespace loyalty {

// What the tier review reads and writes, so that one implementation of the review serves the shop
// file (TierRepository) and a bulk load that holds every member in memory (VisitBatch).
class TierStore {
public:
    virtual ~TierStore() = default;

    struct Standing {
        qint64 memberId = 0;
        int level = 0;
        QDate since;             // the tier date
        qint64 spendCents = 0;   // qualifying spend of the non-void visits dated first … last
        bool active = true;      // false: archived
    };
    // Every member who is not erased, by id.
    virtual Result<QList<Standing>> standings(const QDate &first, const QDate &last) const = 0;
    virtual Status setTier(qint64 memberId, int level, const QDate &since) = 0;
};

} // namespace loyalty
