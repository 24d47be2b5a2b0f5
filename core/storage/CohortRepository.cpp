#include "storage/CohortRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

namespace {
// Each member counted once per month they came in, under the month they joined.
const QString kCounted = QStringLiteral(R"(
    SELECT substr(m.joined_at, 1, 7) AS cohort, a.month AS month, count(*) AS members
    FROM (SELECT DISTINCT member_id, substr(at, 1, 7) AS month FROM visits WHERE voided_at IS NULL) a
    JOIN members m ON m.id = a.member_id GROUP BY 1, 2)");
} // namespace

Result<QList<CohortRepository::Cell>> CohortRepository::cells(const QString &firstCohort, const QString &lastMonth) const
{
    auto q = m_db.execCached(QStringLiteral("SELECT cohort, month, members FROM cohort_months "
                                            "WHERE cohort >= ? AND cohort <= ? AND month <= ? AND members > 0 ORDER BY cohort, month"),
                             {firstCohort, lastMonth, lastMonth});
    if (!q)
        return q.error();
    QList<Cell> out;
    QSqlQuery *rows = *q;
    while (rows->next())
        out << Cell{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toLongLong()};
    return out;
}

QStringList CohortRepository::triggers()
{
    return {QStringLiteral("cohort_visit"), QStringLiteral("cohort_void")};
}

QStringList CohortRepository::rebuildStatements()
{
    return {QStringLiteral("DELETE FROM cohort_months"),
            QStringLiteral("INSERT INTO cohort_months(cohort, month, members) SELECT cohort, month, members FROM (%1) WHERE true").arg(kCounted)};
}

Result<QList<QStringList>> CohortRepository::mismatches(int limit) const
{
    auto q = exec(m_db.connection(),
                  QStringLiteral("SELECT coalesce(k.cohort, c.cohort), coalesce(k.month, c.month), coalesce(k.members, 0), coalesce(c.members, 0) "
                                 "FROM cohort_months k FULL OUTER JOIN (%1) c ON c.cohort = k.cohort AND c.month = k.month "
                                 "WHERE coalesce(k.members, 0) <> coalesce(c.members, 0) ORDER BY 1, 2 LIMIT %2")
                      .arg(kCounted)
                      .arg(limit));
    if (!q)
        return q.error();
    QList<QStringList> out;
    while (q->next())
        out << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    return out;
}

} // namespace loyalty
