#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace loyalty {

// RFM (SPEC §3.7): recency, frequency and money over the last 365 days, each scored 1–5 by
// quintile among the members who came in that time, and named segments from the recency and
// frequency scores. Members who did not come in 365 days are Lost without scores.
enum class Segment { Champions, Loyal, Potential, New, AtRisk, CantLose, Hibernating, Lost };
inline constexpr int kSegmentCount = 8;

QString toString(Segment s);          // "champions", "loyal", "potential", "new", "at_risk", "cant_lose", "hibernating", "lost"
QString displayName(Segment s);       // translated
std::optional<Segment> segmentFromString(const QString &text);

struct RfmInput {
    qint64 memberId = 0;
    int daysSinceLastVisit = -1;      // -1: never came
    int visits12m = 0;
    qint64 spend12mCents = 0;
};

struct RfmScore {
    qint64 memberId = 0;
    int recency = 0;                  // 1–5, 0 for members without a visit in 365 days
    int frequency = 0;
    int monetary = 0;
    Segment segment = Segment::Lost;
};

namespace Rfm {
// Quintile scores of `values` where larger is better: the share of members with a smaller value
// decides (members with equal values get the same score): score = 1 + ⌊5 × below / n⌋.
QList<int> quintiles(const QList<qint64> &values);
Segment segmentOf(int recency, int frequency);
QList<RfmScore> score(const QList<RfmInput> &members);

// Pareto (SPEC §3.7): among members with spend_12m > 0, the share of their total from the top
// ⌈20% of them⌉, in hundredths of a percent.
struct Pareto {
    qint64 members = 0;               // with spend_12m > 0
    qint64 topMembers = 0;
    qint64 totalCents = 0;
    qint64 topCents = 0;
    qint64 top20ShareBasisPoints = 0;
    QList<qint64> curveBasisPoints;   // the cumulative share at each tenth of the members, from the top
};
Pareto pareto(QList<qint64> spends);
} // namespace Rfm

} // namespace loyalty
