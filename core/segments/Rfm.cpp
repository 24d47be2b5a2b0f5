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
    // score = 1 + ⌊5 × below / n⌋, where `below` counts the values strictly smaller. Days and visit
    // counts span a small range: counted in one array, no sort. Money is sorted once by value and
    // walked, each run of equal values taking the count before it.
    const qint64 n = values.size();
    QList<int> scores(values.size());
    if (n == 0)
        return scores;
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    const qint64 min = *lo;
    if (quint64(*hi) - quint64(min) < quint64(4 * n + 1024)) {
        QList<qint64> below(*hi - min + 2, 0);
        for (const qint64 v : values)
            below[v - min + 1] += 1;
        for (qsizetype i = 1; i < below.size(); ++i)
            below[i] += below.at(i - 1);
        for (qsizetype i = 0; i < values.size(); ++i)
            scores[i] = int(1 + 5 * below.at(values.at(i) - min) / n);
        return scores;
    }
    QList<std::pair<qint64, qsizetype>> sorted;
    sorted.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        sorted.emplace_back(values.at(i), i);
    std::sort(sorted.begin(), sorted.end());
    qint64 below = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted.at(i).first != sorted.at(i - 1).first)
            below = i;
        scores[sorted.at(i).second] = int(1 + 5 * below / n);
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
