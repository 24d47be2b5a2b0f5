#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace loyalty {

// SPEC §3.5: each member's own rhythm decides whether they are still coming.
enum class MemberState { New, Active, AtRisk, Dormant, Lost };

QString toString(MemberState state);                    // "new", "active", "at_risk", "dormant", "lost"
QString displayName(MemberState state);                 // translated, for people
std::optional<MemberState> memberStateFromString(const QString &text);

struct StateInput {
    int visits = 0;                       // non-void visits
    QDate joined;
    std::optional<QDate> lastVisit;       // date of the last non-void visit
    std::optional<int> typicalGapDays;    // the member's own, when known
    int fallbackGapDays = 30;             // the shop-wide median of known typical gaps
    int minGapDays = 3;                   // dormancy.min_gap_days
    int maxGapDays = 90;                  // dormancy.max_gap_days
    QDate today;
};

struct StateResult {
    MemberState state = MemberState::New;
    int expectedGapDays = 30;
    int daysAbsent = 0;
};

StateResult evaluateState(const StateInput &in);

// The median of `values`, the lower middle one for an even count; std::nullopt when empty.
std::optional<int> lowerMedian(QList<int> values);

// The typical gap from a member's visit days (SPEC §3.5): the lower median of the gaps between the
// last 11 distinct days (up to 10 gaps), std::nullopt with fewer than 2 gaps.
std::optional<int> typicalGapFromDays(QList<QDate> distinctDays);

// What each member keeps so that their rhythm never needs their history again (SPEC §3.5, §9): the
// last kRhythmDays distinct visit days, oldest first. A visit adds its day; a void rebuilds the list.
inline constexpr int kRhythmDays = 11;
QList<QDate> withVisitDay(QList<QDate> days, const QDate &day);
// Stored as ISO dates separated by spaces ("" when there is none).
QString visitDaysToText(const QList<QDate> &days);
QList<QDate> visitDaysFromText(const QString &text);

// "about every 7 days", "about every 2 weeks", "about once a month" — a rhythm as people say it.
QString rhythmInWords(int gapDays);

} // namespace loyalty
