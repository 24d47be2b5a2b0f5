#include "tiers/Tier.h"

#include <QRegularExpression>
#include <QSet>

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

Status TierLadder::validate() const
{
    if (m_tiers.size() != kLevels)
        return Error::invalid(tr("A shop has exactly %1 tiers.").arg(kLevels), QStringLiteral("tiers"));
    const auto key = [](int level, const char *field) { return QStringLiteral("tiers.%1.%2").arg(level).arg(QLatin1String(field)); };
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QSet<QString> names;
    int targets = 0;
    for (int i = 0; i < m_tiers.size(); ++i) {
        const Tier &t = m_tiers.at(i);
        if (t.level != i)
            return Error::internal(QStringLiteral("tier %1 is at position %2").arg(t.level).arg(i));
        const QString name = t.name.trimmed();
        if (name.isEmpty())
            return Error::invalid(tr("Tier %1 needs a name.").arg(i + 1), key(i, "name"));
        if (name.size() > kMaxNameLength)
            return Error::invalid(tr("A tier's name is at most %1 characters long.").arg(kMaxNameLength), key(i, "name"));
        if (names.contains(name.toCaseFolded()))
            return Error::invalid(tr("Two tiers are called “%1”: each needs its own name.").arg(name), key(i, "name"));
        names.insert(name.toCaseFolded());
        if (i == 0 && t.thresholdCents != 0)
            return Error::invalid(tr("The lowest tier (%1) starts at 0: every member holds at least that.").arg(name),
                                  key(i, "threshold_cents"));
        if (i > 0 && t.thresholdCents <= m_tiers.at(i - 1).thresholdCents)
            return Error::invalid(tr("The threshold of %1 must be higher than that of %2.").arg(name, m_tiers.at(i - 1).name.trimmed()),
                                  key(i, "threshold_cents"));
        if (t.earnPercent < 0 || t.earnPercent > kMaxEarnPercent)
            return Error::invalid(tr("The earn percent of %1 must be between 0 and %2.").arg(name).arg(kMaxEarnPercent),
                                  key(i, "earn_percent"));
        if (t.perks.size() > kMaxPerksLength)
            return Error::invalid(tr("The perks of %1 are at most %2 characters long.").arg(name).arg(kMaxPerksLength), key(i, "perks"));
        if (!t.color.isEmpty() && !colour.match(t.color).hasMatch())
            return Error::invalid(tr("“%1” is not a colour: write it as #rrggbb.").arg(t.color.left(20)), key(i, "color"));
        if (t.targetPercent < 0 || t.targetPercent > 100)
            return Error::invalid(tr("The target share of %1 must be between 0 and 100 percent.").arg(name), key(i, "target_percent"));
        targets += t.targetPercent;
    }
    if (targets != 100)
        return Error::invalid(tr("The target shares add up to %1%: they must add up to 100%.").arg(targets),
                              key(kLevels - 1, "target_percent"));
    return {};
}

} // namespace loyalty
