#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "tiers/Tier.h"

namespace loyalty::schema {

// Migration N (1-based) turns a version N-1 file into version N. A new shop runs them all, so
// creating and migrating can never drift apart. Never edit a released step: add a new one.
const QList<QStringList> &migrations();

struct TierDefault {
    const char *name;
    qint64 thresholdCents;
    int earnPercent;
    const char *color;
    int targetPercent;   // the pyramid's target share (2/3/15/60/20 from the top)
};
// The five default tiers (SPEC §3.4) with names in the shop's language ("en", "zh_CN", "zh_TW").
QList<TierDefault> defaultTiers(const QString &language);
// One of them as a Tier.
Tier defaultTier(int level, const QString &language);

} // namespace loyalty::schema
