#include "points/ExpiryService.h"

#include "points/PointsLedger.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"

#include <QSet>

namespace loyalty {

Result<ExpiryReport> ExpiryService::run()
{
    LedgerRepository repo(m_db);
    return run(repo);
}

Result<ExpiryReport> ExpiryService::run(LedgerStore &store)
{
    auto rules = Settings(m_db).rules();
    if (!rules)
        return rules.error();
    ExpiryReport report;
    Status s = m_db.transaction([&]() -> Status {
        auto due = store.expiredBefore(m_clock.today());
        if (!due)
            return due.error();
        // One `expire` entry per lot; each member's balance written once, at the end.
        PointsLedger ledger(store, *rules, QStringLiteral("system"), PointsLedger::WriteBalances::Later);
        QSet<qint64> members;
        for (const Lot &lot : std::as_const(*due)) {
            if (Status e = ledger.expire(lot, expiredAt(*lot.expiresOn)); !e)
                return e;
            report.points += lot.remaining;
            ++report.lots;
            members.insert(lot.memberId);
        }
        report.members = int(members.size());
        return ledger.flush();
    });
    if (!s)
        return s.error();
    return report;
}

Result<ExpiryReport> ExpiryService::expireMember(qint64 memberId, const Rules &rules)
{
    ExpiryReport report;
    auto open = LedgerRepository(m_db).openLots(memberId);
    if (!open)
        return open.error();
    PointsLedger ledger(m_db, rules, QStringLiteral("system"));
    const QDate today = m_clock.today();
    for (const Lot &lot : std::as_const(*open)) {
        if (!lot.expiresOn || *lot.expiresOn >= today)
            continue;
        if (Status e = ledger.expire(lot, expiredAt(*lot.expiresOn)); !e)
            return e.error();
        report.points += lot.remaining;
        ++report.lots;
        report.members = 1;
    }
    return report;
}

} // namespace loyalty
