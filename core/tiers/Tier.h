#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
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
    QString perks;               // printed on the slip
    QString color;               // the badge's colour, "#rrggbb"
    int targetPercent = 0;       // the share of members the owner aims for (the pyramid)

    friend bool operator==(const Tier &, const Tier &) = default;
};

// The ladder, lowest first: always kLevels tiers in a shop.
class TierLadder {
    Q_DECLARE_TR_FUNCTIONS(TierLadder)

public:
    static constexpr int kLevels = 5;
    static constexpr int kMaxNameLength = 20;
    static constexpr int kMaxPerksLength = 200;
    static constexpr int kMaxEarnPercent = 1000;

    TierLadder() = default;
    explicit TierLadder(QList<Tier> tiers) : m_tiers(std::move(tiers)) {}

    const QList<Tier> &tiers() const { return m_tiers; }
    QList<Tier> &tiers() { return m_tiers; }
    bool isEmpty() const { return m_tiers.isEmpty(); }
    qsizetype size() const { return m_tiers.size(); }
    const Tier &at(int level) const;                        // clamps to the ladder
    int qualifyingLevel(qint64 spendCents) const;           // the highest tier this spend reaches
    std::optional<Tier> next(int level) const;              // the tier above, if any

    // What a shop may store: kLevels tiers, levels 0…4 in order, the first threshold 0 and each
    // next one strictly higher, names present, distinct and short, earn percents 0…1000, colours
    // "#rrggbb" (or empty), target shares 0…100 adding up to 100. The first problem, translated,
    // with the setting key it concerns ("tiers.<n>.<field>") as the field.
    Status validate() const;

    friend bool operator==(const TierLadder &, const TierLadder &) = default;

private:
    QList<Tier> m_tiers;
};

} // namespace loyalty
