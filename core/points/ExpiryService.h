#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "shop/Settings.h"

#include <QCoreApplication>

namespace loyalty {

class Database;
class LedgerStore;

struct ExpiryReport {
    qint64 points = 0;   // points expired
    int lots = 0;
    int members = 0;
};

// Applies expiry (SPEC §3.3): every lot whose last valid day is before today loses what is left,
// written as `expire` entries. Runs at open, at each day change and by `expire`.
class ExpiryService {
    Q_DECLARE_TR_FUNCTIONS(ExpiryService)

public:
    ExpiryService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The whole shop, in one transaction.
    Result<ExpiryReport> run();
    // The same, on another store (a VisitBatch that holds every member and open lot).
    Result<ExpiryReport> run(LedgerStore &store);
    // One member, inside the caller's transaction (after a void gave back old points).
    Result<ExpiryReport> expireMember(qint64 memberId, const Rules &rules);

    // An expired lot counts as gone at the start of the day after its last valid day.
    static QDateTime expiredAt(const QDate &lastValidDay) { return wallTime(lastValidDay.addDays(1), QTime(0, 0)); }

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
