#include "points/PointsService.h"

#include "members/Member.h"
#include "points/PointsLedger.h"
#include "shop/AuditLog.h"
#include "storage/Database.h"
#include "storage/CohortRepository.h"
#include "storage/DayTotalsRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/MemberRepository.h"

namespace loyalty {

Result<qint64> PointsService::adjust(qint64 memberId, qint64 delta, const QString &reasonInput)
{
    if (!m_operator.isOwner())
        return Error::permission(tr("Only the owner can adjust points."));
    const QString reason = reasonInput.trimmed();
    if (reason.isEmpty())
        return Error::invalid(tr("Give a reason for the adjustment."), QStringLiteral("reason"));
    if (reason.size() > 200)
        return Error::invalid(tr("A reason is at most 200 characters."), QStringLiteral("reason"));
    if (delta == 0)
        return Error::invalid(tr("An adjustment of 0 points changes nothing."), QStringLiteral("delta"));
    if (delta > kMaxAdjust || delta < -kMaxAdjust)
        return Error::invalid(tr("An adjustment is at most %1 points either way.").arg(kMaxAdjust), QStringLiteral("delta"));
    auto rules = Settings(m_db).rules();
    if (!rules)
        return rules.error();
    qint64 balance = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto member = MemberRepository(m_db).byId(memberId);
        if (!member)
            return member.error();
        if (member->status == MemberStatus::Erased)
            return Error::refused(tr("This member's data was erased."));
        if (delta < 0 && member->points + delta < 0)
            return Error::refused(tr("%1 has %2 points: taking %3 would go below zero.").arg(member->displayName()).arg(member->points).arg(-delta),
                                  QStringLiteral("delta"));
        PointsLedger ledger(m_db, *rules, m_operator.name);
        const QDateTime now = m_clock.now();
        if (delta > 0) {
            PointsLedger::Credit c;
            c.memberId = memberId;
            c.kind = LedgerKind::Adjust;
            c.points = delta;
            c.at = now;
            c.earnedOn = now.date();
            c.reason = reason;
            if (auto e = ledger.credit(c); !e)
                return e.error();
        } else {
            PointsLedger::Debit d;
            d.memberId = memberId;
            d.kind = LedgerKind::Adjust;
            d.points = -delta;
            d.at = now;
            d.reason = reason;
            if (auto e = ledger.debit(d); !e)
                return e.error();
        }
        balance = member->points + delta;
        return AuditLog(m_db).record(m_operator, QStringLiteral("points.adjust"),
                                     {{QStringLiteral("member_id"), memberId},
                                      {QStringLiteral("before"), member->points},
                                      {QStringLiteral("after"), balance},
                                      {QStringLiteral("delta"), delta},
                                      {QStringLiteral("reason"), reason}});
    });
    if (!s)
        return s.error();
    return balance;
}

Result<QList<PointsExpiring>> PointsService::expiringSoon(qint64 memberId, int days) const
{
    const QDate today = m_clock.today();
    auto lots = LedgerRepository(m_db).expiringBetween(memberId, today, today.addDays(days - 1));
    if (!lots)
        return lots.error();
    QList<PointsExpiring> out;
    for (const Lot &l : std::as_const(*lots)) {
        if (!out.isEmpty() && out.last().on == *l.expiresOn)
            out.last().points += l.remaining;
        else
            out << PointsExpiring{l.remaining, *l.expiresOn};
    }
    return out;
}

Result<CheckReport> LedgerCheck::run(bool withIntegrity) const
{
    CheckReport report;
    if (withIntegrity)
        for (const QString &p : m_db.checkIntegrity(false))
            report.problems << tr("Database integrity: %1").arg(p);

    // Each invariant lists the rows that break it; the message says which rule and which member.
    struct Rule {
        LedgerInvariant invariant;
        const char *message; // %1, %2, %3: the three values of a row
    };
    const QList<Rule> rules = {
        {LedgerInvariant::BalanceIsLedgerSum, QT_TR_NOOP("Member %1: the balance says %2 points but the ledger adds up to %3.")},
        {LedgerInvariant::BalanceIsLotsLessDebt, QT_TR_NOOP("Member %1: the balance says %2 points but the lots hold %3 (after debt).")},
        {LedgerInvariant::DebtOnlyWithoutPoints, QT_TR_NOOP("Member %1 owes %2 points while lots still hold %3.")},
        {LedgerInvariant::LotMatchesEntry, QT_TR_NOOP("Lot %1 (%2 points) does not match its ledger entry (%3 points).")},
        {LedgerInvariant::CreditHasLot, QT_TR_NOOP("Ledger entry %1 (%2, %3 points) has no lot.")},
        {LedgerInvariant::EntryVisitExists, QT_TR_NOOP("Ledger entry %1 (%2) belongs to visit %3, which does not exist.")},
        {LedgerInvariant::EntryMemberExists, QT_TR_NOOP("Ledger entry %1 (%2) belongs to member id %3, who does not exist.")},
        {LedgerInvariant::VisitEarnMatchesLedger, QT_TR_NOOP("Visit %1 says it earned %2 points but the ledger has %3.")},
        {LedgerInvariant::VoidIsReversed, QT_TR_NOOP("Visit %1 is void but its ledger entry %2 (%3) was not reversed.")},
        {LedgerInvariant::ReversalIsExact, QT_TR_NOOP("Reversal %1 (%2 points) does not undo its entry exactly (%3 points).")},
        {LedgerInvariant::VisitCountMatches, QT_TR_NOOP("Member %1: %2 visits counted but %3 recorded.")},
        {LedgerInvariant::Spend12mMatches, QT_TR_NOOP("Member %1: a 12-month spend and visit count of %2 (cents / visits) are kept but the visits add up to %3.")},
        {LedgerInvariant::LastVisitMatches, QT_TR_NOOP("Member %1: the last visit is kept as %2 but the visits say %3.")},
    };
    LedgerRepository repo(m_db);
    constexpr int kShown = 20;
    for (const Rule &rule : rules) {
        auto rows = repo.violations(rule.invariant, kShown + 1);
        if (!rows)
            return rows.error();
        for (qsizetype i = 0; i < rows->size(); ++i) {
            if (i == kShown) {
                report.problems << tr("… and more of the same.");
                break;
            }
            const QStringList &row = rows->at(i);
            report.problems << tr(rule.message).arg(row.at(0), row.at(1), row.at(2));
        }
    }
    // The rhythm each member's row keeps (their last visit days and usual gap) against the history.
    auto rhythms = MemberTotalsRepository(m_db).rhythmMismatches(kShown);
    if (!rhythms)
        return rhythms.error();
    for (const auto &[card, kept, history] : std::as_const(*rhythms))
        report.problems << tr("Member %1: the visit days kept are “%2” but the visits say “%3”.").arg(card, kept, history);
    // The day totals the dashboard reads, against the rows.
    auto days = DayTotalsRepository(m_db).mismatches(kShown);
    if (!days)
        return days.error();
    for (const QStringList &d : std::as_const(*days))
        report.problems << tr("Day %1: the totals kept (visits/revenue/earned/redeemed/expired/adjusted/reversed/new members) are %2 but "
                              "the rows say %3.")
                               .arg(d.at(0), d.at(1), d.at(2));
    // The cohorts' months, against the visits.
    auto cohorts = CohortRepository(m_db).mismatches(kShown);
    if (!cohorts)
        return cohorts.error();
    for (const QStringList &c : std::as_const(*cohorts))
        report.problems << tr("Members who joined in %1 and came in %2: %3 kept but the visits say %4.").arg(c.at(0), c.at(1), c.at(2), c.at(3));
    if (auto counts = repo.memberAndEntryCounts()) {
        report.membersChecked = counts->first;
        report.entriesChecked = counts->second;
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace loyalty
