#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace loyalty {

// One level of the tier ladder (SPEC §3.4). Level 0 is the lowest.
struct Tier {
    int level = 0;
    QString name;
    qint64 thresholdCents = 0;   // qualifying spend over the last 365 days
    int earnPercent = 100;
    QString perks;
    QString color;
};

// The ladder, lowest first.
class TierLadder {
public:
    TierLadder() = default;
    explicit TierLadder(QList<Tier> tiers) : m_tiers(std::move(tiers)) {}

    const QList<Tier> &tiers() const { return m_tiers; }
    bool isEmpty() const { return m_tiers.isEmpty(); }
    const Tier &at(int level) const;                        // clamps to the ladder
    int qualifyingLevel(qint64 spendCents) const;           // the highest tier this spend reaches
    std::optional<Tier> next(int level) const;              // the tier above, if any

private:
    QList<Tier> m_tiers;
};

} // namespace loyalty
