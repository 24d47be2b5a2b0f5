#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

class QRandomGenerator;

namespace loyalty {

class Database;

struct DemoOptions {
    int members = 2000;
    qint64 visits = 0;
    quint64 seed = 1;
    QString language = QStringLiteral("zh_CN"); // names and tags in this language's script
};

struct DemoResult {
    int members = 0;
    qint64 visits = 0;
};

// Fills a new shop with realistic synthetic members (Chinese and Latin names, phones, birthdays,
// tags, referrals), through the same services the counter uses, in batches of one transaction each.
// The same seed gives the same shop.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // Called after each batch with what is done so far; return false to stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // The page cache while building. Transactions are large (kVisitBatch) so that a page changed
    // by many visits is written once; with the indexes the build does not read suspended, what the
    // visits touch fits in 128 MB (measured: 96, 192 and 384 MB build a 600,000-visit shop in the
    // same time, within noise; memory grows with the cache).
    static constexpr int kBuildCacheKiB = 128 * 1024;
    static constexpr int kVisitBatch = 50'000;
    // Recorded visits are handed to a writer thread this many at a time (VisitBatch::
    // writeInBackground): the next ones are recorded in memory while SQLite writes these.
    static constexpr int kVisitsPerWrite = 5'000;

    DemoGenerator(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<DemoResult> run(const DemoOptions &options, const Progress &progress = {});

private:
    // Each member's own rhythm, in time order across the shop, through the counter's service.
    Result<qint64> recordVisits(const DemoOptions &options, const QList<qint64> &memberIds, QRandomGenerator &rng,
                                const std::function<bool(qint64 done)> &progress);

    // Coupons the owner gave out over the last months and the visits that redeemed some of them:
    // planned before the history (their visits are part of the visits asked for), recorded after it
    // through the counter's own services, oldest first.
    struct CouponEvent {
        qint64 memberId = 0;
        int kind = 0;                  // which of the demo's templates
        QDateTime issuedAt;
        std::optional<QDateTime> redeemedAt;
        qint64 amountCents = 0;        // the redeeming visit's
    };
    static QList<CouponEvent> planCoupons(const DemoOptions &options, const QList<qint64> &memberIds, const QList<QDateTime> &joined,
                                          const QDateTime &now, QRandomGenerator &rng);
    Status recordCoupons(const DemoOptions &options, const QList<CouponEvent> &plan);

    // Contacts the owner made to bring members back, at the times the alert list would have shown
    // them (the win-back report's numbers).
    Result<qint64> logContacts(QRandomGenerator &rng);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
