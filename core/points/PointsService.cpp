#include "points/PointsService.h"

#include "members/Member.h"
#include "points/PointsLedger.h"
#include "shop/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
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
    const QSqlDatabase db = m_db.connection();
    if (withIntegrity)
        for (const QString &p : m_db.checkIntegrity(false))
            report.problems << tr("Database integrity: %1").arg(p);

    // Each check lists the rows that break a rule; the message says which rule and which member.
    struct Rule {
        QString sql;
        const char *message; // %1, %2, %3: the first three columns
    };
    const QList<Rule> rules = {
        {QStringLiteral("SELECT m.card, m.points, coalesce(l.total, 0) FROM members m "
                        "LEFT JOIN (SELECT member_id, sum(points) AS total FROM ledger GROUP BY member_id) l ON l.member_id = m.id "
                        "WHERE m.points <> coalesce(l.total, 0)"),
         QT_TR_NOOP("Member %1: the balance says %2 points but the ledger adds up to %3.")},
        {QStringLiteral("SELECT m.card, m.points, coalesce(t.remaining, 0) - m.points_debt FROM members m "
                        "LEFT JOIN (SELECT member_id, sum(remaining) AS remaining FROM lots GROUP BY member_id) t ON t.member_id = m.id "
                        "WHERE m.points <> coalesce(t.remaining, 0) - m.points_debt"),
         QT_TR_NOOP("Member %1: the balance says %2 points but the lots hold %3 (after debt).")},
        {QStringLiteral("SELECT m.card, m.points_debt, t.remaining FROM members m "
                        "JOIN (SELECT member_id, sum(remaining) AS remaining FROM lots GROUP BY member_id) t ON t.member_id = m.id "
                        "WHERE m.points_debt > 0 AND t.remaining > 0"),
         QT_TR_NOOP("Member %1 owes %2 points while lots still hold %3.")},
        {QStringLiteral("SELECT t.id, t.points, l.points FROM lots t JOIN ledger l ON l.id = t.ledger_id "
                        "WHERE l.points <> t.points OR l.member_id <> t.member_id OR l.kind NOT IN ('earn', 'bonus', 'adjust', 'reverse')"),
         QT_TR_NOOP("Lot %1 (%2 points) does not match its ledger entry (%3 points).")},
        {QStringLiteral("SELECT l.id, l.kind, l.points FROM ledger l WHERE l.points > 0 AND l.kind IN ('earn', 'bonus', 'adjust', 'reverse') "
                        "AND NOT EXISTS (SELECT 1 FROM lots t WHERE t.ledger_id = l.id)"),
         QT_TR_NOOP("Ledger entry %1 (%2, %3 points) has no lot.")},
        {QStringLiteral("SELECT l.id, l.kind, l.visit_id FROM ledger l WHERE l.visit_id IS NOT NULL "
                        "AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = l.visit_id)"),
         QT_TR_NOOP("Ledger entry %1 (%2) belongs to visit %3, which does not exist.")},
        {QStringLiteral("SELECT l.id, l.kind, l.member_id FROM ledger l WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.id = l.member_id)"),
         QT_TR_NOOP("Ledger entry %1 (%2) belongs to member id %3, who does not exist.")},
        {QStringLiteral("SELECT v.id, v.points_earned, coalesce(e.total, 0) FROM visits v "
                        "LEFT JOIN (SELECT visit_id, sum(points) AS total FROM ledger WHERE kind = 'earn' GROUP BY visit_id) e ON e.visit_id = v.id "
                        "WHERE v.points_earned <> coalesce(e.total, 0)"),
         QT_TR_NOOP("Visit %1 says it earned %2 points but the ledger has %3.")},
        {QStringLiteral("SELECT v.id, l.id, l.kind FROM visits v JOIN ledger l ON l.visit_id = v.id "
                        "WHERE v.voided_at IS NOT NULL AND l.kind IN ('earn', 'bonus', 'redeem') "
                        "AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses_id = l.id)"),
         QT_TR_NOOP("Visit %1 is void but its ledger entry %2 (%3) was not reversed.")},
        // A reversal undoes its entry exactly, less what had expired out of the entry's lot by then.
        {QStringLiteral("SELECT r.id, r.points, o.points FROM ledger r JOIN ledger o ON o.id = r.reverses_id LEFT JOIN lots t ON t.ledger_id = o.id "
                        "WHERE r.points <> -(o.points - CASE WHEN o.points > 0 THEN coalesce((SELECT -sum(x.points) FROM ledger x "
                        "WHERE x.kind = 'expire' AND x.lot_id = t.id AND x.id < r.id), 0) ELSE 0 END)"),
         QT_TR_NOOP("Reversal %1 (%2 points) does not undo its entry exactly (%3 points).")},
        {QStringLiteral("SELECT m.card, m.visit_count, (SELECT count(*) FROM visits v WHERE v.member_id = m.id AND v.voided_at IS NULL) AS n "
                        "FROM members m WHERE m.visit_count <> (SELECT count(*) FROM visits v WHERE v.member_id = m.id AND v.voided_at IS NULL)"),
         QT_TR_NOOP("Member %1: %2 visits counted but %3 recorded.")},
    };
    for (const Rule &rule : rules) {
        auto q = exec(db, rule.sql);
        if (!q)
            return q.error();
        int shown = 0;
        while (q->next()) {
            if (++shown > 20) {
                report.problems << tr("… and more of the same.");
                break;
            }
            report.problems << tr(rule.message).arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
        }
    }
    if (auto q = exec(db, QStringLiteral("SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM ledger)")); q && q->next()) {
        report.membersChecked = q->value(0).toLongLong();
        report.entriesChecked = q->value(1).toLongLong();
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace loyalty
