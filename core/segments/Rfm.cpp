#include "segments/Rfm.h"

#include "common/Share.h"

#include <algorithm>

namespace loyalty {

namespace {
constexpr Segment kSegments[] = {Segment::Champions, Segment::Loyal,    Segment::Potential,   Segment::New,
                                 Segment::AtRisk,    Segment::CantLose, Segment::Hibernating, Segment::Lost};
} // namespace

QString toString(Segment s)
{
    switch (s) {
    case Segment::Champions:
        return QStringLiteral("champions");
    case Segment::Loyal:
        return QStringLiteral("loyal");
    case Segment::Potential:
        return QStringLiteral("potential");
    case Segment::New:
        return QStringLiteral("new");
    case Segment::AtRisk:
        return QStringLiteral("at_risk");
    case Segment::CantLose:
        return QStringLiteral("cant_lose");
    case Segment::Hibernating:
        return QStringLiteral("hibernating");
    case Segment::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

QString displayName(Segment s)
{
    switch (s) {
    case Segment::Champions:
        return QCoreApplication::translate("Segment", "Champions");
    case Segment::Loyal:
        return QCoreApplication::translate("Segment", "Loyal");
    case Segment::Potential:
        return QCoreApplication::translate("Segment", "Potential");
    case Segment::New:
        return QCoreApplication::translate("Segment", "New");
    case Segment::AtRisk:
        return QCoreApplication::translate("Segment", "At risk");
    case Segment::CantLose:
        return QCoreApplication::translate("Segment", "Can't lose");
    case Segment::Hibernating:
        return QCoreApplication::translate("Segment", "Hibernating");
    case Segment::Lost:
        return QCoreApplication::translate("Segment", "Lost");
    }
    return {};
}

std::optional<Segment> segmentFromString(const QString &text)
{
    for (Segment s : kSegments)
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

QList<int> Rfm::quintiles(const QList<qint64> &values)
{
    QList<qint64> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qint64 n = values.size();
    QList<int> scores;
    scores.reserve(values.size());
    for (const qint64 v : values) {
        const qint64 below = std::lower_bound(sorted.cbegin(), sorted.cend(), v) - sorted.cbegin();
        scores << int(1 + 5 * below / n);
    }
    return scores;
}

Segment Rfm::segmentOf(int r, int f)
{
    if (r >= 4)
        return f >= 4 ? Segment::Champions : f == 3 ? Segment::Loyal : f == 2 ? Segment::Potential : Segment::New;
    if (r == 3)
        return f >= 3 ? Segment::Loyal : Segment::Potential;
    if (r == 2)
        return f >= 3 ? Segment::AtRisk : Segment::Hibernating;
    // r == 1: they came, but the longest ago of those who came this year.
    return f >= 4 ? Segment::CantLose : f == 3 ? Segment::AtRisk : Segment::Lost;
}

QList<RfmScore> Rfm::score(const QList<RfmInput> &members)
{
    // Scored among the members who came in the last 365 days; the others stay Lost, unscored.
    QList<qsizetype> came;
    QList<qint64> recency, frequency, money;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const RfmInput &m = members.at(i);
        if (m.daysSinceLastVisit < 0 || m.daysSinceLastVisit >= 365 || m.visits12m <= 0)
            continue;
        came << i;
        recency << -qint64(m.daysSinceLastVisit);   // more recent is better
        frequency << m.visits12m;
        money << m.spend12mCents;
    }
    const QList<int> r = quintiles(recency), f = quintiles(frequency), mo = quintiles(money);
    QList<RfmScore> out(members.size());
    for (qsizetype i = 0; i < members.size(); ++i)
        out[i].memberId = members.at(i).memberId;
    for (qsizetype k = 0; k < came.size(); ++k) {
        RfmScore &s = out[came.at(k)];
        s.recency = r.at(k);
        s.frequency = f.at(k);
        s.monetary = mo.at(k);
        s.segment = segmentOf(s.recency, s.frequency);
    }
    return out;
}

Rfm::Pareto Rfm::pareto(QList<qint64> spends)
{
    Pareto p;
    spends.erase(std::remove_if(spends.begin(), spends.end(), [](qint64 v) { return v <= 0; }), spends.end());
    std::sort(spends.begin(), spends.end(), std::greater<>());
    p.members = spends.size();
    for (const qint64 v : std::as_const(spends))
        p.totalCents += v;
    p.topMembers = (p.members * 20 + 99) / 100;   // ⌈20%⌉
    for (qint64 i = 0; i < p.topMembers; ++i)
        p.topCents += spends.at(i);
    p.top20ShareBasisPoints = basisPoints(p.topCents, p.totalCents);
    qint64 running = 0;
    qint64 next = 0;
    for (int tenth = 1; tenth <= 10 && p.members > 0; ++tenth) {
        const qint64 upTo = (p.members * tenth + 9) / 10;
        for (; next < upTo; ++next)
            running += spends.at(next);
        p.curveBasisPoints << basisPoints(running, p.totalCents);
    }
    return p;
}

} // namespace loyalty
