#include "visits/VisitBatch.h"

#include "common/Clock.h"

#include "rules/MemberState.h"
#include "storage/CouponRepository.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/VisitRepository.h"

#include <algorithm>

namespace loyalty {

Result<VisitBatch::Held *> VisitBatch::held(qint64 memberId) const
{
    if (auto it = m_held.find(memberId); it != m_held.end())
        return &it.value();
    if (Status s = waitForWriting(); !s)
        return s.error();
    auto m = MemberRepository(m_db).forCheckout(memberId);
    if (!m)
        return m.error();
    Held h;
    h.member = *m;
    return &m_held.insert(memberId, std::move(h)).value();
}

Result<CheckoutStore::Member *> VisitBatch::changing(qint64 memberId)
{
    auto h = held(memberId);
    if (!h)
        return h.error();
    m_changedMembers.insert(memberId);
    return &(*h)->member;
}

Result<VisitBatch::Held *> VisitBatch::heldWithLots(qint64 memberId) const
{
    auto h = held(memberId);
    if (!h || (*h)->lotsLoaded)
        return h;
    if (Status s = waitForWriting(); !s)
        return s.error();
    auto open = LedgerRepository(m_db).openLots(memberId);
    if (!open)
        return open.error();
    for (const Lot &lot : std::as_const(*open)) {
        m_lots.insert(lot.id, lot);
        (*h)->openLots << lot.id;   // already in FIFO order
        trackExpiry(lot, true);
    }
    (*h)->lotsLoaded = true;
    return h;
}

void VisitBatch::trackExpiry(const Lot &lot, bool open) const
{
    if (!lot.expiresOn)
        return;
    if (open) {
        m_expiring[*lot.expiresOn].insert(lot.id);
    } else if (auto it = m_expiring.find(*lot.expiresOn); it != m_expiring.end()) {
        it->second.remove(lot.id);
        if (it->second.isEmpty())
            m_expiring.erase(it);
    }
}

Status VisitBatch::holdEveryone()
{
    if (!m_held.isEmpty() || !m_visits.isEmpty() || !m_entries.isEmpty())
        return Error::internal(QStringLiteral("holdEveryone() on a batch already in use"));
    auto members = MemberRepository(m_db).allForCheckout();
    if (!members)
        return members.error();
    m_held.reserve(members->size());
    for (const Member &m : std::as_const(*members)) {
        Held h;
        h.member = m;
        h.lotsLoaded = true;
        h.bonusesLoaded = true;
        m_held.insert(m.id, std::move(h));
    }
    auto bonuses = LedgerRepository(m_db).bonusFacts();
    if (!bonuses)
        return bonuses.error();
    for (const LedgerRepository::BonusFact &f : std::as_const(*bonuses))
        if (auto h = m_held.find(f.memberId); h != m_held.end())
            h->bonuses << f;
    // The spend of the last year and more before the latest visit: enough for every window the
    // batch will be asked about, as time only moves on.
    VisitRepository visits(m_db);
    auto latest = visits.lastDay();
    if (!latest)
        return latest.error();
    const QDate spendFrom = latest->isValid() ? latest->addDays(-kSpendHeldDays) : QDate(1, 1, 1);
    for (auto &h : m_held)
        h.spendFrom = spendFrom;
    if (latest->isValid()) {
        auto rows = visits.spendSince(spendFrom);
        if (!rows)
            return rows.error();
        for (const VisitRepository::SpendRow &r : std::as_const(*rows))
            if (auto h = m_held.find(r.memberId); h != m_held.end())
                addSpend(*h, r.day, r.cents);
    }
    auto open = LedgerRepository(m_db).allOpenLots();
    if (!open)
        return open.error();
    for (const Lot &lot : std::as_const(*open)) {
        auto h = m_held.find(lot.memberId);
        if (h == m_held.end())
            return Error::internal(QStringLiteral("lot %1 of no member").arg(lot.id));
        m_lots.insert(lot.id, lot);
        h->openLots << lot.id; // by member, oldest first
        trackExpiry(lot, true);
    }
    // Nothing else writes these tables while the batch holds everyone: the ids are read once.
    for (auto [next, table] : {std::pair{&m_nextVisit, QStringLiteral("visits")}, std::pair{&m_nextEntry, QStringLiteral("ledger")},
                               std::pair{&m_nextLot, QStringLiteral("lots")}}) {
        auto first = m_db.nextRowId(table);
        if (!first)
            return first.error();
        *next = *first;
    }
    m_holdsEveryone = true;
    return {};
}

Result<QList<Lot>> VisitBatch::expiredBefore(const QDate &day) const
{
    if (!m_holdsEveryone)
        return Error::internal(QStringLiteral("expiry through a batch needs holdEveryone()"));
    QList<Lot> due;
    for (auto it = m_expiring.cbegin(); it != m_expiring.cend() && it->first < day; ++it)
        for (const qint64 id : it->second)
            if (auto lot = m_lots.constFind(id); lot != m_lots.cend() && lot->remaining > 0)
                due << *lot;
    // As the file would give them: by member, oldest first.
    std::sort(due.begin(), due.end(), [](const Lot &a, const Lot &b) {
        return std::tie(a.memberId, a.earnedOn, a.id) < std::tie(b.memberId, b.earnedOn, b.id);
    });
    return due;
}

void VisitBatch::insertOpen(Held &h, const Lot &lot) const
{
    trackExpiry(lot, true);
    // FIFO: by the day earned, then by id (a new lot has the highest id, so it goes after lots
    // earned the same day).
    const auto at = std::upper_bound(h.openLots.begin(), h.openLots.end(), lot, [this](const Lot &l, qint64 id) {
        const Lot &other = *m_lots.constFind(id);
        return l.earnedOn < other.earnedOn || (l.earnedOn == other.earnedOn && l.id < other.id);
    });
    h.openLots.insert(at, lot.id);
}

Result<qint64> VisitBatch::takeId(std::optional<qint64> &next, const QString &table)
{
    if (!next) {
        if (Status s = waitForWriting(); !s)
            return s.error();
        auto first = m_db.nextRowId(table);
        if (!first)
            return first.error();
        next = *first;
    }
    return (*next)++;
}

Result<std::optional<Visit>> VisitBatch::visitByUuid(const QString &uuid)
{
    // A visit of this batch is answered from the file, with its bonuses, once written.
    if (m_uuids.contains(uuid)) {
        if (Status s = flush(); !s)
            return s.error();
    } else if (Status s = waitForWriting(); !s) {
        return s.error();
    }
    return VisitRepository(m_db).byUuid(uuid);
}

Result<CheckoutStore::Member> VisitBatch::member(qint64 id) const
{
    auto h = held(id);
    if (!h)
        return h.error();
    return (*h)->member;
}

Result<QList<LedgerRepository::BonusFact> *> VisitBatch::bonusFacts(qint64 memberId) const
{
    auto h = held(memberId);
    if (!h)
        return h.error();
    if (!(*h)->bonusesLoaded) {
        if (Status s = waitForWriting(); !s)
            return s.error();
        auto facts = LedgerRepository(m_db).bonusFacts(memberId);
        if (!facts)
            return facts.error();
        (*h)->bonuses = *facts;
        (*h)->bonusesLoaded = true;
    }
    return &(*h)->bonuses;
}

Result<bool> VisitBatch::hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                          std::optional<qint64> relatedMemberId) const
{
    auto facts = bonusFacts(memberId);
    if (!facts)
        return facts.error();
    return LedgerRepository::standsIn(**facts, reason, year, relatedMemberId);
}

Result<bool> VisitBatch::wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const
{
    auto facts = bonusFacts(memberId);
    if (!facts)
        return facts.error();
    return LedgerRepository::grantedIn(**facts, reason, relatedMemberId);
}

void VisitBatch::addSpend(Held &h, const QDate &day, qint64 cents)
{
    // Visits come in time order, nearly always: the new one goes at the end.
    const auto at = std::upper_bound(h.spend.begin(), h.spend.end(), day, [](const QDate &d, const auto &e) { return d < e.first; });
    h.spend.insert(at, std::pair{day, cents});
}

Result<VisitBatch::Held *> VisitBatch::heldWithSpend(qint64 memberId, const QDate &first) const
{
    auto h = held(memberId);
    if (!h)
        return h;
    Held &held = **h;
    if (!held.spendFrom.isValid()) {
        if (Status s = waitForWriting(); !s)
            return s.error();
        held.spendFrom = first.addDays(-kSpendMarginDays);
        auto rows = VisitRepository(m_db).spendSince(held.spendFrom, memberId);
        if (!rows)
            return rows.error();
        for (const VisitRepository::SpendRow &r : std::as_const(*rows))
            addSpend(held, r.day, r.cents);
    } else if (first < held.spendFrom) {
        return Error::internal(QStringLiteral("the batch holds member %1's spend from %2 only").arg(memberId).arg(toStorage(held.spendFrom)));
    }
    // What no window will ask about again goes (time only moves on).
    const QDate keepFrom = first.addDays(-kSpendMarginDays);
    if (!held.spend.isEmpty() && held.spend.first().first < keepFrom) {
        const auto end = std::lower_bound(held.spend.begin(), held.spend.end(), keepFrom, [](const auto &e, const QDate &d) { return e.first < d; });
        held.spend.erase(held.spend.begin(), end);
        held.spendFrom = std::max(held.spendFrom, keepFrom);
    }
    return h;
}

Result<qint64> VisitBatch::spendBetween(qint64 memberId, const QDate &first, const QDate &last) const
{
    auto h = heldWithSpend(memberId, first);
    if (!h)
        return h.error();
    qint64 sum = 0;
    for (const auto &[day, cents] : std::as_const((*h)->spend))
        if (day >= first && day <= last)
            sum += cents;
    return sum;
}

Result<QList<TierStore::Standing>> VisitBatch::standings(const QDate &first, const QDate &last) const
{
    if (!m_holdsEveryone)
        return Error::internal(QStringLiteral("a tier review through a batch needs holdEveryone()"));
    QList<qint64> ids = m_held.keys();
    std::sort(ids.begin(), ids.end());
    QList<Standing> out;
    out.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        const Member &m = m_held.constFind(id)->member;
        if (m.status == MemberStatus::Erased)
            continue;
        auto spend = spendBetween(id, first, last);
        if (!spend)
            return spend.error();
        out << Standing{id, m.tierLevel, m.tierSince, *spend, m.status == MemberStatus::Active};
    }
    return out;
}

Status VisitBatch::setTier(qint64 memberId, int level, const QDate &since)
{
    auto m = changing(memberId);
    if (!m)
        return m.error();
    (*m)->tierLevel = level;
    (*m)->tierSince = since;
    return {};
}

Result<std::optional<Coupon>> VisitBatch::couponByCode(const QString &) const
{
    return Error::internal(QStringLiteral("coupons are not redeemed in a bulk load"));
}

Result<CouponTemplate> VisitBatch::couponTemplate(qint64) const
{
    return Error::internal(QStringLiteral("coupons are not redeemed in a bulk load"));
}

Status VisitBatch::redeemCoupon(qint64, qint64, const QDateTime &, qint64)
{
    return Error::internal(QStringLiteral("coupons are not redeemed in a bulk load"));
}

Result<QList<CouponTemplate>> VisitBatch::autoTemplates(const QString &occasion) const
{
    if (!m_autoTemplates.contains(occasion)) {
        if (Status s = waitForWriting(); !s)
            return s.error();
        auto list = CouponRepository(m_db).autoTemplates(occasion);
        if (!list)
            return list.error();
        m_autoTemplates.insert(occasion, *list);
    }
    return m_autoTemplates.value(occasion);
}

Result<bool> VisitBatch::couponIssuedInYear(qint64, qint64, int) const
{
    return Error::internal(QStringLiteral("coupons are not issued in a bulk load"));
}

Result<qint64> VisitBatch::insertCoupon(const Coupon &)
{
    return Error::internal(QStringLiteral("coupons are not issued in a bulk load"));
}

Result<qint64> VisitBatch::insertVisit(const Visit &visit)
{
    auto h = heldWithSpend(visit.memberId, visit.at.date().addDays(-364));
    if (!h)
        return h.error();
    auto id = takeId(m_nextVisit, QStringLiteral("visits"));
    if (!id)
        return id.error();
    addSpend(**h, visit.at.date(), visit.eligibleCents);
    m_visits << visit;
    m_visits.last().id = *id;
    m_uuids.insert(visit.uuid);
    return *id;
}

Status VisitBatch::countVisit(const MemberTotalsRepository::Counted &c)
{
    auto m = changing(c.memberId);
    if (!m)
        return m.error();
    ++(*m)->visitCount;
    if (!(*m)->lastVisitAt.isValid() || (*m)->lastVisitAt < c.at)
        (*m)->lastVisitAt = c.at;
    (*m)->points = c.points;
    (*m)->pointsDebt = c.debt;
    (*m)->visitDays = c.visitDays;
    return {};
}

Result<qint64> VisitBatch::append(const LedgerEntry &entry)
{
    auto id = takeId(m_nextEntry, QStringLiteral("ledger"));
    if (!id)
        return id.error();
    if (entry.kind == LedgerKind::Bonus || entry.reversesId) {
        auto facts = bonusFacts(entry.memberId);
        if (!facts)
            return facts.error();
        if (entry.kind == LedgerKind::Bonus)
            **facts << LedgerRepository::BonusFact{*id, entry.memberId, entry.reason, entry.at.date().year(), entry.relatedMemberId, true};
        for (LedgerRepository::BonusFact &f : **facts) // a reversal takes a bonus back
            if (entry.reversesId == f.entryId)
                f.standing = false;
    }
    m_entries << entry;
    m_entries.last().id = *id;
    return *id;
}

Result<qint64> VisitBatch::addLot(const Lot &lot)
{
    auto h = heldWithLots(lot.memberId);
    if (!h)
        return h.error();
    auto id = takeId(m_nextLot, QStringLiteral("lots"));
    if (!id)
        return id.error();
    Lot added = lot;
    added.id = *id;
    m_lots.insert(added.id, added);
    m_newLots << added.id;
    if (added.remaining > 0)
        insertOpen(**h, added);
    return added.id;
}

Status VisitBatch::setRemaining(qint64 lotId, qint64 remaining)
{
    auto it = m_lots.find(lotId);
    if (it == m_lots.end()) // only lots openLots() gave out are changed
        return Error::internal(QStringLiteral("lot %1 is not held by the batch").arg(lotId));
    const bool wasOpen = it->remaining > 0;
    it->remaining = remaining;
    // A new lot is written with its final value; one already in the file is updated.
    if (!std::binary_search(m_newLots.cbegin(), m_newLots.cend(), lotId))
        m_changedLots.insert(lotId, remaining);
    if (wasOpen != (remaining > 0)) {
        auto h = heldWithLots(it->memberId);
        if (!h)
            return h.error();
        if (remaining > 0) {
            insertOpen(**h, *it);
        } else {
            (*h)->openLots.removeOne(lotId);
            trackExpiry(*it, false);
        }
    }
    return {};
}

Result<QList<Lot>> VisitBatch::openLots(qint64 memberId) const
{
    auto h = heldWithLots(memberId);
    if (!h)
        return h.error();
    QList<Lot> open;
    open.reserve((*h)->openLots.size());
    for (const qint64 id : std::as_const((*h)->openLots))
        open << m_lots.value(id);
    return open;
}

Result<std::pair<qint64, qint64>> VisitBatch::balanceOf(qint64 memberId) const
{
    auto h = held(memberId);
    if (!h)
        return h.error();
    return std::pair{(*h)->member.points, (*h)->member.pointsDebt};
}

Status VisitBatch::addToBalance(qint64 memberId, qint64 delta, qint64 newDebt)
{
    auto m = changing(memberId);
    if (!m)
        return m.error();
    (*m)->points += delta;
    (*m)->pointsDebt = newDebt;
    return {};
}

Status VisitBatch::setBalance(qint64 memberId, qint64 points, qint64 debt)
{
    auto m = changing(memberId);
    if (!m)
        return m.error();
    (*m)->points = points;
    (*m)->pointsDebt = debt;
    return {};
}

VisitBatch::~VisitBatch()
{
    (void)waitForWriting();
}

VisitBatch::Pending VisitBatch::takePending()
{
    Pending p;
    p.visits = std::exchange(m_visits, {});
    p.entries = std::exchange(m_entries, {});
    p.lots.reserve(m_newLots.size());
    for (const qint64 id : std::as_const(m_newLots)) {
        p.lots << m_lots.value(id);
        if (p.lots.last().remaining == 0)
            m_lots.remove(id); // of no more use
    }
    m_newLots.clear();
    m_uuids.clear();
    p.changedLots.reserve(m_changedLots.size());
    for (auto it = m_changedLots.cbegin(); it != m_changedLots.cend(); ++it) {
        p.changedLots << std::pair{it.key(), it.value()};
        if (it.value() == 0)
            m_lots.remove(it.key());
    }
    m_changedLots.clear();
    p.totals.reserve(m_changedMembers.size());
    for (const qint64 id : std::as_const(m_changedMembers)) {
        const Member &m = m_held.value(id).member;
        p.totals << VisitRepository::CheckoutTotals{m.id,          m.points,    m.pointsDebt, m.visitCount,
                                                    m.lastVisitAt, m.tierLevel, m.tierSince,  m.visitDays,
                                                    typicalGapFromDays(m.visitDays)};
    }
    m_changedMembers.clear();
    if (!m_holdsEveryone) {
        // Others may add rows before the batch writes again: the next ids are read again then.
        m_nextVisit.reset();
        m_nextEntry.reset();
        m_nextLot.reset();
    }
    return p;
}

Status VisitBatch::write(Database &db, const Pending &p)
{
    // Parents before children: visits (and items), then the ledger, then the lots.
    if (!p.visits.isEmpty()) {
        if (Status s = VisitRepository(db).insertMany(p.visits); !s)
            return s;
        // Their spend is not added to the stored 12-month spends: the next maintenance counts the
        // window again (MemberTotalsRepository::moveSpendWindow).
        if (Status s = MemberTotalsRepository(db).forgetSpendWindow(); !s)
            return s;
    }
    LedgerRepository ledger(db);
    if (!p.entries.isEmpty())
        if (Status s = ledger.appendMany(p.entries); !s)
            return s;
    if (!p.lots.isEmpty())
        if (Status s = ledger.addLots(p.lots); !s)
            return s;
    if (!p.changedLots.isEmpty())
        if (Status s = ledger.setRemainingMany(p.changedLots); !s)
            return s;
    if (!p.totals.isEmpty())
        if (Status s = VisitRepository(db).setCheckoutTotals(p.totals); !s)
            return s;
    return {};
}

Status VisitBatch::waitForWriting() const
{
    if (m_writing.valid()) {
        Status s = m_writing.get();
        if (!s && !m_writeFailed)
            m_writeFailed = s.error();
    }
    if (m_writeFailed)
        return *m_writeFailed;
    return {};
}

Status VisitBatch::flush()
{
    if (Status s = waitForWriting(); !s)
        return s;
    return write(m_db, takePending());
}

Status VisitBatch::writeInBackground()
{
    if (!m_holdsEveryone) // the recording would read the file while it is being written
        return flush();
    if (Status s = waitForWriting(); !s)
        return s;
    // The thread uses only the connection's prepared statements (BulkStatement, SQLite's own
    // interface); this thread touches the file again only after waitForWriting().
    m_writing = std::async(std::launch::async, [&db = m_db, p = takePending()] { return write(db, p); });
    return {};
}

} // namespace loyalty
