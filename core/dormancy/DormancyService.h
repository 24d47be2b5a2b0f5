#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "dormancy/Outreach.h"
#include "operators/Operator.h"
#include "rules/MemberState.h"
#include "storage/MemberTotalsRepository.h"
#include "visits/Visit.h"

#include <QCoreApplication>

#include <array>

namespace loyalty {

class Database;

// What a state is worked out with (SPEC §3.5): the shop's gap limits, the shop-wide fallback for
// members without a rhythm of their own, and today.
struct StateRules {
    int fallbackGapDays = 30;
    int minGapDays = 3;
    int maxGapDays = 90;
    QDate today;

    StateResult evaluate(int visits, const QDate &joined, const std::optional<QDate> &lastVisit,
                         const std::optional<int> &typicalGapDays) const;
};

// One line of the alert list.
struct Alert {
    qint64 memberId = 0;
    QString card;
    QString name;
    QString phone;                 // normalised; callers mask it for cashiers
    int tierLevel = 0;
    MemberState state = MemberState::AtRisk;
    std::optional<int> typicalGapDays;
    int expectedGapDays = 30;
    int daysAbsent = 0;
    std::optional<QDate> lastVisit;
    qint64 spend12mCents = 0;
    QDate snoozedUntil;            // invalid: not snoozed
    std::optional<Contact> lastContact;   // the latest since the last visit (this absence)

    bool snoozed(const QDate &today) const { return snoozedUntil.isValid() && today < snoozedUntil; }
};

struct AlertFilter {
    QList<MemberState> states{MemberState::AtRisk, MemberState::Dormant};
    int minTierLevel = 0;
    bool includeSnoozed = false;
};

inline constexpr int kStateCount = 5;   // MemberState's values, in order

// Every active member's state at once, and the alert list of a filter.
struct StatesSnapshot {
    StateRules rules;
    std::array<qint64, kStateCount> members{};        // by state
    std::array<qint64, kStateCount> spend12mCents{};  // by state
    qint64 activeMembers = 0;
    qint64 snoozed = 0;                               // of the states the filter asks for
    QList<Alert> alerts;                              // most valuable (spend_12m) first
};

// SPEC §3.5's win-back: contacts and coupons sent while at risk or dormant, then a visit within 30
// days. Counted per member and month of contact.
struct WinBackMonth {
    QString month;        // "2026-03"
    qint64 contacted = 0;
    qint64 wonBack = 0;
    qint64 waiting = 0;   // contacted within the last 30 days, not back yet: may still come
    qint64 rateBasisPoints() const;
};
struct WinBackReport {
    QList<WinBackMonth> months;   // oldest first
    WinBackMonth total;
};

// Dormancy (SPEC §3.5): each member's own rhythm, kept up to date at each visit, decides whether
// they are still coming; the alert list of the ones who stopped; the contacts made to bring them
// back and what came of them.
class DormancyService {
    Q_DECLARE_TR_FUNCTIONS(DormancyService)

public:
    DormancyService(Database &db, const Clock &clock, Operator op = Operator::owner()) : m_db(db), m_clock(clock), m_operator(std::move(op)) {}

    static constexpr int kWinBackDays = 30;
    static constexpr int kMaxSnoozeDays = 365;
    static constexpr int kMaxNoteLength = 500;

    // The shop's state rules; the shop-wide fallback gap (a walk along an index) only when asked
    // for, as a member with a rhythm of their own does not need it.
    Result<StateRules> rules(bool withFallback = true) const;
    // One member's state, from what their row keeps.
    Result<StateResult> stateOf(qint64 memberId) const;
    // Every active member's row with its state under `rules`, in one pass (the dashboard's counts).
    Status eachState(const StateRules &rules,
                     const std::function<void(const MemberTotalsRepository::StateRow &, const StateResult &)> &each) const;
    Result<StatesSnapshot> snapshot(const AlertFilter &filter = {}) const;
    // What the member bought at their last non-void visit.
    Result<QList<VisitLine>> lastItems(qint64 memberId) const;

    struct ContactRequest {
        qint64 memberId = 0;
        Channel channel = Channel::Call;
        Outcome outcome = Outcome::None;
        QString note;
        std::optional<qint64> couponId;
    };
    // Logs a contact with the member's state now. Refused for an unknown or erased member, a note
    // that is too long, a coupon channel without a coupon.
    Result<Contact> logContact(const ContactRequest &request);
    // Hides the member from the alert list for `days` days (1–365); 0 ends a snooze.
    Result<QDate> snooze(qint64 memberId, int days);
    Result<QList<Contact>> contactsOf(qint64 memberId, int limit = 50) const;

    Result<WinBackReport> winBack() const;

    // "Back after 45 days — usually about every 7 days" (SPEC §4), for the counter and the CLI.
    static QString comebackText(const VisitResult::Comeback &comeback);
    // "Away 45 days — usually about every 7 days" for a member who has not come back yet.
    static QString absenceText(int daysAbsent, int expectedGapDays, bool ownRhythm);

private:
    Database &m_db;
    const Clock &m_clock;
    Operator m_operator;
};

} // namespace loyalty
