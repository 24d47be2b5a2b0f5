#include "storage/MemberTotalsRepository.h"

#include "common/Clock.h"
#include "rules/MemberState.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "tiers/TierRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace loyalty {

namespace {
QDate isoDay(QByteArrayView s);

const QString kSpendDayKey = QStringLiteral("spend_12m_day");

// A visit day in the stored window: the window ends on meta.spend_12m_day ('' before it is counted,
// when nothing is added: the first count reads it all).
const QString kInWindow = QStringLiteral(
    "EXISTS (SELECT 1 FROM meta WHERE key = 'spend_12m_day' AND value <> '' AND ? BETWEEN date(value, '-364 days') AND value)");

std::optional<qint64> gapOrNull(const std::optional<int> &gap)
{
    return gap ? std::optional<qint64>(*gap) : std::nullopt;
}

QVariant nullable(const std::optional<int> &gap)
{
    return gap ? QVariant(*gap) : QVariant(QMetaType::fromType<int>());
}
} // namespace

Status MemberTotalsRepository::countVisit(const Counted &c)
{
    static const QString sql = QStringLiteral(
        "UPDATE members SET visit_count = visit_count + 1, "
        "last_visit_at = CASE WHEN last_visit_at IS NULL OR last_visit_at < ? THEN ? ELSE last_visit_at END, "
        "points = ?, points_debt = ?, visit_days = ?, typical_gap_days = ?, "
        "spend_12m_cents = spend_12m_cents + CASE WHEN %1 THEN ? ELSE 0 END, "
        "visits_12m = visits_12m + CASE WHEN %1 THEN 1 ELSE 0 END WHERE id = ?")
                                   .arg(kInWindow);
    const QString at = toStorage(c.at);
    const QString day = toStorage(c.at.date());
    if (auto q = m_db.execCached(sql, {at, at, c.points, c.debt, visitDaysToText(c.visitDays), nullable(c.typicalGapDays), day,
                                       c.spendCents, day, c.memberId});
        !q)
        return q.error();
    return {};
}

Status MemberTotalsRepository::recount(qint64 memberId, const QDate &voidedDay, qint64 voidedSpendCents)
{
    auto days = m_db.execCached(QStringLiteral("SELECT DISTINCT day FROM visits WHERE member_id = ? AND voided_at IS NULL "
                                               "ORDER BY day DESC LIMIT %1")
                                    .arg(kRhythmDays),
                                {memberId});
    if (!days)
        return days.error();
    QList<QDate> list;
    while ((*days)->next())
        list.prepend(dateFromStorage((*days)->value(0).toString()));
    (*days)->finish();
    static const QString sql = QStringLiteral(
        "UPDATE members SET "
        "visit_count = (SELECT count(*) FROM visits WHERE member_id = ? AND voided_at IS NULL), "
        "last_visit_at = (SELECT max(at) FROM visits WHERE member_id = ? AND voided_at IS NULL), "
        "visit_days = ?, typical_gap_days = ?, "
        "spend_12m_cents = spend_12m_cents - CASE WHEN %1 THEN ? ELSE 0 END, "
        "visits_12m = visits_12m - CASE WHEN %1 THEN 1 ELSE 0 END WHERE id = ?")
                                   .arg(kInWindow);
    const QString day = toStorage(voidedDay);
    if (auto q = m_db.execCached(sql, {memberId, memberId, visitDaysToText(list), nullable(typicalGapFromDays(list)), day,
                                       voidedSpendCents, day, memberId});
        !q)
        return q.error();
    return {};
}

Status MemberTotalsRepository::scanVisitDays(const std::function<void(qint64 memberId, const QDate &day)> &each) const
{
    auto q = m_db.bulkStatement(QStringLiteral("SELECT member_id, day FROM visits WHERE voided_at IS NULL ORDER BY member_id, at"));
    if (!q)
        return q.error();
    return (*q)->forEachRow([&each](const BulkStatement &r) {
        each(r.integer(0), isoDay(r.utf8(1)));
        return true;
    });
}

Result<QList<MemberTotalsRepository::Mismatch>> MemberTotalsRepository::rhythmMismatches(int limit) const
{
    // What the history gives, member by member, then compared with every member's row (members
    // without visits must keep nothing).
    QHash<qint64, QList<QDate>> fromHistory;
    qint64 member = 0;
    QList<QDate> days;
    Status scanned = scanVisitDays([&](qint64 id, const QDate &day) {
        if (id != member) {
            if (member != 0)
                fromHistory.insert(member, days);
            member = id;
            days.clear();
        }
        days = withVisitDay(days, day);
    });
    if (!scanned)
        return scanned.error();
    if (member != 0)
        fromHistory.insert(member, days);
    auto q = m_db.bulkStatement(QStringLiteral("SELECT id, card, visit_days, typical_gap_days FROM members"));
    if (!q)
        return q.error();
    QList<Mismatch> out;
    const auto withGap = [](const QString &text, const std::optional<int> &g) {
        return g ? QStringLiteral("%1 (%2)").arg(text).arg(*g) : text;
    };
    Status compared = (*q)->forEachRow([&](const BulkStatement &r) {
        const QList<QDate> history = fromHistory.value(r.integer(0));
        const QString kept = r.text(2);
        const std::optional<int> gap = r.isNull(3) ? std::nullopt : std::optional<int>(int(r.integer(3)));
        if (kept != visitDaysToText(history) || gap != typicalGapFromDays(history))
            out << Mismatch{r.text(1), withGap(kept, gap), withGap(visitDaysToText(history), typicalGapFromDays(history))};
        return out.size() < limit;
    });
    if (!compared)
        return compared.error();
    return out;
}

Status MemberTotalsRepository::rebuildRhythms()
{
    // Members without a non-void visit keep nothing; the others are written below.
    if (auto q = m_db.execCached(QStringLiteral("UPDATE members SET visit_days = '', typical_gap_days = NULL "
                                                "WHERE visit_days <> '' OR typical_gap_days IS NOT NULL"));
        !q)
        return q.error();
    auto update = m_db.bulkStatement(QStringLiteral("UPDATE members SET visit_days = ?, typical_gap_days = ? WHERE id = ?"));
    if (!update)
        return update.error();
    qint64 member = 0;
    QList<QDate> days;
    Status failed;
    const auto write = [&] {
        if (member == 0 || !failed)
            return;
        **update << visitDaysToText(days) << gapOrNull(typicalGapFromDays(days)) << member;
        failed = (*update)->run();
    };
    Status scanned = scanVisitDays([&](qint64 id, const QDate &day) {
        if (id != member) {
            write();
            member = id;
            days.clear();
        }
        days = withVisitDay(days, day);
    });
    if (!scanned)
        return scanned;
    write();
    return failed;
}

Result<QDate> MemberTotalsRepository::spendDay() const
{
    auto v = m_db.value(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kSpendDayKey});
    if (!v)
        return v.error();
    return dateFromStorage(v->toString());
}

Status MemberTotalsRepository::forgetSpendWindow()
{
    auto forget = m_db.bulkStatement(QStringLiteral("UPDATE meta SET value = '' WHERE key = 'spend_12m_day'"));
    if (!forget)
        return forget.error();
    return (*forget)->run();
}

Status MemberTotalsRepository::addSpendOfDays(const QDate &first, const QDate &last, int sign)
{
    if (first > last)
        return {};
    auto q = m_db.execCached(QStringLiteral("UPDATE members SET spend_12m_cents = spend_12m_cents + ? * d.cents, "
                                            "visits_12m = visits_12m + ? * d.n FROM "
                                            "(SELECT member_id, sum(eligible_cents) AS cents, count(*) AS n FROM visits "
                                            "WHERE day BETWEEN ? AND ? AND voided_at IS NULL GROUP BY member_id) AS d "
                                            "WHERE members.id = d.member_id"),
                             {sign, sign, toStorage(first), toStorage(last)});
    if (!q)
        return q.error();
    return {};
}

Status MemberTotalsRepository::moveSpendWindow(const QDate &today)
{
    auto from = spendDay();
    if (!from)
        return from.error();
    const QDate old = *from;
    if (old == today)
        return {};
    return m_db.transaction([&]() -> Status {
        Status s;
        const QDate start = TierRules::spendWindowStart(today);
        if (!old.isValid() || std::abs(old.daysTo(today)) >= 365) {
            if (auto q = m_db.execCached(QStringLiteral("UPDATE members SET spend_12m_cents = 0, visits_12m = 0 "
                                                        "WHERE spend_12m_cents <> 0 OR visits_12m <> 0"));
                !q)
                return q.error();
            s = addSpendOfDays(start, today, +1);
        } else if (today > old) {   // days left at the start, joined at the end
            s = addSpendOfDays(TierRules::spendWindowStart(old), start.addDays(-1), -1);
            if (s)
                s = addSpendOfDays(old.addDays(1), today, +1);
        } else {                    // back in time (a `--now` before the last one)
            s = addSpendOfDays(today.addDays(1), old, -1);
            if (s)
                s = addSpendOfDays(start, TierRules::spendWindowStart(old).addDays(-1), +1);
        }
        if (!s)
            return s;
        if (auto q = m_db.execCached(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {toStorage(today), kSpendDayKey}); !q)
            return q.error();
        return {};
    });
}

Result<std::optional<int>> MemberTotalsRepository::medianTypicalGap() const
{
    // The lower middle one (SPEC §3.5), walked along the partial index.
    auto v = m_db.value(QStringLiteral("SELECT typical_gap_days FROM members WHERE typical_gap_days IS NOT NULL "
                                       "ORDER BY typical_gap_days LIMIT 1 OFFSET "
                                       "(SELECT (count(*) - 1) / 2 FROM members WHERE typical_gap_days IS NOT NULL)"));
    if (!v)
        return v.error();
    if (v->isNull())
        return std::optional<int>();
    return std::optional<int>(v->toInt());
}

namespace {
// "YYYY-MM-DD…" read by hand: a hundred thousand QDate::fromString calls would be most of the pass.
QDate isoDay(QByteArrayView s)
{
    if (s.size() < 10)
        return {};
    const auto digits = [&s](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i)
            v = v * 10 + (s.at(i) - '0');
        return v;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

const QString kStateColumns = QStringLiteral("id, tier_level, visit_count, joined_at, last_visit_at, typical_gap_days, spend_12m_cents, "
                                             "snoozed_until, visits_12m, card, name, coalesce(phone, '')");

void readState(const BulkStatement &q, MemberTotalsRepository::StateRow &r)
{
    r.id = q.integer(0);
    r.tierLevel = int(q.integer(1));
    r.visits = int(q.integer(2));
    r.joined = isoDay(q.utf8(3));
    r.lastVisit = isoDay(q.utf8(4));
    r.typicalGapDays = q.isNull(5) ? -1 : int(q.integer(5));
    r.spend12mCents = q.integer(6);
    r.snoozedUntil = isoDay(q.utf8(7));
    r.visits12m = int(q.integer(8));
}

void readDetails(const BulkStatement &q, MemberTotalsRepository::StateRow &r)
{
    r.card = q.text(9);
    r.name = q.text(10);
    r.phone = q.text(11);
}
} // namespace

Status MemberTotalsRepository::scanStates(const std::function<bool(const StateRow &)> &each,
                                          const std::function<void(StateRow &&)> &detailed) const
{
    auto q = m_db.bulkStatement(QStringLiteral("SELECT %1 FROM members WHERE status = 'active'").arg(kStateColumns));
    if (!q)
        return q.error();
    StateRow r;
    return (*q)->forEachRow([&](const BulkStatement &row) {
        readState(row, r);
        if (each(r)) {
            StateRow full = r;
            readDetails(row, full);
            detailed(std::move(full));
        }
        return true;
    });
}

Result<MemberTotalsRepository::StateRow> MemberTotalsRepository::stateRow(qint64 memberId) const
{
    auto q = m_db.bulkStatement(QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(kStateColumns));
    if (!q)
        return q.error();
    **q << memberId;
    auto row = (*q)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(QCoreApplication::translate("MemberService", "There is no member with id %1.").arg(memberId));
    StateRow r;
    readState(**q, r);
    readDetails(**q, r);
    (*q)->finish();
    return r;
}

Status MemberTotalsRepository::setSnoozedUntil(qint64 memberId, const QDate &until)
{
    if (auto q = m_db.execCached(QStringLiteral("UPDATE members SET snoozed_until = ? WHERE id = ?"),
                                 {until.isValid() ? QVariant(toStorage(until)) : QVariant(QMetaType::fromType<QString>()), memberId});
        !q)
        return q.error();
    return {};
}

Result<std::pair<qint64, qint64>> MemberTotalsRepository::activeMembersAndPoints() const
{
    auto q = m_db.execCached(QStringLiteral("SELECT count(*) FILTER (WHERE status = 'active'), coalesce(sum(points), 0) FROM members"));
    if (!q)
        return q.error();
    (*q)->next();
    const std::pair<qint64, qint64> r{(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong()};
    (*q)->finish();
    return r;
}

} // namespace loyalty
