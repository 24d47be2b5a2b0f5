#include "tiers/TierService.h"

#include "shop/AuditLog.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/ShopRepository.h"
#include "storage/TierRepository.h"
#include "tiers/TierRules.h"
#include "tiers/TierStore.h"

#include <QJsonObject>

namespace loyalty {

namespace {
const QString kReviewedKey = QStringLiteral("tiers_reviewed");
} // namespace

TierLadder TierReport::suggestedLadder() const
{
    TierLadder out = ladder;
    for (qsizetype i = 0; i < out.size() && i < suggestedThresholds.size(); ++i)
        out.tiers()[i].thresholdCents = suggestedThresholds.at(i);
    return out;
}

Result<QList<QDate>> TierService::reviewsDue() const
{
    auto reviewed = ShopRepository(m_db).meta(kReviewedKey);
    if (!reviewed)
        return reviewed.error();
    QDate after = dateFromStorage(*reviewed);
    if (!after.isValid()) {
        // Never reviewed: from the month after the first member joined (no members, no reviews).
        auto first = TierRepository(m_db).firstJoined();
        if (!first)
            return first.error();
        if (!first->isValid())
            return QList<QDate>{};
        after = *first;
    }
    return TierRules::reviewDaysBetween(after, m_clock.today());
}

Result<TierReviewReport> TierService::review(TierStore &store, const TierLadder &ladder, int graceMonths, const QDate &day)
{
    TierReviewReport report;
    report.days << day;
    auto standings = store.standings(TierRules::reviewWindowFirst(day), TierRules::reviewWindowLast(day));
    if (!standings)
        return standings.error();
    for (const TierStore::Standing &s : std::as_const(*standings)) {
        const TierRules::ReviewOutcome out = TierRules::review(ladder, {s.level, s.since, s.spendCents}, day, graceMonths);
        if (out.kind == TierRules::ReviewOutcome::Kind::Kept) {
            ++report.kept;
            continue;
        }
        if (out.level == s.level && (out.level == 0 || out.since == s.since))
            continue; // the lowest tier needs no renewal; a review run again changes nothing
        if (Status set = store.setTier(s.memberId, out.level, out.since); !set)
            return set.error();
        if (out.level == s.level)
            ++report.renewed;
        else
            report.changed << TierChange{s.memberId, QString(), s.level, out.level, day};
    }
    return report;
}

Status TierService::markReviewed(const QDate &day)
{
    return ShopRepository(m_db).setMeta(kReviewedKey, toStorage(day));
}

Result<TierReviewReport> TierService::reviewDue()
{
    auto due = reviewsDue();
    if (!due)
        return due.error();
    TierReviewReport report;
    if (due->isEmpty())
        return report;
    auto ladder = TierRepository(m_db).ladder();
    if (!ladder)
        return ladder.error();
    const int grace = int(Settings(m_db).integer(QStringLiteral("tiers.grace_months")));
    TierRepository store(m_db);
    MemberRepository members(m_db);
    const Operator system{QStringLiteral("system"), Role::Owner};
    // Each review in its own transaction, remembered with it: an interrupted run goes on from there.
    for (const QDate &day : std::as_const(*due)) {
        Status s = m_db.transaction([&]() -> Status {
            auto one = review(store, *ladder, grace, day);
            if (!one)
                return one.error();
            for (TierChange &c : one->changed) {
                auto m = members.byId(c.memberId);
                if (!m)
                    return m.error();
                c.card = m->card;
            }
            if (Status marked = markReviewed(day); !marked)
                return marked;
            if (Status audited = AuditLog(m_db).record(system, QStringLiteral("tiers.review"),
                                                       {{QStringLiteral("day"), toStorage(day)},
                                                        {QStringLiteral("changed"), qint64(one->changed.size())},
                                                        {QStringLiteral("renewed"), one->renewed},
                                                        {QStringLiteral("kept"), one->kept}});
                !audited)
                return audited;
            report.days << day;
            report.changed << one->changed;
            report.renewed += one->renewed;
            report.kept += one->kept;
            return {};
        });
        if (!s)
            return s.error();
    }
    return report;
}

Result<QList<std::pair<int, qint64>>> TierService::activeSpend12m() const
{
    const QDate today = m_clock.today();
    auto standings = TierRepository(m_db).standings(TierRules::spendWindowStart(today), today);
    if (!standings)
        return standings.error();
    QList<std::pair<int, qint64>> out;
    out.reserve(standings->size());
    for (const TierStore::Standing &s : std::as_const(*standings))
        if (s.active)
            out << std::pair{s.level, s.spendCents};
    return out;
}

LadderPreview TierService::previewOf(const TierLadder &ladder, const QList<std::pair<int, qint64>> &levelAndSpend)
{
    LadderPreview p;
    p.byLevel = QList<qint64>(ladder.size(), 0);
    for (const auto &[level, spend] : levelAndSpend) {
        const int q = ladder.qualifyingLevel(spend);
        if (q < p.byLevel.size())
            ++p.byLevel[q];
        ++p.members;
        if (q > level)
            ++p.up;
        else if (q < level)
            ++p.down;
    }
    return p;
}

Result<LadderPreview> TierService::preview(const TierLadder &ladder) const
{
    auto spend = activeSpend12m();
    if (!spend)
        return spend.error();
    return previewOf(ladder, *spend);
}

Result<TierReport> TierService::report() const
{
    TierReport r;
    r.asOf = m_clock.today();
    auto ladder = TierRepository(m_db).ladder();
    if (!ladder)
        return ladder.error();
    r.ladder = *ladder;
    auto spend = activeSpend12m();
    if (!spend)
        return spend.error();
    r.membersByLevel = QList<qint64>(ladder->size(), 0);
    QList<qint64> spends;
    spends.reserve(spend->size());
    for (const auto &[level, cents] : std::as_const(*spend)) {
        if (level >= 0 && level < r.membersByLevel.size())
            ++r.membersByLevel[level];
        spends << cents;
    }
    r.members = spend->size();
    QList<int> targets;
    for (const Tier &t : ladder->tiers())
        targets << t.targetPercent;
    r.suggestedThresholds = TierRules::suggestThresholds(spends, targets);
    r.current = previewOf(*ladder, *spend);
    r.suggested = previewOf(r.suggestedLadder(), *spend);
    return r;
}

Status TierService::saveLadder(const TierLadder &ladder, const Operator &op)
{
    auto before = TierRepository(m_db).ladder();
    if (!before)
        return before.error();
    if (ladder.size() != before->size())
        return Error::invalid(TierLadder::tr("A shop has exactly %1 tiers.").arg(TierLadder::kLevels), QStringLiteral("tiers"));
    // Through the settings' keys: one place checks, stores and audits a change of the ladder.
    QList<Settings::Change> changes;
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("threshold_cents"), QStringLiteral("earn_percent"),
                                 QStringLiteral("perks"), QStringLiteral("color"), QStringLiteral("target_percent")})
        for (const Tier &t : ladder.tiers())
            if (const QString value = Settings::tierField(t, field); value != Settings::tierField(before->at(t.level), field))
                changes << Settings::Change(QStringLiteral("tiers.%1.%2").arg(t.level).arg(field), value);
    if (changes.isEmpty())
        return {};
    return Settings(m_db).setMany(changes, op);
}

} // namespace loyalty
