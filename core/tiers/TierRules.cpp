#include "tiers/TierRules.h"

#include <algorithm>
#include <functional>

namespace loyalty::TierRules {

QDate nextReviewDay(const QDate &day)
{
    return QDate(day.year(), day.month(), 1).addMonths(1);
}

QList<QDate> reviewDaysBetween(const QDate &after, const QDate &upTo)
{
    QList<QDate> days;
    for (QDate r = nextReviewDay(after); r <= upTo; r = r.addMonths(1))
        days << r;
    return days;
}

QDate keptAtLeastUntil(const QDate &since, int graceMonths)
{
    // Reviews come after `since`; the first that may move the member down is the first one on or
    // after the end of the grace.
    const QDate end = since.addMonths(graceMonths);
    return std::max(nextReviewDay(since), end.day() == 1 ? end : nextReviewDay(end)).addDays(-1);
}

int levelAfterVisit(const TierLadder &ladder, int heldLevel, qint64 spend12mCents)
{
    return std::max(heldLevel, ladder.qualifyingLevel(spend12mCents));
}

ReviewOutcome review(const TierLadder &ladder, const Standing &standing, const QDate &reviewDay, int graceMonths)
{
    const int qualifies = ladder.qualifyingLevel(standing.spendCents);
    if (qualifies >= standing.level)
        return {ReviewOutcome::Kind::Renewed, qualifies, reviewDay};
    if (standing.since.isValid() && standing.since.addMonths(graceMonths) > reviewDay)
        return {ReviewOutcome::Kind::Kept, standing.level, standing.since};
    return {ReviewOutcome::Kind::Dropped, qualifies, reviewDay};
}

qint64 roundThreshold(qint64 cents)
{
    if (cents <= 100)
        return 100;
    qint64 step = 1;
    while (cents / step >= 100)
        step *= 10;
    return std::max<qint64>(100, (cents + step / 2) / step * step);
}

QList<qint64> suggestThresholds(QList<qint64> spends, const QList<int> &targetPercents)
{
    QList<qint64> thresholds(targetPercents.size(), 0);
    std::sort(spends.begin(), spends.end(), std::greater<>());
    const qint64 n = spends.size();
    // From the top: the members at this level or above are the sum of the targets from here up.
    int shareFromTop = 0;
    for (qsizetype level = targetPercents.size() - 1; level >= 1; --level) {
        shareFromTop += targetPercents.at(level);
        const qint64 wanted = (n * shareFromTop + 50) / 100;   // members, to the nearest
        qint64 t = 0;
        if (n == 0)
            t = 0;
        else if (wanted <= 0)
            t = spends.first() + 1;   // nobody: just above the best
        else
            t = spends.at(std::min(wanted, n) - 1);
        thresholds[level] = roundThreshold(t);
    }
    // Strictly increasing from 0: a tier that would not be above the one below moves up by ¥1.
    for (qsizetype level = 1; level < thresholds.size(); ++level)
        thresholds[level] = std::max(thresholds.at(level), thresholds.at(level - 1) + 100);
    return thresholds;
}

} // namespace loyalty::TierRules
