#include "dormancy/DormancyService.h"

#include "common/Share.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/VisitRepository.h"

#include <algorithm>

namespace loyalty {

StateResult StateRules::evaluate(int visits, const QDate &joined, const std::optional<QDate> &lastVisit,
                                 const std::optional<int> &typicalGapDays) const
{
    StateInput in;
    in.visits = visits;
    in.joined = joined;
    in.lastVisit = lastVisit;
    in.typicalGapDays = typicalGapDays;
    in.fallbackGapDays = fallbackGapDays;
    in.minGapDays = minGapDays;
    in.maxGapDays = maxGapDays;
    in.today = today;
    return evaluateState(in);
}

qint64 WinBackMonth::rateBasisPoints() const
{
    return basisPoints(wonBack, contacted);
}

namespace {
StateResult evaluateRow(const StateRules &rules, const MemberTotalsRepository::StateRow &r)
{
    return rules.evaluate(r.visits, r.joined, r.lastVisit.isValid() ? std::optional<QDate>(r.lastVisit) : std::nullopt,
                          r.typicalGapDays >= 0 ? std::optional<int>(r.typicalGapDays) : std::nullopt);
}
} // namespace

Result<StateRules> DormancyService::rules(bool withFallback) const
{
    StateRules r;
    const Settings settings(m_db);
    r.minGapDays = int(settings.integer(QStringLiteral("dormancy.min_gap_days")));
    r.maxGapDays = int(settings.integer(QStringLiteral("dormancy.max_gap_days")));
    r.today = m_clock.today();
    if (!withFallback)
        return r;
    auto median = MemberTotalsRepository(m_db).medianTypicalGap();
    if (!median)
        return median.error();
    r.fallbackGapDays = median->value_or(30);
    return r;
}

Result<StateResult> DormancyService::stateOf(qint64 memberId) const
{
    auto row = MemberTotalsRepository(m_db).stateRow(memberId);
    if (!row)
        return row.error();
    auto r = rules(row->typicalGapDays < 0);   // the shop's usual gap only when the member has none
    if (!r)
        return r.error();
    return evaluateRow(*r, *row);
}

Status DormancyService::eachState(const StateRules &rules,
                                  const std::function<void(const MemberTotalsRepository::StateRow &, const StateResult &)> &each) const
{
    return MemberTotalsRepository(m_db).scanStates(
        [&](const MemberTotalsRepository::StateRow &row) {
            each(row, evaluateRow(rules, row));
            return false;
        },
        [](MemberTotalsRepository::StateRow &&) {});
}

Result<StatesSnapshot> DormancyService::snapshot(const AlertFilter &filter) const
{
    StatesSnapshot snap;
    auto r = rules();
    if (!r)
        return r.error();
    snap.rules = *r;
    auto contacts = OutreachRepository(m_db).latestByMember();
    if (!contacts)
        return contacts.error();
    bool wanted[kStateCount] = {};
    for (MemberState st : filter.states)
        wanted[int(st)] = true;
    // One pass over the members' rows; names and phones are read only for the ones listed.
    StateResult state;
    Status scanned = MemberTotalsRepository(m_db).scanStates(
        [&](const MemberTotalsRepository::StateRow &row) {
            state = evaluateRow(*r, row);
            ++snap.activeMembers;
            snap.members[int(state.state)] += 1;
            snap.spend12mCents[int(state.state)] += row.spend12mCents;
            if (!wanted[int(state.state)] || row.tierLevel < filter.minTierLevel)
                return false;
            if (row.snoozed(r->today)) {
                ++snap.snoozed;
                if (!filter.includeSnoozed)
                    return false;
            }
            return true;
        },
        [&](MemberTotalsRepository::StateRow &&row) {
            Alert a;
            a.memberId = row.id;
            a.card = std::move(row.card);
            a.name = std::move(row.name);
            a.phone = std::move(row.phone);
            a.tierLevel = row.tierLevel;
            a.state = state.state;
            if (row.typicalGapDays >= 0)
                a.typicalGapDays = row.typicalGapDays;
            a.expectedGapDays = state.expectedGapDays;
            a.daysAbsent = state.daysAbsent;
            if (row.lastVisit.isValid())
                a.lastVisit = row.lastVisit;
            a.spend12mCents = row.spend12mCents;
            a.snoozedUntil = row.snoozedUntil;
            // The last contact of this absence: one from before the last visit is an old story.
            if (auto c = contacts->constFind(row.id); c != contacts->cend() && (!row.lastVisit.isValid() || c->at.date() >= row.lastVisit))
                a.lastContact = *c;
            snap.alerts << std::move(a);
        });
    if (!scanned)
        return scanned.error();
    std::sort(snap.alerts.begin(), snap.alerts.end(), [](const Alert &a, const Alert &b) {
        if (a.spend12mCents != b.spend12mCents)
            return a.spend12mCents > b.spend12mCents;
        if (a.daysAbsent != b.daysAbsent)
            return a.daysAbsent > b.daysAbsent;
        return a.memberId < b.memberId;
    });
    return snap;
}

Result<QList<VisitLine>> DormancyService::lastItems(qint64 memberId) const
{
    auto visits = VisitRepository(m_db).ofMember(memberId, 1, false);
    if (!visits)
        return visits.error();
    if (visits->isEmpty())
        return QList<VisitLine>();
    return visits->first().items;
}

Result<Contact> DormancyService::logContact(const ContactRequest &request)
{
    auto member = MemberRepository(m_db).byId(request.memberId);
    if (!member)
        return member.error();
    if (member->status == MemberStatus::Erased)
        return Error::refused(tr("This member was erased: there is nobody to contact."));
    const QString note = request.note.trimmed();
    if (note.size() > kMaxNoteLength)
        return Error::invalid(tr("A note is at most %1 characters.").arg(kMaxNoteLength), QStringLiteral("note"));
    if ((request.channel == Channel::Coupon) != request.couponId.has_value())
        return Error::invalid(tr("A coupon sent is logged with its coupon, and only then."), QStringLiteral("channel"));
    auto state = stateOf(request.memberId);
    if (!state)
        return state.error();
    Contact c;
    c.memberId = request.memberId;
    c.at = m_clock.now();
    c.channel = request.channel;
    c.outcome = request.outcome;
    c.note = note;
    c.state = state->state;
    c.couponId = request.couponId;
    c.op = m_operator.name;
    auto id = OutreachRepository(m_db).insert(c);
    if (!id)
        return id.error();
    c.id = *id;
    return c;
}

Result<QDate> DormancyService::snooze(qint64 memberId, int days)
{
    if (days < 0 || days > kMaxSnoozeDays)
        return Error::invalid(tr("Snooze for 1 to %1 days (0 ends a snooze).").arg(kMaxSnoozeDays), QStringLiteral("days"));
    auto member = MemberRepository(m_db).byId(memberId);
    if (!member)
        return member.error();
    if (member->status == MemberStatus::Erased)
        return Error::refused(tr("This member was erased: there is nothing to snooze."));
    const QDate until = days > 0 ? m_clock.today().addDays(days) : QDate();
    if (Status s = MemberTotalsRepository(m_db).setSnoozedUntil(memberId, until); !s)
        return s.error();
    return until;
}

Result<QList<Contact>> DormancyService::contactsOf(qint64 memberId, int limit) const
{
    return OutreachRepository(m_db).ofMember(memberId, limit);
}

Result<WinBackReport> DormancyService::winBack() const
{
    OutreachRepository repo(m_db);
    auto contacts = repo.whileAway();
    if (!contacts)
        return contacts.error();
    const QDate today = m_clock.today();
    // Per member and month of contact: back when any contact of that month was followed by a visit
    // within 30 days; waiting when none was yet but one of them is less than 30 days old.
    enum class Outcome { Away, Waiting, Back };
    std::map<QString, WinBackMonth> months;
    qint64 member = 0;
    QString month;
    Outcome outcome = Outcome::Away;
    const auto close = [&] {
        if (member == 0)
            return;
        WinBackMonth &m = months[month];
        m.month = month;
        ++m.contacted;
        if (outcome == Outcome::Back)
            ++m.wonBack;
        else if (outcome == Outcome::Waiting)
            ++m.waiting;
    };
    for (const Contact &c : std::as_const(*contacts)) {
        const QString cMonth = c.at.date().toString(QStringLiteral("yyyy-MM"));
        if (c.memberId != member || cMonth != month) {
            close();
            member = c.memberId;
            month = cMonth;
            outcome = Outcome::Away;
        }
        if (outcome == Outcome::Back)
            continue;
        auto first = repo.firstVisitAfter(c.memberId, c.at);
        if (!first)
            return first.error();
        const QDate lastDay = c.at.date().addDays(kWinBackDays);
        if (*first && (*first)->date() <= lastDay)
            outcome = Outcome::Back;
        else if (!*first && today <= lastDay)
            outcome = Outcome::Waiting;
    }
    close();
    WinBackReport report;
    report.total.month = QString();
    for (const auto &[key, m] : months) {
        report.months << m;
        report.total.contacted += m.contacted;
        report.total.wonBack += m.wonBack;
        report.total.waiting += m.waiting;
    }
    return report;
}

QString DormancyService::comebackText(const VisitResult::Comeback &c)
{
    return c.ownRhythm ? tr("Back after %n day(s) — usually %1", nullptr, c.daysAbsent).arg(rhythmInWords(c.expectedGapDays))
                       : tr("Back after %n day(s) — members here come %1", nullptr, c.daysAbsent).arg(rhythmInWords(c.expectedGapDays));
}

QString DormancyService::absenceText(int daysAbsent, int expectedGapDays, bool ownRhythm)
{
    return ownRhythm ? tr("Away %n day(s) — usually %1", nullptr, daysAbsent).arg(rhythmInWords(expectedGapDays))
                     : tr("Away %n day(s) — members here come %1", nullptr, daysAbsent).arg(rhythmInWords(expectedGapDays));
}

} // namespace loyalty
