#pragma once

#include "common/Result.h"
#include "visits/Visit.h"

namespace loyalty {

class Database;

class VisitRepository {
public:
    explicit VisitRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Visit &visit);
    // Bulk loads (VisitBatch): visits with their ids given, and their items, through BulkStatement.
    Status insertMany(const QList<Visit> &visits);
    // What checkouts leave in a member's row, written as it stands (VisitBatch, after many visits).
    struct CheckoutTotals {
        qint64 memberId = 0;
        qint64 points = 0;
        qint64 debt = 0;
        int visitCount = 0;
        QDateTime lastVisitAt;
        int tierLevel = 0;
        QDate tierSince;
        QList<QDate> visitDays;      // SPEC §3.5: the last distinct visit days and their typical gap
        std::optional<int> typicalGapDays;
    };
    Status setCheckoutTotals(const QList<CheckoutTotals> &totals);
    // Bulk loads: the qualifying spend of every non-void visit dated `from` or later.
    struct SpendRow {
        qint64 memberId = 0;
        QDate day;
        qint64 cents = 0;
    };
    Result<QList<SpendRow>> spendSince(const QDate &from, std::optional<qint64> memberId = std::nullopt) const;
    // The day of the latest visit (invalid when there is none).
    Result<QDate> lastDay() const;
    Result<std::optional<Visit>> byUuid(const QString &uuid) const;
    Result<Visit> byId(qint64 id) const;
    // A member's visits, newest first, with their items.
    Result<QList<Visit>> ofMember(qint64 memberId, int limit = 50, bool includeVoid = true) const;
    Status markVoid(qint64 visitId, const QDateTime &at, const QString &op, const QString &reason);
    // The member's qualifying spend over the 365 days ending on `today` (SPEC §3.4).
    // The qualifying spend over the 365 days up to today (SPEC §3.4), and over any days.
    Result<qint64> spend12m(qint64 memberId, const QDate &today) const;
    Result<qint64> spendBetween(qint64 memberId, const QDate &first, const QDate &last) const;
    Result<int> nonVoidCount(qint64 memberId) const;
    // Visits recorded on a day, newest first (the counter's "today" list), with the member's name.
    struct DayRow {
        Visit visit;
        QString memberName;
        QString card;
    };
    Result<QList<DayRow>> ofDay(const QDate &day, int limit = 200) const;

private:
    Result<QList<VisitLine>> itemsOf(qint64 visitId) const;
    Database &m_db;
};

} // namespace loyalty
