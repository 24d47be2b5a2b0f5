// The win-back log of a demo shop: the owner called or messaged some regulars when they were away
// longer than their own rhythm allows, as the Alerts screen suggests. Worked out from the visits the
// demo recorded: a contact lands in the days after a member became at risk; whether they came back
// within 30 days is whatever their history says, so the win-back report has real numbers to show.

#include "demo/DemoGenerator.h"

#include "dormancy/DormancyService.h"
#include "shop/Settings.h"
#include "storage/Database.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/OutreachRepository.h"

#include <QRandomGenerator>

namespace loyalty {

Result<qint64> DemoGenerator::logContacts(QRandomGenerator &rng)
{
    auto rules = DormancyService(m_db, m_clock).rules(false);
    if (!rules)
        return rules.error();
    const QDate today = m_clock.today();
    const QDate from = today.addDays(-365);
    QList<Contact> contacts;

    // One member's visit days: after each one, had they been away long enough to be at risk before
    // they came again (or until today)?
    const auto consider = [&](qint64 memberId, const QList<QDate> &days) {
        for (qsizetype k = 3; k <= days.size(); ++k) {
            const QList<QDate> before = days.mid(std::max<qsizetype>(0, k - kRhythmDays), std::min<qsizetype>(k, kRhythmDays));
            const std::optional<int> typical = typicalGapFromDays(before);
            if (!typical)
                continue;
            const int expected = std::clamp(*typical, rules->minGapDays, std::max(rules->minGapDays, rules->maxGapDays));
            const QDate last = days.at(k - 1);
            const QDate atRisk = last.addDays(2 * expected + 1);
            const QDate next = k < days.size() ? days.at(k) : QDate();
            if (atRisk < from || atRisk >= today || (next.isValid() && atRisk >= next) || rng.bounded(100) >= 30)
                continue;
            QDate day = atRisk.addDays(rng.bounded(7));
            if (day >= today || (next.isValid() && day >= next))
                day = atRisk;
            const qint64 away = last.daysTo(day);
            if (away > 365)
                continue;
            Contact c;
            c.memberId = memberId;
            c.at = wallTime(day, QTime(10 + int(rng.bounded(8)), int(rng.bounded(60))));
            const int how = int(rng.bounded(10));
            c.channel = how < 6 ? Channel::Call : how < 9 ? Channel::Message : Channel::InPerson;
            c.state = away > 4 * expected ? MemberState::Dormant : MemberState::AtRisk;
            const bool back = next.isValid() && next <= day.addDays(DormancyService::kWinBackDays);
            const QList<Outcome> outcomes = back ? QList<Outcome>{Outcome::Reached, Outcome::WillReturn, Outcome::WillReturn}
                                                 : QList<Outcome>{Outcome::NoAnswer, Outcome::LeftMessage, Outcome::Reached,
                                                                  Outcome::NotInterested, Outcome::MovedAway};
            c.outcome = c.channel == Channel::Message ? Outcome::None : outcomes.at(rng.bounded(quint32(outcomes.size())));
            c.op = QStringLiteral("owner");
            contacts << c;
        }
    };
    qint64 member = 0;
    QList<QDate> days;
    Status scanned = MemberTotalsRepository(m_db).scanVisitDays([&](qint64 id, const QDate &day) {
        if (id != member) {
            consider(member, days);
            member = id;
            days.clear();
        }
        if (days.isEmpty() || days.last() != day)
            days << day;
    });
    if (!scanned)
        return scanned.error();
    consider(member, days);

    Status s = m_db.transaction([&]() -> Status {
        OutreachRepository repo(m_db);
        for (const Contact &c : std::as_const(contacts))
            if (auto id = repo.insert(c); !id)
                return id.error();
        return {};
    });
    if (!s)
        return s.error();
    return qint64(contacts.size());
}

} // namespace loyalty
