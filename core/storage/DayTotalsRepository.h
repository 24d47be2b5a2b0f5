#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace loyalty {

class Database;

// The shop's totals by day (schema 8), kept by triggers on visits, ledger and members.
class DayTotalsRepository {
public:
    explicit DayTotalsRepository(Database &db) : m_db(db) {}

    struct Day {
        QDate day;
        qint64 visits = 0;
        qint64 amountCents = 0;
        qint64 revenueCents = 0;      // what the non-void visits paid (E)
        qint64 pointsEarned = 0;      // earn and bonus entries
        qint64 pointsRedeemed = 0;
        qint64 pointsExpired = 0;
        qint64 pointsAdjusted = 0;    // net, imports included
        qint64 pointsReversed = 0;    // net: voids take earned points back and give redeemed ones back
        qint64 newMembers = 0;
    };
    // Days first … last (inclusive; invalid: open-ended), in order; days without anything are left out.
    Result<QList<Day>> between(const QDate &first = {}, const QDate &last = {}) const;
    // Everything added up.
    Result<Day> total() const;

    // The triggers that keep the table (a bulk load suspends them) and the statements that count
    // it again from the rows (run when they are restored).
    static QStringList triggers();
    static QStringList rebuildStatements();
    // Days whose totals differ from the rows (`check`): day, kept, counted.
    Result<QList<QStringList>> mismatches(int limit) const;

private:
    Database &m_db;
};

} // namespace loyalty
