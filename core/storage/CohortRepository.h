#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace loyalty {

class Database;

// Monthly cohort retention (schema 9, SPEC §3.7): for each month members joined in ("2026-03"),
// how many of them came at least once in each month. Kept by triggers on visits and their voids.
class CohortRepository {
public:
    explicit CohortRepository(Database &db) : m_db(db) {}

    struct Cell {
        QString cohort;     // the month the members joined
        QString month;      // a month they came in
        qint64 members = 0;
    };
    // Cohorts firstCohort … lastMonth and their months up to lastMonth, ordered by cohort then month;
    // months nobody of the cohort came in are left out.
    Result<QList<Cell>> cells(const QString &firstCohort, const QString &lastMonth) const;

    // The triggers that keep the table (a bulk load suspends them) and the statements that count it
    // again from the visits (run when they are restored).
    static QStringList triggers();
    static QStringList rebuildStatements();
    // Cells whose count differs from the visits (`check`): cohort, month, kept, counted.
    Result<QList<QStringList>> mismatches(int limit) const;

private:
    Database &m_db;
};

} // namespace loyalty
