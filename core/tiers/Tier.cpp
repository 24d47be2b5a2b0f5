#include "tiers/Tier.h"

#include <algorithm>

namespace loyalty {

const Tier &TierLadder::at(int level) const
{
    static const Tier none;
    if (m_tiers.isEmpty())
        return none;
    return m_tiers.at(std::clamp<qsizetype>(level, 0, m_tiers.size() - 1));
}

int TierLadder::qualifyingLevel(qint64 spendCents) const
{
    int level = 0;
    for (const Tier &t : m_tiers)
        if (spendCents >= t.thresholdCents)
            level = t.level;
    return level;
}

std::optional<Tier> TierLadder::next(int level) const
{
    for (const Tier &t : m_tiers)
        if (t.level > level)
            return t;
    return std::nullopt;
}

} // namespace loyalty
