#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "members/MemberProfile.h"
#include "operators/Operator.h"
#include "points/Ledger.h"

#include <QCoreApplication>

namespace loyalty {

class Database;

// Manual changes of points and what the member page shows about them.
class PointsService {
    Q_DECLARE_TR_FUNCTIONS(PointsService)

public:
    static constexpr qint64 kMaxAdjust = 10'000'000;

    PointsService(Database &db, const Clock &clock, Operator op = Operator::owner()) : m_db(db), m_clock(clock), m_operator(std::move(op)) {}

    // A manual adjustment with a reason (owner only); positive adds a lot, negative takes from the
    // oldest lots and never below zero. Returns the new balance.
    Result<qint64> adjust(qint64 memberId, qint64 delta, const QString &reason);
    // Points expiring from today through today + days − 1, grouped by last valid day.
    Result<QList<PointsExpiring>> expiringSoon(qint64 memberId, int days = 60) const;

private:
    Database &m_db;
    const Clock &m_clock;
    Operator m_operator;
};

// Proves the ledger (SPEC §2, `check`): cached balances equal ledger sums, lots add up, no
// orphans, voided visits fully reversed.
struct CheckReport {
    bool ok = true;
    QStringList problems;
    qint64 membersChecked = 0;
    qint64 entriesChecked = 0;
};

class LedgerCheck {
    Q_DECLARE_TR_FUNCTIONS(LedgerCheck)

public:
    explicit LedgerCheck(Database &db) : m_db(db) {}
    Result<CheckReport> run(bool withIntegrity = true) const;

private:
    Database &m_db;
};

} // namespace loyalty
